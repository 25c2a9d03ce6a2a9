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
  observations: readonly ObservationTermRow[],
  policy: SchoolPolicy,
): Map<number, Term> {
  return visitTermsFrom(visits, addObservationTerms(newObservationTerms(), observations), policy);
}

type ObservationTermRow = Pick<ObservationRow, 'visitUid' | 'day' | 'origin' | 'pageKind' | 'year' | 'semester'>;

/** The terms observations give: per visit, and per site, kind of page and day (the later row wins). */
export interface ObservationTerms {
  byVisit: Map<string, Term>;
  byDayPage: Map<string, Term>;
}

export function newObservationTerms(): ObservationTerms {
  return { byVisit: new Map(), byDayPage: new Map() };
}

/** Adds observations, in the log's order, to what they say of terms (read a big log a part at a time). */
export function addObservationTerms(terms: ObservationTerms, observations: readonly ObservationTermRow[]): ObservationTerms {
  for (const o of observations) {
    const term = { year: o.year, semester: o.semester };
    if (o.visitUid) terms.byVisit.set(o.visitUid, term);
    terms.byDayPage.set(`${o.origin}\u001f${o.pageKind}\u001f${o.day}`, term);
  }
  return terms;
}

/** visitTerms from the terms the observations give. */
export function visitTermsFrom(visits: readonly Pick<VisitRow, 'id' | 'uid' | 'at' | 'origin' | 'pageKind'>[], { byVisit, byDayPage }: ObservationTerms, policy: SchoolPolicy): Map<number, Term> {
  const terms = new Map<number, Term>();
  for (const visit of visits) {
    if (visit.id === undefined) continue;
    const day = localDay(visit.at);
    const term = byVisit.get(visit.uid) ?? byDayPage.get(`${visit.origin}\u001f${visit.pageKind}\u001f${day}`) ?? termOfDate(policy, day);
    terms.set(visit.id, term);
  }
  return terms;
}
