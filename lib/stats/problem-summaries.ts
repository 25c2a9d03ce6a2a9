import type { FindingRow, SightingRow, VisitRow } from '@/lib/db/database';
import type { Term } from '@/lib/model/records';
import type { SchoolPolicy } from '@/lib/policy/schema';
import { dayRange, dismissalDays, findingStates, mostOpenFirst } from './findings-by-rule';
import type { TermProblems } from './problems';
import { addObservationTerms, newObservationTerms, termKey, visitTermsFrom, type ObservationTermRow } from './visit-terms';

/**
 * The 檢核問題 figures kept small, so the dashboard reads one term's problems instead of every check,
 * sighting, observation and finding. Pure. Made from the checks whose term they keep (VisitRow.term):
 *
 * - per term and finding, the days a check of the term saw it and the state it counts with (`TermFindingRow`, v6;
 *   the state since v8): what a change to the finding or a new day takes out of its rule's counts;
 * - per term and rule, the counts the section shows (`TermRuleRow`, v8): the distinct findings with their state,
 *   and per day those seen that day, open or already marked 「已確認，無需更正」 — so a term is a few rows;
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
  /** the finding's state as its rule's row counts it (v8; absent in rows made before, which v8 makes again) */
  state?: FindingStateName;
  /** the day it was marked 「已確認，無需更正」 as its rule's row counts it, '' when not (v8) */
  dismissedOn?: string;
}

type FindingStateName = 'fixed' | 'dismissed' | 'open';

/** One rule's 檢核問題 counts in one term (v8). */
export interface TermRuleRow {
  /** `year|semester|ruleId` */
  id: string;
  year: number;
  semester: 1 | 2;
  ruleId: string;
  /** distinct findings of the rule the term's checks saw, and of those how many are open, 已確認, 已改正 */
  seen: number;
  open: number;
  dismissed: number;
  fixed: number;
  /** per day, the findings of the rule seen that day and not marked 「已確認，無需更正」 by then (no zero entries) */
  days: Record<string, number>;
  /** per day, the findings of the rule seen that day already marked so (no zero entries) */
  dismissedDays: Record<string, number>;
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

type FindingState = Pick<FindingRow, 'key' | 'resolvedAt' | 'dismissedAt'>;
type PlacedSighting = Pick<SightingRow, 'day' | 'ruleId' | 'findingKey'> & { term: string };

/** Adds sightings of checks with a term of their own to the rows of their term's findings. */
export function addSightingsToTerms(rows: Map<string, TermFindingRow>, sightings: readonly PlacedSighting[]): void {
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

export function termRuleId(year: number, semester: 1 | 2, ruleId: string): string {
  return `${year}|${semester}|${ruleId}`;
}

/** Adds one finding's part (sign 1), or takes it away (-1), to the counts of its term's rule. */
function count(rules: Map<string, TermRuleRow>, finding: Pick<TermFindingRow, 'year' | 'semester' | 'ruleId' | 'days' | 'state' | 'dismissedOn'>, sign: 1 | -1): void {
  if (finding.days.length === 0) return;
  const id = termRuleId(finding.year, finding.semester, finding.ruleId);
  let rule = rules.get(id);
  if (!rule) rules.set(id, (rule = { id, year: finding.year, semester: finding.semester, ruleId: finding.ruleId, seen: 0, open: 0, dismissed: 0, fixed: 0, days: {}, dismissedDays: {} }));
  rule.seen += sign;
  rule[finding.state ?? 'open'] += sign;
  for (const day of finding.days) {
    // from the day it was marked 「已確認，無需更正」 it counts apart, as findingsPerRuleOverTime counts it
    const perDay = finding.dismissedOn && finding.dismissedOn <= day ? rule.dismissedDays : rule.days;
    perDay[day] = (perDay[day] ?? 0) + sign;
  }
}

/** Each finding's state and day of marking as the rule rows count them. */
function countedStates(findings: readonly FindingState[]): (key: string) => Pick<TermFindingRow, 'state' | 'dismissedOn'> {
  const states = findingStates(findings);
  const marked = dismissalDays(findings);
  return (key) => ({ state: states.get(key) ?? 'open', dismissedOn: marked.get(key) ?? '' });
}

/**
 * The change to the term rule rows when the termFindings rows `stored` (as written, each with the state it counts
 * with) get new sightings and take their findings' states as they are now (`findings`: every finding of `stored`
 * and of the sightings; one not there counts as open). Gives the rows to write and the change, per rule row, as
 * signed counts (applyRuleChange).
 */
export function recountTermFindings(stored: readonly TermFindingRow[], sightings: readonly PlacedSighting[], findings: readonly FindingState[]): { rows: TermFindingRow[]; change: Map<string, TermRuleRow> } {
  const change = new Map<string, TermRuleRow>();
  const rows = new Map<string, TermFindingRow>();
  for (const row of stored) {
    count(change, row, -1);
    rows.set(row.id, { ...row, days: [...row.days] });
  }
  addSightingsToTerms(rows, sightings);
  const stateOf = countedStates(findings);
  for (const row of rows.values()) {
    Object.assign(row, stateOf(row.findingKey));
    count(change, row, 1);
  }
  return { rows: [...rows.values()], change };
}

/** The stored rule rows after a change: the rows to write and the ids of rules left without a finding. */
export function applyRuleChange(stored: readonly TermRuleRow[], change: ReadonlyMap<string, TermRuleRow>): { put: TermRuleRow[]; remove: string[] } {
  const rules = new Map(stored.map((row) => [row.id, row]));
  const put: TermRuleRow[] = [];
  const remove: string[] = [];
  for (const [id, delta] of change) {
    const rule = { ...(rules.get(id) ?? { ...delta, seen: 0, open: 0, dismissed: 0, fixed: 0, days: {}, dismissedDays: {} }) };
    for (const field of ['seen', 'open', 'dismissed', 'fixed'] as const) rule[field] += delta[field];
    rule.days = added(rule.days, delta.days);
    rule.dismissedDays = added(rule.dismissedDays, delta.dismissedDays);
    if (rule.seen > 0) put.push(rule);
    else if (rules.has(id)) remove.push(id);
  }
  return { put, remove };
}

function added(counts: Readonly<Record<string, number>>, change: Readonly<Record<string, number>>): Record<string, number> {
  const sum = { ...counts };
  for (const [day, n] of Object.entries(change)) {
    sum[day] = (sum[day] ?? 0) + n;
    if (sum[day] === 0) delete sum[day];
  }
  return sum;
}

/**
 * What the dashboard reads once for every term's 檢核問題 figures (lib/db/problem-summaries.ts `readProblemLog`),
 * with every term's rule rows, kept while it is open: a term switch reads nothing.
 */
export interface ProblemLog {
  pages: readonly PageRow[];
  /**
   * checks without a term of their own, their sightings and findings, the counts logged on their days (to place
   * them), and the termFindings rows of those findings (what the rule rows already count of them)
   */
  unplaced: { visits: readonly VisitRow[]; sightings: readonly SightingRow[]; observations: readonly ObservationTermRow[]; findings: readonly FindingState[]; termFindings: readonly TermFindingRow[] };
}

/**
 * The term's 檢核問題 figures from its rule rows: the same as `termProblems` over every check, sighting and
 * observation. The few checks without a term of their own are placed first; a finding they saw in the term on a
 * day its row does not hold has its part of the counts taken out and put back with those days.
 */
export function termProblemsFromSummary(summary: ProblemLog, rules: readonly TermRuleRow[], term: Term, policy: SchoolPolicy): TermProblems {
  const key = termKey(term);
  const { visits: unplaced, sightings: unplacedSightings, observations } = summary.unplaced;
  const checkTerms = unplaced.length > 0 ? visitTermsFrom(unplaced, addObservationTerms(newObservationTerms(), observations), policy) : new Map<number, Term>();
  const inTerm = (visitId: number) => {
    const of = checkTerms.get(visitId);
    return of !== undefined && of.year === term.year && of.semester === term.semester;
  };
  const placed = unplacedSightings.filter((sighting) => inTerm(sighting.visitId)).map((sighting) => ({ ...sighting, term: key }));
  const stored = summary.unplaced.termFindings.filter((row) => row.year === term.year && row.semester === term.semester && placed.some((sighting) => sighting.findingKey === row.findingKey));
  const { change } = recountTermFindings(stored, placed, summary.unplaced.findings);
  const counted = [...rules.filter((rule) => !change.has(rule.id)), ...applyRuleChange(rules, change).put];
  // Rows read: per page, the most one check of the term read (the page row keeps it for checks with a term).
  const perPage = new Map<string, number>();
  for (const page of summary.pages) if (page.records[key] !== undefined) perPage.set(page.id, page.records[key]);
  for (const visit of unplaced) if (visit.id !== undefined && inTerm(visit.id)) perPage.set(pageId(visit), Math.max(perPage.get(pageId(visit)) ?? 0, visit.records));
  return { ...problemsOfRules(counted), rowsRead: [...perPage.values()].reduce((sum, n) => sum + n, 0) };
}

/** The trend and the totals per rule of a term's rule rows. */
function problemsOfRules(rules: readonly TermRuleRow[]): Omit<TermProblems, 'rowsRead'> {
  const sorted = [...rules].sort((a, b) => a.ruleId.localeCompare(b.ruleId));
  const totals = sorted.map((rule) => {
    const days = [...Object.keys(rule.days), ...Object.keys(rule.dismissedDays)].sort();
    return { ruleId: rule.ruleId, seen: rule.seen, open: rule.open, dismissed: rule.dismissed, fixed: rule.fixed, firstSeen: days[0]!, lastSeen: days.at(-1)! };
  });
  if (totals.length === 0) return { ruleTrend: { days: [], series: [], dismissed: [] }, ruleTotals: [] };
  const days = dayRange(totals.map((total) => total.firstSeen).sort()[0]!, totals.map((total) => total.lastSeen).sort().at(-1)!);
  return {
    ruleTrend: {
      days,
      // a rule with no open day has no series (all its findings were marked before they were seen)
      series: sorted.filter((rule) => Object.keys(rule.days).length > 0).map((rule) => ({ ruleId: rule.ruleId, counts: days.map((day) => rule.days[day] ?? 0) })),
      dismissed: days.map((day) => sorted.reduce((sum, rule) => sum + (rule.dismissedDays[day] ?? 0), 0)),
    },
    ruleTotals: totals.sort(mostOpenFirst),
  };
}
