import { describe, expect, it } from 'vitest';
import type { ObservationRow } from '@/lib/db/database';
import { completionTrend, latestSnapshots, overallRate } from '@/lib/stats/completion';
import { dailyTotalsOf, sliceHistory, snapshotsOf, trendFromDailyTotals } from '@/lib/stats/summaries';
import { dashboardTerm, obs } from './build';
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
    // the items still pending go with their deadline (the default 02-10): before it they are not due yet
    expect(steps).toEqual([
      { day: '2026-02-01', total: 10, done: 2, onTime: 2, onTimeOf: 10, pending: 8, due: '2026-02-10' },
      { day: '2026-02-10', total: 10, done: 6, onTime: 6, onTimeOf: 10, pending: 4, due: '2026-02-10' },
      { day: '2026-02-20', total: 10, done: 9, onTime: 6, onTimeOf: 10, pending: 1, due: '2026-02-10' },
    ]);
  });

  it('leaves the on-time count unknown when no snapshot was taken by the deadline', () => {
    const { steps } = sliceHistory([obs({ day: '2026-03-01', done: 4, pending: 6, onTime: null })]);
    // unknown on-time count: its pending items are not counted as not due yet either (the KPI says 無資料 for them)
    expect(steps).toEqual([{ day: '2026-03-01', total: 10, done: 4, onTime: 0, onTimeOf: 0, pending: 0, due: '2026-02-10' }]);
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
    // Every pending item is before its deadline (02-10): not due yet, so left out of the 準時率;
    // what is done is on time: 2 of 2, then 5 + 3 = 8 of 8.
    expect(trendFromDailyTotals(daily, { year: 114, semester: 1 })).toEqual({
      days: ['2026-01-05', '2026-01-06', '2026-01-07'],
      overall: [
        { day: '2026-01-05', completion: 0.2, onTimeRate: 1, total: 10, done: 2, notYetDue: 8 },
        { day: '2026-01-06', completion: 0.2, onTimeRate: 1, total: 10, done: 2, notYetDue: 8 },
        { day: '2026-01-07', completion: 0.2, onTimeRate: 1, total: 40, done: 8, notYetDue: 5 + 27 },
      ],
      byTask: [{ taskId: 'outcome-cert', completion: [0.2, 0.2, 0.2] }],
    });
  });

  // The dashboard e2e's term (build.ts dashboardTerm), worked by hand:
  //   01-12  王怡君 301 only: 4 on time, 4 pending before 02-10 → 4 / (8 − 4) = 100 %
  //   01-20  + 收訖 (2 pending after 10-28: late) and 課程代碼 → on time 4 + 28 + 40 = 72 of 8 + 32 + 40 − 4 = 76
  //   01-26  all five: on time 8 + 8 + 5 + 28 + 40 = 89 of 98 − 5 (張志明, before 02-10) = 93 → 95.7 %, the KPI
  const term = { year: 114, semester: 1 as const };
  const point = (daily: ReturnType<typeof summarize>['daily'], today: string | undefined, day: string) => {
    const found = trendFromDailyTotals(daily, term, today).overall.find((p) => p.day === day)!;
    return [found.onTimeRate, found.notYetDue];
  };

  it('leaves items pending before their deadline out of the 準時率, so its last point is the KPI (clock 01-27)', () => {
    const { daily } = summarize(dashboardTerm());
    expect(point(daily, '2026-01-27', '2026-01-12')).toEqual([4 / 4, 4]);
    expect(point(daily, '2026-01-27', '2026-01-20')).toEqual([72 / 76, 4]);
    expect(point(daily, '2026-01-27', '2026-01-26')).toEqual([89 / 93, 5]);
    expect((89 / 93).toFixed(3)).toBe('0.957');
    expect(overallRate(latestSnapshots(dashboardTerm(), term), '2026-01-27').onTimeRate).toBe(89 / 93);
  });

  it('judges the last point on the clock: a deadline passed since the last visit makes its pending items late', () => {
    const { daily } = summarize(dashboardTerm());
    // clock 02-11: 張志明's 5 pending are late now → 89 of 98; the day before (judged on itself) as above
    expect(point(daily, '2026-02-11', '2026-01-26')).toEqual([89 / 98, 0]);
    expect(point(daily, '2026-02-11', '2026-01-25')).toEqual([72 / 76, 4]);
  });

  it('never judges a day past the clock (a 檢核基準日 before the visits)', () => {
    const { daily } = summarize(dashboardTerm());
    // clock 2025-10-01: the 收訖's 2 pending (until 10-28) are not due yet either → 72 of 80 − 4 − 2 = 74; 89 of 98 − 5 − 2 = 91
    expect(point(daily, '2025-10-01', '2026-01-20')).toEqual([72 / 74, 6]);
    expect(point(daily, '2025-10-01', '2026-01-26')).toEqual([89 / 91, 7]);
    expect(overallRate(latestSnapshots(dashboardTerm(), term), '2025-10-01').onTimeRate).toBe(89 / 91);
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
          // any clock: before the term, inside it, after every deadline
          for (const today of ['2025-08-01', '2025-10-15', '2026-03-01']) expect(trendFromDailyTotals(daily, filter, today)).toEqual(completionTrend(rows, filter, today));
        }
    });
  }
});
