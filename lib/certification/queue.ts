import type { Artifact, PageRecord, Term } from '@/lib/model/records';

/** Uploads waiting for a teacher's 認證, grouped as the popup lists them. */
export interface QueueGroup {
  courseName: string;
  className: string;
  pending: number;
}

export interface CertificationQueue {
  groups: QueueGroup[];
  total: number;
  /** the term the uploads belong to, when the page shows it (most common term) */
  term?: Term;
}

const isArtifact = (record: PageRecord): record is Artifact => record.type === 'artifact';

/**
 * Counts the 未認證 uploads on a certification page by course and class. Only
 * counts and course/class names leave the page; no student is named.
 */
export function certificationQueue(records: readonly PageRecord[]): CertificationQueue {
  const pending = records.filter(isArtifact).filter((record) => record.certStatus === 'pending');
  const byGroup = new Map<string, QueueGroup>();
  for (const record of pending) {
    const courseName = record.courseName ?? record.courseCode ?? '';
    const className = record.className ?? '';
    const key = `${courseName}\u001f${className}`;
    const group = byGroup.get(key) ?? { courseName, className, pending: 0 };
    group.pending += 1;
    byGroup.set(key, group);
  }
  const groups = [...byGroup.values()].sort(
    (a, b) => a.courseName.localeCompare(b.courseName, 'zh-TW') || a.className.localeCompare(b.className, 'zh-TW', { numeric: true }),
  );
  const terms = new Map<string, { term: Term; count: number }>();
  for (const record of records.filter(isArtifact)) {
    if (!record.term) continue;
    const key = `${record.term.year}-${record.term.semester}`;
    terms.set(key, { term: record.term, count: (terms.get(key)?.count ?? 0) + 1 });
  }
  const term = [...terms.values()].sort((a, b) => b.count - a.count)[0]?.term;
  return { groups, total: pending.length, ...(term ? { term } : {}) };
}
