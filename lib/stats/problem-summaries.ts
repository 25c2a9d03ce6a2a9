import type { FindingRow, SightingRow, VisitRow } from '@/lib/db/database';
import type { Term } from '@/lib/model/records';
import type { SchoolPolicy } from '@/lib/policy/schema';
import { termProblems, type TermProblems } from './problems';
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
 * places them; `termProblemsFromSummary` equals `termProblems` over the raw rows (tests/unit/db/problem-summaries.test.ts).
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

/** What the dashboard reads for one term's 檢核問題 figures. */
export interface ProblemSummary {
  /** the term's rows of `termFindings` */
  termFindings: readonly TermFindingRow[];
  pages: readonly PageRow[];
  /** checks without a term of their own, their sightings, and the counts logged on their days (to place them) */
  unplaced: { visits: readonly VisitRow[]; sightings: readonly SightingRow[]; observations: readonly ObservationTermRow[] };
  /** the findings the term's rows and those sightings name */
  findings: readonly Pick<FindingRow, 'key' | 'ruleId' | 'resolvedAt' | 'dismissedAt'>[];
}

/** The term's 檢核問題 figures from its summary: the same as `termProblems` over every check, sighting and observation. */
export function termProblemsFromSummary(summary: ProblemSummary, term: Term, policy: SchoolPolicy): TermProblems {
  const key = termKey(term);
  const { visits: unplaced, sightings: unplacedSightings, observations } = summary.unplaced;
  // Each page's most rows read in the term stands in as one check, and the term's findings as sightings of
  // check 0; ids below 1 are no real check's.
  const pageChecks = summary.pages
    .filter((page) => page.records[key] !== undefined)
    .map((page, i) => ({ id: -1 - i, uid: '', at: page.at, origin: page.origin, path: page.path, pageKind: 'certification' as const, policyId: '', records: page.records[key]!, errors: 0, warnings: 0, term: key }));
  const sightings = summary.termFindings.flatMap((row) => row.days.map((day) => ({ visitId: 0, day, ruleId: row.ruleId, findingKey: row.findingKey })));
  const checkTerms = visitTermsFrom(unplaced, addObservationTerms(newObservationTerms(), observations), policy);
  for (const check of pageChecks) checkTerms.set(check.id, term);
  checkTerms.set(0, term);
  return termProblems({ visits: [...pageChecks, ...unplaced], sightings: [...sightings, ...unplacedSightings], findings: summary.findings }, checkTerms, term);
}
