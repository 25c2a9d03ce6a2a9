import { latestSnapshots, trendJudgeDay, type CompletionTrend, type ObservationLike, type Snapshot, type StatsFilter, type TrendPoint } from './completion';
import { dayRange } from './findings-by-rule';

/**
 * The figures of the completion statistics kept small, so the dashboard need not read every raw
 * observation. Pure. For each slice (one scope in one term), from its observations:
 *
 * - its latest snapshot (exactly `latestSnapshots` over the slice's rows), and
 * - its steps: on each day it was observed, what it adds to the trend as known at the end of that day
 *   (total, done, on-time items, the items whose on-time count is known, and those of them still pending
 *   with their deadline — on a later day they are 「尚未到期」 or late, by the clock).
 *
 * A slice's contribution changes only on days it was observed, so the differences between its steps,
 * summed per term × unit × task × day (`DailyTotal`), give the whole trend in one pass over the days:
 * `trendFromDailyTotals` equals `completionTrend` over the raw rows (tests/unit/stats/summaries.test.ts).
 */

/** What one slice adds to the trend as known at the end of `day`. */
export interface SliceStep {
  day: string;
  total: number;
  done: number;
  /** items done on time; 0 when unknown */
  onTime: number;
  /** `total` when the on-time count is known, else 0 */
  onTimeOf: number;
  /** items still pending when the on-time count is known, else 0: left out of the 準時率 while the clock is on or before `due` */
  pending: number;
  /** the deadline the figures were read against ('' when none) */
  due: string;
}

export interface SliceHistory {
  snapshot: Snapshot;
  steps: SliceStep[];
}

const byMoment = (a: ObservationLike, b: ObservationLike) => a.at - b.at || a.id.localeCompare(b.id);

/** The latest snapshot and the day-by-day steps of one slice, from all its observations (one scope). */
export function sliceHistory(rows: readonly ObservationLike[]): SliceHistory {
  const first = rows[0];
  if (!first) throw new Error('a slice has at least one observation');
  const [snapshot] = latestSnapshots(rows, { year: first.year, semester: first.semester });
  // The latest row of each day, then the latest row up to each day (days ascending).
  const lastOfDay = new Map<string, ObservationLike>();
  for (const row of rows) {
    const known = lastOfDay.get(row.day);
    if (!known || byMoment(row, known) > 0) lastOfDay.set(row.day, row);
  }
  const days = [...lastOfDay.keys()].sort();
  const upTo: ObservationLike[] = [];
  for (const day of days) {
    const row = lastOfDay.get(day)!;
    const before = upTo.at(-1);
    upTo.push(before && byMoment(before, row) > 0 ? before : row);
  }
  /** The latest row on or before `day`; undefined when none. */
  const latestBy = (day: string): ObservationLike | undefined => {
    let low = 0;
    let high = days.length - 1;
    let found = -1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (days[mid]! <= day) {
        found = mid;
        low = mid + 1;
      } else high = mid - 1;
    }
    return found < 0 ? undefined : upTo[found];
  };
  const steps = days.map((day, i): SliceStep => {
    const latest = upTo[i]!;
    let onTime = latest.onTime;
    if (onTime === null && latest.due) {
      const byDeadline = latestBy(latest.due < day ? latest.due : day);
      if (byDeadline) onTime = byDeadline.onTime ?? byDeadline.done;
    }
    if (onTime !== null) onTime = Math.min(onTime, latest.done);
    const known = onTime !== null;
    return { day, total: latest.total, done: latest.done, onTime: onTime ?? 0, onTimeOf: known ? latest.total : 0, pending: known ? latest.pending : 0, due: latest.due };
  });
  return { snapshot: snapshot!, steps };
}

/** Changes to the trend of one term × unit × task on one day, summed over its slices. */
export interface DailyTotal {
  year: number;
  semester: 1 | 2;
  unit: string;
  taskId: string;
  day: string;
  total: number;
  done: number;
  onTime: number;
  onTimeOf: number;
  /**
   * Changes to the pending items counted in `onTimeOf`, by their deadline: summed up to a day, the items
   * still pending then; those whose deadline is on or after the day they are judged on are not due yet.
   * Entries are never 0.
   */
  pendingByDue: Record<string, number>;
  /** how many slices were observed that day (the day is in the trend while > 0) */
  slices: number;
}

export type SliceKey = Pick<DailyTotal, 'year' | 'semester' | 'unit' | 'taskId'>;

/** The id of a daily total: the same for every slice of a term × unit × task on a day. */
export function dailyTotalId(key: SliceKey, day: string): string {
  return `${key.year}|${key.semester}|${key.unit}|${key.taskId}|${day}`;
}

/** Adds `change` to a count of pending items by deadline, dropping a deadline whose count comes to 0. */
export function addPending(byDue: Record<string, number>, due: string, change: number): void {
  const next = (byDue[due] ?? 0) + change;
  if (next === 0) delete byDue[due];
  else byDue[due] = next;
}

/**
 * Adds a slice's steps to daily totals (`sign` 1), or takes them away again (`sign` -1) before its new
 * steps are added: each day gets the difference from the slice's previous step.
 */
export function addSteps(totals: Map<string, DailyTotal>, key: SliceKey, steps: readonly SliceStep[], sign: 1 | -1): void {
  let before: SliceStep | undefined;
  for (const step of steps) {
    const id = dailyTotalId(key, step.day);
    const total = totals.get(id) ?? { year: key.year, semester: key.semester, unit: key.unit, taskId: key.taskId, day: step.day, total: 0, done: 0, onTime: 0, onTimeOf: 0, pendingByDue: {}, slices: 0 };
    totals.set(id, total);
    total.total += sign * (step.total - (before?.total ?? 0));
    total.done += sign * (step.done - (before?.done ?? 0));
    total.onTime += sign * (step.onTime - (before?.onTime ?? 0));
    total.onTimeOf += sign * (step.onTimeOf - (before?.onTimeOf ?? 0));
    if (before?.pending) addPending(total.pendingByDue, before.due, -sign * before.pending);
    if (step.pending) addPending(total.pendingByDue, step.due, sign * step.pending);
    total.slices += sign;
    before = step;
  }
}

/** Daily totals of many slices' steps. */
export function dailyTotalsOf(histories: readonly { key: SliceKey; steps: readonly SliceStep[] }[]): DailyTotal[] {
  const totals = new Map<string, DailyTotal>();
  for (const { key, steps } of histories) addSteps(totals, key, steps, 1);
  return [...totals.values()];
}

/**
 * Completion over the term from its daily totals, in one pass over the days: the same figures as
 * `completionTrend` over the raw observations (whole term, optionally one unit), pending items judged
 * by the same clock (`today`; see `trendJudgeDay`), so the last point's 準時率 is the KPI's.
 */
export function trendFromDailyTotals(totals: readonly DailyTotal[], filter: Omit<StatsFilter, 'asOf'>, today?: string): CompletionTrend {
  const inTerm = totals.filter((row) => row.year === filter.year && row.semester === filter.semester && (!filter.unit || row.unit === filter.unit) && row.slices > 0);
  if (inTerm.length === 0) return { days: [], overall: [], byTask: [] };
  const perDay = new Map<string, DailyTotal[]>();
  for (const row of inTerm) perDay.set(row.day, [...(perDay.get(row.day) ?? []), row]);
  const observed = [...perDay.keys()].sort();
  const days = dayRange(observed[0]!, observed.at(-1)!);
  const taskIds = [...new Set(inTerm.map((row) => row.taskId))].sort();
  const running = new Map(taskIds.map((taskId) => [taskId, { total: 0, done: 0 }]));
  const sum = { total: 0, done: 0, onTime: 0, onTimeOf: 0 };
  const pendingByDue: Record<string, number> = {};
  const overall: TrendPoint[] = [];
  const byTask = taskIds.map((taskId) => ({ taskId, completion: [] as (number | null)[] }));
  for (const day of days) {
    for (const row of perDay.get(day) ?? []) {
      sum.total += row.total;
      sum.done += row.done;
      sum.onTime += row.onTime;
      sum.onTimeOf += row.onTimeOf;
      for (const [due, count] of Object.entries(row.pendingByDue)) addPending(pendingByDue, due, count);
      const task = running.get(row.taskId)!;
      task.total += row.total;
      task.done += row.done;
    }
    const judge = trendJudgeDay(day, days.at(-1)!, today);
    let notYetDue = 0;
    for (const [due, count] of Object.entries(pendingByDue)) if (judge <= due) notYetDue += count;
    const onTimeOf = sum.onTimeOf - notYetDue;
    overall.push({ day, completion: sum.total > 0 ? sum.done / sum.total : null, onTimeRate: onTimeOf > 0 ? sum.onTime / onTimeOf : null, total: sum.total, done: sum.done, notYetDue });
    for (const series of byTask) {
      const task = running.get(series.taskId)!;
      series.completion.push(task.total > 0 ? task.done / task.total : null);
    }
  }
  return { days, overall, byTask };
}

/**
 * A term's snapshots from its summary rows (one per slice), as `latestSnapshots` gives them over the
 * raw observations: only the unit's when one is chosen, in the same order.
 */
export function snapshotsOf(slices: readonly (Snapshot & { year: number; semester: 1 | 2 })[], filter: Omit<StatsFilter, 'asOf'>): Snapshot[] {
  return slices
    .filter((slice) => slice.year === filter.year && slice.semester === filter.semester && (!filter.unit || slice.unit === filter.unit))
    .map(({ year: _year, semester: _semester, ...snapshot }) => snapshot)
    .sort((a, b) => a.scope.localeCompare(b.scope));
}
