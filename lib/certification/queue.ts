import type { Artifact, CertStatus, PageRecord, Term } from '@/lib/model/records';

/** Uploads waiting for a teacher's 認證, grouped as the popup lists them. */
export interface QueueGroup {
  courseName: string;
  className: string;
  pending: number;
}

/**
 * One upload on a certification page, as far as the badge and the dashboard's
 * counts need it: no student named.
 */
export interface QueueRow {
  courseName: string;
  className: string;
  pending: boolean;
  status?: CertStatus;
  teacher?: string;
  certifiedAt?: string;
  term?: Term;
}

/** The upload rows seen on one certification page (all its pages), keyed by a keyed hash of each upload. */
export interface QueueRows {
  /** origin + path of the certification page; its own pages (?page=2) share it */
  pageKey: string;
  rows: Record<string, QueueRow>;
  /** 「共 33 筆」: how many uploads the list says it has */
  statedTotal?: number;
  term?: Term;
}

const isArtifact = (record: PageRecord): record is Artifact => record.type === 'artifact';

/** The rows of one reading of a certification page: a course, class and pending flag per upload. */
export function queueRows(records: readonly PageRecord[]): QueueRow[] {
  return records.filter(isArtifact).map((record) => ({
    courseName: record.courseName ?? record.courseCode ?? '',
    className: record.className ?? '',
    pending: record.certStatus === 'pending',
    ...(record.certStatus ? { status: record.certStatus } : {}),
    ...(record.teacher ? { teacher: record.teacher } : {}),
    ...(record.certifiedAt ? { certifiedAt: record.certifiedAt } : {}),
    ...(record.term ? { term: record.term } : {}),
  }));
}

/**
 * The uploads seen over all the list's pages as records again (course, class,
 * teacher, status — no student, no title), so the dashboard's counts can be
 * taken from a list the server shows a page at a time.
 */
export function recordsFromQueueRows(rows: QueueRows): Artifact[] {
  return Object.values(rows.rows).map((row) => ({
    type: 'artifact',
    kind: 'outcome',
    title: '',
    files: [],
    courseName: row.courseName,
    className: row.className,
    ...(row.status ? { certStatus: row.status } : {}),
    ...(row.teacher ? { teacher: row.teacher } : {}),
    ...(row.certifiedAt ? { certifiedAt: row.certifiedAt } : {}),
    ...(row.term ?? rows.term ? { term: row.term ?? rows.term } : {}),
  }));
}

/** The term most of the page's uploads belong to. */
export function mostCommonTerm(records: readonly PageRecord[]): Term | undefined {
  const terms = new Map<string, { term: Term; count: number }>();
  for (const record of records.filter(isArtifact)) {
    if (!record.term) continue;
    const key = `${record.term.year}-${record.term.semester}`;
    terms.set(key, { term: record.term, count: (terms.get(key)?.count ?? 0) + 1 });
  }
  return [...terms.values()].sort((a, b) => b.count - a.count)[0]?.term;
}

/**
 * Adds one reading to what was seen before on the same page: rows shown now
 * take their current status, rows on other pages of the list keep theirs. A
 * different page starts afresh.
 */
export function mergeQueueRows(previous: QueueRows | null, reading: QueueRows): QueueRows {
  if (!previous || previous.pageKey !== reading.pageKey) return reading;
  return {
    pageKey: reading.pageKey,
    rows: { ...previous.rows, ...reading.rows },
    ...(reading.statedTotal !== undefined || previous.statedTotal !== undefined ? { statedTotal: reading.statedTotal ?? previous.statedTotal } : {}),
    ...(reading.term ?? previous.term ? { term: reading.term ?? previous.term } : {}),
  };
}

export interface CertificationQueue {
  groups: QueueGroup[];
  /** uploads still 未認證 */
  total: number;
  /** rows seen so far, over all the list's pages */
  seenRows: number;
  /** false while pages of the list have not been seen, so `total` may be low */
  complete: boolean;
  term?: Term;
}

/** Counts the 未認證 uploads by course and class. */
export function certificationQueue(rows: QueueRows): CertificationQueue {
  const byGroup = new Map<string, QueueGroup>();
  const all = Object.values(rows.rows);
  for (const row of all.filter((r) => r.pending)) {
    const key = `${row.courseName}\u001f${row.className}`;
    const group = byGroup.get(key) ?? { courseName: row.courseName, className: row.className, pending: 0 };
    group.pending += 1;
    byGroup.set(key, group);
  }
  const groups = [...byGroup.values()].sort(
    (a, b) => a.courseName.localeCompare(b.courseName, 'zh-TW') || a.className.localeCompare(b.className, 'zh-TW', { numeric: true }),
  );
  return {
    groups,
    total: groups.reduce((sum, group) => sum + group.pending, 0),
    seenRows: all.length,
    complete: rows.statedTotal === undefined || all.length >= rows.statedTotal,
    ...(rows.term ? { term: rows.term } : {}),
  };
}
