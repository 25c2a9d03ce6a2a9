import { describe, expect, it } from 'vitest';
import { LogDatabase } from '@/lib/db/database';
import { logVisit } from '@/lib/db/log-visit';
import { setDuty, syncSchoolFromPolicy } from '@/lib/db/school';
import { describeWriteError } from '@/lib/db/errors';
import { criteriaOf, CRITERIA_KEY } from '@/lib/db/meta';
import { keyedHasher, SECRET_KEY, setSchoolKey, storedKey } from '@/lib/db/secret';
import { backupLog, BackupError, BackupFormatError, mergeFinding, mergeLog, parseBackup, restoreLog, type LogBackup } from '@/lib/export/backup';
import { DEFAULT_CRITERIA } from '@/lib/stats/commendations';
import type { DismissRequest, PageObservation, PageReport } from '@/lib/messaging/protocol';
import { dismissalsForPage, recordDismissal } from '@/lib/db/dismissals';
import { CAOTUN_POLICY } from '@/lib/policy/presets';
import { latestSnapshots, overallRate, ratesBy } from '@/lib/stats/completion';
import { freshLogs } from '../helpers/fresh-logs';

const observation = (done: number, extra: Partial<PageObservation> = {}): PageObservation => ({
  taskId: 'outcome-cert', year: 114, semester: 1, unit: '任課教師', person: '王怡君', className: '302', course: '英語文',
  total: 10, done, pending: 10 - done, onTime: done, due: '2026-02-10', ...extra,
});
const report = (observations: PageObservation[], findings: PageReport['findings'] = []): PageReport => ({
  type: 'page-report', url: 'http://127.0.0.1:5180/a/teacher/Certify.aspx', pageKind: 'certification', status: 'checked', policyId: 'caotun',
  subjects: ['artifact\u001foutcome\u001f112045\u001f114-1\u001fA'], findings, observations,
});
const tooLong = { ruleId: 'format.summary.too-long', severity: 'error' as const, recordIndex: 0 };
const dismissRequest: DismissRequest = {
  type: 'dismiss', url: 'http://127.0.0.1:5180/a/teacher/Certify.aspx', pageKind: 'certification', identity: 'artifact\u001foutcome\u001f112045\u001f114-1\u001fA',
  ruleId: 'format.summary.too-long', field: 'summary', digest: '0123456789abcdef', choice: 'notified-student', note: '已請學生刪減', role: 'staff', staffName: '王怡君',
};

const { fresh } = freshLogs('backup');

/** Everything the dashboard reads, in a comparable form. */
async function dump(db: LogDatabase) {
  return {
    visits: await db.visits.toArray(),
    findings: await db.findings.toArray(),
    sightings: await db.sightings.toArray(),
    observations: await db.observations.toArray(),
    units: await db.units.toArray(),
    people: await db.people.toArray(),
    tasks: await db.tasks.toArray(),
    duties: await db.duties.toArray(),
    dismissals: await db.dismissals.toArray(),
    meta: await db.meta.toArray(),
  };
}

async function seeded(): Promise<LogDatabase> {
  const db = fresh();
  const hash = await keyedHasher(db);
  await syncSchoolFromPolicy(db, CAOTUN_POLICY);
  await logVisit(db, report([observation(3)], [tooLong]), hash, Date.parse('2026-01-05T09:00:00'));
  await logVisit(db, report([observation(6), observation(2, { className: '301' })]), hash, Date.parse('2026-01-08T09:00:00'));
  await setDuty(db, { kind: 'meeting', year: 114, semester: 1, doneOn: '2025-10-21' }, 5);
  await recordDismissal(db, dismissRequest, hash, Date.parse('2026-01-06T10:00:00'));
  return db;
}

describe('backup and restore', () => {
  it('restores a backup to identical data, through the JSON file, keeping this browser’s own key', async () => {
    const source = await seeded();
    await source.meta.put({ key: CRITERIA_KEY, value: { by: 'unit', minCompletion: 0.9, minOnTime: 0.8, minItems: 3 } });
    const file = JSON.stringify(await backupLog(source, 99));
    const target = fresh();
    const targetKey = (await storedKey(target)).hex; // the target had its own key: restore keeps it
    await logVisit(target, report([observation(9)]), await keyedHasher(target), 1); // and its own rows
    const result = await restoreLog(target, parseBackup(file));
    const { meta: sourceMeta, ...sourceRest } = await dump(source);
    const { meta: targetMeta, ...targetRest } = await dump(target);
    expect(targetRest).toEqual(sourceRest);
    expect(targetMeta.find((row) => row.key === CRITERIA_KEY)).toEqual(sourceMeta.find((row) => row.key === CRITERIA_KEY));
    expect(await target.meta.get(SECRET_KEY)).toEqual({ key: SECRET_KEY, value: targetKey });
    // two browsers, two keys: the user is told the restored problems will not match new checks
    expect(result).toEqual({ keyMatches: false });
  });

  it('never puts the hashing key in a backup', async () => {
    const source = await seeded();
    const { hex } = await storedKey(source);
    const file = JSON.stringify(await backupLog(source, 1));
    expect(file).not.toContain(hex);
    expect(file).not.toContain(SECRET_KEY);
  });

  it('says whether the restored log matches: a browser restoring its own backup does', async () => {
    const source = await seeded();
    const backup = await backupLog(source, 1);
    await logVisit(source, report([observation(9)]), await keyedHasher(source), 2);
    expect(await restoreLog(source, backup)).toEqual({ keyMatches: true });
    expect(await source.visits.count()).toBe(2);
  });

  it('refuses a file that is not a backup, saying so in Chinese', () => {
    expect(() => parseBackup('not json')).toThrow(BackupFormatError);
    expect(() => parseBackup('{"format":"other"}')).toThrow(/不是本擴充功能的紀錄備份/);
  });

  it('accepts a file saved with a BOM', async () => {
    const source = await seeded();
    expect(parseBackup(`\uFEFF${JSON.stringify(await backupLog(source, 1))}`).tables.visits).toHaveLength(2);
  });

  it('reads a version-2 file (the key in clear) without taking its key, and drops meta values that do not fit', async () => {
    const source = await seeded();
    const v3 = await backupLog(source, 1);
    const v2 = {
      ...v3,
      schemaVersion: 2,
      tables: {
        ...v3.tables,
        meta: [
          { key: 'hash-secret', value: 'cd'.repeat(32) },
          { key: CRITERIA_KEY, value: { by: 'total', minCompletion: 2, minOnTime: 1, minItems: 1 } },
        ],
      },
    };
    const parsed = parseBackup(JSON.stringify(v2));
    expect(parsed.schemaVersion).toBe(4);
    expect(parsed.tables.meta).toEqual([]);
    const target = fresh();
    const own = (await storedKey(target)).hex;
    expect(await restoreLog(target, parsed)).toEqual({ keyMatches: null });
    expect((await target.meta.get(SECRET_KEY))!.value).toBe(own);
    expect(criteriaOf((await target.meta.get(CRITERIA_KEY))?.value)).toEqual(DEFAULT_CRITERIA);
    expect(await target.visits.count()).toBe(2);
  });

  it('names the version of a file it cannot read', async () => {
    const source = await seeded();
    const backup = await backupLog(source, 1);
    expect(() => parseBackup(JSON.stringify({ ...backup, schemaVersion: 1 }))).toThrow('這個備份檔是第 1 版，本擴充功能能讀第 2、3、4 版。沒有匯入任何資料。');
    expect(() => parseBackup(JSON.stringify({ ...backup, schemaVersion: 5 }))).toThrow('這個備份檔是第 5 版，本擴充功能能讀第 2、3、4 版，請先更新學習歷程檢核助手。沒有匯入任何資料。');
    expect(() => parseBackup(JSON.stringify({ ...backup, schemaVersion: '3' }))).toThrow('這個備份檔是版本不明');
    expect(() => parseBackup(JSON.stringify({ ...backup, tables: { ...backup.tables, visits: [{ uid: 1 }] } }))).toThrow(
      /^備份檔（第 4 版）的內容不完整或有誤（tables\.visits\.0\.uid），沒有匯入任何資料。$/,
    );
  });

  it('says in Chinese why a restore failed, and changes nothing', async () => {
    const source = await seeded();
    const backup = await backupLog(source, 1);
    const broken = { ...backup, tables: { ...backup.tables, visits: [backup.tables.visits[0]!, { ...backup.tables.visits[1]!, uid: backup.tables.visits[0]!.uid }] } };
    const target = fresh();
    await logVisit(target, report([observation(9)]), await keyedHasher(target), 1);
    const before = await dump(target);
    await expect(restoreLog(target, broken)).rejects.toThrow(new BackupError('檔案中有重複的紀錄編號，無法寫入；原本的紀錄沒有變動。'));
    expect(await dump(target)).toEqual(before);
  });

  it('tells a full disk from other failures', () => {
    const quota = Object.assign(new Error('Transaction aborted'), { name: 'AbortError', inner: Object.assign(new Error('quota'), { name: 'QuotaExceededError' }) });
    expect(describeWriteError(quota)).toBe('電腦的儲存空間不足，紀錄無法寫入；原本的紀錄沒有變動。請清出磁碟空間後再試一次。');
    expect(describeWriteError(new TypeError('x'))).toBe('寫入紀錄時發生錯誤（TypeError），原本的紀錄沒有變動。');
  });
});

describe('merge', () => {
  it('carries dismissals: a round trip keeps them, and one another browser saw lapse is lapsed after the merge', async () => {
    const a = await seeded();
    const backupA = await backupLog(a, 1);
    expect(backupA.tables.dismissals).toHaveLength(1);
    expect(backupA.tables.dismissals[0]).toMatchObject({ ruleId: 'format.summary.too-long', choice: 'notified-student', note: '已請學生刪減', staffName: '王怡君', endedAt: 0 });
    // B: A's log on a second browser (with A's key, so the record matches), where the 簡述 was then changed.
    const b = fresh();
    await restoreLog(b, parseBackup(JSON.stringify(backupA)));
    const hashA = await keyedHasher(a);
    const changed = Date.parse('2026-01-09T09:00:00');
    await dismissalsForPage(
      b,
      { type: 'dismissals-query', url: dismissRequest.url, subjects: [dismissRequest.identity], findings: [{ subject: 0, ruleId: 'format.summary.too-long', field: 'summary', digest: 'fedcba9876543210' }] },
      hashA,
      changed,
    );
    const team = fresh();
    expect((await mergeLog(team, backupA)).dismissals).toBe(1);
    expect((await mergeLog(team, await backupLog(b, 2))).dismissals).toBe(0);
    const rows = await team.dismissals.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ endedAt: changed, ended: 'value-changed', staffName: '王怡君' });
    // merging A's older view again does not bring it back
    await mergeLog(team, backupA);
    expect((await team.dismissals.toArray())[0]).toMatchObject({ endedAt: changed, ended: 'value-changed' });
  });

  it('reads a version-3 file as one without dismissals', async () => {
    const source = await seeded();
    const v4 = await backupLog(source, 1);
    const { dismissals: _left, ...tables } = v4.tables;
    const parsed = parseBackup(JSON.stringify({ ...v4, schemaVersion: 3, tables }));
    expect(parsed.tables.dismissals).toEqual([]);
    expect(parsed.tables.visits).toHaveLength(2);
  });

  it('counts each observation once when two overlapping backups are merged', async () => {
    const a = await seeded();
    const backupA = await backupLog(a, 1);
    // B = A's log restored on a second browser, plus a later visit there.
    const b = fresh();
    await restoreLog(b, backupA);
    await logVisit(b, report([observation(10)]), await keyedHasher(b), Date.parse('2026-01-09T09:00:00'));
    const backupB = await backupLog(b, 2);

    const team = fresh();
    const first = await mergeLog(team, backupA);
    const second = await mergeLog(team, backupB);
    const again = await mergeLog(team, backupB);
    expect(first).toMatchObject({ visits: 2, observations: 3 });
    expect(second).toMatchObject({ visits: 1, observations: 1, findings: 0 });
    expect(again).toEqual({ visits: 0, observations: 0, findings: 0, sightings: 0, duties: 0, dismissals: 0, keyMatches: false });

    const rows = await team.observations.toArray();
    expect(rows).toHaveLength(4);
    expect(new Set(rows.map((r) => r.id)).size).toBe(4);
    const term = { year: 114, semester: 1 as const };
    expect(overallRate(latestSnapshots(rows, term), '2026-01-09')).toMatchObject({ total: 20, done: 12 });
    expect(ratesBy(latestSnapshots(rows, term), 'className', '2026-01-09').map((r) => [r.key, r.done])).toEqual([
      ['301', 2],
      ['302', 10],
    ]);
    expect(await team.visits.count()).toBe(3);
    expect(await team.sightings.count()).toBe(1);
    expect(await team.findings.count()).toBe(1);
    expect(await team.duties.count()).toBe(1);
  });

  it('keeps this browser’s key and settings and the later tick of a duty', async () => {
    const a = await seeded();
    await a.meta.put({ key: CRITERIA_KEY, value: { by: 'unit', minCompletion: 0.5, minOnTime: 0.5, minItems: 1 } });
    const team = fresh();
    const secret = (await storedKey(team)).hex;
    await setDuty(team, { kind: 'meeting', year: 114, semester: 1, doneOn: '2025-10-22' }, 10);
    const result = await mergeLog(team, await backupLog(a, 1));
    expect(result.keyMatches).toBe(false);
    expect((await team.meta.get(SECRET_KEY))!.value).toBe(secret);
    expect(await team.meta.get(CRITERIA_KEY)).toBeUndefined();
    expect((await team.duties.get('meeting|114|1'))!.doneOn).toBe('2025-10-22');
  });

  it('matches findings across browsers that entered the same school key', { timeout: 60_000 }, async () => {
    const [a, b, team] = [fresh(), fresh(), fresh()];
    for (const db of [a, b, team]) await setSchoolKey(db, '仁武高中學習歷程2025', '123456', 1);
    await logVisit(a, report([], [tooLong]), await keyedHasher(a), Date.parse('2026-01-05T09:00:00'));
    await logVisit(b, report([], [tooLong]), await keyedHasher(b), Date.parse('2026-01-06T09:00:00'));
    expect((await mergeLog(team, await backupLog(a, 1))).keyMatches).toBe(true);
    expect(await mergeLog(team, await backupLog(b, 2))).toMatchObject({ visits: 1, findings: 0, sightings: 1, keyMatches: true });
    // one problem, seen on two days by two browsers
    expect(await team.findings.toArray()).toMatchObject([{ firstSeen: Date.parse('2026-01-05T09:00:00'), lastSeen: Date.parse('2026-01-06T09:00:00'), resolvedAt: 0 }]);
  });

  it('keeps each visit’s sighting of a finding seen twice on one day', async () => {
    const a = fresh();
    const hash = await keyedHasher(a);
    await logVisit(a, report([], [tooLong]), hash, Date.parse('2026-01-05T09:00:00'));
    await logVisit(a, report([], [tooLong]), hash, Date.parse('2026-01-05T15:00:00'));
    const team = fresh();
    expect(await mergeLog(team, await backupLog(a, 1))).toMatchObject({ visits: 2, sightings: 2 });
    expect(await mergeLog(team, await backupLog(a, 2))).toMatchObject({ visits: 0, sightings: 0 });
    expect(await team.sightings.count()).toBe(2);
  });

  it('joins two views of one finding into one lifecycle', () => {
    const base = { key: 'k', ruleId: 'r', severity: 'error' as const, origin: 'o', pageKind: 'certification' as const, subject: 's' };
    expect(mergeFinding({ ...base, firstSeen: 1, lastSeen: 5, resolvedAt: 0 }, { ...base, firstSeen: 3, lastSeen: 9, resolvedAt: 9 })).toMatchObject({ firstSeen: 1, lastSeen: 9, resolvedAt: 9 });
    // an earlier lifecycle that ended before the other began stays apart
    expect(mergeFinding({ ...base, firstSeen: 1, lastSeen: 2, resolvedAt: 3 }, { ...base, firstSeen: 7, lastSeen: 9, resolvedAt: 0 })).toMatchObject({ firstSeen: 7, lastSeen: 9, resolvedAt: 0 });
  });

  it('rejects nothing silently: a backup from an unknown version is refused', async () => {
    const a = await seeded();
    const backup = { ...(await backupLog(a, 1)), schemaVersion: 1 } as unknown as LogBackup;
    expect(() => parseBackup(JSON.stringify(backup))).toThrow(BackupFormatError);
  });
});
