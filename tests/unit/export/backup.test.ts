import { afterEach, describe, expect, it } from 'vitest';
import { LogDatabase } from '@/lib/db/database';
import { logVisit } from '@/lib/db/log-visit';
import { setDuty, syncSchoolFromPolicy } from '@/lib/db/school';
import { keyedHasher } from '@/lib/db/secret';
import { backupLog, BackupFormatError, mergeFinding, mergeLog, parseBackup, restoreLog, type LogBackup } from '@/lib/export/backup';
import type { PageObservation, PageReport } from '@/lib/messaging/protocol';
import { CAOTUN_POLICY } from '@/lib/policy/presets';
import { latestSnapshots, overallRate, ratesBy } from '@/lib/stats/completion';

const observation = (done: number, extra: Partial<PageObservation> = {}): PageObservation => ({
  taskId: 'outcome-cert', year: 114, semester: 1, unit: '任課教師', person: '王怡君', className: '302', course: '英語文',
  total: 10, done, pending: 10 - done, onTime: done, due: '2026-02-10', ...extra,
});
const report = (observations: PageObservation[], findings: PageReport['findings'] = []): PageReport => ({
  type: 'page-report', url: 'http://127.0.0.1:5180/a/teacher/Certify.aspx', pageKind: 'certification', status: 'checked', policyId: 'caotun',
  subjects: ['artifact\u001foutcome\u001f112045\u001f114-1\u001fA'], findings, observations,
});
const tooLong = { ruleId: 'format.summary.too-long', severity: 'error' as const, recordIndex: 0 };

const open: LogDatabase[] = [];
let n = 0;
function fresh(): LogDatabase {
  const db = new LogDatabase(`test-backup-${(n += 1)}`);
  open.push(db);
  return db;
}
afterEach(async () => {
  for (const db of open.splice(0)) await db.delete();
});

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
  return db;
}

describe('backup and restore', () => {
  it('restores a backup to identical data, through the JSON file', async () => {
    const source = await seeded();
    const file = JSON.stringify(await backupLog(source, 99));
    const target = fresh();
    await keyedHasher(target); // the target had its own secret: restore replaces it
    await logVisit(target, report([observation(9)]), await keyedHasher(target), 1); // and its own rows
    await restoreLog(target, parseBackup(file));
    expect(await dump(target)).toEqual(await dump(source));
  });

  it('refuses a file that is not a backup, saying so in Chinese', () => {
    expect(() => parseBackup('not json')).toThrow(BackupFormatError);
    expect(() => parseBackup('{"format":"other"}')).toThrow(/不是本擴充功能的紀錄備份/);
  });

  it('accepts a file saved with a BOM', async () => {
    const source = await seeded();
    expect(parseBackup(`\uFEFF${JSON.stringify(await backupLog(source, 1))}`).tables.visits).toHaveLength(2);
  });
});

describe('merge', () => {
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
    expect(again).toEqual({ visits: 0, observations: 0, findings: 0, sightings: 0, duties: 0 });

    const rows = await team.observations.toArray();
    expect(rows).toHaveLength(4);
    expect(new Set(rows.map((r) => r.id)).size).toBe(4);
    const term = { year: 114, semester: 1 as const };
    expect(overallRate(latestSnapshots(rows, term))).toMatchObject({ total: 20, done: 12 });
    expect(ratesBy(latestSnapshots(rows, term), 'className').map((r) => [r.key, r.done])).toEqual([
      ['301', 2],
      ['302', 10],
    ]);
    expect(await team.visits.count()).toBe(3);
    expect(await team.sightings.count()).toBe(1);
    expect(await team.findings.count()).toBe(1);
    expect(await team.duties.count()).toBe(1);
  });

  it('keeps this browser’s secret and the later tick of a duty', async () => {
    const a = await seeded();
    const team = fresh();
    await keyedHasher(team);
    const secret = await team.meta.get('hash-secret');
    await setDuty(team, { kind: 'meeting', year: 114, semester: 1, doneOn: '2025-10-22' }, 10);
    await mergeLog(team, await backupLog(a, 1));
    expect(await team.meta.get('hash-secret')).toEqual(secret);
    expect((await team.duties.get('meeting|114|1'))!.doneOn).toBe('2025-10-22');
  });

  it('joins two views of one finding into one lifecycle', () => {
    const base = { key: 'k', ruleId: 'r', severity: 'error' as const, origin: 'o', pageKind: 'certification' as const, subject: 's' };
    expect(mergeFinding({ ...base, firstSeen: 1, lastSeen: 5, resolvedAt: 0 }, { ...base, firstSeen: 3, lastSeen: 9, resolvedAt: 9 })).toMatchObject({ firstSeen: 1, lastSeen: 9, resolvedAt: 9 });
    // an earlier lifecycle that ended before the other began stays apart
    expect(mergeFinding({ ...base, firstSeen: 1, lastSeen: 2, resolvedAt: 3 }, { ...base, firstSeen: 7, lastSeen: 9, resolvedAt: 0 })).toMatchObject({ firstSeen: 7, lastSeen: 9, resolvedAt: 0 });
  });

  it('rejects nothing silently: a backup from another schema version is refused', async () => {
    const a = await seeded();
    const backup = { ...(await backupLog(a, 1)), schemaVersion: 1 } as unknown as LogBackup;
    expect(() => parseBackup(JSON.stringify(backup))).toThrow(BackupFormatError);
  });
});
