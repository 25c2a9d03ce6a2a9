import type { PageReport } from '@/lib/messaging/protocol';
import type { FindingRow, LogDatabase } from './database';
import type { KeyedHash } from './secret';

/** Local calendar day of a moment, yyyy-mm-dd. */
export function localDay(at: number): string {
  const date = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * Writes one page check to the log: the visit, a sighting per finding, the
 * findings' lifecycle (new ones opened, seen ones refreshed, and ones whose
 * record is on the page again without the problem resolved). Subjects are
 * stored only as keyed hashes. One transaction: all of it or none.
 */
export async function logVisit(db: LogDatabase, report: PageReport, hash: KeyedHash, at: number): Promise<number> {
  if (report.status !== 'checked' || report.pageKind === null) throw new Error('only checked pages are logged');
  const pageKind = report.pageKind;
  const url = new URL(report.url);
  const subjects = await Promise.all(report.subjects.map((subject) => hash(`${url.origin}\u001f${subject}`)));
  const pageSubject = await hash(`${url.origin}\u001f${url.pathname}\u001fpage`);
  const seen = await Promise.all(
    report.findings.map(async (finding) => {
      const subject = finding.recordIndex === null ? pageSubject : subjects[finding.recordIndex];
      if (subject === undefined) throw new Error(`finding refers to record ${finding.recordIndex}, which was not sent`);
      return { ...finding, subject, key: await hash(`${url.origin}\u001f${finding.ruleId}\u001f${subject}`) };
    }),
  );

  return db.transaction('rw', [db.visits, db.findings, db.sightings], async () => {
    const visitId = await db.visits.add({
      at,
      origin: url.origin,
      path: url.pathname,
      pageKind,
      policyId: report.policyId,
      records: report.subjects.length,
      errors: report.findings.filter((f) => f.severity === 'error').length,
      warnings: report.findings.filter((f) => f.severity === 'warning').length,
    });
    const day = localDay(at);
    const seenKeys = new Set(seen.map((finding) => finding.key));
    const existing = await db.findings.bulkGet([...seenKeys]);
    const byKey = new Map(existing.filter((row): row is FindingRow => row !== undefined).map((row) => [row.key, row]));
    const rows: FindingRow[] = [];
    for (const finding of seen) {
      if (rows.some((row) => row.key === finding.key)) continue;
      const before = byKey.get(finding.key);
      rows.push({
        key: finding.key,
        ruleId: finding.ruleId,
        severity: finding.severity,
        origin: url.origin,
        pageKind,
        subject: finding.subject,
        firstSeen: before && before.resolvedAt === 0 ? before.firstSeen : at,
        lastSeen: at,
        resolvedAt: 0,
      });
    }
    await db.findings.bulkPut(rows);
    await db.sightings.bulkAdd(rows.map((row) => ({ visitId, day, ruleId: row.ruleId, findingKey: row.key })));

    // Open findings about records shown on this page that no longer have them are resolved.
    const shown = [...new Set([...subjects, pageSubject])];
    const open = await db.findings.where('subject').anyOf(shown).filter((row) => row.resolvedAt === 0 && !seenKeys.has(row.key)).toArray();
    await db.findings.bulkPut(open.map((row) => ({ ...row, resolvedAt: at })));
    return visitId;
  });
}
