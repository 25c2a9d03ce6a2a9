import { localDay } from '@/lib/policy/calendar';
import type { LogDatabase, ObservationRow, SightingRow, VisitRow } from './database';
import { refreshSummaries } from './summaries';

/**
 * Compaction keeps a year of use small: raw observations older than the cut-off day are folded
 * into one row per day and slice (the day's last snapshot — what every statistic reads, since a
 * slice's figures are its latest snapshot as of a day), and older sightings into one per day and
 * finding and term (the 檢核問題 figures count distinct findings per day). Statistics are the same before and after.
 */

/** Id of the daily aggregate of a slice: the same in every browser, so merged logs meet. */
export function dailyId(day: string, scope: string): string {
  return `d|${day}|${scope}`;
}

/**
 * Pure: from the observations of days before `cutoffDay` (raw and already folded), the daily
 * aggregates to write and the ids of the rows they replace.
 */
export function compactObservations(rows: readonly ObservationRow[], cutoffDay: string): { put: ObservationRow[]; remove: string[] } {
  const groups = new Map<string, ObservationRow[]>();
  for (const row of rows) {
    if (row.day >= cutoffDay) continue;
    const key = dailyId(row.day, row.scope);
    const group = groups.get(key) ?? [];
    group.push(row);
    groups.set(key, group);
  }
  const put: ObservationRow[] = [];
  const remove: string[] = [];
  for (const [id, group] of groups) {
    if (group.length === 1 && group[0]!.id === id) continue; // already one aggregate
    group.sort((a, b) => a.at - b.at || a.id.localeCompare(b.id));
    const last = group.at(-1)!;
    const folded = group.reduce((sum, row) => sum + (row.folded > 0 ? row.folded : 1), 0);
    put.push({ ...last, id, visitUid: '', folded });
    for (const row of group) if (row.id !== id) remove.push(row.id);
  }
  return { put, remove };
}

/**
 * Pure: the ids of sightings before `cutoffDay` that repeat a (day, finding) already kept for a check of the
 * same place — `placeOf(visitId)`: the check's own term, or for a check without one its site and kind of page
 * (whose counts that day place it) — so every term keeps each finding's days.
 */
export function redundantSightings(rows: readonly SightingRow[], cutoffDay: string, placeOf: (visitId: number) => string): number[] {
  const kept = new Set<string>();
  const remove: number[] = [];
  for (const row of [...rows].sort((a, b) => (a.id ?? 0) - (b.id ?? 0))) {
    if (row.day >= cutoffDay) continue;
    const key = `${row.day}\u001f${row.findingKey}\u001f${placeOf(row.visitId)}`;
    if (kept.has(key)) remove.push(row.id!);
    else kept.add(key);
  }
  return remove;
}

/** Where a check's sightings count: its own term, else its site and kind of page (visitTerms). */
function checkPlace(visit: VisitRow | undefined): string {
  if (!visit) return '';
  return visit.term ? visit.term : `${visit.origin}\u001f${visit.pageKind}`;
}

export interface CompactionResult {
  cutoffDay: string;
  observationsFolded: number;
  aggregatesWritten: number;
  sightingsRemoved: number;
}

/**
 * Folds raw observations and sightings older than `keepDays` days (default 30) into daily rows.
 * The background runs it from its daily alarm: `compactLog(db, { now: Date.now() })`.
 */
export async function compactLog(db: LogDatabase, { now, keepDays = 30 }: { now: number; keepDays?: number }): Promise<CompactionResult> {
  const cutoffDay = localDay(now - keepDays * 86_400_000);
  return db.transaction('rw', [db.observations, db.sightings, db.visits, db.slices, db.sliceSteps, db.dailyTotals], async () => {
    const old = await db.observations.where('day').below(cutoffDay).toArray();
    const { put, remove } = compactObservations(old, cutoffDay);
    await db.observations.bulkDelete(remove);
    await db.observations.bulkPut(put);
    // The figures stay the same; the snapshots' evidence now names the daily rows.
    await refreshSummaries(db, put.map((row) => row.scope));
    const oldSightings = await db.sightings.where('day').below(cutoffDay).toArray();
    const visitIds = [...new Set(oldSightings.map((row) => row.visitId))];
    const places = new Map((await db.visits.bulkGet(visitIds)).map((visit, i) => [visitIds[i]!, checkPlace(visit)]));
    // The 檢核問題 summaries stay as they are: each term keeps every finding's days.
    const redundant = redundantSightings(oldSightings, cutoffDay, (visitId) => places.get(visitId) ?? '');
    await db.sightings.bulkDelete(redundant);
    return { cutoffDay, observationsFolded: remove.length, aggregatesWritten: put.length, sightingsRemoved: redundant.length };
  });
}
