import { describe, expect, it } from 'vitest';
import type { Dismissal } from '@/lib/dismissals/lifecycle';
import { dismissalTotals, newestFirst } from '@/lib/stats/dismissals';

const row = (id: string, over: Partial<Dismissal>): Dismissal => ({
  id, at: 1_000, origin: 'http://127.0.0.1:5180', path: '/a/student/Performance.aspx', pageKind: 'performance-list', subject: 's', ruleId: 'format.file.type-mismatch',
  field: 'files', fingerprint: 'f', choice: 'other', note: '檔案實為 PDF', role: 'staff', staffName: '王怡君', endedAt: 0, ended: '', ...over,
});

const rows = [
  row('a', {}),
  row('b', { at: 3_000, endedAt: 4_000, ended: 'value-changed' }),
  row('c', { at: 2_000, staffName: '陳志明', ruleId: 'format.summary.too-long', choice: 'reported-officer' }),
  row('d', { at: 2_500, endedAt: 2_600, ended: 'replaced' }),
  row('e', { at: 2_700, endedAt: 2_800, ended: 'withdrawn', withdrawnBy: { role: 'homeroom', staffName: '林雅婷' } }),
];

describe('dismissals for the working group', () => {
  it('counts them per rule: in force, lapsed, replaced and taken back, the most first', () => {
    expect(dismissalTotals(rows, 'ruleId')).toEqual([
      { key: 'format.file.type-mismatch', total: 4, active: 1, lapsed: 1, replaced: 1, withdrawn: 1, last: 3_000 },
      { key: 'format.summary.too-long', total: 1, active: 1, lapsed: 0, replaced: 0, withdrawn: 0, last: 2_000 },
    ]);
  });

  it('counts them per person', () => {
    expect(dismissalTotals(rows, 'staffName')).toEqual([
      { key: '王怡君', total: 4, active: 1, lapsed: 1, replaced: 1, withdrawn: 1, last: 3_000 },
      { key: '陳志明', total: 1, active: 1, lapsed: 0, replaced: 0, withdrawn: 0, last: 2_000 },
    ]);
    expect(dismissalTotals([], 'staffName')).toEqual([]);
  });

  it('lists them newest first', () => {
    expect(newestFirst(rows).map((r) => r.id)).toEqual(['b', 'e', 'd', 'c', 'a']);
  });
});
