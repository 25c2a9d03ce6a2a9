import Dexie, { type Table, type Transaction } from 'dexie';
import type { Severity } from '@/lib/model/finding';
import type { PageKind } from '@/lib/page-kinds';
import type { QueueRows } from '@/lib/certification/queue';
import type { Dismissal } from '@/lib/dismissals/lifecycle';
import { rebuildSummaries, type DailyTotalRow, type SliceRow, type SliceStepsRow } from './summaries';
import { rebuildProblemSummaries } from './problem-summaries';
import type { PageRow, TermFindingRow, TermRuleRow } from '@/lib/stats/problem-summaries';

/** One check of one page. */
export interface VisitRow {
  id?: number;
  /** stable id that survives backup, restore and merge (v2; filled in for v1 rows by the upgrade) */
  uid: string;
  /** ms since epoch */
  at: number;
  origin: string;
  path: string;
  pageKind: PageKind;
  policyId: string;
  records: number;
  errors: number;
  warnings: number;
  /** data rows the page showed that could not be read (never counted as clean); absent in rows logged before it was kept */
  unread?: number;
  /**
   * The term (`year|semester`) of the counts logged with the check — the page's own term, kept so the check's
   * problems stay in it when compaction folds those counts (v6); '' when it logged none (its term then comes
   * from that day's counts of the same page, or the calendar: visitTerms). Absent only in rows before v6.
   */
  term?: string;
}

/**
 * A problem with a lifecycle: first seen, last seen, resolved when a later
 * visit shows the same record without it.
 */
export interface FindingRow {
  /** keyed hash of origin, rule and subject */
  key: string;
  ruleId: string;
  severity: Severity;
  origin: string;
  pageKind: PageKind;
  /** keyed hash of the record's identity (never the 學號 or a name) */
  subject: string;
  firstSeen: number;
  lastSeen: number;
  /** 0 while open (IndexedDB can't index null), else when it was resolved */
  resolvedAt: number;
  /**
   * when it was marked 「已確認，無需更正」 while still there (it counts apart from the open ones);
   * 0 or absent when it is not (never was, the dismissal lapsed or was taken back)
   */
  dismissedAt?: number;
}

/** A finding seen on one visit: the raw material for "per rule over time". */
export interface SightingRow {
  id?: number;
  visitId: number;
  /** local calendar day, yyyy-mm-dd */
  day: string;
  ruleId: string;
  findingKey: string;
}

/**
 * What a staff page showed for one slice of one task at one moment (see PageObservation), or —
 * after compaction — the last such snapshot of a day (`folded` > 0 raw rows folded into it).
 * Counts only; no student appears. `id` is stable across backup, restore and merge.
 */
export interface ObservationRow {
  /** raw: a random UUID made when logged; daily aggregate: `d|<day>|<scope>` */
  id: string;
  /** the visit's uid ('' for a daily aggregate) */
  visitUid: string;
  /** ms since epoch */
  at: number;
  /** local calendar day of `at`, yyyy-mm-dd */
  day: string;
  origin: string;
  pageKind: PageKind;
  /** `taskId|year|semester|unit|person|className|course`: the slice the counts describe */
  scope: string;
  taskId: string;
  year: number;
  semester: 1 | 2;
  unit: string;
  person: string;
  className: string;
  course: string;
  total: number;
  done: number;
  pending: number;
  onTime: number | null;
  due: string;
  /** 0 for a raw observation; n for a daily aggregate made from n raw rows */
  folded: number;
}

/** A unit (處室/組) of the school's task table. */
export interface UnitRow {
  name: string;
}

/** A teacher or staff member the log has seen responsible for a task. Staff names may be stored (DESIGN). */
export interface PersonRow {
  name: string;
  unit: string;
  /** ms since epoch */
  lastSeen: number;
}

/** One row of the school's task table, as the policy gives it. */
export interface TaskRow {
  id: string;
  name: string;
  unit: string;
  /** the table's own wording of the deadline, e.g. 開學日後二週內 */
  deadline: string;
  /** which policy it came from */
  policyId: string;
}

/** The working group's own duties (000 陸, 001 八, 002 九; 003 五), ticked by the secretary. */
export type DutyKind = 'meeting' | 'student-training' | 'teacher-workshop' | 'parent-session';

export interface DutyRow {
  /** `<kind>|<year>|<semester or 0 for a yearly duty>` */
  id: string;
  kind: DutyKind;
  year: number;
  /** 1 or 2 for a duty each term (the meeting); 0 for a duty each school year */
  semester: 0 | 1 | 2;
  /** yyyy-mm-dd it was held; '' while not done */
  doneOn: string;
  note: string;
  /** ms since epoch of the last tick or untick */
  updatedAt: number;
}

/**
 * The uploads seen on a teacher's certification list over all its pages (keyed hashes, no
 * student named). Not part of the log's backups: the next visit of the list makes it again.
 */
export type CertificationListRow = QueueRows;

/** A finding marked 「已確認，無需更正」, with its reason, who and when (lib/dismissals/lifecycle.ts). */
export type DismissalRow = Dismissal;

export interface MetaRow {
  key: string;
  value: unknown;
}

export const DB_NAME = 'lp-checker';

/** The extension's log. Lives in the extension origin; content scripts reach it through the background. */
export class LogDatabase extends Dexie {
  visits!: Table<VisitRow, number>;
  findings!: Table<FindingRow, string>;
  sightings!: Table<SightingRow, number>;
  meta!: Table<MetaRow, string>;
  observations!: Table<ObservationRow, string>;
  units!: Table<UnitRow, string>;
  people!: Table<PersonRow, string>;
  tasks!: Table<TaskRow, string>;
  duties!: Table<DutyRow, string>;
  certification!: Table<CertificationListRow, string>;
  dismissals!: Table<DismissalRow, string>;
  slices!: Table<SliceRow, string>;
  sliceSteps!: Table<SliceStepsRow, string>;
  dailyTotals!: Table<DailyTotalRow, string>;
  termFindings!: Table<TermFindingRow, string>;
  termRules!: Table<TermRuleRow, string>;
  pages!: Table<PageRow, string>;

  constructor(name: string = DB_NAME) {
    super(name);
    this.version(1).stores(V1_STORES);
    // v2: observations (counts per task/teacher/class/course), the school's units, people and task
    // table, the working group's duties; visits get a stable uid and sightings a [day+findingKey]
    // index so merged logs can be de-duplicated.
    this.version(2)
      .stores(V2_STORES)
      .upgrade(async (tx) => {
        await tx
          .table<VisitRow, number>('visits')
          .toCollection()
          .modify((visit) => {
            if (!visit.uid) visit.uid = newId();
          });
      });
    // v3: the teacher's certification list moves here from storage.local (whose 10 MB it could
    // fill); sightings get a [visitId+findingKey] index so a merge tells sightings apart by visit.
    this.version(3).stores(V3_STORES);
    // v4: dismissals (a finding marked 「已確認，無需更正」 with its reason), looked up by the record they are about.
    this.version(4).stores(V4_STORES);
    // v5: summary tables of the completion statistics (lib/db/summaries.ts), built here from the
    // observations already logged, so the dashboard reads a term's slices and daily totals, not every row.
    this.version(5)
      .stores(V5_ADDED_STORES)
      .upgrade(rebuildSummariesIn);
    // v6: each check keeps its term; summary tables of the 檢核問題 figures (lib/db/problem-summaries.ts), so
    // the dashboard reads one term's problems and the pages' latest checks, not every check and observation.
    // The v8 upgrade fills them (and the checks' terms), so a log older than v6 is not summed up twice.
    this.version(6).stores(V6_STORES);
    // v7: the daily totals and slice steps count the items still pending by their deadline, so the trend's
    // 準時率 leaves out items not due yet as the KPI does; made again from the observations (which hold them).
    this.version(7)
      .stores({})
      .upgrade(rebuildSummariesIn);
    // v8: the 檢核問題 counts per term and rule (termRules), kept as findings are seen, resolved and marked, so the
    // dashboard reads a few rows per term instead of every finding of it; termFindings keep the state they count with.
    this.version(8)
      .stores(V8_STORES)
      .upgrade(rebuildProblemSummariesIn);
  }
}

/** The v1 schema exactly as released; kept so tests can write a v1 log and open it with this class. */
export const V1_STORES = {
  visits: '++id, at, origin, pageKind',
  findings: '&key, ruleId, subject, lastSeen, resolvedAt',
  sightings: '++id, visitId, day, ruleId',
  meta: '&key',
} as const;

export const V2_STORES = {
  visits: '++id, &uid, at, origin, pageKind',
  findings: '&key, ruleId, subject, lastSeen, resolvedAt',
  sightings: '++id, visitId, day, ruleId, [day+findingKey]',
  meta: '&key',
  observations: '&id, at, day, scope, [year+semester], taskId, visitUid, folded',
  units: '&name',
  people: '&name, unit',
  tasks: '&id, unit',
  duties: '&id, [year+semester], kind',
} as const;

export const V3_STORES = {
  ...V2_STORES,
  sightings: '++id, visitId, day, ruleId, [day+findingKey], [visitId+findingKey]',
  certification: '&pageKey',
} as const;

/** Only what version 4 adds: Dexie carries the other tables forward. */
export const V4_STORES = {
  dismissals: '&id, subject, ruleId, staffName, at, endedAt',
} as const;

/** What v5 adds (Dexie carries the other tables forward). */
export const V5_ADDED_STORES = {
  slices: '&scope, [year+semester]',
  sliceSteps: '&scope',
  dailyTotals: '&id, [year+semester]',
} as const;

/** What v6 adds or changes (Dexie carries the other tables forward). */
export const V6_STORES = {
  visits: '++id, &uid, at, origin, pageKind, term',
  termFindings: '&id, [year+semester]',
  pages: '&id',
} as const;

/** What v8 adds or changes (Dexie carries the other tables forward). */
export const V8_STORES = {
  termFindings: '&id, [year+semester], findingKey',
  termRules: '&id, [year+semester]',
} as const;

export const SCHEMA_VERSION = 8;

/** A random id that stays with a row through backup, restore and merge. */
export function newId(): string {
  return crypto.randomUUID();
}

/** Makes the completion summary tables again from the observations, inside an upgrade's transaction (v5, v7). */
function rebuildSummariesIn(tx: Transaction): Promise<void> {
  return rebuildSummaries({
    observations: tx.table('observations'),
    slices: tx.table('slices'),
    sliceSteps: tx.table('sliceSteps'),
    dailyTotals: tx.table('dailyTotals'),
    meta: tx.table('meta'),
  });
}

/** Makes the 檢核問題 summary tables again from the checks, sightings and findings, inside an upgrade's transaction (v8). */
function rebuildProblemSummariesIn(tx: Transaction): Promise<void> {
  return rebuildProblemSummaries({
    visits: tx.table('visits'),
    sightings: tx.table('sightings'),
    observations: tx.table('observations'),
    findings: tx.table('findings'),
    termFindings: tx.table('termFindings'),
    termRules: tx.table('termRules'),
    pages: tx.table('pages'),
  });
}
