import type { FindingRow, SightingRow, VisitRow } from '@/lib/db/database';
import type { Term } from '@/lib/model/records';
import type { SchoolPolicy } from '@/lib/policy/schema';
import { dayRange, dismissalDays, findingStates, mostOpenFirst, type RuleTotal } from './findings-by-rule';
import type { TermProblems } from './problems';
import { addObservationTerms, newObservationTerms, termKey, visitTermsFrom, type ObservationTermRow } from './visit-terms';

/**
 * The 檢核問題 figures kept small (v6), so the dashboard reads one term's problems instead of every check,
 * sighting and observation. Pure. Made from the checks whose term they keep (VisitRow.term):
 *
 * - per term and finding, the days a check of the term saw it (`TermFindingRow`): every figure of the
 *   section counts distinct findings per rule, per day or over the term, so the days say all of it;
 * - per page, its latest check (the rows it left unread) and, per term, the most rows one check read (`PageRow`).
 *
 * Checks without a term of their own (a page that logged no counts) are placed when asked, as visitTerms
 * places them; `termProblemsFromSummary` equals `termProblems` over the raw rows (tests/unit/db/problem-summaries.test.ts,
 * tests/unit/stats/problem-summaries.test.ts).
 */
export interface TermFindingRow {
  /** `year|semester|findingKey` */
  id: string;
  year: number;
  semester: 1 | 2;
  ruleId: string;
  findingKey: string;
  /** days (yyyy-mm-dd, ascending, each once) a check of the term saw the finding */
  days: string[];
}

export interface PageRow {
  /** origin + path, as unreadPages and rowsRead key a page */
  id: string;
  origin: string;
  path: string;
  /** the latest check: when, and the rows it left unread */
  at: number;
  unread: number;
  /** per term (`year|semester`), the most rows one check of the page with that term read */
  records: Record<string, number>;
}

export function pageId(visit: Pick<VisitRow, 'origin' | 'path'>): string {
  return `${visit.origin}${visit.path}`;
}

export function termFindingId(term: string, findingKey: string): string {
  return `${term}|${findingKey}`;
}

/** Adds checks, in the order they were logged, to the page rows (a later check of the same moment is the latest). */
export function addChecksToPages(pages: Map<string, PageRow>, visits: readonly Pick<VisitRow, 'origin' | 'path' | 'at' | 'unread' | 'records' | 'term'>[]): void {
  for (const visit of visits) {
    const id = pageId(visit);
    const page = pages.get(id) ?? { id, origin: visit.origin, path: visit.path, at: visit.at, unread: visit.unread ?? 0, records: {} };
    pages.set(id, page);
    if (visit.at >= page.at) {
      page.at = visit.at;
      page.unread = visit.unread ?? 0;
    }
    if (visit.term) page.records[visit.term] = Math.max(page.records[visit.term] ?? 0, visit.records);
  }
}

/** Adds sightings of checks with a term of their own to the rows of their term's findings. */
export function addSightingsToTerms(rows: Map<string, TermFindingRow>, sightings: readonly (Pick<SightingRow, 'day' | 'ruleId' | 'findingKey'> & { term: string })[]): void {
  for (const { term, day, ruleId, findingKey } of sightings) {
    if (!term) continue;
    const id = termFindingId(term, findingKey);
    const [year, semester] = term.split('|').map(Number) as [number, 1 | 2];
    const row = rows.get(id) ?? { id, year, semester, ruleId, findingKey, days: [] };
    rows.set(id, row);
    if (row.days.includes(day)) continue;
    row.days.push(day);
    row.days.sort();
  }
}

/**
 * What the dashboard reads once for every term's 檢核問題 figures (lib/db/problem-summaries.ts `readProblemLog`),
 * kept while it is open: a term switch reads only that term's `TermFindings`.
 */
export interface ProblemLog {
  pages: readonly PageRow[];
  /** checks without a term of their own, their sightings and findings, and the counts logged on their days (to place them) */
  unplaced: { visits: readonly VisitRow[]; sightings: readonly SightingRow[]; observations: readonly ObservationTermRow[]; findings: readonly FindingState[] };
}

type FindingState = Pick<FindingRow, 'key' | 'resolvedAt' | 'dismissedAt'>;

/** One term's rows of `termFindings`, and the findings they name (for their state). */
export interface TermFindings {
  rows: readonly TermFindingRow[];
  findings: readonly FindingState[];
}

/**
 * The term's 檢核問題 figures from its summary: the same as `termProblems` over every check, sighting and
 * observation. Each termFindings row is one finding of the term with the days it was seen, so the figures
 * are counted from the rows directly (a finding per rule, and per rule and day), not from sightings
 * made up again; the few checks without a term of their own are placed first, and their sightings in the
 * term added to their findings' days.
 */
export function termProblemsFromSummary(summary: ProblemLog, termFindings: TermFindings, term: Term, policy: SchoolPolicy): TermProblems {
  const key = termKey(term);
  const { visits: unplaced, sightings: unplacedSightings, observations } = summary.unplaced;
  const checkTerms = unplaced.length > 0 ? visitTermsFrom(unplaced, addObservationTerms(newObservationTerms(), observations), policy) : new Map<number, Term>();
  const inTerm = (visitId: number) => {
    const of = checkTerms.get(visitId);
    return of !== undefined && of.year === term.year && of.semester === term.semester;
  };
  const found = new Map<string, { ruleId: string; days: readonly string[] }>();
  for (const row of termFindings.rows) if (row.days.length > 0) found.set(row.findingKey, row);
  for (const sighting of unplacedSightings) {
    if (!inTerm(sighting.visitId)) continue;
    const known = found.get(sighting.findingKey);
    if (!known) found.set(sighting.findingKey, { ruleId: sighting.ruleId, days: [sighting.day] });
    else if (!known.days.includes(sighting.day)) found.set(sighting.findingKey, { ruleId: known.ruleId, days: [...known.days, sighting.day] });
  }
  // Rows read: per page, the most one check of the term read (the page row keeps it for checks with a term).
  const perPage = new Map<string, number>();
  for (const page of summary.pages) if (page.records[key] !== undefined) perPage.set(page.id, page.records[key]);
  for (const visit of unplaced) if (visit.id !== undefined && inTerm(visit.id)) perPage.set(pageId(visit), Math.max(perPage.get(pageId(visit)) ?? 0, visit.records));
  const findings = [...termFindings.findings, ...summary.unplaced.findings];
  return { ...problemsOfFindings(found, findingStates(findings), dismissalDays(findings)), rowsRead: [...perPage.values()].reduce((sum, n) => sum + n, 0) };
}

/** The trend and the totals per rule of a term's findings, each once with the days it was seen. */
function problemsOfFindings(
  found: ReadonlyMap<string, { ruleId: string; days: readonly string[] }>,
  state: ReadonlyMap<string, 'fixed' | 'dismissed' | 'open'>,
  dismissedFrom: ReadonlyMap<string, string>,
): Omit<TermProblems, 'rowsRead'> {
  const perRule = new Map<string, { total: RuleTotal; perDay: Map<string, number> }>();
  const dismissedPerDay = new Map<string, number>();
  let first = '';
  let last = '';
  for (const [findingKey, { ruleId, days }] of found) {
    let entry = perRule.get(ruleId);
    if (!entry) perRule.set(ruleId, (entry = { total: { ruleId, seen: 0, open: 0, dismissed: 0, fixed: 0, firstSeen: days[0]!, lastSeen: days[0]! }, perDay: new Map() }));
    const { total, perDay } = entry;
    total.seen++;
    total[state.get(findingKey) ?? 'open']++;
    const from = dismissedFrom.get(findingKey);
    for (const day of days) {
      // from the day it was marked 「已確認，無需更正」 it counts apart, as findingsPerRuleOverTime counts it
      if (from !== undefined && from <= day) dismissedPerDay.set(day, (dismissedPerDay.get(day) ?? 0) + 1);
      else perDay.set(day, (perDay.get(day) ?? 0) + 1);
      if (day < total.firstSeen) total.firstSeen = day;
      if (day > total.lastSeen) total.lastSeen = day;
      if (!first || day < first) first = day;
      if (day > last) last = day;
    }
  }
  if (perRule.size === 0) return { ruleTrend: { days: [], series: [], dismissed: [] }, ruleTotals: [] };
  const days = dayRange(first, last);
  const rules = [...perRule.entries()].sort(([a], [b]) => a.localeCompare(b));
  return {
    ruleTrend: {
      days,
      // a rule with no open day has no series (all its findings were marked before they were seen)
      series: rules.filter(([, { perDay }]) => perDay.size > 0).map(([ruleId, { perDay }]) => ({ ruleId, counts: days.map((day) => perDay.get(day) ?? 0) })),
      dismissed: days.map((day) => dismissedPerDay.get(day) ?? 0),
    },
    ruleTotals: rules.map(([, { total }]) => total).sort(mostOpenFirst),
  };
}
