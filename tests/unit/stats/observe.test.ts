import { describe, expect, it } from 'vitest';
import type { Artifact, PageRecord } from '@/lib/model/records';
import { CAOTUN_WITH_114, NATIONAL_WITH_114 } from '../policy/calendars-114';
import { countOnTime, dueOf, observationsFromRecords } from '@/lib/stats/observe';

const term = { year: 114, semester: 1 as const };
const upload = (className: string, certStatus: Artifact['certStatus'], extra: Partial<Artifact> = {}): Artifact => ({
  type: 'artifact',
  kind: 'outcome',
  studentRef: `1120${className}`,
  term,
  title: '作品',
  files: [],
  teacher: '王怡君',
  courseName: '英語文',
  className,
  certStatus,
  ...extra,
});

describe('observationsFromRecords', () => {
  it('counts a certification page per teacher × class × course, with the task table’s unit and deadline', () => {
    const records: PageRecord[] = [upload('302', 'certified'), upload('302', 'pending'), upload('302', 'rejected'), upload('301', 'pending')];
    const observations = observationsFromRecords('certification', records, { policy: CAOTUN_WITH_114, today: '2026-01-26' });
    // 草屯: 休業式 2026-01-20 + 3 weeks
    expect(observations).toEqual([
      { taskId: 'outcome-cert', year: 114, semester: 1, unit: '任課教師', person: '王怡君', className: '302', course: '英語文', total: 3, done: 2, pending: 1, onTime: 2, due: '2026-02-10' },
      { taskId: 'outcome-cert', year: 114, semester: 1, unit: '任課教師', person: '王怡君', className: '301', course: '英語文', total: 1, done: 0, pending: 1, onTime: 0, due: '2026-02-10' },
    ]);
    expect(JSON.stringify(observations)).not.toContain('1120');
  });

  it('uses a certification date the record carries to judge on time', () => {
    const late = { ...upload('302', 'certified'), certifiedAt: '2026-02-11' } as Artifact;
    const [observation] = observationsFromRecords('certification', [late, upload('302', 'certified')], { policy: CAOTUN_WITH_114, today: '2026-02-12' });
    // one dated late; one undated and first seen after the deadline → unknown
    expect(observation!.onTime).toBeNull();
    const [dated] = observationsFromRecords('certification', [late], { policy: CAOTUN_WITH_114, today: '2026-02-12' });
    expect(dated!.onTime).toBe(0);
  });

  it('counts 收訖確認 per class from a class-progress page, once per student', () => {
    const row = (studentRef: string, receiptConfirmed: boolean): PageRecord => ({ type: 'class-progress', studentRef, className: '302', term, receiptConfirmed });
    const observations = observationsFromRecords('class-progress', [row('a', true), row('b', false), row('c', true), row('c', false)], { policy: CAOTUN_WITH_114, today: '2025-10-12' });
    expect(observations).toEqual([
      { taskId: 'receipt-confirm', year: 114, semester: 1, unit: '教務處註冊組', person: '', className: '302', course: '', total: 3, done: 1, pending: 2, onTime: 1, due: '2025-10-16' },
    ]);
  });

  it('counts a receipt page per class with confirmation dates, in the term those dates fall in', () => {
    const observations = observationsFromRecords(
      'receipt',
      [
        { type: 'receipt', studentRef: 'a', className: '301', status: 'confirmed', confirmedAt: '2025-10-10' },
        { type: 'receipt', studentRef: 'b', className: '301', status: 'disputed', confirmedAt: '2025-10-10' },
        { type: 'receipt', studentRef: 'c', className: '301', status: 'confirmed', confirmedAt: '2025-10-20' },
      ],
      { policy: CAOTUN_WITH_114, today: '2025-10-25' },
    );
    expect(observations[0]).toMatchObject({ className: '301', total: 3, done: 2, pending: 1, onTime: 1, due: '2025-10-16' });
  });

  it('counts the course-code comparison and pre-check rosters', () => {
    const codes = observationsFromRecords(
      'course-code-check',
      [
        { type: 'course-code-run', ranAt: '2025-09-20', term },
        { type: 'course-code-check', code: 'A', matched: true },
        { type: 'course-code-check', code: 'B', matched: false },
      ],
      { policy: CAOTUN_WITH_114, today: '2025-10-01' },
    );
    expect(codes).toEqual([
      { taskId: 'course-code-check', year: 114, semester: 1, unit: '教務處教學組', person: '', className: '', course: '', total: 2, done: 1, pending: 1, onTime: 1, due: '2025-09-29' },
    ]);
    const rosters = observationsFromRecords(
      'precheck',
      [
        { type: 'precheck', rosterType: '學生基本資料名冊', submittedAt: '2025-09-12 09:41', passed: false, errors: [{ message: 'x' }] },
        { type: 'precheck', rosterType: '幹部經歷名冊', submittedAt: '2025-10-03 08:55', passed: true, errors: [] },
      ],
      { policy: CAOTUN_WITH_114, today: '2025-10-05' },
    );
    expect(rosters.map((o) => [o.course, o.total, o.done, o.onTime, o.due])).toEqual([
      ['學生基本資料名冊', 1, 0, 0, '2025-11-10'],
      ['幹部經歷名冊', 1, 1, 1, '2025-11-10'],
    ]);
  });

  it('gives nothing for a student’s own pages, nor for a page that shows neither a term nor a date', () => {
    expect(observationsFromRecords('outcome-list', [upload('302', 'pending')], { policy: CAOTUN_WITH_114, today: '2026-01-26' })).toEqual([]);
    const noTerm = { ...upload('302', 'pending'), term: undefined };
    expect(observationsFromRecords('certification', [noTerm], { policy: CAOTUN_WITH_114, today: '2026-01-26' })).toEqual([]);
    const unanswered: PageRecord = { type: 'receipt', studentRef: 'a', className: '301', status: 'pending' };
    expect(observationsFromRecords('receipt', [unanswered], { policy: CAOTUN_WITH_114, today: '2026-12-02' })).toEqual([]);
  });
});

describe('the term a page’s counts are filed under', () => {
  // Read on 2026-12-02 — in 115-1 — the sample portal's 114-1 pages still count under 114-1.
  const late = { policy: CAOTUN_WITH_114, today: '2026-12-02' };
  const terms = (observations: { year: number; semester: number }[]) => observations.map((o) => `${o.year}-${o.semester}`);

  it('takes the term a certification row or the page’s heading states', () => {
    expect(terms(observationsFromRecords('certification', [upload('302', 'pending')], late))).toEqual(['114-1']);
  });

  it('places rows without a 學期 by their upload date, and undated ones with the rest of the page', () => {
    const dated = { ...upload('302', 'certified'), term: undefined, uploadedAt: '2025-12-18', certifiedAt: '2026-02-12' };
    const undated = { ...upload('302', 'pending'), term: undefined };
    const [observation, ...rest] = observationsFromRecords('certification', [dated, undated], late);
    expect(rest).toEqual([]);
    // uploaded in 114-1 (certified in 114-2 but filed with its upload), the undated row with it
    expect(observation).toMatchObject({ year: 114, semester: 1, total: 2, done: 1, onTime: 0, due: '2026-02-10' });
  });

  it('files a receipt list by its confirmation dates, unanswered rows included', () => {
    const observations = observationsFromRecords(
      'receipt',
      [
        { type: 'receipt', studentRef: 'a', className: '302', status: 'confirmed', confirmedAt: '2025-10-21' },
        { type: 'receipt', studentRef: 'b', className: '302', status: 'disputed', confirmedAt: '2025-10-23' },
        { type: 'receipt', studentRef: 'c', className: '302', status: 'pending' },
      ],
      late,
    );
    expect(observations).toEqual([
      { taskId: 'receipt-confirm', year: 114, semester: 1, unit: '教務處註冊組', person: '', className: '302', course: '', total: 3, done: 1, pending: 2, onTime: 0, due: '2025-10-16' },
    ]);
  });

  it('files pre-check rosters by their 提交時間 and the class-progress page by its heading', () => {
    const rosters = observationsFromRecords('precheck', [{ type: 'precheck', rosterType: '課程學習成果名冊', submittedAt: '2026-01-23 11:20', passed: true, errors: [] }], late);
    expect(rosters.map((o) => [o.year, o.semester, o.onTime, o.due])).toEqual([[114, 1, 0, '2025-11-10']]);
    const progress = observationsFromRecords('class-progress', [{ type: 'class-progress', studentRef: 'a', className: '302', term, receiptConfirmed: true }], late);
    expect(terms(progress)).toEqual(['114-1']);
  });

  it('past the policy’s calendar, places a date by the school-year rule (115-1 from August)', () => {
    const run = observationsFromRecords(
      'course-code-check',
      [
        { type: 'course-code-run', ranAt: '2026-11-20' },
        { type: 'course-code-check', code: 'A', matched: true },
      ],
      late,
    );
    // 115-1 has only an estimated 開學日 in the preset: no deadline, so no on-time count
    expect(run.map((o) => [o.year, o.semester, o.due, o.onTime])).toEqual([[115, 1, '', null]]);
  });
});

describe('countOnTime and dueOf', () => {
  it('counts dated items by date and undated ones by the day the page was read', () => {
    expect(countOnTime(['2026-02-01', '2026-02-11', undefined], '2026-02-10', '2026-02-05')).toBe(2);
    expect(countOnTime([undefined], '2026-02-10', '2026-02-11')).toBeNull();
    expect(countOnTime(['2026-02-01'], '', '2026-02-05')).toBeNull();
  });
  it('resolves a deadline from the task table, else from the calendar', () => {
    expect(dueOf('outcome-cert', CAOTUN_WITH_114, term)).toBe('2026-02-10');
    expect(dueOf('receipt-confirm', CAOTUN_WITH_114, term)).toBe('2025-10-16');
    expect(dueOf('nothing', CAOTUN_WITH_114, term)).toBe('');
    expect(dueOf('outcome-cert', NATIONAL_WITH_114, { year: 99, semester: 1 })).toBe('');
  });
});
