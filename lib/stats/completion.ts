import type { ObservationRow } from '@/lib/db/database';
import { dayRange } from './findings-by-rule';

/**
 * Completion (完成率) and on-time (準時率) rates from the observation log. Pure.
 *
 * An observation is a snapshot of one slice (task × term × unit × person × class × course) at a
 * moment. The figures for a slice are its latest snapshot up to the chosen day — never a sum of
 * visits, so looking at a page twice, or merging two staff members' logs, counts its items once.
 *
 *   完成率 = done ÷ total
 *   準時率 = on time ÷ (on time + late), over the slices whose on-time count is known
 *
 * An item is on time when the date the page shows it was done (認證日期, 確認日期, 提交時間 …) is on or
 * before its deadline; late when it was done after the deadline, or is still pending once the deadline
 * has passed. An item still pending on or before its deadline (by the clock in use: the 檢核基準日
 * when set) is neither: it is left out of the 準時率 and counted apart (`not-yet-due`).
 * A slice whose on-time count is unknown says why (`SliceGap`): its term has no deadline for the
 * task, or its page shows no completion dates and was read after the deadline. Such slices are left
 * out of the 準時率 too — never counted as 0 % — and the dashboard says 「無資料」 and why.
 */

/** Why a slice has no on-time count. */
export type SliceGap = 'no-deadline' | 'no-dates';
/** Why items are left out of a 準時率: their slice's on-time count is unknown, or they are not due yet. */
export type OnTimeGap = SliceGap | 'not-yet-due';

export type ObservationLike = Pick<
  ObservationRow,
  'id' | 'at' | 'day' | 'scope' | 'taskId' | 'year' | 'semester' | 'unit' | 'person' | 'className' | 'course' | 'total' | 'done' | 'pending' | 'onTime' | 'due'
>;

export interface StatsFilter {
  year: number;
  semester: 1 | 2;
  /** only this unit's slices; '' or absent for all */
  unit?: string;
  /** the figures as known at the end of this day (yyyy-mm-dd); absent for everything logged */
  asOf?: string;
}

/** The figures of one slice: its latest snapshot, with the on-time count resolved. */
export interface Snapshot {
  scope: string;
  taskId: string;
  unit: string;
  person: string;
  className: string;
  course: string;
  total: number;
  done: number;
  pending: number;
  /** items done by the deadline; null when unknown */
  onTime: number | null;
  /** why `onTime` is null; null when it is known */
  onTimeGap: SliceGap | null;
  due: string;
  /** the observation the figures come from (evidence) */
  observationId: string;
  day: string;
  at: number;
}

/**
 * The latest snapshot of every slice in the filter. When the latest one can't tell what was done
 * on time (seen after the deadline, no dates on the page), the last snapshot taken on or before
 * the deadline day gives it: what was done by then was done on time.
 */
export function latestSnapshots(observations: readonly ObservationLike[], filter: StatsFilter): Snapshot[] {
  const byScope = new Map<string, ObservationLike[]>();
  for (const row of observations) {
    if (row.year !== filter.year || row.semester !== filter.semester) continue;
    if (filter.unit && row.unit !== filter.unit) continue;
    if (filter.asOf && row.day > filter.asOf) continue;
    const rows = byScope.get(row.scope) ?? [];
    rows.push(row);
    byScope.set(row.scope, rows);
  }
  const snapshots: Snapshot[] = [];
  for (const rows of byScope.values()) {
    rows.sort((a, b) => a.at - b.at || a.id.localeCompare(b.id));
    const latest = rows.at(-1)!;
    let onTime = latest.onTime;
    if (onTime === null && latest.due) {
      const byDeadline = rows.filter((row) => row.day <= latest.due).at(-1);
      if (byDeadline) onTime = byDeadline.onTime ?? byDeadline.done;
    }
    if (onTime !== null) onTime = Math.min(onTime, latest.done);
    snapshots.push({
      scope: latest.scope,
      taskId: latest.taskId,
      unit: latest.unit,
      person: latest.person,
      className: latest.className,
      course: latest.course,
      total: latest.total,
      done: latest.done,
      pending: latest.pending,
      onTime,
      onTimeGap: onTime !== null ? null : latest.due ? 'no-dates' : 'no-deadline',
      due: latest.due,
      observationId: latest.id,
      day: latest.day,
      at: latest.at,
    });
  }
  return snapshots.sort((a, b) => a.scope.localeCompare(b.scope));
}

export interface Rate {
  /** the group's key: a task id, unit, person or class ('' for the overall figure) */
  key: string;
  total: number;
  done: number;
  pending: number;
  /** items done on time, over the slices whose on-time count is known */
  onTime: number;
  /** items on time or late in those slices (the 準時率 denominator): all but those not yet due */
  onTimeOf: number;
  /** done ÷ total; null when total is 0 */
  completion: number | null;
  /** onTime ÷ onTimeOf; null when no item is on time or late yet (see `onTimeGaps` for why) */
  onTimeRate: number | null;
  /**
   * items left out of the 準時率, by why: no deadline in the calendar, no completion dates on the
   * page, or still pending before the deadline (neither on time nor late yet)
   */
  onTimeGaps: Record<OnTimeGap, number>;
  /** how many slices */
  slices: number;
}

export type Dimension = 'taskId' | 'unit' | 'person' | 'className';

function emptyRate(key: string): Rate {
  return { key, total: 0, done: 0, pending: 0, onTime: 0, onTimeOf: 0, completion: null, onTimeRate: null, onTimeGaps: { 'no-deadline': 0, 'no-dates': 0, 'not-yet-due': 0 }, slices: 0 };
}

/**
 * Adds a slice to a rate, judging its pending items on `today` (yyyy-mm-dd, the clock in use): on or
 * before the deadline they are not due yet and stay out of the 準時率; after it they are late.
 */
function addTo(rate: Rate, snapshot: Snapshot, today: string): void {
  rate.total += snapshot.total;
  rate.done += snapshot.done;
  rate.pending += snapshot.pending;
  rate.slices += 1;
  const gaps = { ...rate.onTimeGaps };
  if (snapshot.onTime !== null) {
    const notYetDue = today <= snapshot.due ? snapshot.pending : 0;
    rate.onTime += snapshot.onTime;
    rate.onTimeOf += snapshot.total - notYetDue;
    gaps['not-yet-due'] += notYetDue;
  } else gaps[snapshot.onTimeGap ?? 'no-dates'] += snapshot.total;
  rate.onTimeGaps = gaps;
}

const GAP_ORDER: readonly OnTimeGap[] = ['no-deadline', 'no-dates', 'not-yet-due'];

/**
 * The main reason a rate has no 準時率 (or leaves items out of it): the one that leaves out the most
 * items (on a tie, the first of no deadline, no dates, not yet due); null when every item is counted.
 */
export function onTimeGapOf(rate: Pick<Rate, 'onTimeGaps'>): OnTimeGap | null {
  let main: OnTimeGap | null = null;
  for (const gap of GAP_ORDER) if (rate.onTimeGaps[gap] > 0 && (main === null || rate.onTimeGaps[gap] > rate.onTimeGaps[main])) main = gap;
  return main;
}

/** Items whose on-time count the log cannot give (no deadline, or no dates): not judged, unlike items not yet due. */
export function unknownOnTime(rate: Pick<Rate, 'onTimeGaps'>): number {
  return rate.onTimeGaps['no-deadline'] + rate.onTimeGaps['no-dates'];
}

function finish(rate: Rate): Rate {
  return {
    ...rate,
    completion: rate.total > 0 ? rate.done / rate.total : null,
    onTimeRate: rate.onTimeOf > 0 ? rate.onTime / rate.onTimeOf : null,
  };
}

/** All slices together, pending items judged on `today` (the clock in use). */
export function overallRate(snapshots: readonly Snapshot[], today: string): Rate {
  const rate = emptyRate('');
  for (const snapshot of snapshots) addTo(rate, snapshot, today);
  return finish(rate);
}

/**
 * Rates per task, unit, person or class, pending items judged on `today`. Slices without a value for
 * the dimension (a class-wide count has no teacher) are left out of that table. Lowest completion
 * first: what needs a push.
 */
export function ratesBy(snapshots: readonly Snapshot[], dimension: Dimension, today: string): Rate[] {
  const groups = new Map<string, Rate>();
  for (const snapshot of snapshots) {
    const key = snapshot[dimension];
    if (!key) continue;
    const rate = groups.get(key) ?? emptyRate(key);
    addTo(rate, snapshot, today);
    groups.set(key, rate);
  }
  return [...groups.values()]
    .map(finish)
    .sort((a, b) => (a.completion ?? 2) - (b.completion ?? 2) || a.key.localeCompare(b.key, 'zh-Hant'));
}

export interface TrendPoint {
  day: string;
  completion: number | null;
  /** on time ÷ (on time + late), as `Rate.onTimeRate`: items still pending before their deadline left out */
  onTimeRate: number | null;
  total: number;
  done: number;
  /** items left out of `onTimeRate` because they are still pending before their deadline (「尚未到期」) */
  notYetDue: number;
}

export interface CompletionTrend {
  days: string[];
  /** the overall figures as known at the end of each day */
  overall: TrendPoint[];
  /** per task: completion as known at the end of each day (null before the task was first seen) */
  byTask: { taskId: string; completion: (number | null)[] }[];
}

/**
 * The day a trend point judges pending items on (not due yet, or late), by the one clock the KPI uses:
 * each day is judged on itself, never past the clock (`today`: the 檢核基準日 when set, else today), and
 * the last point on the clock itself — so the line ends where the 整體準時率 stands. Without a clock,
 * each day on itself.
 */
export function trendJudgeDay(day: string, lastDay: string, today: string | undefined): string {
  if (today === undefined) return day;
  return day === lastDay || today < day ? today : day;
}

/**
 * Completion over the term: for every day from `from` (default: the first observation) to `to`
 * (default: the last), the figures as known at the end of that day, pending items judged as
 * `trendJudgeDay` says (`today`: the clock in use).
 */
export function completionTrend(observations: readonly ObservationLike[], filter: StatsFilter & { from?: string; to?: string }, today?: string): CompletionTrend {
  const inTerm = observations.filter((row) => row.year === filter.year && row.semester === filter.semester && (!filter.unit || row.unit === filter.unit));
  if (inTerm.length === 0) return { days: [], overall: [], byTask: [] };
  const observedDays = inTerm.map((row) => row.day).sort();
  const from = filter.from ?? observedDays[0]!;
  const to = filter.to ?? observedDays.at(-1)!;
  if (from > to) return { days: [], overall: [], byTask: [] };
  const days = dayRange(from, to);
  const taskIds = [...new Set(inTerm.map((row) => row.taskId))].sort();
  const overall: TrendPoint[] = [];
  const byTask = taskIds.map((taskId) => ({ taskId, completion: [] as (number | null)[] }));
  for (const day of days) {
    const snapshots = latestSnapshots(inTerm, { ...filter, asOf: day });
    const judge = trendJudgeDay(day, to, today);
    const rate = overallRate(snapshots, judge);
    overall.push({ day, completion: rate.completion, onTimeRate: rate.onTimeRate, total: rate.total, done: rate.done, notYetDue: rate.onTimeGaps['not-yet-due'] });
    const perTask = new Map(ratesBy(snapshots, 'taskId', judge).map((r) => [r.key, r.completion]));
    for (const series of byTask) series.completion.push(perTask.get(series.taskId) ?? null);
  }
  return { days, overall, byTask };
}

/** Terms (學年度, 學期) the log has observations for, newest first. */
export function observedTerms(observations: readonly Pick<ObservationRow, 'year' | 'semester'>[]): { year: number; semester: 1 | 2 }[] {
  const seen = new Map<string, { year: number; semester: 1 | 2 }>();
  for (const { year, semester } of observations) seen.set(`${year}-${semester}`, { year, semester });
  return [...seen.values()].sort((a, b) => b.year - a.year || b.semester - a.semester);
}

/** Units that appear in the observations of a term (for the unit filter). */
export function observedUnits(observations: readonly Pick<ObservationRow, 'year' | 'semester' | 'unit'>[], year: number, semester: 1 | 2): string[] {
  return [...new Set(observations.filter((row) => row.year === year && row.semester === semester && row.unit).map((row) => row.unit))].sort((a, b) =>
    a.localeCompare(b, 'zh-Hant'),
  );
}
