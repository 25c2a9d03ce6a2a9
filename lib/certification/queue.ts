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
  /** readings of this list so far */
  reading?: number;
  /** per row, the reading that last showed it */
  seenIn?: Record<string, number>;
  /** the first reading of the round that has not yet shown as many rows as the list states */
  roundStart?: number;
}

/** Most rows kept for one list, whatever its pages say: the oldest-seen go first. */
export const MAX_QUEUE_ROWS = 20_000;

const isArtifact = (record: PageRecord): record is Artifact => record.type === 'artifact';

/** Queue rows by record object: an unchanged row's record is the same object from one reading to the next, and so is its queue row. */
const queueRowOf = new WeakMap<Artifact, QueueRow>();

/**
 * The rows of one reading of a certification page: a course, class and pending flag per upload (the same row
 * object for the same record object, so a re-check's comparison with the last reading finds it unchanged at once).
 */
export function queueRows(records: readonly PageRecord[]): QueueRow[] {
  return records.filter(isArtifact).map((record) => {
    let row = queueRowOf.get(record);
    if (row === undefined) {
      row = {
        courseName: record.courseName ?? record.courseCode ?? '',
        className: record.className ?? '',
        pending: record.certStatus === 'pending',
        ...(record.certStatus ? { status: record.certStatus } : {}),
        ...(record.teacher ? { teacher: record.teacher } : {}),
        ...(record.certifiedAt ? { certifiedAt: record.certifiedAt } : {}),
        ...(record.term ? { term: record.term } : {}),
      };
      queueRowOf.set(record, row);
    }
    return row;
  });
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
 * Adds one reading to what was seen before on the same list: rows shown now take their current
 * status, rows on other pages of the list keep theirs. A different list starts afresh. Rows that
 * left the list do not stay forever: a reading that shows the whole list replaces what was kept,
 * and once the readings since the last such point (a round) have together shown as many rows as
 * the list states, rows not shown in that round are dropped (an upload certified away, a title
 * changed and so hashed anew). At most MAX_QUEUE_ROWS rows are kept.
 */
export function mergeQueueRows(previous: QueueRows | null, reading: QueueRows): QueueRows {
  const fresh = !previous || previous.pageKey !== reading.pageKey;
  const n = fresh ? 1 : (previous.reading ?? 0) + 1;
  const statedTotal = reading.statedTotal ?? (fresh ? undefined : previous.statedTotal);
  const term = reading.term ?? (fresh ? undefined : previous.term);
  const shown = Object.keys(reading.rows);
  const whole = statedTotal === undefined || shown.length >= statedTotal;
  let rows: Record<string, QueueRow>;
  let seenIn: Record<string, number>;
  let roundStart: number;
  if (fresh || whole) {
    rows = { ...reading.rows };
    seenIn = Object.fromEntries(shown.map((key) => [key, n]));
    roundStart = whole ? n + 1 : n;
  } else {
    rows = { ...previous.rows, ...reading.rows };
    seenIn = { ...previous.seenIn };
    for (const key of shown) seenIn[key] = n;
    roundStart = previous.roundStart ?? n;
    const inRound = Object.keys(rows).filter((key) => (seenIn[key] ?? 0) >= roundStart);
    if (inRound.length >= statedTotal!) {
      rows = Object.fromEntries(inRound.map((key) => [key, rows[key]!]));
      roundStart = n + 1;
    }
  }
  const keys = Object.keys(rows);
  if (keys.length > MAX_QUEUE_ROWS) {
    const newest = keys.sort((a, b) => (seenIn[b] ?? 0) - (seenIn[a] ?? 0)).slice(0, MAX_QUEUE_ROWS);
    rows = Object.fromEntries(newest.map((key) => [key, rows[key]!]));
  }
  return {
    pageKey: reading.pageKey,
    rows,
    ...(statedTotal !== undefined ? { statedTotal } : {}),
    ...(term ? { term } : {}),
    reading: n,
    seenIn: Object.fromEntries(Object.keys(rows).map((key) => [key, seenIn[key] ?? 0])),
    roundStart,
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
