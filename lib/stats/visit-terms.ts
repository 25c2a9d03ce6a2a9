import type { ObservationRow, VisitRow } from '@/lib/db/database';
import type { Term } from '@/lib/model/records';
import { termOfDate } from '@/lib/policy/calendar';
import type { SchoolPolicy } from '@/lib/policy/schema';
import { localDay } from '@/lib/policy/calendar';

/** A term as one string, `year|semester` (VisitRow.term). */
export function termKey(term: Term): string {
  return `${term.year}|${term.semester}`;
}

/**
 * The term a check keeps (VisitRow.term): the term of the counts logged with it, the newest when a page
 * showed several; '' when it logged none.
 */
export function ownTerm(observations: readonly Pick<ObservationRow, 'year' | 'semester'>[]): string {
  let newest: Term | undefined;
  for (const { year, semester } of observations) if (!newest || year > newest.year || (year === newest.year && semester > newest.semester)) newest = { year, semester };
  return newest ? termKey(newest) : '';
}

/** The terms checks keep (VisitRow.term), by check id; a check that kept none ('') is left out. */
export function keptTerms(checks: readonly Pick<VisitRow, 'id' | 'term'>[]): Map<number, Term> {
  const terms = new Map<number, Term>();
  for (const { id, term } of checks) {
    if (id === undefined || !term) continue;
    const [year, semester] = term.split('|').map(Number) as [number, 1 | 2];
    terms.set(id, { year, semester });
  }
  return terms;
}

type CheckRow = Pick<VisitRow, 'id' | 'uid' | 'at' | 'origin' | 'pageKind' | 'term'>;

/**
 * The term each check of a page belongs to, so its problems are counted in the term its data show:
 * the term the check keeps (the counts logged with it carry the page's own term; for a check logged
 * before v6, those counts); for a check logged without counts, the term of the latest counts from the
 * same site and kind of page that day (raw or folded by compaction, which keeps each slice's latest of
 * the day); failing both — a student's page, a course list — the day of the check placed on the
 * policy's calendar. Pure.
 */
export function visitTerms(
  visits: readonly CheckRow[],
  observations: readonly ObservationTermRow[],
  policy: SchoolPolicy,
): Map<number, Term> {
  return visitTermsFrom(visits, addObservationTerms(newObservationTerms(), observations), policy);
}

export type ObservationTermRow = Pick<ObservationRow, 'visitUid' | 'at' | 'scope' | 'day' | 'origin' | 'pageKind' | 'year' | 'semester'>;

/**
 * The terms observations give: per visit, and per site, kind of page and day — the latest row's (by time,
 * then slice: the order compaction keeps, whatever the rows' ids).
 */
export interface ObservationTerms {
  byVisit: Map<string, Term>;
  byDayPage: Map<string, Term & Pick<ObservationRow, 'at' | 'scope'>>;
}

export function newObservationTerms(): ObservationTerms {
  return { byVisit: new Map(), byDayPage: new Map() };
}

/** Adds observations to what they say of terms (read a big log a part at a time, in any order). */
export function addObservationTerms(terms: ObservationTerms, observations: readonly ObservationTermRow[]): ObservationTerms {
  for (const o of observations) {
    if (o.visitUid) terms.byVisit.set(o.visitUid, ownTermOf(terms.byVisit.get(o.visitUid), o));
    const key = `${o.origin}\u001f${o.pageKind}\u001f${o.day}`;
    const known = terms.byDayPage.get(key);
    if (!known || o.at > known.at || (o.at === known.at && o.scope > known.scope)) terms.byDayPage.set(key, { year: o.year, semester: o.semester, at: o.at, scope: o.scope });
  }
  return terms;
}

function ownTermOf(known: Term | undefined, o: Term): Term {
  return known && (known.year > o.year || (known.year === o.year && known.semester >= o.semester)) ? known : { year: o.year, semester: o.semester };
}

/** visitTerms from the terms the observations give. */
export function visitTermsFrom(visits: readonly CheckRow[], { byVisit, byDayPage }: ObservationTerms, policy: SchoolPolicy): Map<number, Term> {
  const terms = new Map<number, Term>();
  for (const visit of visits) {
    if (visit.id === undefined) continue;
    const day = localDay(visit.at);
    const kept = visit.term ? termOf(visit.term) : undefined;
    const page = byDayPage.get(`${visit.origin}\u001f${visit.pageKind}\u001f${day}`);
    const term = kept ?? byVisit.get(visit.uid) ?? (page && { year: page.year, semester: page.semester }) ?? termOfDate(policy, day);
    terms.set(visit.id, term);
  }
  return terms;
}

function termOf(key: string): Term {
  const [year, semester] = key.split('|').map(Number) as [number, 1 | 2];
  return { year, semester };
}
