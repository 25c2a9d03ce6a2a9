// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { NATIONAL_POLICY } from '@/lib/policy/presets';
import { outcomeSelectedOverCap as rule } from '@/lib/rules/quota/outcome-selected-over-cap';
import { on, outcome, page, uploads } from '../fixtures';

describe('quota.outcome.selected-over-cap', () => {
  it('marks the 7th selected outcome of the year', () => {
    const items = [
      ...uploads(4, outcome, { selected: true }),
      ...uploads(3, outcome, { selected: true, term: { year: 114, semester: 2 }, uploadedAt: '2026-03-01' }),
      ...uploads(2, outcome, { selected: false }),
    ];
    const findings = rule.check(page(items, 'selection'), NATIONAL_POLICY, on('2026-09-10'));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message.zh).toContain('本學年勾選的第 7 件課程學習成果，超過上限 6 件（共計 7 件，多 1 件）');
    expect(findings[0]!.message.zh).toContain('取消勾選');
  });

  it('does not count unselected items and does not fire at exactly 6', () => {
    const items = [...uploads(6, outcome, { selected: true }), ...uploads(5, outcome)];
    expect(rule.check(page(items, 'selection'), NATIONAL_POLICY, on('2026-09-10'))).toEqual([]);
  });

  it('reads selected counts on a 班級進度 page', () => {
    const rows = [
      { type: 'class-progress' as const, studentRef: '112001', outcomesSelected: 6 },
      { type: 'class-progress' as const, studentRef: '112002', outcomesSelected: 8 },
    ];
    const findings = rule.check(page(rows, 'class-progress'), NATIONAL_POLICY, on('2026-09-10'));
    expect(findings.map((f) => f.recordIndex)).toEqual([1]);
    expect(findings[0]!.message.zh).toContain('勾選了 8 件課程學習成果，超過上限 6 件（多 2 件）');
  });
});
