import { describe, expect, it } from 'vitest';
import { NATIONAL_POLICY } from '@/lib/policy/presets';
import { certRejectedForQuality as rule } from '@/lib/rules/cert/rejected-for-quality';
import { on, outcome, page } from '../fixtures';

const rejected = (certReason: string) => outcome({ certStatus: 'rejected', certReason });

describe('cert.rejected.quality-reason', () => {
  it('warns when the refusal reason is about quality or score, citing 宣導事項第2項', () => {
    for (const reason of ['內容太簡略，請補充', '品質不佳', '分數未達標準', '內容不足']) {
      const findings = rule.check(page([rejected(reason)]), NATIONAL_POLICY, on('2026-01-01'));
      expect(findings, reason).toHaveLength(1);
      expect(findings[0]!.severity).toBe('warning');
      expect(findings[0]!.message.zh).toContain('114年宣導事項 第2項');
    }
  });

  it('does not fire on authorship reasons or on certified items with a note', () => {
    expect(rule.check(page([rejected('非本人作品'), rejected('非本課程之成果，請改上傳至正確科目')]), NATIONAL_POLICY, on('2026-01-01'))).toEqual([]);
    expect(rule.check(page([outcome({ certStatus: 'certified', certReason: '品質很好' })]), NATIONAL_POLICY, on('2026-01-01'))).toEqual([]);
  });
});
