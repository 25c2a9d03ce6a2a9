// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { commendationCandidates, DEFAULT_CRITERIA } from '@/lib/stats/commendations';
import { latestSnapshots } from '@/lib/stats/completion';
import { obs } from './build';

const term = { year: 114, semester: 1 as const };
const log = [
  // 王怡君: two slices, all done, all on time → candidate
  obs({ day: '2026-02-01', className: '301', total: 10, done: 10, pending: 0, onTime: 10 }),
  obs({ day: '2026-02-01', className: '302', total: 10, done: 10, pending: 0, onTime: 10 }),
  // 張志明: 19 of 20 done (95 %), all on time → candidate at ≥ 95 %
  obs({ day: '2026-02-01', person: '張志明', course: '數學', total: 20, done: 19, pending: 1, onTime: 19 }),
  // 劉佩珊: all done, one late → not with "all on time"
  obs({ day: '2026-02-01', person: '劉佩珊', course: '地理', total: 10, done: 10, pending: 0, onTime: 9 }),
  // 黃建國: 9 of 10 done → short on completion
  obs({ day: '2026-02-01', person: '黃建國', course: '化學', total: 10, done: 9, pending: 1, onTime: 9 }),
  // 吳宗翰: seen only after the deadline, no dates → can't judge on time
  obs({ day: '2026-02-20', person: '吳宗翰', course: '物理', total: 10, done: 10, pending: 0, onTime: null }),
];
const snapshots = latestSnapshots(log, term);
/** the clock: after every deadline (02-10), so nothing is left out as not yet due */
const TODAY = '2026-02-20';

describe('commendationCandidates', () => {
  it('lists those with every task ≥ 95 % done and all on time, with the evidence rows', () => {
    const { candidates, others } = commendationCandidates(snapshots, TODAY, DEFAULT_CRITERIA);
    expect(candidates.map((c) => c.name)).toEqual(['王怡君', '張志明']);
    const wang = candidates[0]!;
    expect(wang).toMatchObject({ total: 20, done: 20, onTime: 20 });
    expect(wang.evidence.map((e) => e.className)).toEqual(['301', '302']);
    expect(wang.evidence.every((e) => e.observationId.startsWith('o'))).toBe(true);
    expect(Object.fromEntries(others.map((o) => [o.name, o.reason]))).toEqual({
      劉佩珊: 'on-time',
      黃建國: 'completion',
      吳宗翰: 'on-time-unknown',
    });
  });
  it('follows the criteria the secretary sets', () => {
    const loose = commendationCandidates(snapshots, TODAY, { by: 'person', minCompletion: 0.9, minOnTime: 0.9, minItems: 1 });
    expect(loose.candidates.map((c) => c.name)).toEqual(['王怡君', '張志明', '黃建國', '劉佩珊']);
    const many = commendationCandidates(snapshots, TODAY, { ...DEFAULT_CRITERIA, minItems: 20 });
    expect(many.candidates.map((c) => c.name)).toEqual(['王怡君', '張志明']);
    const strict = commendationCandidates(snapshots, TODAY, { ...DEFAULT_CRITERIA, minCompletion: 1 });
    expect(strict.candidates.map((c) => c.name)).toEqual(['王怡君']);
  });
  it('evaluates units too', () => {
    const byUnit = commendationCandidates(snapshots, TODAY, { ...DEFAULT_CRITERIA, by: 'unit' });
    expect(byUnit.candidates).toEqual([]);
    expect(byUnit.others).toEqual([{ name: '任課教師', reason: 'on-time-unknown', task: 'outcome-cert' }]);
  });
  it('requires every task of a person, not their average', () => {
    const mixed = latestSnapshots(
      [
        obs({ day: '2026-02-01', person: '周美玲', taskId: 'course-code-check', unit: '教務處教學組', className: '', course: '', total: 100, done: 100, pending: 0, onTime: 100 }),
        obs({ day: '2026-02-01', person: '周美玲', taskId: 'precheck', unit: '教務處教學組', className: '', course: '', total: 2, done: 1, pending: 1, onTime: 1 }),
      ],
      term,
    );
    expect(commendationCandidates(mixed, TODAY).others).toEqual([{ name: '周美玲', reason: 'completion', task: 'precheck' }]);
  });
});

describe('commendations judge on time by the rates tables’ own gaps', () => {
  // 陳怡如: 20 uploads, 19 certified (all by their dates on time), 1 still pending; deadline 02-10
  const chen = latestSnapshots([obs({ day: '2026-02-05', person: '陳怡如', course: '歷史', total: 20, done: 19, pending: 1, onTime: 19 })], term);

  it('an item pending before its deadline is not yet due — not "on time unknown" — so the candidate stands, with the evidence', () => {
    const before = commendationCandidates(chen, '2026-02-05');
    expect(before.others).toEqual([]);
    expect(before.candidates.map((c) => [c.name, c.total, c.done, c.onTime])).toEqual([['陳怡如', 20, 19, 19]]);
    expect(before.candidates[0]!.evidence.map((e) => [e.total, e.done, e.onTime, e.due])).toEqual([[20, 19, 19, '2026-02-10']]);
    expect(before.candidates[0]!.tasks[0]!.onTimeGaps).toEqual({ 'no-deadline': 0, 'no-dates': 0, 'not-yet-due': 1 });
  });

  it('after the deadline the pending item is late in the 準時率, and the criterion still reads the items done', () => {
    const after = commendationCandidates(chen, '2026-02-20');
    // 準時率 19 ÷ (19 + 1 late) = 95 %; of the 19 done, 19 on time → still a candidate at 95 % done
    expect(after.candidates[0]!.tasks[0]!.onTimeRate).toBeCloseTo(19 / 20);
    expect(after.candidates.map((c) => c.name)).toEqual(['陳怡如']);
  });

  it('a slice whose page shows no dates, read after the deadline, is still "on time unknown"', () => {
    const unknown = latestSnapshots([obs({ day: '2026-02-20', person: '陳怡如', course: '歷史', total: 20, done: 20, pending: 0, onTime: null })], term);
    expect(commendationCandidates(unknown, '2026-02-20').others).toEqual([{ name: '陳怡如', reason: 'on-time-unknown', task: 'outcome-cert' }]);
  });
});
