import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LogDatabase, type ObservationRow } from '@/lib/db/database';
import { compactLog } from '@/lib/db/compact';
import { recordDismissal, withdrawDismissal } from '@/lib/db/dismissals';
import { logVisit } from '@/lib/db/log-visit';
import { readProblemLog, readTermRules } from '@/lib/db/problem-summaries';
import { keyedHasher } from '@/lib/db/secret';
import { backupLog, mergeLog, restoreLog, type LogBackup } from '@/lib/export/backup';
import type { PageReport } from '@/lib/messaging/protocol';
import { CAOTUN_POLICY } from '@/lib/policy/presets';
import { termProblemsFromSummary } from '@/lib/stats/problem-summaries';
import { termProblems } from '@/lib/stats/problems';
import { unreadPages } from '@/lib/stats/unread';
import { visitTerms } from '@/lib/stats/visit-terms';
import { generatedObservations } from '../stats/generate';
import { freshLogs } from '../helpers/fresh-logs';
import { olderLog } from '../helpers/older-log';

const { fresh: newDb, name: dbName, keep } = freshLogs('problem-summaries');

const RULES = ['cert.pending.past-deadline', 'format.file.too-large', 'quota.outcome.uploaded-over-cap', 'format.file.type-mismatch'];

/**
 * Logs generated checks: each generated observation as a check of one of three certification pages with
 * findings on some of its five records; every third also a check without counts the same day — of a
 * certification page (placed by that day's counts) or of a course list (placed by the calendar).
 */
async function logChecks(db: LogDatabase, seed: number, count: number): Promise<void> {
  const hash = await keyedHasher(db);
  let state = seed;
  const random = () => {
    state = (Math.imul(state, 1103515245) + 12345) | 0;
    return ((state >>> 8) & 0xffff) / 0x10000;
  };
  const check = (row: ObservationRow, page: string, pageKind: 'certification' | 'course-list', observations: boolean): PageReport => {
    const subjects = ['s1', 's2', 's3', 's4', 's5'].filter(() => random() < 0.7);
    return {
      type: 'page-report', url: `http://127.0.0.1:5180/a/${page}`, pageKind, status: 'checked', policyId: 'caotun', unread: random() < 0.2 ? 1 + Math.floor(random() * 3) : 0, subjects,
      findings: subjects.flatMap((_subject, i) => RULES.filter(() => random() < 0.3).map((ruleId) => ({ ruleId, severity: 'error' as const, recordIndex: i, ...(random() < 0.1 ? { dismissed: true as const } : {}) }))),
      observations: observations ? [{ taskId: row.taskId, year: row.year, semester: row.semester, unit: row.unit, person: row.person, className: row.className, course: row.course, total: row.total, done: row.done, pending: row.pending, onTime: row.onTime, due: row.due }] : undefined,
    };
  };
  for (const [i, row] of generatedObservations(seed, count).entries()) {
    await logVisit(db, check(row, `teacher/Certify${i % 3}.aspx`, 'certification', true), hash, row.at);
    if (i % 3 === 0) await logVisit(db, check(row, i % 2 ? 'teacher/Certify0.aspx' : 'CourseList.aspx', i % 2 ? 'certification' : 'course-list', false), hash, row.at + 1_800_000);
  }
}

/** Every term's 檢核問題 figures and the unread pages, from the raw rows and from the summaries, keyed by term. */
async function problemFigures(db: LogDatabase) {
  const [visits, sightings, findings, observations, pages] = await Promise.all([db.visits.toArray(), db.sightings.toArray(), db.findings.toArray(), db.observations.toArray(), db.pages.toArray()]);
  const terms = visitTerms(visits, observations, CAOTUN_POLICY);
  const fromRaw: Record<string, unknown> = { unread: unreadPages(visits) };
  const fromSummaries: Record<string, unknown> = { unread: unreadPages(pages) };
  const [log, rules] = await Promise.all([readProblemLog(db), readTermRules(db)]);
  for (const key of [...new Set([...terms.values()].map((term) => `${term.year}|${term.semester}`))].sort()) {
    const [year, semester] = key.split('|').map(Number) as [number, 1 | 2];
    fromRaw[key] = termProblems({ visits, sightings, findings }, terms, { year, semester });
    fromSummaries[key] = termProblemsFromSummary(log, rules.get(key) ?? [], { year, semester }, CAOTUN_POLICY);
  }
  return { fromRaw, fromSummaries };
}

const COMPACTED_AT = Date.parse('2026-03-15T12:00:00');

describe('summary tables of the 檢核問題 figures', () => {
  it('give the figures of the raw rows as checks are logged, with checks of both terms and checks without counts', async () => {
    const db = newDb();
    await logChecks(db, 21, 90);
    const { fromRaw, fromSummaries } = await problemFigures(db);
    // Both terms of the generated counts, and the course lists' days on Caotun's calendar.
    expect(Object.keys(fromRaw)).toEqual(['unread', '114|1', '114|2']);
    expect((fromRaw['114|1'] as { ruleTotals: unknown[] }).ruleTotals.length).toBeGreaterThan(0);
    expect(await db.visits.where('term').equals('').count()).toBe(30);
    expect(fromSummaries).toEqual(fromRaw);
  }, 30_000);

  it('give the figures of the raw rows after a merge and after a restore, also of a file from before v6', async () => {
    const here = newDb();
    const there = newDb();
    await logChecks(here, 22, 60);
    await logChecks(there, 23, 60);
    const theirs = await backupLog(there, Date.parse('2026-06-01T00:00:00'));
    const merged = await mergeLog(here, theirs);
    expect(merged.visits).toBe(80);
    const afterMerge = await problemFigures(here);
    expect(afterMerge.fromSummaries).toEqual(afterMerge.fromRaw);

    await restoreLog(here, theirs);
    const afterRestore = await problemFigures(here);
    expect(afterRestore.fromSummaries).toEqual(afterRestore.fromRaw);
    expect(afterRestore).toEqual(await problemFigures(there));

    // A file from before v6: its checks keep no term; the restore gives them the term of their counts.
    const older: LogBackup = { ...theirs, tables: { ...theirs.tables, visits: theirs.tables.visits.map(({ term: _term, ...visit }) => visit) } };
    await restoreLog(here, older);
    expect(await here.visits.toArray()).toEqual(await there.visits.toArray());
    expect(await problemFigures(here)).toEqual(afterRestore);
  }, 30_000);

  it('give the same figures after compaction (it keeps each term’s findings per day)', async () => {
    const db = newDb();
    await logChecks(db, 24, 90);
    const before = await problemFigures(db);
    const result = await compactLog(db, { now: COMPACTED_AT, keepDays: 30 });
    expect(result.sightingsRemoved).toBeGreaterThan(0);
    const after = await problemFigures(db);
    expect(after.fromRaw).toEqual(before.fromRaw);
    expect(after.fromSummaries).toEqual(after.fromRaw);
  }, 30_000);

  it('give the same figures after compaction whatever the seed', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 100_000 }), async (seed) => {
        const db = newDb();
        await logChecks(db, seed, 30);
        const before = await problemFigures(db);
        await compactLog(db, { now: COMPACTED_AT, keepDays: 30 });
        const after = await problemFigures(db);
        expect(after.fromRaw).toEqual(before.fromRaw);
        expect(before.fromSummaries).toEqual(before.fromRaw);
        expect(after.fromSummaries).toEqual(before.fromSummaries);
        await db.delete();
      }),
      { seed: 20261202, numRuns: 15 },
    );
  }, 60_000);

  it('give the figures of the raw rows whatever checks, fixes, 已確認 marks, withdrawals and merges come in', async () => {
    const step = fc.oneof(
      fc.record({ kind: fc.constant('checks' as const), seed: fc.integer({ min: 1, max: 100_000 }), count: fc.integer({ min: 1, max: 12 }) }),
      fc.record({ kind: fc.constant('dismiss' as const), subject: fc.integer({ min: 1, max: 5 }), day: fc.integer({ min: 0, max: 300 }) }),
      fc.record({ kind: fc.constant('withdraw' as const), day: fc.integer({ min: 0, max: 300 }) }),
      fc.record({ kind: fc.constant('backup' as const) }),
      fc.record({ kind: fc.constant('merge' as const), seed: fc.integer({ min: 1, max: 100_000 }), own: fc.boolean() }),
    );
    // runs whose figures hold findings 已確認 and 已改正 (so the property is not met by logs without them)
    let marked = 0;
    let fixed = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 7 }), async (steps) => {
        const db = newDb();
        const hash = await keyedHasher(db);
        const dayAt = (day: number) => Date.parse('2025-09-01T12:00:00') + day * 86_400_000;
        const made: string[] = [];
        let own: LogBackup | undefined;
        for (const s of steps) {
          if (s.kind === 'checks') await logChecks(db, s.seed, s.count);
          else if (s.kind === 'dismiss') {
            const request = { type: 'dismiss', url: 'http://127.0.0.1:5180/a/teacher/Certify0.aspx', pageKind: 'certification', identity: `s${s.subject}`, ruleId: 'format.file.type-mismatch', field: 'files', digest: '00112233aabbccdd', choice: 'other', note: '檔案實為 PDF，系統標示有誤', role: 'staff', staffName: '王怡君' } as const;
            made.push((await recordDismissal(db, request, hash, dayAt(s.day))).id);
          } else if (s.kind === 'withdraw') {
            const id = made.pop();
            if (id) await withdrawDismissal(db, { type: 'withdraw-dismissal', url: 'http://127.0.0.1:5180/a/teacher/Certify0.aspx', id, role: 'homeroom', staffName: '林雅婷' }, hash, dayAt(s.day)).catch(() => undefined);
          } else if (s.kind === 'backup') own = await backupLog(db, dayAt(300));
          else if (s.own && own) await mergeLog(db, own);
          else {
            const there = newDb();
            await logChecks(there, s.seed, 6);
            await mergeLog(db, await backupLog(there, dayAt(300)));
            await there.delete();
          }
        }
        const { fromRaw, fromSummaries } = await problemFigures(db);
        expect(fromSummaries).toEqual(fromRaw);
        marked += Number(/"dismissed":[1-9]/.test(JSON.stringify(fromRaw)));
        fixed += Number(/"fixed":[1-9]/.test(JSON.stringify(fromRaw)));
        await db.delete();
      }),
      { seed: 20261202, numRuns: 25 },
    );
    expect(marked).toBeGreaterThan(0);
    expect(fixed).toBeGreaterThan(0);
  }, 300_000);

  it('are made by the upgrade from a v7 log, whose termFindings rows keep no state', async () => {
    const source = newDb();
    await logChecks(source, 26, 45);
    const expected = await problemFigures(source);
    const name = dbName();
    const v7 = olderLog(name, 7);
    for (const table of ['visits', 'sightings', 'findings', 'observations', 'pages'] as const) await v7.table(table).bulkAdd(await source.table(table).toArray());
    await v7.table('termFindings').bulkAdd((await source.termFindings.toArray()).map(({ state: _state, dismissedOn: _on, ...row }) => row));
    v7.close();
    const db = keep(new LogDatabase(name));
    await db.open();
    expect(await db.termRules.toArray()).toEqual(await source.termRules.toArray());
    expect(await problemFigures(db)).toEqual(expected);
  }, 30_000);

  it('are made by the upgrade from a v5 log, which gives each check the term of its counts', async () => {
    const source = newDb();
    await logChecks(source, 25, 45);
    const expected = await problemFigures(source);
    const rows = { visits: (await source.visits.toArray()).map(({ term: _term, ...visit }) => visit), sightings: await source.sightings.toArray(), findings: await source.findings.toArray(), observations: await source.observations.toArray() };
    const name = dbName();
    const v5 = olderLog(name, 5);
    for (const [table, list] of Object.entries(rows)) await v5.table(table).bulkAdd(list);
    v5.close();
    const db = keep(new LogDatabase(name));
    await db.open();
    expect(await db.visits.toArray()).toEqual(await source.visits.toArray());
    expect(await problemFigures(db)).toEqual(expected);
  }, 30_000);
});
