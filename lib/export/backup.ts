import { z } from 'zod';
import { PAGE_KINDS, type PageKind } from '@/lib/page-kinds';
import { SCHEMA_VERSION, type FindingRow, type LogDatabase, type ObservationRow } from '@/lib/db/database';

/**
 * The whole log as one JSON file: a backup a restore turns back into the same log, and the file
 * staff members exchange so one dashboard shows several browsers' work (merge). Every row that can
 * be merged has a stable id (visits.uid, observations.id, findings.key, duties.id); sightings are
 * matched by day and finding.
 */
export const BACKUP_FORMAT = 'lp-checker-log';

const pageKind = z.enum(Object.keys(PAGE_KINDS) as [PageKind, ...PageKind[]]);
const semester = z.union([z.literal(1), z.literal(2)]);

const Visit = z.object({
  id: z.number().int().optional(),
  uid: z.string().min(1),
  at: z.number(),
  origin: z.string(),
  path: z.string(),
  pageKind,
  policyId: z.string(),
  records: z.number().int(),
  errors: z.number().int(),
  warnings: z.number().int(),
  unread: z.number().int().nonnegative().optional(),
});
const Finding = z.object({
  key: z.string().min(1),
  ruleId: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
  origin: z.string(),
  pageKind,
  subject: z.string(),
  firstSeen: z.number(),
  lastSeen: z.number(),
  resolvedAt: z.number(),
});
const Sighting = z.object({ id: z.number().int().optional(), visitId: z.number().int(), day: z.string(), ruleId: z.string(), findingKey: z.string() });
const Observation = z.object({
  id: z.string().min(1),
  visitUid: z.string(),
  at: z.number(),
  day: z.string(),
  origin: z.string(),
  pageKind,
  scope: z.string(),
  taskId: z.string(),
  year: z.number().int(),
  semester,
  unit: z.string(),
  person: z.string(),
  className: z.string(),
  course: z.string(),
  total: z.number().int().nonnegative(),
  done: z.number().int().nonnegative(),
  pending: z.number().int().nonnegative(),
  onTime: z.number().int().nonnegative().nullable(),
  due: z.string(),
  folded: z.number().int().nonnegative(),
});
const Duty = z.object({
  id: z.string(),
  kind: z.enum(['meeting', 'student-training', 'teacher-workshop', 'parent-session']),
  year: z.number().int(),
  semester: z.union([z.literal(0), z.literal(1), z.literal(2)]),
  doneOn: z.string(),
  note: z.string(),
  updatedAt: z.number(),
});

export const LogBackup = z.object({
  format: z.literal(BACKUP_FORMAT),
  schemaVersion: z.literal(SCHEMA_VERSION),
  exportedAt: z.number(),
  tables: z.object({
    visits: z.array(Visit),
    findings: z.array(Finding),
    sightings: z.array(Sighting),
    observations: z.array(Observation),
    units: z.array(z.object({ name: z.string() })),
    people: z.array(z.object({ name: z.string(), unit: z.string(), lastSeen: z.number() })),
    tasks: z.array(z.object({ id: z.string(), name: z.string(), unit: z.string(), deadline: z.string(), policyId: z.string() })),
    duties: z.array(Duty),
    /** includes the per-install hashing secret, so a restored log keeps matching the same findings */
    meta: z.array(z.object({ key: z.string(), value: z.unknown() })),
  }),
});
export type LogBackup = z.infer<typeof LogBackup>;

const TABLES = ['visits', 'findings', 'sightings', 'observations', 'units', 'people', 'tasks', 'duties', 'meta'] as const;

/** Everything in the log, rows in primary-key order. */
export async function backupLog(db: LogDatabase, now: number): Promise<LogBackup> {
  return db.transaction('r', TABLES.map((name) => db.table(name)), async () => ({
    format: BACKUP_FORMAT,
    schemaVersion: SCHEMA_VERSION,
    exportedAt: now,
    tables: {
      visits: await db.visits.toArray(),
      findings: await db.findings.toArray(),
      sightings: await db.sightings.toArray(),
      observations: await db.observations.toArray(),
      units: await db.units.toArray(),
      people: await db.people.toArray(),
      tasks: await db.tasks.toArray(),
      duties: await db.duties.toArray(),
      meta: await db.meta.toArray(),
    },
  })) as Promise<LogBackup>;
}

export class BackupFormatError extends Error {}

/** Reads a backup file's text; throws BackupFormatError (with a zh-TW message) when it is not one. */
export function parseBackup(text: string): LogBackup {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new BackupFormatError('這不是 JSON 檔案，請選擇本擴充功能匯出的備份檔。');
  }
  const parsed = LogBackup.safeParse(json);
  if (!parsed.success) throw new BackupFormatError('檔案不是本擴充功能的紀錄備份，或版本不符。');
  return parsed.data;
}

/** Replaces the whole log with a backup: afterwards the log is exactly what was backed up. */
export async function restoreLog(db: LogDatabase, backup: LogBackup): Promise<void> {
  await db.transaction('rw', TABLES.map((name) => db.table(name)), async () => {
    for (const name of TABLES) {
      await db.table(name).clear();
      await db.table(name).bulkAdd(backup.tables[name] as never[]);
    }
  });
}

export interface MergeResult {
  visits: number;
  observations: number;
  findings: number;
  sightings: number;
  duties: number;
}

/**
 * Adds another browser's log to this one without counting anything twice: rows already here
 * (same id) are skipped; a finding both logs hold keeps one lifecycle; a duty keeps the later
 * tick. This install's secret is kept. Findings from a browser with another secret cannot be
 * matched to this one's (the hash differs), so they stay separate rows.
 */
export async function mergeLog(db: LogDatabase, backup: LogBackup): Promise<MergeResult> {
  const t = backup.tables;
  return db.transaction('rw', TABLES.map((name) => db.table(name)), async () => {
    const result: MergeResult = { visits: 0, observations: 0, findings: 0, sightings: 0, duties: 0 };

    // Visits by uid; their new local ids for the sightings that point at them.
    const visitIds = new Map<number, number>();
    for (const visit of t.visits) {
      const here = await db.visits.where('uid').equals(visit.uid).first();
      if (here) {
        if (visit.id !== undefined) visitIds.set(visit.id, here.id!);
        continue;
      }
      const { id: oldId, ...rest } = visit;
      const newId = await db.visits.add(rest);
      if (oldId !== undefined) visitIds.set(oldId, newId);
      result.visits += 1;
    }

    for (const sighting of t.sightings) {
      if ((await db.sightings.where('[day+findingKey]').equals([sighting.day, sighting.findingKey]).count()) > 0) continue;
      const { id: _id, ...rest } = sighting;
      await db.sightings.add({ ...rest, visitId: visitIds.get(sighting.visitId) ?? -1 });
      result.sightings += 1;
    }

    const here = await db.observations.bulkGet(t.observations.map((o) => o.id));
    const seen = new Set<string>();
    const newObservations: ObservationRow[] = t.observations.filter((o, i) => {
      if (here[i] !== undefined || seen.has(o.id)) return false;
      seen.add(o.id);
      return true;
    });
    await db.observations.bulkAdd(newObservations);
    result.observations = newObservations.length;

    for (const finding of t.findings) {
      const here = await db.findings.get(finding.key);
      if (!here) {
        await db.findings.add(finding);
        result.findings += 1;
      } else {
        await db.findings.put(mergeFinding(here, finding));
      }
    }

    for (const duty of t.duties) {
      const here = await db.duties.get(duty.id);
      if (!here || here.updatedAt < duty.updatedAt) {
        await db.duties.put(duty);
        result.duties += 1;
      }
    }

    await db.units.bulkPut(t.units);
    for (const person of t.people) {
      const here = await db.people.get(person.name);
      if (!here || here.lastSeen < person.lastSeen) await db.people.put(person);
    }
    if ((await db.tasks.count()) === 0) await db.tasks.bulkPut(t.tasks);
    return result;
  });
}

/**
 * One lifecycle from two views of the same finding: the later sighting decides whether it is open;
 * the first sighting counts back to the earlier view when that view's lifecycle runs into this one.
 */
export function mergeFinding(a: FindingRow, b: FindingRow): FindingRow {
  const [earlier, later] = a.lastSeen <= b.lastSeen ? [a, b] : [b, a];
  const continuous = earlier.resolvedAt === 0 || earlier.resolvedAt >= later.firstSeen;
  return {
    ...later,
    firstSeen: continuous ? Math.min(earlier.firstSeen, later.firstSeen) : later.firstSeen,
    lastSeen: later.lastSeen,
    resolvedAt: later.resolvedAt,
  };
}
