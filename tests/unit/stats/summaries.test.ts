import { describe, expect, it } from 'vitest';
import type { ObservationRow } from '@/lib/db/database';
import { completionTrend, latestSnapshots } from '@/lib/stats/completion';
import { dailyTotalsOf, sliceHistory, snapshotsOf, trendFromDailyTotals } from '@/lib/stats/summaries';
import { obs } from './build';
import { generatedObservations } from './generate';

/** Summaries of raw rows as the log keeps them: one history per scope, daily totals over all of them. */
function summarize(rows: readonly ObservationRow[]) {
  const byScope = new Map<string, ObservationRow[]>();
  for (const row of rows) byScope.set(row.scope, [...(byScope.get(row.scope) ?? []), row]);
  const histories = [...byScope.values()].map((list) => ({ key: list[0]!, row: list[0]!, ...sliceHistory(list) }));
  return {
    slices: histories.map(({ row, snapshot }) => ({ ...snapshot, year: row.year, semester: row.semester })),
    daily: dailyTotalsOf(histories),
  };
}

describe('sliceHistory', () => {
  it('steps a slice seen after its deadline without dates back to what was done by the deadline', () => {
    const rows = [
      obs({ id: 'a', day: '2026-02-01', done: 2, pending: 8, onTime: 2 }),
      obs({ id: 'b', day: '2026-02-10', done: 6, pending: 4, onTime: 6 }),
      obs({ id: 'c', day: '2026-02-20', done: 9, pending: 1, onTime: null }),
      obs({ id: 'd', day: '2026-02-20', at: Date.parse('2026-02-20T08:00:00'), done: 7, pending: 3, onTime: null }),
    ];
    const { snapshot, steps } = sliceHistory(rows);
    expect(snapshot.observationId).toBe('c');
    expect(snapshot.onTime).toBe(6);
    expect(steps).toEqual([
      { day: '2026-02-01', total: 10, done: 2, onTime: 2, onTimeOf: 10 },
      { day: '2026-02-10', total: 10, done: 6, onTime: 6, onTimeOf: 10 },
      { day: '2026-02-20', total: 10, done: 9, onTime: 6, onTimeOf: 10 },
    ]);
  });

  it('leaves the on-time count unknown when no snapshot was taken by the deadline', () => {
    const { steps } = sliceHistory([obs({ day: '2026-03-01', done: 4, pending: 6, onTime: null })]);
    expect(steps).toEqual([{ day: '2026-03-01', total: 10, done: 4, onTime: 0, onTimeOf: 0 }]);
  });
});

describe('trendFromDailyTotals', () => {
  it('gives the trend of two slices day by day, with the days between observations', () => {
    const rows = [
      obs({ day: '2026-01-05', className: '301', done: 2, pending: 8, onTime: 2 }),
      obs({ day: '2026-01-07', className: '302', total: 30, done: 3, pending: 27, onTime: 3 }),
      obs({ day: '2026-01-07', className: '301', done: 5, pending: 5, onTime: 5 }),
    ];
    const { daily } = summarize(rows);
    expect(trendFromDailyTotals(daily, { year: 114, semester: 1 })).toEqual({
      days: ['2026-01-05', '2026-01-06', '2026-01-07'],
      overall: [
        { day: '2026-01-05', completion: 0.2, onTimeRate: 0.2, total: 10, done: 2 },
        { day: '2026-01-06', completion: 0.2, onTimeRate: 0.2, total: 10, done: 2 },
        { day: '2026-01-07', completion: 0.2, onTimeRate: 0.2, total: 40, done: 8 },
      ],
      byTask: [{ taskId: 'outcome-cert', completion: [0.2, 0.2, 0.2] }],
    });
  });

  it('is empty for a term without rows', () => {
    expect(trendFromDailyTotals([], { year: 113, semester: 2 })).toEqual({ days: [], overall: [], byTask: [] });
  });
});

describe('summaries give the figures of the raw rows (generated logs)', () => {
  for (const seed of [1, 2, 3, 4, 5]) {
    it(`seed ${seed}: every term and unit, snapshots and trend`, () => {
      const rows = generatedObservations(seed, 600);
      const { slices, daily } = summarize(rows);
      const terms = [...new Set(rows.map((row) => `${row.year}|${row.semester}`))].map((key) => key.split('|').map(Number) as [number, 1 | 2]);
      const units = ['', ...new Set(rows.map((row) => row.unit))];
      expect(terms.length).toBeGreaterThan(1);
      for (const [year, semester] of terms)
        for (const unit of units) {
          const filter = { year, semester, unit };
          expect(snapshotsOf(slices, filter)).toEqual(latestSnapshots(rows, filter));
          expect(trendFromDailyTotals(daily, filter)).toEqual(completionTrend(rows, filter));
        }
    });
  }
});
