import { describe, expect, it } from 'vitest';
import { calendarState, termAt } from '@/lib/policy/calendar';
import { checkTermDates, nationalLimits, termDatesOf, withTermDates } from '@/lib/policy/current-term';
import { CAOTUN_WITH_114 } from './calendars-114';
import { validatePolicy } from '@/lib/policy/validate';

const t115 = { year: 115, semester: 1 as const };
const dates = { start: '2026-08-31', closingCeremony: '2027-01-20', uploadEnd: '2027-02-03', certificationEnd: '2027-02-10', selectionEnd: '' };

describe('the current term’s calendar, entered by the school', () => {
  it('starts empty for a term with only an estimated 開學日, and says the term has no calendar', () => {
    expect(calendarState(CAOTUN_WITH_114, t115)).toBe('estimate');
    expect(termDatesOf(CAOTUN_WITH_114, t115)).toEqual({ start: '', closingCeremony: '', uploadEnd: '', certificationEnd: '', selectionEnd: '' });
    expect(termDatesOf(CAOTUN_WITH_114, { year: 114, semester: 1 })).toEqual({ start: '2025-09-01', closingCeremony: '2026-01-20', uploadEnd: '2026-02-03', certificationEnd: '2026-02-10', selectionEnd: '' });
  });

  it('shows the national limit beside the upload deadline', () => {
    expect(nationalLimits(dates).uploadEnd?.zh).toBe('國教署：不得早於 2027-02-03（休業式後 2 週，高三下學期除外；114年宣導事項 第3項）');
  });

  it('accepts dates that keep the limits and turns them into the term’s calendar', () => {
    expect(checkTermDates(dates)).toEqual([]);
    const policy = withTermDates(CAOTUN_WITH_114, t115, dates);
    expect(calendarState(policy, t115)).toBe('set');
    expect(policy.calendar.terms.find((entry) => entry.term.year === 115)).toEqual({
      term: t115,
      start: '2026-08-31',
      closingCeremony: '2027-01-20',
      windows: { upload: { start: '2026-08-31', end: '2027-02-03' }, certification: { start: '2026-08-31', end: '2027-02-10' } },
    });
    expect(termAt(policy, '2026-12-02')?.term).toEqual(t115);
    expect(validatePolicy(policy).ok).toBe(true);
  });

  it('names what is wrong: a missing start, an order that cannot be, an upload window shorter than the national limit', () => {
    expect(checkTermDates({ ...dates, start: '' }).map((p) => [p.field, p.severity])).toEqual([['start', 'error']]);
    expect(checkTermDates({ ...dates, start: '2026-02-30' })[0]!.message.zh).toBe('開學日不是有效的日期。');
    expect(checkTermDates({ ...dates, certificationEnd: '2027-01-30' }).map((p) => p.message.zh)).toEqual(['認證期限（2027-01-30）早於上傳期限（2027-02-03）。']);
    expect(checkTermDates({ ...dates, uploadEnd: '2027-01-25', certificationEnd: '2027-01-30' })).toEqual([
      {
        field: 'uploadEnd',
        severity: 'warning',
        message: {
          zh: '上傳期限 2027-01-25 早於休業式後 2 週（2027-02-03），不符 114年宣導事項 第3項（高三下學期除外）。',
          en: 'The upload deadline 2027-01-25 is before 2 weeks past the closing ceremony (2027-02-03), against the 2025 notice item 3 (grade 12 term 2 excepted).',
        },
      },
    ]);
  });
});
