import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { LogDatabase, type ObservationRow } from '@/lib/db/database';
import { compactLog } from '@/lib/db/compact';
import { logVisit } from '@/lib/db/log-visit';
import { keyedHasher } from '@/lib/db/secret';
import { rebuildSummaries, SUMMARIES_KEY } from '@/lib/db/summaries';
import { backupLog, mergeLog, restoreLog } from '@/lib/export/backup';
import type { PageReport } from '@/lib/messaging/protocol';
import { completionTrend, latestSnapshots, overallRate, ratesBy, type Snapshot } from '@/lib/stats/completion';
import { snapshotsOf, trendFromDailyTotals } from '@/lib/stats/summaries';
import { dashboardTerm } from '../stats/build';
import { generatedObservations } from '../stats/generate';
import { freshLogs } from '../helpers/fresh-logs';
import { olderLog } from '../helpers/older-log';

const { fresh: newDb, name: dbName, keep } = freshLogs('summaries');

/** Logs each generated observation as one check of a certification page at its own moment. */
async function logAll(db: LogDatabase, rows: readonly ObservationRow[]): Promise<void> {
  const hash = await keyedHasher(db);
  for (const row of rows) {
    const report: PageReport = {
      type: 'page-report', url: 'http://127.0.0.1:5180/a/teacher/Certify.aspx', pageKind: 'certification', status: 'checked', policyId: 'national',
      subjects: [], findings: [],
      observations: [{ taskId: row.taskId, year: row.year, semester: row.semester, unit: row.unit, person: row.person, className: row.className, course: row.course, total: row.total, done: row.done, pending: row.pending, onTime: row.onTime, due: row.due }],
    };
    await logVisit(db, report, hash, row.at);
  }
}

/** The terms and units of a log's rows, sorted: the same lists whatever order the rows come out in. */
function termsAndUnits(raw: readonly ObservationRow[]) {
  const terms = [...new Set(raw.map((row) => `${row.year}|${row.semester}`))].sort().map((key) => key.split('|').map(Number) as [number, 1 | 2]);
  return { terms, units: ['', ...[...new Set(raw.map((row) => row.unit))].sort()] };
}

/** The dashboard's clock for the rates (which items are not yet due): any fixed day serves, the same on both sides. */
const TODAY = '2026-01-27';

/** Every term × unit's snapshots and trend (judged on each day, and by the clock), from the summary tables and from the raw rows. */
async function bothWays(db: LogDatabase) {
  const [raw, slices, daily] = await Promise.all([db.observations.toArray(), db.slices.toArray(), db.dailyTotals.toArray()]);
  const { terms, units } = termsAndUnits(raw);
  const fromSummaries: unknown[] = [];
  const fromRaw: unknown[] = [];
  for (const [year, semester] of terms)
    for (const unit of units) {
      const filter = { year, semester, unit };
      fromSummaries.push(snapshotsOf(slices, filter), trendFromDailyTotals(daily, filter), trendFromDailyTotals(daily, filter, TODAY));
      fromRaw.push(latestSnapshots(raw, filter), completionTrend(raw, filter), completionTrend(raw, filter, TODAY));
    }
  return { fromSummaries, fromRaw, terms: terms.length, dailyRows: daily.length };
}

/**
 * The figures the dashboard shows for every term × unit, from the summary tables and from the raw rows,
 * keyed by term and unit: the trend, the completion tables (overall, per task, unit, teacher and class).
 * Snapshots' evidence (which row their figures come from) is left out: compaction renames it.
 */
async function figures(db: LogDatabase) {
  const [raw, slices, daily] = await Promise.all([db.observations.toArray(), db.slices.toArray(), db.dailyTotals.toArray()]);
  const { terms, units } = termsAndUnits(raw);
  const tables = (snapshots: Snapshot[]) => ({
    overall: overallRate(snapshots, TODAY),
    ...Object.fromEntries((['taskId', 'unit', 'person', 'className'] as const).map((dimension) => [dimension, ratesBy(snapshots, dimension, TODAY)])),
    snapshots: snapshots.map(({ observationId: _evidence, ...figures }) => figures),
  });
  const fromSummaries: Record<string, unknown> = {};
  const fromRaw: Record<string, unknown> = {};
  for (const [year, semester] of terms)
    for (const unit of units) {
      const filter = { year, semester, unit };
      fromSummaries[`${year}-${semester} ${unit}`] = { trend: trendFromDailyTotals(daily, filter, TODAY), ...tables(snapshotsOf(slices, filter)) };
      fromRaw[`${year}-${semester} ${unit}`] = { trend: completionTrend(raw, filter, TODAY), ...tables(latestSnapshots(raw, filter)) };
    }
  return { fromSummaries, fromRaw };
}

/** Row ids made in order (as sorting shows them), in place of random UUIDs. */
function sequentialIds() {
  let next = 0;
  return vi.spyOn(crypto, 'randomUUID').mockImplementation(() => `00000000-0000-4000-8000-${String((next += 1)).padStart(12, '0')}` as ReturnType<typeof crypto.randomUUID>);
}

const COMPACTED_AT = Date.parse('2026-03-15T12:00:00');

// Each test logs a hundred or more checks into fake-indexeddb: seconds on a busy machine.
describe('summary tables of a log', { timeout: 30_000 }, () => {
  it('give the figures of the raw rows when checks are logged out of order', async () => {
    const db = newDb();
    const rows = generatedObservations(11, 160);
    await logAll(db, rows);
    const { fromSummaries, fromRaw, terms } = await bothWays(db);
    expect(terms).toBe(2);
    expect(await db.observations.count()).toBe(160);
    expect(fromSummaries).toEqual(fromRaw);
  });

  it('are the same when made again from every row (nothing left over from updates)', async () => {
    const db = newDb();
    await logAll(db, generatedObservations(12, 120));
    const sort = <T extends { id?: string; scope?: string }>(list: T[]) => list.sort((a, b) => String(a.id ?? a.scope).localeCompare(String(b.id ?? b.scope)));
    const updated = { slices: sort(await db.slices.toArray()), daily: sort(await db.dailyTotals.toArray()), steps: sort(await db.sliceSteps.toArray()) };
    await db.transaction('rw', [db.observations, db.slices, db.sliceSteps, db.dailyTotals, db.meta], () => rebuildSummaries(db));
    expect({ slices: sort(await db.slices.toArray()), daily: sort(await db.dailyTotals.toArray()), steps: sort(await db.sliceSteps.toArray()) }).toEqual(updated);
  });

  it('give the same figures after compaction, and name the daily rows as evidence', async () => {
    const db = newDb();
    await logAll(db, generatedObservations(13, 160));
    const before = await figures(db);
    const result = await compactLog(db, { now: COMPACTED_AT, keepDays: 30 });
    expect(result.observationsFolded).toBeGreaterThan(0);
    const after = await figures(db);
    expect(after.fromSummaries).toEqual(after.fromRaw);
    expect(after.fromRaw).toEqual(before.fromRaw);
    expect(after.fromSummaries).toEqual(before.fromSummaries);
    expect((await bothWays(db)).fromSummaries).toEqual((await bothWays(db)).fromRaw);
    const evidence = (await db.slices.toArray()).map((slice) => slice.observationId);
    expect((await db.observations.bulkGet(evidence)).every((row) => row !== undefined)).toBe(true);
  });

  // Regression: with these rows and ids, compaction's daily rows (`d|…`) sort after the raw rows' ids where
  // before them the first row was another unit's, so a comparison that took the units in the rows' order
  // set one unit's figures against another's (a trend from the term's first day, other last-day figures).
  it('give the same figures after compaction for seed 13 with ids made in order', async () => {
    const ids = sequentialIds();
    try {
      const db = newDb();
      await logAll(db, generatedObservations(13, 160));
      const before = await figures(db);
      expect((await compactLog(db, { now: COMPACTED_AT, keepDays: 30 })).observationsFolded).toBeGreaterThan(0);
      const after = await figures(db);
      expect(after).toEqual(before);
      expect(after.fromSummaries).toEqual(after.fromRaw);
    } finally {
      ids.mockRestore();
    }
  });

  it('give the same figures after compaction whatever the seed and the order of the row ids', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 100_000 }), fc.integer(), fc.boolean(), async (seed, salt, inOrder) => {
        const db = newDb();
        // Ids in order, or hex ids in a salted order: some sort before the daily rows' `d|…`, some after.
        const rows = generatedObservations(seed, 60).map((row, i) => ({ ...row, id: inOrder ? `r${String(i).padStart(4, '0')}` : ((Math.imul(i + 1, 0x9e3779b1) ^ salt) >>> 0).toString(16).padStart(8, '0') + `-${i}` }));
        await db.observations.bulkAdd(rows);
        await db.transaction('rw', [db.observations, db.slices, db.sliceSteps, db.dailyTotals, db.meta], () => rebuildSummaries(db));
        const before = await figures(db);
        await compactLog(db, { now: COMPACTED_AT, keepDays: 30 });
        const after = await figures(db);
        expect(after.fromRaw).toEqual(before.fromRaw);
        expect(after.fromSummaries).toEqual(before.fromSummaries);
        expect(after.fromSummaries).toEqual(after.fromRaw);
        await db.delete();
      }),
      { seed: 20261202, numRuns: 30 },
    );
  }, 60_000);

  it('give the figures of the raw rows after a merge and after a restore', async () => {
    const here = newDb();
    const there = newDb();
    const rows = generatedObservations(14, 200);
    await logAll(here, rows.slice(0, 100));
    await logAll(there, rows.slice(100));
    const theirs = await backupLog(there, Date.parse('2026-03-01T00:00:00'));
    const merged = await mergeLog(here, theirs);
    expect(merged.observations).toBe(100);
    const afterMerge = await bothWays(here);
    expect(afterMerge.fromSummaries).toEqual(afterMerge.fromRaw);

    await restoreLog(here, theirs);
    expect(await here.observations.count()).toBe(100);
    const afterRestore = await bothWays(here);
    expect(afterRestore.fromSummaries).toEqual(afterRestore.fromRaw);
    expect(await here.meta.get(SUMMARIES_KEY)).toEqual({ key: SUMMARIES_KEY, value: true });
  });

  it('are made again by the v7 upgrade from a v6 log, with the pending items by deadline the trend needs', async () => {
    const name = dbName();
    const v6 = olderLog(name, 6);
    const rows = dashboardTerm();
    await v6.table('observations').bulkAdd(rows);
    // v6's daily total of the last day, as v6 wrote it: no pending items, so the line read 89 / 98 = 90.8 %
    await v6.table('dailyTotals').put({ id: '114|1|任課教師|outcome-cert|2026-01-26', year: 114, semester: 1, unit: '任課教師', taskId: 'outcome-cert', day: '2026-01-26', total: 18, done: 17, onTime: 17, onTimeOf: 18, slices: 3 });
    await v6.table('meta').put({ key: SUMMARIES_KEY, value: true });
    v6.close();
    const db = keep(new LogDatabase(name));
    await db.open();
    expect(db.verno).toBe(8); // opened at the latest version, through the v7 upgrade
    // 01-26 for 任課教師 × outcome-cert: 301 goes 4 → 8 done (its 4 pending gone), 302 8 / 8 and 張志明 5 / 10 come in:
    // total 8 + 8 + 10 = 26, minus 8 already counted on 01-12 → +18; pending: −4 + 5 → 02-10: +1
    expect(await db.dailyTotals.get('114|1|任課教師|outcome-cert|2026-01-26')).toMatchObject({ total: 18, done: 17, onTime: 17, onTimeOf: 18, pendingByDue: { '2026-02-10': 1 }, slices: 3 });
    expect(await db.dailyTotals.get('114|1|教務處註冊組|receipt-confirm|2026-01-20')).toMatchObject({ total: 32, pendingByDue: { '2025-10-28': 2 } });
    // 89 on time of 98 − 5 not due yet (clock 01-27) = 93: 95.7 %, the dashboard's 整體準時率
    const last = trendFromDailyTotals(await db.dailyTotals.toArray(), { year: 114, semester: 1 }, '2026-01-27').overall.at(-1)!;
    expect([last.day, last.onTimeRate, last.notYetDue]).toEqual(['2026-01-26', 89 / 93, 5]);
    const { fromSummaries, fromRaw } = await bothWays(db);
    expect(fromSummaries).toEqual(fromRaw);
  });

  it('keep the pending items by deadline through compaction, a merge and a restore (hand-worked term)', async () => {
    const here = newDb();
    const there = newDb();
    const rows = dashboardTerm();
    await logAll(here, rows.filter((row) => row.day < '2026-01-26'));
    await logAll(there, rows.filter((row) => row.day === '2026-01-26'));
    const lastPoint = async (db: LogDatabase) => {
      const point = trendFromDailyTotals(await db.dailyTotals.toArray(), { year: 114, semester: 1 }, '2026-01-27').overall.at(-1)!;
      return [point.day, point.onTimeRate, point.notYetDue];
    };
    await mergeLog(here, await backupLog(there, Date.parse('2026-01-27T00:00:00')));
    expect(await lastPoint(here)).toEqual(['2026-01-26', 89 / 93, 5]);
    // folded into daily rows (every day before 03-15 − 30 days): the rows keep pending and due, the line its figures
    await compactLog(here, { now: COMPACTED_AT, keepDays: 30 });
    expect((await here.observations.toArray()).every((row) => row.id.startsWith('d|'))).toBe(true);
    expect((await here.observations.toArray()).map((row) => [row.day, row.pending, row.due]).sort()).toEqual([
      ['2026-01-12', 4, '2026-02-10'],
      ['2026-01-20', 0, '2025-09-29'],
      ['2026-01-20', 2, '2025-10-28'],
      ['2026-01-26', 0, '2026-02-10'],
      ['2026-01-26', 0, '2026-02-10'],
      ['2026-01-26', 5, '2026-02-10'],
    ]);
    expect(await lastPoint(here)).toEqual(['2026-01-26', 89 / 93, 5]);
    const backup = await backupLog(here, Date.parse('2026-03-16T00:00:00'));
    const elsewhere = newDb();
    await restoreLog(elsewhere, backup);
    expect(await lastPoint(elsewhere)).toEqual(['2026-01-26', 89 / 93, 5]);
  });

  it('are made by the upgrade from a v3 log', async () => {
    const name = dbName();
    const v3 = olderLog(name, 3);
    await v3.table('observations').bulkAdd(generatedObservations(15, 150));
    v3.close();
    const db = keep(new LogDatabase(name));
    await db.open();
    expect(await db.meta.get(SUMMARIES_KEY)).toEqual({ key: SUMMARIES_KEY, value: true });
    expect(await db.slices.count()).toBeGreaterThan(0);
    const { fromSummaries, fromRaw } = await bothWays(db);
    expect(fromSummaries).toEqual(fromRaw);
  });
});
