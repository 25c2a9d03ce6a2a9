import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LogDatabase } from '@/lib/db/database';
import { logVisit } from '@/lib/db/log-visit';
import { compactLog, compactObservations, dailyId, redundantSightings } from '@/lib/db/compact';
import { setDuty, syncSchoolFromPolicy } from '@/lib/db/school';
import { keyedHasher, type KeyedHash } from '@/lib/db/secret';
import type { PageObservation, PageReport } from '@/lib/messaging/protocol';
import { CAOTUN_POLICY } from '@/lib/policy/presets';
import { latestSnapshots, overallRate, completionTrend } from '@/lib/stats/completion';
import { obs } from '../stats/build';

const observation = (done: number, extra: Partial<PageObservation> = {}): PageObservation => ({
  taskId: 'outcome-cert', year: 114, semester: 1, unit: '任課教師', person: '王怡君', className: '302', course: '英語文',
  total: 10, done, pending: 10 - done, onTime: done, due: '2026-02-10', ...extra,
});
const report = (observations: PageObservation[]): PageReport => ({
  type: 'page-report', url: 'http://127.0.0.1:5180/a/teacher/Certify.aspx', pageKind: 'certification', status: 'checked', policyId: 'caotun',
  subjects: ['artifact\u001foutcome\u001f112045\u001f114-1'], findings: [], observations,
});

let db: LogDatabase;
let hash: KeyedHash;
let n = 0;
beforeEach(async () => {
  db = new LogDatabase(`test-obs-${(n += 1)}`);
  hash = await keyedHasher(db);
});
afterEach(async () => {
  await db.delete();
});

describe('logVisit with observations', () => {
  it('stores each observation with a stable id, the visit uid, its day and slice, and notes units and people', async () => {
    // 20:00 in Taiwan, noon UTC: 2026-01-26 on the computer's own calendar anywhere from UTC−11 to UTC+11.
    const at = Date.parse('2026-01-26T20:00:00+08:00');
    const visitId = await logVisit(db, report([observation(3), observation(5, { className: '301' })]), hash, at);
    const visit = (await db.visits.get(visitId))!;
    const rows = await db.observations.orderBy('scope').toArray();
    expect(rows).toHaveLength(2);
    expect(rows.every((row) => row.visitUid === visit.uid && row.day === '2026-01-26' && row.folded === 0 && row.id.length === 36)).toBe(true);
    expect(rows.map((row) => row.scope)).toEqual(['outcome-cert|114|1|任課教師|王怡君|301|英語文', 'outcome-cert|114|1|任課教師|王怡君|302|英語文']);
    expect(await db.units.toArray()).toEqual([{ name: '任課教師' }]);
    expect(await db.people.toArray()).toEqual([{ name: '王怡君', unit: '任課教師', lastSeen: at }]);
    expect(JSON.stringify(await db.observations.toArray())).not.toContain('112045');
  });

  it('keeps logging pages without observations', async () => {
    const { observations: _, ...plain } = report([]);
    await logVisit(db, plain, hash, 1_000);
    expect(await db.visits.count()).toBe(1);
    expect(await db.observations.count()).toBe(0);
  });
});

describe('compaction', () => {
  it('folds the raw observations of each old day and slice into its last snapshot', () => {
    const rows = [
      obs({ day: '2026-01-05', at: 1, done: 1, id: 'a' }),
      obs({ day: '2026-01-05', at: 3, done: 3, id: 'b' }),
      obs({ day: '2026-01-05', at: 2, done: 2, id: 'c' }),
      obs({ day: '2026-01-05', at: 2, done: 2, id: 'd', className: '301' }),
      obs({ day: '2026-01-06', at: 4, done: 4, id: 'e' }),
      obs({ day: '2026-02-01', at: 5, done: 5, id: 'f' }),
    ];
    const { put, remove } = compactObservations(rows, '2026-01-31');
    expect(put.map((row) => [row.id, row.done, row.folded])).toEqual([
      [dailyId('2026-01-05', rows[0]!.scope), 3, 3],
      [dailyId('2026-01-05', rows[3]!.scope), 2, 1],
      [dailyId('2026-01-06', rows[0]!.scope), 4, 1],
    ]);
    expect(remove.sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
    // Folding again changes nothing.
    expect(compactObservations(put, '2026-01-31')).toEqual({ put: [], remove: [] });
  });

  it('keeps one sighting per day, finding and place of the check', () => {
    const rows = [
      { id: 1, visitId: 1, day: '2026-01-05', ruleId: 'r', findingKey: 'k' },
      { id: 2, visitId: 2, day: '2026-01-05', ruleId: 'r', findingKey: 'k' },
      { id: 3, visitId: 2, day: '2026-01-05', ruleId: 'r', findingKey: 'j' },
      { id: 4, visitId: 3, day: '2026-02-05', ruleId: 'r', findingKey: 'k' },
      { id: 5, visitId: 4, day: '2026-02-05', ruleId: 'r', findingKey: 'k' },
      // check 5 is of another term: its sighting of k that day stays
      { id: 6, visitId: 5, day: '2026-01-05', ruleId: 'r', findingKey: 'k' },
    ];
    expect(redundantSightings(rows, '2026-01-31', (visitId) => (visitId === 5 ? '114|1' : '114|2'))).toEqual([2]);
  });

  it('compacts the log in the database without changing any statistic', async () => {
    const day = (d: number) => Date.parse(`2026-01-${String(d).padStart(2, '0')}T09:00:00`);
    for (const [d, done] of [[5, 1], [5, 2], [6, 4], [6, 5], [20, 8]] as const) {
      await logVisit(db, report([observation(done)]), hash, day(d) + done * 60_000);
    }
    const term = { year: 114, semester: 1 as const };
    const before = await db.observations.toArray();
    const trendBefore = completionTrend(before, term);
    const result = await compactLog(db, { now: day(20), keepDays: 10 });
    expect(result).toMatchObject({ cutoffDay: '2026-01-10', observationsFolded: 4, aggregatesWritten: 2 });
    const after = await db.observations.toArray();
    expect(after).toHaveLength(3);
    expect(completionTrend(after, term)).toEqual(trendBefore);
    expect(overallRate(latestSnapshots(after, term), '2026-01-20')).toEqual(overallRate(latestSnapshots(before, term), '2026-01-20'));
  });
});

describe('school tables and duties', () => {
  it('copies the task table and units from the policy', async () => {
    await syncSchoolFromPolicy(db, CAOTUN_POLICY);
    expect(await db.tasks.get('basic-data')).toEqual({ id: 'basic-data', name: '學生基本資料', unit: '教務處註冊組／進修部教務組', deadline: '開學日後二週內', policyId: 'caotun' });
    expect(await db.tasks.count()).toBe(CAOTUN_POLICY.tasks.length);
    expect((await db.units.toArray()).map((u) => u.name)).toContain('任課教師');
  });
  it('ticks and unticks a duty, keeping its note', async () => {
    await setDuty(db, { kind: 'meeting', year: 114, semester: 1, doneOn: '2025-10-21', note: '第 1 次' }, 1);
    await setDuty(db, { kind: 'meeting', year: 114, semester: 1, doneOn: '' }, 2);
    expect(await db.duties.get('meeting|114|1')).toEqual({ id: 'meeting|114|1', kind: 'meeting', year: 114, semester: 1, doneOn: '', note: '第 1 次', updatedAt: 2 });
  });
});
