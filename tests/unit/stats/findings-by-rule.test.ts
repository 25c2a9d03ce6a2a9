import { describe, expect, it } from 'vitest';
import { dayRange, findingsPerRuleOverTime, rowsRead, totalsByRule } from '@/lib/stats/findings-by-rule';

describe('findingsPerRuleOverTime', () => {
  it('counts each finding once per day per rule and fills days without sightings with zero', () => {
    const trend = findingsPerRuleOverTime([
      { day: '2026-01-05', ruleId: 'format.summary.too-long', findingKey: 'a' },
      { day: '2026-01-05', ruleId: 'format.summary.too-long', findingKey: 'a' },
      { day: '2026-01-05', ruleId: 'format.summary.too-long', findingKey: 'b' },
      { day: '2026-01-07', ruleId: 'format.summary.too-long', findingKey: 'b' },
      { day: '2026-01-07', ruleId: 'quota.x', findingKey: 'c' },
    ], []);
    expect(trend.days).toEqual(['2026-01-05', '2026-01-06', '2026-01-07']);
    expect(trend.series).toEqual([
      { ruleId: 'format.summary.too-long', counts: [2, 0, 1] },
      { ruleId: 'quota.x', counts: [0, 0, 1] },
    ]);
    expect(trend.dismissed).toEqual([0, 0, 0]);
  });
  it('is empty for an empty log', () => {
    expect(findingsPerRuleOverTime([], [])).toEqual({ days: [], series: [], dismissed: [] });
  });
  it('counts a finding marked 「已確認，無需更正」 apart from the day it was marked, as the 檢核問題 table does', () => {
    const sightings = [
      { visitId: 1, day: '2026-01-05', ruleId: 'format.summary.too-long', findingKey: 'a' },
      { visitId: 1, day: '2026-01-05', ruleId: 'format.summary.too-long', findingKey: 'b' },
      { visitId: 2, day: '2026-01-06', ruleId: 'format.summary.too-long', findingKey: 'a' },
      { visitId: 3, day: '2026-01-07', ruleId: 'format.summary.too-long', findingKey: 'a' },
      { visitId: 3, day: '2026-01-07', ruleId: 'format.summary.too-long', findingKey: 'b' },
      { visitId: 3, day: '2026-01-07', ruleId: 'quota.x', findingKey: 'c' },
    ];
    const findings = [
      // a: marked on the 6th (local time), after being seen open on the 5th
      { key: 'a', ruleId: 'format.summary.too-long', resolvedAt: 0, dismissedAt: Date.parse('2026-01-06T09:00:00') },
      { key: 'b', ruleId: 'format.summary.too-long', resolvedAt: 0 },
      // c: marked before it was ever seen in this term
      { key: 'c', ruleId: 'quota.x', resolvedAt: 0, dismissedAt: Date.parse('2026-01-01T09:00:00') },
    ];
    // Worked by hand: 5th a, b open; 6th a 已確認; 7th b open, a and c 已確認. quota.x was never open: no series.
    expect(findingsPerRuleOverTime(sightings, findings)).toEqual({
      days: ['2026-01-05', '2026-01-06', '2026-01-07'],
      series: [{ ruleId: 'format.summary.too-long', counts: [2, 0, 1] }],
      dismissed: [0, 1, 2],
    });
    // On the last day every finding was seen, the trend's open and 已確認 counts are the table's.
    expect(totalsByRule(findings, sightings, () => true).map(({ ruleId, open, dismissed }) => ({ ruleId, open, dismissed }))).toEqual([
      { ruleId: 'format.summary.too-long', open: 1, dismissed: 1 },
      { ruleId: 'quota.x', open: 0, dismissed: 1 },
    ]);
  });
  it('walks calendar days across a month end', () => {
    expect(dayRange('2026-01-30', '2026-02-02')).toEqual(['2026-01-30', '2026-01-31', '2026-02-01', '2026-02-02']);
  });
});

describe('totalsByRule', () => {
  // visits 1–2 are 114-1 checks, visit 3 a 114-2 check
  const inTerm114_1 = (visitId: number) => visitId <= 2;
  const sightings = [
    { visitId: 1, day: '2026-01-12', ruleId: 'cert.pending.past-deadline', findingKey: 'a' },
    { visitId: 2, day: '2026-01-20', ruleId: 'cert.pending.past-deadline', findingKey: 'a' },
    { visitId: 2, day: '2026-01-20', ruleId: 'cert.pending.past-deadline', findingKey: 'b' },
    { visitId: 2, day: '2026-01-20', ruleId: 'format.summary.too-long', findingKey: 'c' },
    { visitId: 3, day: '2026-03-02', ruleId: 'format.summary.too-long', findingKey: 'd' },
  ];
  const findings = [
    { key: 'a', ruleId: 'cert.pending.past-deadline', resolvedAt: 0 },
    { key: 'b', ruleId: 'cert.pending.past-deadline', resolvedAt: Date.parse('2026-01-22T10:00:00') },
    { key: 'c', ruleId: 'format.summary.too-long', resolvedAt: 0 },
    { key: 'd', ruleId: 'format.summary.too-long', resolvedAt: 0 },
  ];

  it('counts each (record, rule) once in the chosen term, however many checks saw it, with the fixed ones and the days seen', () => {
    expect(totalsByRule(findings, sightings, inTerm114_1)).toEqual([
      { ruleId: 'cert.pending.past-deadline', seen: 2, open: 1, dismissed: 0, fixed: 1, firstSeen: '2026-01-12', lastSeen: '2026-01-20' },
      { ruleId: 'format.summary.too-long', seen: 1, open: 1, dismissed: 0, fixed: 0, firstSeen: '2026-01-20', lastSeen: '2026-01-20' },
    ]);
  });

  it('counts a problem marked 「已確認，無需更正」 while still there apart from the open ones', () => {
    const dismissed = findings.map((finding) => (finding.key === 'a' ? { ...finding, dismissedAt: Date.parse('2026-01-21T09:00:00') } : finding));
    expect(totalsByRule(dismissed, sightings, inTerm114_1)).toEqual([
      // c is open; a is 已確認; b was fixed
      { ruleId: 'format.summary.too-long', seen: 1, open: 1, dismissed: 0, fixed: 0, firstSeen: '2026-01-20', lastSeen: '2026-01-20' },
      { ruleId: 'cert.pending.past-deadline', seen: 2, open: 0, dismissed: 1, fixed: 1, firstSeen: '2026-01-12', lastSeen: '2026-01-20' },
    ]);
    // a fixed problem counts as fixed, whether or not it was dismissed before
    const fixedAfter = dismissed.map((finding) => (finding.key === 'a' ? { ...finding, resolvedAt: Date.parse('2026-01-25T09:00:00') } : finding));
    expect(totalsByRule(fixedAfter, sightings, inTerm114_1)[1]).toMatchObject({ ruleId: 'cert.pending.past-deadline', open: 0, dismissed: 0, fixed: 2 });
  });

  it('leaves out the other term’s checks', () => {
    expect(totalsByRule(findings, sightings, (visitId) => visitId === 3)).toEqual([
      { ruleId: 'format.summary.too-long', seen: 1, open: 1, dismissed: 0, fixed: 0, firstSeen: '2026-03-02', lastSeen: '2026-03-02' },
    ]);
  });

  it('reads each page’s rows once, however often it was checked', () => {
    const visits = [
      { id: 1, origin: 'http://a', path: '/certify', records: 33 },
      { id: 2, origin: 'http://a', path: '/certify', records: 33 },
      { id: 0, origin: 'http://a', path: '/progress', records: 32 },
      { id: 3, origin: 'http://a', path: '/certify', records: 40 },
    ];
    expect(rowsRead(visits, inTerm114_1)).toBe(65);
  });
});
