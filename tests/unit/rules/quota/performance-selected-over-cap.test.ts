// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { NATIONAL_POLICY, RENWU_POLICY } from '@/lib/policy/presets';
import { performanceSelectedOverCap as rule } from '@/lib/rules/quota/performance-selected-over-cap';
import { on, page, performance, uploads } from '../fixtures';

describe('quota.performance.selected-over-cap', () => {
  const tenStudent = uploads(10, performance, { selected: true, source: 'student' });
  const twoSchool = uploads(2, performance, { selected: true, source: 'school', uploadedAt: '2025-11-01' });

  it('does not fire at exactly 10 when 仁武 excludes the school-entered items (000 四)', () => {
    expect(rule.check(page([...tenStudent, ...twoSchool], 'selection'), RENWU_POLICY, on('2026-06-01'))).toEqual([]);
  });

  it('fires on the 11th and 12th where the policy excludes no source (national)', () => {
    const items = [...tenStudent, ...twoSchool];
    const findings = rule.check(page(items, 'selection'), NATIONAL_POLICY, on('2026-06-01'));
    expect(findings).toHaveLength(2);
    expect(findings[0]!.message.zh).toContain('第 11 件多元表現，超過上限 10 件（共計 12 件，多 2 件）');
    // upload order: the two school items were uploaded first, so the last two student items are over
    expect(findings.map((f) => items[f.recordIndex!]!.title)).toEqual(['第9件', '第10件']);
  });

  it('fires under 仁武 once students themselves selected 11', () => {
    const items = [...uploads(11, performance, { selected: true, source: 'student' }), ...twoSchool];
    expect(rule.check(page(items, 'selection'), RENWU_POLICY, on('2026-06-01'))).toHaveLength(1);
  });

  describe('on a 班級進度 page (a count per student)', () => {
    const progress = (studentRef: string, performancesSelected: number) => ({
      type: 'class-progress' as const,
      studentRef,
      term: { year: 114, semester: 1 as const },
      performancesSelected,
    });
    const rows = [progress('112045', 12), progress('112046', 10), progress('112047', 11)];

    it('marks each student over 10 where the policy excludes no source (the sample portal’s 陳柏翰: 12)', () => {
      const findings = rule.check(page(rows, 'class-progress'), NATIONAL_POLICY, on('2026-01-26'));
      expect(findings.map((f) => [f.recordIndex, f.field])).toEqual([
        [0, 'performancesSelected'],
        [2, 'performancesSelected'],
      ]);
      expect(findings[0]!.message.zh).toContain('勾選了 12 件多元表現，超過上限 10 件（多 2 件）。請提醒學生取消勾選多出的 2 件。');
    });

    it('does not mark a total under 仁武, whose cap leaves out school- and agency-entered items the page does not tell apart', () => {
      expect(rule.check(page(rows, 'class-progress'), RENWU_POLICY, on('2026-01-26'))).toEqual([]);
    });
  });
});
