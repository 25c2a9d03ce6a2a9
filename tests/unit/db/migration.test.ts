import { describe, expect, it } from 'vitest';
import { LogDatabase, SCHEMA_VERSION } from '@/lib/db/database';
import { logVisit } from '@/lib/db/log-visit';
import { keyedHasher } from '@/lib/db/secret';
import { olderLog } from '../helpers/older-log';

describe('schema v1 → v2', () => {
  it('opens a log written by version 1 and keeps every row, giving visits a stable uid', async () => {
    const name = 'test-migration-v1';
    // Write a log with the released v1 schema, as a v1 install left it.
    const v1 = olderLog(name, 1);
    await v1.table('meta').put({ key: 'hash-secret', value: 'ab'.repeat(32) });
    await v1.table('visits').bulkAdd([
      { at: 1_000, origin: 'http://127.0.0.1:5180', path: '/a/student/outcomes.html', pageKind: 'outcome-list', policyId: 'national', records: 8, errors: 3, warnings: 0 },
      { at: 2_000, origin: 'http://127.0.0.1:5180', path: '/a/student/outcomes.html', pageKind: 'outcome-list', policyId: 'national', records: 8, errors: 2, warnings: 0 },
    ]);
    await v1.table('findings').put({ key: 'k1', ruleId: 'format.summary.too-long', severity: 'error', origin: 'http://127.0.0.1:5180', pageKind: 'outcome-list', subject: 's1', firstSeen: 1_000, lastSeen: 2_000, resolvedAt: 0 });
    await v1.table('sightings').bulkAdd([
      { visitId: 1, day: '2026-01-05', ruleId: 'format.summary.too-long', findingKey: 'k1' },
      { visitId: 2, day: '2026-01-06', ruleId: 'format.summary.too-long', findingKey: 'k1' },
    ]);
    expect(v1.verno).toBe(1);
    v1.close();

    const db = new LogDatabase(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    const visits = await db.visits.toArray();
    expect(visits.map((v) => [v.id, v.at, v.errors])).toEqual([
      [1, 1_000, 3],
      [2, 2_000, 2],
    ]);
    expect(visits.every((v) => /^[0-9a-f-]{36}$/.test(v.uid))).toBe(true);
    expect(new Set(visits.map((v) => v.uid)).size).toBe(2);
    expect(await db.findings.get('k1')).toMatchObject({ firstSeen: 1_000, lastSeen: 2_000, resolvedAt: 0 });
    expect(await db.sightings.where('[day+findingKey]').equals(['2026-01-06', 'k1']).count()).toBe(1);
    expect(await db.meta.get('hash-secret')).toEqual({ key: 'hash-secret', value: 'ab'.repeat(32) });
    expect(await db.observations.count()).toBe(0);

    // The migrated log keeps working: the same secret, the same finding, a new visit with observations.
    const hash = await keyedHasher(db);
    expect(hash).toBeTypeOf('function');
    const visitId = await logVisit(
      db,
      {
        type: 'page-report',
        url: 'http://127.0.0.1:5180/a/teacher/Certify.aspx',
        pageKind: 'certification',
        status: 'checked',
        policyId: 'caotun',
        subjects: [],
        findings: [],
        observations: [{ taskId: 'outcome-cert', year: 114, semester: 1, unit: '任課教師', person: '王怡君', className: '302', course: '英語文', total: 9, done: 3, pending: 6, onTime: 3, due: '2026-02-10' }],
      },
      hash,
      3_000,
    );
    expect(visitId).toBe(3);
    expect(await db.observations.count()).toBe(1);
    await db.delete();
  });
});

describe('schema v2 → v3', () => {
  it('keeps every row, adds the certification list and finds sightings by visit and finding', async () => {
    const name = 'test-migration-v2';
    const v2 = olderLog(name, 2);
    await v2.table('visits').add({ uid: 'v-1', at: 1_000, origin: 'http://127.0.0.1:5180', path: '/a/student/outcomes.html', pageKind: 'outcome-list', policyId: 'national', records: 8, errors: 1, warnings: 0 });
    await v2.table('sightings').bulkAdd([
      { visitId: 1, day: '2026-01-05', ruleId: 'format.summary.too-long', findingKey: 'k1' },
      { visitId: 1, day: '2026-01-05', ruleId: 'format.summary.too-long', findingKey: 'k2' },
    ]);
    v2.close();

    const db = new LogDatabase(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(await db.visits.count()).toBe(1);
    expect(await db.sightings.where('[visitId+findingKey]').equals([1, 'k2']).count()).toBe(1);
    expect(await db.certification.count()).toBe(0);
    await db.delete();
  });
});

describe('schema v3 → v4', () => {
  it('keeps every row and adds an empty dismissals table, found by record', async () => {
    const name = 'test-migration-v3';
    const v3 = olderLog(name, 3);
    await v3.table('visits').add({ uid: 'v-1', at: 1_000, origin: 'http://127.0.0.1:5180', path: '/a/student/outcomes.html', pageKind: 'outcome-list', policyId: 'national', records: 8, errors: 1, warnings: 0 });
    await v3.table('certification').add({ pageKey: 'p1', rows: [] });
    v3.close();

    const db = new LogDatabase(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(4);
    expect(await db.visits.count()).toBe(1);
    expect(await db.certification.count()).toBe(1);
    expect(await db.dismissals.where('subject').equals('s1').count()).toBe(0);
    await db.delete();
  });
});
