import { z } from 'zod';
import { PAGE_KINDS, type PageKind } from '@/lib/page-kinds';
import type { FindingRow, LogDatabase, ObservationRow, SightingRow, VisitRow } from '@/lib/db/database';
import { describeWriteError } from '@/lib/db/errors';
import { EXPORTED_META, validMeta } from '@/lib/db/meta';
import { KEY_INFO_KEY, KeyInfo, keyCheck, keyInfo, keyRows, SECRET_KEY } from '@/lib/db/secret';
import { mergeDismissal } from '@/lib/dismissals/lifecycle';
import { REASON_CHOICES } from '@/lib/dismissals/reasons';
import { rebuildSummaries, refreshSummaries, SUMMARY_TABLES } from '@/lib/db/summaries';
import { addChecks, PROBLEM_SUMMARY_TABLES, rebuildProblemSummaries, withTerms } from '@/lib/db/problem-summaries';

/**
 * The whole log as one JSON file: a backup a restore turns back into the same log, and the file
 * staff members exchange so one dashboard shows several browsers' work (merge). Every row that can
 * be merged has a stable id (visits.uid, observations.id, findings.key, duties.id, dismissals.id); sightings are
 * matched by visit and finding. A plain backup never holds the hashing key.
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
  // absent in files before v6 of the log: made from the file's observations on restore and merge
  term: z.string().optional(),
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
  dismissedAt: z.number().optional(),
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
const Dismissal = z.object({
  id: z.string().min(1),
  at: z.number(),
  origin: z.string(),
  path: z.string(),
  pageKind,
  subject: z.string(),
  ruleId: z.string(),
  field: z.string(),
  fingerprint: z.string(),
  choice: z.enum(REASON_CHOICES as [(typeof REASON_CHOICES)[number], ...(typeof REASON_CHOICES)[number][]]),
  note: z.string(),
  role: z.enum(['teacher', 'homeroom', 'staff', '']),
  staffName: z.string(),
  endedAt: z.number(),
  ended: z.enum(['', 'value-changed', 'replaced', 'withdrawn']),
  withdrawnBy: z.object({ role: z.enum(['teacher', 'homeroom', 'staff', '']), staffName: z.string() }).optional(),
});

/** Tables of the log a backup holds (the certification list is not log: the next visit makes it again). */
const TABLES = ['visits', 'findings', 'sightings', 'observations', 'units', 'people', 'tasks', 'duties', 'dismissals', 'meta'] as const;
/** Tables a restore or merge writes: the log's and their summaries. */
const WRITTEN = [...new Set([...TABLES, ...SUMMARY_TABLES, ...PROBLEM_SUMMARY_TABLES])];

/**
 * The tables of a backup file. `meta` is read row by row against each key's own schema
 * (lib/db/meta.ts): a row that does not fit is left out, and the hashing key is never taken from
 * a plain file — only a passphrase-protected full backup (protected-backup.ts) carries it.
 */
const Tables = z.object({
  visits: z.array(Visit),
  findings: z.array(Finding),
  sightings: z.array(Sighting),
  observations: z.array(Observation),
  units: z.array(z.object({ name: z.string() })),
  people: z.array(z.object({ name: z.string(), unit: z.string(), lastSeen: z.number() })),
  tasks: z.array(z.object({ id: z.string(), name: z.string(), unit: z.string(), deadline: z.string(), policyId: z.string() })),
  duties: z.array(Duty),
  dismissals: z.array(Dismissal),
  meta: z.array(z.object({ key: z.string(), value: z.unknown() })).transform((rows) => validMeta(rows)),
});

/**
 * Version 4: adds the dismissals (findings marked 「已確認，無需更正」); a version 2 or 3 file is read
 * as having none. Version 3: meta without the hashing key. Version 2 carried the key in clear; it
 * is read the same way, and its key is left out. (Backups began with version 2.)
 */
export const BACKUP_VERSION = 4;
const READABLE_VERSIONS = [2, 3, 4];

export const LogBackup = z.object({
  format: z.literal(BACKUP_FORMAT),
  schemaVersion: z.literal(BACKUP_VERSION),
  exportedAt: z.number(),
  tables: Tables,
});
export type LogBackup = z.infer<typeof LogBackup>;

/** Everything in the log except the hashing key, rows in primary-key order: the file for a restore or a merge. */
export async function backupLog(db: LogDatabase, now: number): Promise<LogBackup> {
  return db.transaction('r', TABLES.map((name) => db.table(name)), async () => ({
    format: BACKUP_FORMAT,
    schemaVersion: BACKUP_VERSION,
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
      dismissals: await db.dismissals.toArray(),
      meta: validMeta(await db.meta.toArray(), EXPORTED_META),
    },
  })) as Promise<LogBackup>;
}

/** A backup that cannot be read, restored or merged; the message is zh-TW, for the user. */
export class BackupError extends Error {}
/** The file is not a backup this version reads. */
export class BackupFormatError extends BackupError {}

/** The format of a passphrase-protected full backup (protected-backup.ts). */
export const PROTECTED_FORMAT = 'lp-checker-log-protected';

/** Reads a backup file's text; throws BackupFormatError (with a zh-TW message) when it is not one. */
export function parseBackup(text: string): LogBackup {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new BackupFormatError('這不是 JSON 檔案，請選擇本擴充功能匯出的備份檔。');
  }
  return readBackup(json);
}

/** A parsed JSON value as a backup of the current version (older versions converted). */
export function readBackup(json: unknown): LogBackup {
  const head = typeof json === 'object' && json !== null ? (json as { format?: unknown; schemaVersion?: unknown }) : {};
  if (head.format === PROTECTED_FORMAT) {
    throw new BackupFormatError('這是含雜湊金鑰、以密碼保護的完整備份，請到「設定」頁的「學校金鑰與完整備份」輸入密碼還原。');
  }
  if (head.format !== BACKUP_FORMAT) throw new BackupFormatError('檔案不是本擴充功能的紀錄備份。');
  const version = head.schemaVersion;
  if (typeof version !== 'number' || !READABLE_VERSIONS.includes(version)) {
    const which = typeof version === 'number' ? `第 ${version} 版` : '版本不明';
    const newer = typeof version === 'number' && version > BACKUP_VERSION ? '，請先更新學習歷程檢核助手' : '';
    throw new BackupFormatError(`這個備份檔是${which}，本擴充功能能讀第 ${READABLE_VERSIONS.join('、')} 版${newer}。沒有匯入任何資料。`);
  }
  // Files before version 4 hold no dismissals.
  const tables = (json as { tables?: unknown }).tables;
  const upgraded = version < 4 && typeof tables === 'object' && tables !== null ? { ...tables, dismissals: [] } : tables;
  const parsed = LogBackup.safeParse({ ...(json as object), tables: upgraded, schemaVersion: BACKUP_VERSION });
  if (!parsed.success) {
    const where = parsed.error.issues[0]?.path.join('.') ?? '';
    throw new BackupFormatError(`備份檔（第 ${version} 版）的內容不完整或有誤（${where}），沒有匯入任何資料。`);
  }
  return parsed.data;
}

export interface RestoreResult {
  /**
   * Whether the restored log was hashed with the key this browser now uses: true when the keys'
   * checks match, false when they differ (earlier problems will not be matched with new checks),
   * null when the file does not say (a version-2 file).
   */
  keyMatches: boolean | null;
}

/**
 * Replaces the whole log with a backup: afterwards the log is exactly what was backed up, but
 * this browser keeps its own hashing key — unless `key` (from a protected full backup) is given.
 * On any failure nothing changes, and the error says so in zh-TW.
 */
export async function restoreLog(db: LogDatabase, backup: LogBackup, key?: { hex: string }, now = Date.now()): Promise<RestoreResult> {
  const theirs = KeyInfo.safeParse(backup.tables.meta.find((row) => row.key === KEY_INFO_KEY)?.value);
  // Key work (Web Crypto) is done before the transaction, which must not wait on anything else.
  const newKey = key ? await keyRows(key.hex, theirs.success ? theirs.data : undefined, now) : null;
  const ourCheck = key ? await keyCheck(key.hex) : (await keyInfo(db)).check;
  await guarded(() =>
    db.transaction('rw', WRITTEN.map((name) => db.table(name)), async () => {
      const ours = newKey ?? (await db.meta.bulkGet([SECRET_KEY, KEY_INFO_KEY])).filter((row) => row !== undefined);
      const rows = { ...backup.tables, visits: await withTerms(db, backup.tables.visits, backup.tables.observations) };
      for (const name of TABLES) {
        await db.table(name).clear();
        if (name !== 'meta') await db.table(name).bulkAdd(rows[name] as never[]);
      }
      await db.meta.bulkPut(backup.tables.meta.filter((row) => row.key !== KEY_INFO_KEY && row.key !== SECRET_KEY));
      await db.meta.bulkPut(ours);
      await rebuildSummaries(db);
      await rebuildProblemSummaries(db);
    }),
  );
  return { keyMatches: theirs.success ? theirs.data.check === ourCheck : null };
}

/** Runs a database write; a failure becomes a BackupError whose zh-TW message says nothing was changed. */
async function guarded<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    throw new BackupError(describeWriteError(error));
  }
}

export interface MergeResult {
  visits: number;
  observations: number;
  findings: number;
  sightings: number;
  duties: number;
  dismissals: number;
  /** as in RestoreResult: whether the other log's findings can be matched with this one's */
  keyMatches: boolean | null;
}

/**
 * Adds another browser's log to this one without counting anything twice: rows already here
 * (same id) are skipped; a finding both logs hold keeps one lifecycle; a duty keeps the later
 * tick; a dismissal that ended in either log is ended. This browser's key and settings are kept. Findings from a browser with another key cannot
 * be matched to this one's (the hash differs), so they stay separate rows: browsers that share
 * the school key match. On any failure nothing changes, and the error says so in zh-TW.
 */
export async function mergeLog(db: LogDatabase, backup: LogBackup): Promise<MergeResult> {
  const t = backup.tables;
  const theirs = KeyInfo.safeParse(t.meta.find((row) => row.key === KEY_INFO_KEY)?.value);
  const keyMatches = theirs.success ? theirs.data.check === (await keyInfo(db)).check : null;
  return guarded(() => db.transaction('rw', WRITTEN.map((name) => db.table(name)), async () => {
    const result: MergeResult = { visits: 0, observations: 0, findings: 0, sightings: 0, duties: 0, dismissals: 0, keyMatches };

    // Visits by uid; their new local ids for the sightings that point at them.
    const visitIds = new Map<number, number>();
    const addedVisits: VisitRow[] = [];
    const addedSightings: SightingRow[] = [];
    for (const visit of await withTerms(db, t.visits, t.observations)) {
      const here = await db.visits.where('uid').equals(visit.uid).first();
      if (here) {
        if (visit.id !== undefined) visitIds.set(visit.id, here.id!);
        continue;
      }
      const { id: oldId, ...rest } = visit;
      const newId = await db.visits.add(rest);
      addedVisits.push({ ...rest, id: newId });
      if (oldId !== undefined) visitIds.set(oldId, newId);
      result.visits += 1;
    }

    // A sighting is one finding on one visit: several visits of a day each keep theirs.
    for (const sighting of t.sightings) {
      const visitId = visitIds.get(sighting.visitId);
      const already =
        visitId === undefined
          ? db.sightings.where('[day+findingKey]').equals([sighting.day, sighting.findingKey]).filter((row) => row.visitId === -1)
          : db.sightings.where('[visitId+findingKey]').equals([visitId, sighting.findingKey]);
      if ((await already.count()) > 0) continue;
      const { id: _id, ...rest } = sighting;
      const row = { ...rest, visitId: visitId ?? -1 };
      await db.sightings.add(row);
      addedSightings.push(row);
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
    await refreshSummaries(db, newObservations.map((o) => o.scope));
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
    // the summaries count the merged findings' states, so they are brought up to date once those are written
    await addChecks(db, addedVisits, addedSightings, t.findings.map((finding) => finding.key));

    for (const duty of t.duties) {
      const here = await db.duties.get(duty.id);
      if (!here || here.updatedAt < duty.updatedAt) {
        await db.duties.put(duty);
        result.duties += 1;
      }
    }

    // A dismissal by id: one another browser saw lapse (its value changed) is lapsed here too.
    for (const dismissal of t.dismissals) {
      const here = await db.dismissals.get(dismissal.id);
      if (!here) {
        await db.dismissals.add(dismissal);
        result.dismissals += 1;
      } else {
        await db.dismissals.put(mergeDismissal(here, dismissal));
      }
    }

    await db.units.bulkPut(t.units);
    for (const person of t.people) {
      const here = await db.people.get(person.name);
      if (!here || here.lastSeen < person.lastSeen) await db.people.put(person);
    }
    if ((await db.tasks.count()) === 0) await db.tasks.bulkPut(t.tasks);
    return result;
  }));
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
