import { describe, expect, it } from 'vitest';
import { checkReason, choicesFor, reasonText } from '@/lib/dismissals/reasons';
import { ruleById } from '@/lib/rules/catalog';

const policyOf = (id: string) => ruleById(id)!.dismissal;

describe('which reasons a rule accepts', () => {
  it('a 簡述 over the limit (附件二, binding) takes only reasons saying it was passed on', () => {
    expect(policyOf('format.summary.too-long')).toBe('reported-only');
    expect(choicesFor('reported-only')).toEqual(['reported-officer', 'notified-student', 'notified-teacher']);
    const refused = checkReason('reported-only', { choice: 'other', note: '學生說字數沒問題', staffName: '王怡君' });
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.problem.zh).toBe('這項是國家規定必須更正的錯誤，只能選「已通報承辦人」等已轉交處理的理由。');
    expect(checkReason('reported-only', { choice: 'reported-officer', note: '', staffName: '王怡君' })).toEqual({
      ok: true,
      reason: { choice: 'reported-officer', note: '', staffName: '王怡君' },
    });
  });

  it('a warning, and an error whose number is the school’s own, take any reason', () => {
    expect(policyOf('format.file.type-mismatch')).toBe('any-reason');
    expect(policyOf('course.plan.mismatch')).toBe('any-reason');
    expect(policyOf('quota.outcome.uploaded-over-cap')).toBe('any-reason');
    expect(policyOf('quota.outcome.selected-over-cap')).toBe('reported-only');
    expect(policyOf('identity.id-number.invalid')).toBe('reported-only');
    expect(choicesFor('any-reason')).toEqual(['reported-officer', 'notified-student', 'notified-teacher', 'other']);
    expect(checkReason('any-reason', { choice: 'other', note: '  檔案是 PDF，\n系統標示有誤  ', staffName: ' 陳 志明 ' })).toEqual({
      ok: true,
      reason: { choice: 'other', note: '檔案是 PDF， 系統標示有誤', staffName: '陳 志明' },
    });
  });

  it('refuses 「其他」 without words, a reason over 200 characters, and no name', () => {
    expect(checkReason('any-reason', { choice: 'other', note: '   ', staffName: '王怡君' })).toMatchObject({ ok: false, problem: { zh: '選「其他」時請寫下理由。' } });
    expect(checkReason('any-reason', { choice: 'other', note: '字'.repeat(201), staffName: '王怡君' })).toMatchObject({ ok: false, problem: { zh: '理由最多 200 字。' } });
    // 200 characters outside the BMP are 200, not 400
    expect(checkReason('any-reason', { choice: 'other', note: '𠮷'.repeat(200), staffName: '王怡君' }).ok).toBe(true);
    expect(checkReason('any-reason', { choice: 'notified-teacher', note: '', staffName: ' ' })).toMatchObject({ ok: false, problem: { zh: '請填寫您的姓名（工作小組檢視時會看到）。' } });
    expect(checkReason('any-reason', { choice: 'dunno', note: 'x', staffName: '王怡君' })).toMatchObject({ ok: false, problem: { zh: '請選擇理由。' } });
  });

  it('says a reason in words, the choice first', () => {
    expect(reasonText({ choice: 'reported-officer', note: '' }, 'zh_TW')).toBe('已通報承辦人');
    expect(reasonText({ choice: 'notified-student', note: '12/1 已請學生刪減' }, 'zh_TW')).toBe('已通知學生更正：12/1 已請學生刪減');
    expect(reasonText({ choice: 'other', note: '檔案是 PDF' }, 'en')).toBe('檔案是 PDF');
    expect(reasonText({ choice: 'reported-officer', note: '' }, 'en')).toBe('Reported to the officer in charge');
  });
});
