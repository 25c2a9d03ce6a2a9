import { describe, expect, it } from 'vitest';
import { completionTrend, latestSnapshots, observedTerms, observedUnits, onTimeGapOf, overallRate, ratesBy } from '@/lib/stats/completion';
import { obs } from './build';

/*
 * A hand-built term (114-1) with known answers:
 *   王怡君 英語文 302: 10 items; 01-05 4 done (on time unknown), 02-01 8 done (seen before the
 *                      deadline 02-10, so on time: 8), 02-20 10 done (after: unknown → 8 from 02-01)
 *   王怡君 英語文 301:  5 items; 02-20 5 done, page dates say 5 on time
 *   張志明 數學 302:    4 items; 02-20 1 done, page dates say 0 on time
 *   receipt-confirm 302 (註冊組, no person): 32 students; 01-10 30 done, onTime 30
 *   one 114-2 row and one 113-1 row that must stay out
 */
const log = [
  obs({ day: '2026-01-05', done: 4, pending: 6 }),
  obs({ day: '2026-02-01', done: 8, pending: 2 }),
  obs({ day: '2026-02-20', done: 10, pending: 0 }),
  obs({ day: '2026-02-20', className: '301', total: 5, done: 5, pending: 0, onTime: 5 }),
  obs({ day: '2026-02-20', person: '張志明', course: '數學', total: 4, done: 1, pending: 3, onTime: 0 }),
  obs({ day: '2026-01-10', taskId: 'receipt-confirm', unit: '教務處註冊組', person: '', course: '', total: 32, done: 30, pending: 2, onTime: 30, due: '2025-10-28' }),
  obs({ day: '2026-03-01', semester: 2, done: 1 }),
  obs({ day: '2025-01-01', year: 113, done: 1 }),
];
const term = { year: 114, semester: 1 as const };
/** the clock: the last look (02-20), after every deadline, so every pending item is late */
const TODAY = '2026-02-20';

describe('latestSnapshots', () => {
  it('takes the latest snapshot of each slice, never a sum of visits', () => {
    const snapshots = latestSnapshots(log, term);
    expect(snapshots).toHaveLength(4);
    const wang302 = snapshots.find((s) => s.person === '王怡君' && s.className === '302')!;
    expect(wang302).toMatchObject({ total: 10, done: 10, pending: 0, day: '2026-02-20' });
  });
  it('takes the on-time count from the last snapshot by the deadline when the latest cannot tell', () => {
    const wang302 = latestSnapshots(log, term).find((s) => s.person === '王怡君' && s.className === '302')!;
    expect(wang302.onTime).toBe(8);
  });
  it('leaves on-time unknown when nothing was seen by the deadline', () => {
    const only = latestSnapshots([obs({ day: '2026-02-20', done: 10, pending: 0 })], term);
    expect(only[0]!.onTime).toBeNull();
  });
  it('gives the figures as known at the end of a chosen day', () => {
    const snapshots = latestSnapshots(log, { ...term, asOf: '2026-01-31' });
    expect(snapshots.map((s) => [s.taskId, s.done])).toEqual([
      ['outcome-cert', 4],
      ['receipt-confirm', 30],
    ]);
  });
  it('filters by unit', () => {
    expect(latestSnapshots(log, { ...term, unit: '教務處註冊組' }).map((s) => s.taskId)).toEqual(['receipt-confirm']);
  });
});

describe('rates', () => {
  const snapshots = latestSnapshots(log, term);
  it('overall: 完成率 = done ÷ total, 準時率 = on time ÷ total of the slices where it is known', () => {
    const rate = overallRate(snapshots, TODAY);
    // total 10+5+4+32 = 51, done 10+5+1+30 = 46; on time 8+5+0+30 = 43 of 51
    expect(rate).toMatchObject({ total: 51, done: 46, pending: 5, onTime: 43, onTimeOf: 51, slices: 4 });
    expect(rate.completion).toBeCloseTo(46 / 51);
    expect(rate.onTimeRate).toBeCloseTo(43 / 51);
  });
  it('per task', () => {
    const rates = ratesBy(snapshots, 'taskId', TODAY);
    expect(rates.map((r) => [r.key, r.total, r.done, r.onTime])).toEqual([
      ['outcome-cert', 19, 16, 13],
      ['receipt-confirm', 32, 30, 30],
    ]);
    expect(rates[0]!.completion).toBeCloseTo(16 / 19);
  });
  it('per unit', () => {
    expect(ratesBy(snapshots, 'unit', TODAY).map((r) => [r.key, r.total, r.done])).toEqual([
      ['任課教師', 19, 16],
      ['教務處註冊組', 32, 30],
    ]);
  });
  it('per teacher, lowest completion first, leaving out slices without a teacher', () => {
    const rates = ratesBy(snapshots, 'person', TODAY);
    expect(rates.map((r) => [r.key, r.total, r.done, r.onTime, r.onTimeRate])).toEqual([
      ['張志明', 4, 1, 0, 0],
      ['王怡君', 15, 15, 13, 13 / 15],
    ]);
    expect(rates[1]!.completion).toBe(1);
  });
  it('per class', () => {
    expect(ratesBy(snapshots, 'className', TODAY).map((r) => [r.key, r.total, r.done])).toEqual([
      ['302', 46, 41],
      ['301', 5, 5],
    ]);
  });
  it('has no rate for an empty table', () => {
    expect(overallRate([], TODAY)).toMatchObject({ total: 0, completion: null, onTimeRate: null });
  });
});

describe('completionTrend', () => {
  it('gives the overall completion as known at the end of every day of the range', () => {
    const trend = completionTrend(log, { ...term, from: '2026-01-04', to: '2026-01-11' });
    expect(trend.days).toHaveLength(8);
    const byDay = Object.fromEntries(trend.overall.map((p) => [p.day, [p.done, p.total]]));
    expect(byDay['2026-01-04']).toEqual([0, 0]);
    expect(byDay['2026-01-05']).toEqual([4, 10]);
    expect(byDay['2026-01-09']).toEqual([4, 10]);
    expect(byDay['2026-01-10']).toEqual([34, 42]);
    expect(trend.overall[0]!.completion).toBeNull();
    expect(trend.byTask.find((s) => s.taskId === 'receipt-confirm')!.completion.slice(5)).toEqual([null, 30 / 32, 30 / 32]);
  });
  it('runs from the first to the last observation by default', () => {
    const trend = completionTrend(log, term);
    expect(trend.days[0]).toBe('2026-01-05');
    expect(trend.days.at(-1)).toBe('2026-02-20');
    expect(trend.overall.at(-1)!.done).toBe(46);
  });
  it('is empty for a term without observations', () => {
    expect(completionTrend(log, { year: 110, semester: 1 })).toEqual({ days: [], overall: [], byTask: [] });
  });
});

describe('filters', () => {
  it('lists observed terms newest first and the units of a term', () => {
    expect(observedTerms(log)).toEqual([
      { year: 114, semester: 2 },
      { year: 114, semester: 1 },
      { year: 113, semester: 1 },
    ]);
    expect(observedUnits(log, 114, 1)).toEqual(['任課教師', '教務處註冊組']);
  });
});

describe('an on-time rate the log cannot give', () => {
  it('says why for each slice and leaves its items out of the 準時率, never counting them as late', () => {
    const snapshots = latestSnapshots(
      [
        // dated items: 8 of 10 on time
        obs({ day: '2026-02-01', person: '王怡君', total: 10, done: 9, pending: 1, onTime: 8 }),
        // read after the deadline, the page showing no dates
        obs({ day: '2026-02-20', person: '張志明', total: 6, done: 6, pending: 0, onTime: null }),
        // a task the calendar gives no deadline
        obs({ day: '2026-02-20', taskId: 'precheck', unit: '教務處註冊組', person: '', className: '', course: '名冊', total: 4, done: 4, pending: 0, onTime: null, due: '' }),
      ],
      { year: 114, semester: 1 },
    );
    // (snapshots come sorted by scope)
    expect(snapshots.map((s) => [s.person || s.course, s.onTimeGap])).toEqual([
      ['張志明', 'no-dates'],
      ['王怡君', null],
      ['名冊', 'no-deadline'],
    ]);
    const overall = overallRate(snapshots, TODAY);
    expect([overall.onTime, overall.onTimeOf, overall.onTimeRate]).toEqual([8, 10, 0.8]);
    expect(overall.onTimeGaps).toEqual({ 'no-deadline': 4, 'no-dates': 6, 'not-yet-due': 0 });
    expect(onTimeGapOf(overall)).toBe('no-dates');
    const byPerson = ratesBy(snapshots, 'person', TODAY);
    expect(byPerson.map((r) => [r.key, r.onTimeRate, onTimeGapOf(r)])).toEqual([
      ['王怡君', 0.8, null],
      ['張志明', null, 'no-dates'],
    ]);
  });
});
