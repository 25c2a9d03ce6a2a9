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
});
