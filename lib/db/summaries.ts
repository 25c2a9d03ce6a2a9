import type { Table } from 'dexie';
import { addPending, addSteps, sliceHistory, type DailyTotal, type SliceStep } from '@/lib/stats/summaries';
import type { Snapshot } from '@/lib/stats/completion';
import type { MetaRow, ObservationRow } from './database';

/**
 * The summary tables the dashboard reads instead of every raw observation (v5), kept up to date
 * wherever observations are written: a visit logged, a backup merged or restored, the log compacted.
 *
 * - `slices`: the latest snapshot of every slice (one scope in one term), with its term;
 * - `sliceSteps`: each slice's steps (what it adds to the trend at the end of each day it was observed),
 *   so its share of the daily totals can be taken away when its observations change;
 * - `dailyTotals`: the trend's changes per term × unit × task × day, summed over slices.
 *
 * Every figure comes from lib/stats/summaries.ts; these functions only read and write rows.
 */
export interface SliceRow extends Snapshot {
  year: number;
  semester: 1 | 2;
}

export interface SliceStepsRow {
  scope: string;
  year: number;
  semester: 1 | 2;
  unit: string;
  taskId: string;
  steps: SliceStep[];
}

export interface DailyTotalRow extends DailyTotal {
  /** `year|semester|unit|taskId|day` */
  id: string;
}

export interface SummaryTables {
  observations: Table<ObservationRow, string>;
  slices: Table<SliceRow, string>;
  sliceSteps: Table<SliceStepsRow, string>;
  dailyTotals: Table<DailyTotalRow, string>;
}

/**
 * Meta row saying the summaries were made from every observation (by the v5 upgrade or a restore). A log
 * whose rows were written around them (by plain IndexedDB, as the dashboard bench fills one) has none, and
 * the dashboard makes them before it shows any figure.
 */
export const SUMMARIES_KEY = 'summariesBuilt';

/** Names of the summary tables, for a transaction that writes observations. */
export const SUMMARY_TABLES = ['slices', 'sliceSteps', 'dailyTotals', 'meta'] as const;

function group(rows: readonly ObservationRow[]): Map<string, ObservationRow[]> {
  const byScope = new Map<string, ObservationRow[]>();
  for (const row of rows) {
    const list = byScope.get(row.scope);
    if (list) list.push(row);
    else byScope.set(row.scope, [row]);
  }
  return byScope;
}

/** The summary rows of every slice in `rows`, their steps added to `totals`. */
function sliceRows(rows: readonly ObservationRow[], totals: Map<string, DailyTotal>): { slices: SliceRow[]; steps: SliceStepsRow[] } {
  const slices: SliceRow[] = [];
  const steps: SliceStepsRow[] = [];
  for (const list of group(rows).values()) {
    const first = list[0]!;
    const history = sliceHistory(list);
    const row = { scope: first.scope, year: first.year, semester: first.semester, unit: first.unit, taskId: first.taskId, steps: history.steps };
    slices.push({ ...history.snapshot, year: first.year, semester: first.semester });
    steps.push(row);
    addSteps(totals, row, row.steps, 1);
  }
  return { slices, steps };
}

/**
 * Brings the summaries of these scopes in line with their observations as they are now (call it in
 * the transaction that changed them, with the summary tables in its scope).
 */
export async function refreshSummaries(tables: SummaryTables, scopes: Iterable<string>): Promise<void> {
  const wanted = [...new Set(scopes)];
  if (wanted.length === 0) return;
  const [before, rows] = await Promise.all([tables.sliceSteps.bulkGet(wanted), tables.observations.where('scope').anyOf(wanted).toArray()]);
  const totals = new Map<string, DailyTotal>();
  for (const old of before) if (old) addSteps(totals, old, old.steps, -1);
  const { slices, steps } = sliceRows(rows, totals);
  const gone = wanted.filter((scope) => !steps.some((row) => row.scope === scope));
  const ids = [...totals.keys()];
  const stored = await tables.dailyTotals.bulkGet(ids);
  const put: DailyTotalRow[] = [];
  const remove: string[] = [];
  ids.forEach((id, i) => {
    const change = totals.get(id)!;
    const row = stored[i] ?? { ...change, id, total: 0, done: 0, onTime: 0, onTimeOf: 0, pendingByDue: {}, slices: 0 };
    const pendingByDue = { ...row.pendingByDue };
    for (const [due, count] of Object.entries(change.pendingByDue)) addPending(pendingByDue, due, count);
    const next = { ...row, total: row.total + change.total, done: row.done + change.done, onTime: row.onTime + change.onTime, onTimeOf: row.onTimeOf + change.onTimeOf, pendingByDue, slices: row.slices + change.slices };
    if (next.slices > 0) put.push(next);
    else if (stored[i]) remove.push(id);
  });
  await Promise.all([
    tables.slices.bulkDelete(gone),
    tables.sliceSteps.bulkDelete(gone),
    tables.slices.bulkPut(slices),
    tables.sliceSteps.bulkPut(steps),
    tables.dailyTotals.bulkDelete(remove),
    tables.dailyTotals.bulkPut(put),
  ]);
}

/** Makes the summaries again from every observation, one term at a time (the v5 and v7 upgrades, a restore). */
export async function rebuildSummaries(tables: SummaryTables & { meta: Table<MetaRow, string> }, onTerm?: (done: number, of: number) => void): Promise<void> {
  await Promise.all([tables.slices.clear(), tables.sliceSteps.clear(), tables.dailyTotals.clear()]);
  const terms = (await tables.observations.orderBy('[year+semester]').uniqueKeys()) as unknown as [number, number][];
  for (const [i, term] of terms.entries()) {
    onTerm?.(i, terms.length);
    const rows = await tables.observations.where('[year+semester]').equals(term).toArray();
    const totals = new Map<string, DailyTotal>();
    const { slices, steps } = sliceRows(rows, totals);
    await Promise.all([
      tables.slices.bulkPut(slices),
      tables.sliceSteps.bulkPut(steps),
      tables.dailyTotals.bulkPut([...totals].map(([id, total]) => ({ ...total, id }))),
    ]);
  }
  await tables.meta.put({ key: SUMMARIES_KEY, value: true });
}
