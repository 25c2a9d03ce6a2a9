import type { PageReport } from '@/lib/messaging/protocol';
import { pageCounts } from '@/lib/stats/page-counts';
import { newId, type FindingRow, type LogDatabase, type ObservationRow, type VisitRow } from './database';
import type { KeyedHash } from './secret';
import { refreshSummaries } from './summaries';
import { addChecks } from './problem-summaries';
import { ownTerm } from '@/lib/stats/visit-terms';
import { localDay } from '@/lib/policy/calendar';


/**
 * Writes one page check to the log: the visit, a sighting per finding, the
 * findings' lifecycle (new ones opened, seen ones refreshed, and ones whose
 * record is on the page again without the problem resolved), the page's
 * observations (counts per task / teacher / class / course, each with a stable
 * random id) and the units and people they name. Subjects are stored only as
 * keyed hashes. One transaction: all of it or none.
 */
export async function logVisit(db: LogDatabase, report: PageReport, hash: KeyedHash, at: number): Promise<number> {
  if (report.status === 'unrecognized' || report.pageKind === null) throw new Error('only checked pages are logged');
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

  // A finding marked 「已確認，無需更正」 is not an open error or warning of the visit.
  const counts = pageCounts(report.findings, (finding) => finding.severity, (finding) => finding.dismissed === true);
  // A record's finding of a rule is dismissed when every one of them the page shows is.
  const open = new Set(seen.filter((finding) => finding.dismissed !== true).map((finding) => finding.key));

  return db.transaction('rw', [db.visits, db.findings, db.sightings, db.observations, db.units, db.people, db.slices, db.sliceSteps, db.dailyTotals, db.termFindings, db.termRules, db.pages], async () => {
    const visitUid = newId();
    const visit: VisitRow = {
      uid: visitUid,
      at,
      origin: url.origin,
      path: url.pathname,
      pageKind,
      policyId: report.policyId,
      records: report.subjects.length,
      errors: counts.errors,
      warnings: counts.warnings,
      unread: report.unread ?? 0,
      term: ownTerm(report.observations ?? []),
    };
    const visitId = await db.visits.add(visit);
    const day = localDay(at);
    await writeObservations(db, report.observations ?? [], { visitUid, at, day, origin: url.origin, pageKind });
    const seenKeys = new Set(seen.map((finding) => finding.key));
    const existing = await db.findings.bulkGet([...seenKeys]);
    const byKey = new Map(existing.filter((row): row is FindingRow => row !== undefined).map((row) => [row.key, row]));
    const rows: FindingRow[] = [];
    const written = new Set<string>();
    for (const finding of seen) {
      if (written.has(finding.key)) continue;
      written.add(finding.key);
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
        dismissedAt: open.has(finding.key) ? 0 : before?.resolvedAt === 0 && before.dismissedAt ? before.dismissedAt : at,
      });
    }
    await db.findings.bulkPut(rows);
    const sightings = rows.map((row) => ({ visitId, day, ruleId: row.ruleId, findingKey: row.key }));
    await db.sightings.bulkAdd(sightings);

    // Open findings about records shown on this page that no longer have them are resolved.
    const shown = [...new Set([...subjects, pageSubject])];
    const gone = await db.findings.where('subject').anyOf(shown).filter((row) => row.resolvedAt === 0 && !seenKeys.has(row.key)).toArray();
    await db.findings.bulkPut(gone.map((row) => ({ ...row, resolvedAt: at })));
    await addChecks(db, [{ ...visit, id: visitId }], sightings, gone.map((row) => row.key));
    return visitId;
  });
}

/** The slice an observation's counts describe, as one string (the key of "latest snapshot"). */
export function scopeOf(o: Pick<ObservationRow, 'taskId' | 'year' | 'semester' | 'unit' | 'person' | 'className' | 'course'>): string {
  return [o.taskId, o.year, o.semester, o.unit, o.person, o.className, o.course].join('|');
}

async function writeObservations(
  db: LogDatabase,
  observations: NonNullable<PageReport['observations']>,
  visit: Pick<ObservationRow, 'visitUid' | 'at' | 'day' | 'origin' | 'pageKind'>,
): Promise<void> {
  if (observations.length === 0) return;
  const rows = observations.map((o) => ({ ...o, ...visit, id: newId(), scope: scopeOf(o), folded: 0 }));
  await db.observations.bulkAdd(rows);
  await refreshSummaries(db, rows.map((row) => row.scope));
  const units = [...new Set(observations.map((o) => o.unit).filter(Boolean))];
  await db.units.bulkPut(units.map((name) => ({ name })));
  const people = new Map(observations.filter((o) => o.person).map((o) => [o.person, o.unit]));
  await db.people.bulkPut([...people].map(([name, unit]) => ({ name, unit, lastSeen: visit.at })));
}
