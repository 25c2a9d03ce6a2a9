import { describe, expect, it } from 'vitest';
import { dayRange, findingsPerRuleOverTime, totalsByRule } from '@/lib/stats/findings-by-rule';

describe('findingsPerRuleOverTime', () => {
  it('counts each finding once per day per rule and fills days without sightings with zero', () => {
    const trend = findingsPerRuleOverTime([
      { day: '2026-01-05', ruleId: 'format.summary.too-long', findingKey: 'a' },
      { day: '2026-01-05', ruleId: 'format.summary.too-long', findingKey: 'a' },
      { day: '2026-01-05', ruleId: 'format.summary.too-long', findingKey: 'b' },
      { day: '2026-01-07', ruleId: 'format.summary.too-long', findingKey: 'b' },
      { day: '2026-01-07', ruleId: 'quota.x', findingKey: 'c' },
    ]);
    expect(trend.days).toEqual(['2026-01-05', '2026-01-06', '2026-01-07']);
    expect(trend.series).toEqual([
      { ruleId: 'format.summary.too-long', counts: [2, 0, 1] },
      { ruleId: 'quota.x', counts: [0, 0, 1] },
    ]);
  });
  it('is empty for an empty log', () => {
    expect(findingsPerRuleOverTime([])).toEqual({ days: [], series: [] });
  });
  it('walks calendar days across a month end', () => {
    expect(dayRange('2026-01-30', '2026-02-02')).toEqual(['2026-01-30', '2026-01-31', '2026-02-01', '2026-02-02']);
  });
});

describe('totalsByRule', () => {
  it('counts open and resolved findings per rule, most open first', () => {
    expect(
      totalsByRule([
        { ruleId: 'b', resolvedAt: 0, lastSeen: 5 },
        { ruleId: 'a', resolvedAt: 9, lastSeen: 7 },
        { ruleId: 'b', resolvedAt: 0, lastSeen: 6 },
        { ruleId: 'a', resolvedAt: 0, lastSeen: 3 },
      ]),
    ).toEqual([
      { ruleId: 'b', open: 2, resolved: 0, lastSeen: 6 },
      { ruleId: 'a', open: 1, resolved: 1, lastSeen: 7 },
    ]);
  });
});
