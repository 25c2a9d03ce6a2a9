import type { Table } from 'dexie';
import { localDay } from '@/lib/policy/calendar';
import type { FindingRow, ObservationRow, SightingRow, VisitRow } from './database';
import { addChecksToPages, applyRuleChange, recountTermFindings, type PageRow, type ProblemLog, type TermFindingRow, type TermRuleRow } from '@/lib/stats/problem-summaries';
import { ownTerm, termKey } from '@/lib/stats/visit-terms';

/**
 * The summary tables of the 檢核問題 figures (v6, per term and rule since v8), kept up to date wherever checks,
 * sightings and findings' states are written: a visit logged, a finding marked 「已確認」 or taken back, a backup
 * merged or restored. Compaction leaves them as they are (it drops only sightings of a term, day and finding
 * already kept). Every figure comes from lib/stats/problem-summaries.ts; these functions only read and write rows.
 */
export interface ProblemTables {
  visits: Table<VisitRow, number>;
  sightings: Table<SightingRow, number>;
  observations: Table<ObservationRow, string>;
  findings: Table<FindingRow, string>;
  termFindings: Table<TermFindingRow, string>;
  termRules: Table<TermRuleRow, string>;
  pages: Table<PageRow, string>;
}

/** Names of the tables a transaction that writes checks, sightings or findings needs for their summaries. */
export const PROBLEM_SUMMARY_TABLES = ['visits', 'sightings', 'observations', 'findings', 'termFindings', 'termRules', 'pages'] as const;

/** Names of the tables a transaction that changes findings' states needs (recountFindings). */
export const FINDING_COUNT_TABLES = ['findings', 'termFindings', 'termRules'] as const;

/**
 * Adds new checks (with their ids and terms) and new sightings — of those checks or of checks already in
 * the log — to the summaries, and recounts the findings whose state the transaction changed (`changedKeys`).
 * Call it in the transaction that wrote them, after the findings are written.
 */
export async function addChecks(tables: Pick<ProblemTables, 'visits' | 'findings' | 'termFindings' | 'termRules' | 'pages'>, visits: readonly VisitRow[], sightings: readonly SightingRow[], changedKeys: Iterable<string> = []): Promise<void> {
  const given = new Map(visits.map((visit) => [visit.id!, visit]));
  const others = [...new Set(sightings.map((row) => row.visitId).filter((id) => !given.has(id)))];
  for (const visit of await tables.visits.bulkGet(others)) if (visit) given.set(visit.id!, visit);
  const placed = sightings.map((row) => ({ ...row, term: given.get(row.visitId)?.term ?? '' })).filter((row) => row.term);
  const pageIds = [...new Set(visits.map((visit) => `${visit.origin}${visit.path}`))];
  const pages = new Map((await tables.pages.bulkGet(pageIds)).filter((row) => row !== undefined).map((row) => [row.id, row]));
  addChecksToPages(pages, visits);
  await tables.pages.bulkPut([...pages.values()]);
  // every sighting's finding: one seen again on a check without a term is open again in the terms that count it
  await recountFindings(tables, [...changedKeys, ...sightings.map((row) => row.findingKey)], placed);
}

/**
 * Brings the summaries of findings up to date after their states changed (resolved, marked 「已確認」 or taken
 * back), with new sightings `placed` in their terms: their termFindings rows take the new days and states, and
 * their term rule rows the difference. Call it in the transaction that changed them.
 */
export async function recountFindings(tables: Pick<ProblemTables, 'findings' | 'termFindings' | 'termRules'>, keys: Iterable<string>, placed: readonly (SightingRow & { term: string })[] = []): Promise<void> {
  const unique = [...new Set(keys)];
  if (unique.length === 0) return;
  const [stored, findings] = await Promise.all([tables.termFindings.where('findingKey').anyOf(unique).toArray(), tables.findings.bulkGet(unique)]);
  const { rows, change } = recountTermFindings(stored, placed, findings.filter((row) => row !== undefined));
  const { put, remove } = applyRuleChange((await tables.termRules.bulkGet([...change.keys()])).filter((row) => row !== undefined), change);
  await Promise.all([tables.termFindings.bulkPut(rows), tables.termRules.bulkPut(put), tables.termRules.bulkDelete(remove)]);
}

/**
 * Gives checks logged before v6 (or read from an older backup) the term of the counts logged with them
 * (`ownTerm`), from `observations` when given, else from the log's.
 */
export async function withTerms(tables: Pick<ProblemTables, 'observations'>, visits: readonly VisitRow[], observations?: readonly ObservationRow[]): Promise<VisitRow[]> {
  const missing = visits.filter((visit) => visit.term === undefined).map((visit) => visit.uid);
  if (missing.length === 0) return [...visits];
  const rows = observations ?? (await tables.observations.where('visitUid').anyOf(missing).toArray());
  const byVisit = new Map<string, ObservationRow[]>();
  for (const row of rows) byVisit.set(row.visitUid, [...(byVisit.get(row.visitUid) ?? []), row]);
  return visits.map((visit) => (visit.term === undefined ? { ...visit, term: ownTerm(byVisit.get(visit.uid) ?? []) } : visit));
}

/** Makes the summaries again from every check, sighting and finding (the v8 upgrade, a restore, a log written around them). */
export async function rebuildProblemSummaries(tables: ProblemTables): Promise<void> {
  const stored = await tables.visits.toArray();
  const visits = await withTerms(tables, stored);
  const filled = visits.filter((_visit, i) => stored[i]!.term === undefined);
  if (filled.length > 0) await tables.visits.bulkPut(filled);
  const termOf = new Map(visits.map((visit) => [visit.id!, visit.term ?? '']));
  const pages = new Map<string, PageRow>();
  addChecksToPages(pages, visits);
  const placed = (await tables.sightings.toArray()).map((row) => ({ ...row, term: termOf.get(row.visitId) ?? '' }));
  const { rows, change } = recountTermFindings([], placed, await tables.findings.toArray());
  await Promise.all([tables.pages.clear(), tables.termFindings.clear(), tables.termRules.clear()]);
  await Promise.all([tables.pages.bulkPut([...pages.values()]), tables.termFindings.bulkPut(rows), tables.termRules.bulkPut(applyRuleChange([], change).put)]);
}

/**
 * What the dashboard reads once for every term's 檢核問題 figures: every page row and the few checks without a
 * term of their own, with their sightings, their findings and their days' counts (to place them).
 */
export async function readProblemLog(db: Pick<ProblemTables, 'visits' | 'sightings' | 'observations' | 'findings' | 'termFindings' | 'pages'>): Promise<ProblemLog> {
  const [pages, unplacedVisits] = await Promise.all([db.pages.toArray(), db.visits.where('term').equals('').toArray()]);
  const days = [...new Set(unplacedVisits.map((visit) => localDay(visit.at)))];
  const [sightings, observations] = unplacedVisits.length
    ? await Promise.all([db.sightings.where('visitId').anyOf(unplacedVisits.map((visit) => visit.id!)).toArray(), db.observations.where('day').anyOf(days).toArray()])
    : [[], []];
  const keys = [...new Set(sightings.map((row) => row.findingKey))];
  const [findings, termFindings] = keys.length ? await Promise.all([db.findings.bulkGet(keys), db.termFindings.where('findingKey').anyOf(keys).toArray()]) : [[], []];
  return { pages, unplaced: { visits: unplacedVisits, sightings, observations, findings: findings.filter((row) => row !== undefined), termFindings } };
}

/** Every term's rule rows (a few per term), by `termKey`: held by the dashboard, so a term switch reads nothing. */
export async function readTermRules(db: Pick<ProblemTables, 'termRules'>): Promise<Map<string, TermRuleRow[]>> {
  const byTerm = new Map<string, TermRuleRow[]>();
  for (const row of await db.termRules.toArray()) {
    const key = termKey(row);
    byTerm.set(key, [...(byTerm.get(key) ?? []), row]);
  }
  return byTerm;
}
