import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LogDatabase } from '@/lib/db/database';
import { logVisit } from '@/lib/db/log-visit';
import { keyedHasher, type KeyedHash } from '@/lib/db/secret';
import type { PageReport } from '@/lib/messaging/protocol';

const subjects = ['artifact\u001foutcome\u001f112045\u001f114-1\u001fA\u001f甲', 'artifact\u001foutcome\u001f112045\u001f114-1\u001fB\u001f乙'];
const report = (findings: PageReport['findings']): PageReport => ({
  type: 'page-report',
  url: 'http://127.0.0.1:5180/a/student/outcomes.html',
  pageKind: 'outcome-list',
  status: 'checked',
  policyId: 'national',
  subjects,
  findings,
});
const tooLong = (recordIndex: number) => ({ ruleId: 'format.summary.too-long', severity: 'error' as const, recordIndex });

let db: LogDatabase;
let hash: KeyedHash;
let n = 0;
beforeEach(async () => {
  db = new LogDatabase(`test-log-${(n += 1)}`);
  hash = await keyedHasher(db);
});
afterEach(async () => {
  await db.delete();
});

describe('logVisit', () => {
  it('records the visit, a sighting per finding and opens the findings', async () => {
    // 20:00 in Taiwan, noon UTC: 2026-01-05 on the computer's own calendar anywhere from UTC−11 to UTC+11.
    const at = Date.parse('2026-01-05T20:00:00+08:00');
    const visitId = await logVisit(db, report([tooLong(0), tooLong(1)]), hash, at);
    expect(await db.visits.get(visitId)).toMatchObject({ origin: 'http://127.0.0.1:5180', path: '/a/student/outcomes.html', records: 2, errors: 2, warnings: 0 });
    const findings = await db.findings.toArray();
    expect(findings).toHaveLength(2);
    expect(findings.every((f) => f.firstSeen === at && f.lastSeen === at && f.resolvedAt === 0)).toBe(true);
    expect(await db.sightings.where('visitId').equals(visitId).count()).toBe(2);
    expect((await db.sightings.toArray())[0]!.day).toBe('2026-01-05');
  });

  it('keeps a finding seen again open, and resolves one whose record no longer has it', async () => {
    const t1 = Date.parse('2026-01-05T09:00:00Z');
    const t2 = Date.parse('2026-01-06T09:00:00Z');
    await logVisit(db, report([tooLong(0), tooLong(1)]), hash, t1);
    await logVisit(db, report([tooLong(1)]), hash, t2);
    const findings = await db.findings.orderBy('resolvedAt').toArray();
    expect(findings.map((f) => [f.firstSeen, f.lastSeen, f.resolvedAt])).toEqual([
      [t1, t2, 0],
      [t1, t1, t2],
    ]);
  });

  it('opens a new lifecycle when a resolved problem comes back', async () => {
    const [t1, t2, t3] = [1_000, 2_000, 3_000];
    await logVisit(db, report([tooLong(0)]), hash, t1);
    await logVisit(db, report([]), hash, t2);
    await logVisit(db, report([tooLong(0)]), hash, t3);
    const [finding] = await db.findings.toArray();
    expect(finding).toMatchObject({ firstSeen: t3, lastSeen: t3, resolvedAt: 0 });
  });

  it('never stores a 學號 or a title in clear', async () => {
    await logVisit(db, report([tooLong(0)]), hash, 1_000);
    const everything = JSON.stringify([await db.visits.toArray(), await db.findings.toArray(), await db.sightings.toArray()]);
    expect(everything).not.toContain('112045');
    expect(everything).not.toContain('甲');
  });

  it('rejects a finding that points at a record that was not sent, writing nothing', async () => {
    await expect(logVisit(db, report([tooLong(5)]), hash, 1_000)).rejects.toThrow(/record 5/);
    expect(await db.visits.count()).toBe(0);
  });

  it('hashes with a per-install secret: another install gives other keys', async () => {
    const other = new LogDatabase('test-log-other');
    const otherHash = await keyedHasher(other);
    expect(await hash('112045')).not.toBe(await otherHash('112045'));
    expect(await hash('112045')).toBe(await (await keyedHasher(db))('112045'));
    await other.delete();
  });
});
