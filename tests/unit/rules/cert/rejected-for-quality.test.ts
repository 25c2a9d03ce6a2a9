// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { NATIONAL_POLICY } from '@/lib/policy/presets';
import { certRejectedForQuality as rule, qualityWordIn } from '@/lib/rules/cert/rejected-for-quality';
import { on, outcome, page } from '../fixtures';

const rejected = (certReason: string) => outcome({ certStatus: 'rejected', certReason });
const check = (reason: string) => rule.check(page([rejected(reason)]), NATIONAL_POLICY, on('2026-01-01'));

/**
 * Refusals a teacher may give (004 item 2: certification confirms the work is the student's own
 * coursework): authorship, the wrong course or term, a file that cannot be opened or verified.
 */
const LEGITIMATE = [
  '非本人作品',
  '非本課程成果',
  '非本課程作業，請上傳至正確課程',
  '非本課程之成果，請改上傳至正確科目',
  '檔案無法開啟，請重新上傳',
  '檔案損毀',
  '無法查證為本人作品',
  '上傳錯檔案',
  '重複上傳',
  '與課程無關',
  '內容空白',
  '僅上傳封面，內容空白',
  '檔案超過 4 MB，請壓縮後重新上傳',
  '檔案格式不符，請轉成 PDF',
  '未附上檔案',
  '抄襲同學作品',
  '照片模糊無法辨識內容',
  '簡述超過 100 字，請修改',
  '此為上學期課程成果，請上傳至正確學期',
  '證明文件不足，無法確認為本人參與',
  '檔案內容與標題不符，疑似上傳錯誤',
  '成績單非本人',
  '影片檔案播放到一半中斷，請重新上傳',
  '小組作品未列出本人分工，無法確認',
  '同一份作品已於其他課程認證',
  '影片長度 3 分鐘，非本課程錄製',
] as const;

/** Refusals about quality or score, which 004 item 2 rules out. */
const ABOUT_QUALITY = [
  '內容太簡略',
  '內容太簡略，請補充',
  '品質不佳',
  '成績未達 60 分',
  '分數未達標準',
  '不夠用心',
  '格式不美觀',
  '深度不足',
  '字數太少',
  '內容不足',
  '內容太簡略，成績未達標準',
  '心得過短，請再充實內容',
  '排版凌亂，請重新整理',
  '報告內容空洞',
  '錯字太多',
  '未達課程要求水準',
  '分數偏低',
  '作品不夠完整，需再加強',
  '敷衍了事',
  '圖表不夠精美',
  '缺乏創意',
  '少於 500 字',
  '請多寫一點反思再上傳',
  '表現普通，不予認證',
  '報告寫得不好',
  '沒有達到老師的標準',
  '僅有照片，說明文字不足',
  '６０分以下不予認證',
] as const;

describe('cert.rejected.quality-reason', () => {
  it('lists at least 30 reasons, half of each kind', () => {
    expect(LEGITIMATE.length + ABOUT_QUALITY.length).toBeGreaterThanOrEqual(30);
    expect(LEGITIMATE.length).toBeGreaterThanOrEqual(15);
    expect(ABOUT_QUALITY.length).toBeGreaterThanOrEqual(15);
  });

  it.each(ABOUT_QUALITY)('warns on 「%s」, citing 宣導事項第2項', (reason) => {
    const findings = check(reason);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe('warning');
    expect(findings[0]!.field).toBe('certReason');
    expect(findings[0]!.message.zh).toContain('114年宣導事項 第2項');
  });

  it.each(LEGITIMATE)('does not fire on 「%s」', (reason) => {
    expect(check(reason)).toEqual([]);
  });

  it('quotes the words that judge quality or score', () => {
    expect(qualityWordIn('內容太簡略，成績未達標準')).toBe('成績');
    expect(qualityWordIn('格式不美觀')).toBe('美觀');
    expect(qualityWordIn('少於 500 字')).toBe('少於 500 字');
    expect(check('品質不佳')[0]!.message.zh).toContain('「品質」');
  });

  it('does not fire on certified items with a note, or on a refusal without a reason', () => {
    expect(rule.check(page([outcome({ certStatus: 'certified', certReason: '品質很好' })]), NATIONAL_POLICY, on('2026-01-01'))).toEqual([]);
    expect(rule.check(page([outcome({ certStatus: 'rejected' })]), NATIONAL_POLICY, on('2026-01-01'))).toEqual([]);
  });
});
