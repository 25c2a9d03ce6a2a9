import type { ObservationRow, VisitRow } from '@/lib/db/database';
import type { Term } from '@/lib/model/records';
import { termOfDate } from '@/lib/policy/calendar';
import type { SchoolPolicy } from '@/lib/policy/schema';
import { localDay } from '@/lib/db/log-visit';

/**
 * The term each check of a page belongs to, so its problems are counted in the term its data show:
 * the term of the counts logged with the check (they carry the page's own term); for a check logged
 * without counts, the term of counts from the same site and kind of page that day (raw or folded by
 * compaction); failing both — a student's page, a course list — the day of the check placed on the
 * policy's calendar. Pure.
 */
export function visitTerms(
  visits: readonly Pick<VisitRow, 'id' | 'uid' | 'at' | 'origin' | 'pageKind'>[],
  observations: readonly Pick<ObservationRow, 'visitUid' | 'day' | 'origin' | 'pageKind' | 'year' | 'semester'>[],
  policy: SchoolPolicy,
): Map<number, Term> {
  const byVisit = new Map<string, Term>();
  const byDayPage = new Map<string, Term>();
  for (const o of observations) {
    const term = { year: o.year, semester: o.semester };
    if (o.visitUid) byVisit.set(o.visitUid, term);
    byDayPage.set(`${o.origin}\u001f${o.pageKind}\u001f${o.day}`, term);
  }
  const terms = new Map<number, Term>();
  for (const visit of visits) {
    if (visit.id === undefined) continue;
    const day = localDay(visit.at);
    const term = byVisit.get(visit.uid) ?? byDayPage.get(`${visit.origin}\u001f${visit.pageKind}\u001f${day}`) ?? termOfDate(policy, day);
    terms.set(visit.id, term);
  }
  return terms;
}
