import { describe, expect, it } from 'vitest';
import { completionTrend, latestSnapshots, observedTerms, observedUnits, onTimeGapOf, overallRate, ratesBy } from '@/lib/stats/completion';
import { onTimeText } from '@/entrypoints/dashboard/format';
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

describe('the 準時率 denominator: on time + late, items not yet due left out', () => {
  // One teacher's slices, deadline 2026-02-10 (build.ts), each seen on 02-01 with the page's dates.
  const slices = latestSnapshots(
    [
      // 301: 6 of 6 certified by the deadline → 6 on time
      obs({ day: '2026-02-01', className: '301', total: 6, done: 6, pending: 0, onTime: 6 }),
      // 302: 4 certified, the page dates 1 of them after the deadline → 3 on time, 1 done late
      obs({ day: '2026-02-01', className: '302', total: 4, done: 4, pending: 0, onTime: 3 }),
      // 303: 2 certified on time, 3 still pending
      obs({ day: '2026-02-01', className: '303', total: 5, done: 2, pending: 3, onTime: 2 }),
    ],
    term,
  );

  it('an item done on or before its deadline is on time; one done after it is late', () => {
    const rates = ratesBy(slices, 'className', '2026-02-20');
    const [c301, c302] = ['301', '302'].map((key) => rates.find((rate) => rate.key === key));
    // 301: 6 on time of 6; 302: 3 on time of 3 + 1 late
    expect([c301!.key, c301!.onTime, c301!.onTimeOf, c301!.onTimeRate]).toEqual(['301', 6, 6, 1]);
    expect([c302!.key, c302!.onTime, c302!.onTimeOf, c302!.onTimeRate]).toEqual(['302', 3, 4, 0.75]);
  });

  it('an item still pending after its deadline is late', () => {
    // on 02-11 the deadline (02-10) has passed: 303's 3 pending are late → 2 of 2 + 3
    const c303 = ratesBy(slices, 'className', '2026-02-11').find((rate) => rate.key === '303')!;
    expect([c303.onTime, c303.onTimeOf, c303.onTimeRate, c303.onTimeGaps['not-yet-due']]).toEqual([2, 5, 0.4, 0]);
  });

  it('an item still pending on or before its deadline is neither: left out and counted apart', () => {
    // on the deadline day itself (02-10) the 3 pending may still be done in time → 2 of 2, 3 not yet due
    const c303 = ratesBy(slices, 'className', '2026-02-10').find((rate) => rate.key === '303')!;
    expect([c303.onTime, c303.onTimeOf, c303.onTimeRate]).toEqual([2, 2, 1]);
    expect(c303.onTimeGaps).toEqual({ 'no-deadline': 0, 'no-dates': 0, 'not-yet-due': 3 });
    // all three classes: on time 6 + 3 + 2 = 11 of 15 − 3 not yet due = 12 (1 late)
    const overall = overallRate(slices, '2026-02-05');
    expect([overall.total, overall.onTime, overall.onTimeOf, overall.onTimeGaps['not-yet-due']]).toEqual([15, 11, 12, 3]);
    expect(overall.onTimeRate).toBeCloseTo(11 / 12);
    expect(onTimeGapOf(overall)).toBe('not-yet-due');
    // after the deadline the same log: 11 of 15
    expect(overallRate(slices, '2026-02-11').onTimeRate).toBeCloseTo(11 / 15);
  });

  it('with everything not yet due there is no 準時率 — 無資料, not yet due, with how many', () => {
    const open = latestSnapshots([obs({ day: '2026-01-20', total: 8, done: 0, pending: 8, onTime: 0 })], term);
    const rate = overallRate(open, '2026-01-20');
    expect([rate.onTime, rate.onTimeOf, rate.onTimeRate]).toEqual([0, 0, null]);
    expect(rate.onTimeGaps['not-yet-due']).toBe(8);
    expect(onTimeGapOf(rate)).toBe('not-yet-due');
    expect(onTimeText(rate, 'zh_TW')).toEqual({ text: '無資料', note: '尚未到期：8 件未完成，期限還沒到，到期後才算準時率' });
  });

  it('says in words what a known rate leaves out', () => {
    expect(onTimeText(overallRate(slices, '2026-02-05'), 'zh_TW')).toEqual({ text: '91.7%', note: '另有 3 件尚未到期' });
    expect(onTimeText(overallRate(slices, '2026-02-11'), 'zh_TW')).toEqual({ text: '73.3%', note: '' });
  });
});
