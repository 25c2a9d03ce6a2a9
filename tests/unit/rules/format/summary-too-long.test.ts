// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { NATIONAL_POLICY } from '@/lib/policy/presets';
import { summaryLength, summaryTooLong as rule } from '@/lib/rules/format/summary-too-long';
import { on, outcome, page } from '../fixtures';

describe('format.summary.too-long', () => {
  it('counts every character as one, full- or half-width, and ignores surrounding white space', () => {
    expect(summaryLength('　ab中文𠀀 ')).toBe(5);
  });

  it('fires at 101 characters and says by how much', () => {
    const findings = rule.check(page([outcome({ summary: '字'.repeat(101) })]), NATIONAL_POLICY, on('2026-01-01'));
    expect(findings[0]!.message.zh).toContain('簡述有 101 字，超過上限 100 字（多 1 字）');
  });

  it('does not fire at exactly 100', () => {
    expect(rule.check(page([outcome({ summary: '字'.repeat(100) })]), NATIONAL_POLICY, on('2026-01-01'))).toEqual([]);
  });

  it('checks consultation records too', () => {
    const record = { type: 'consultation' as const, files: [], summary: 'x'.repeat(120) };
    expect(rule.check(page([record]), NATIONAL_POLICY, on('2026-01-01'))[0]!.message.zh).toContain('課程諮詢紀錄簡述');
  });
});
