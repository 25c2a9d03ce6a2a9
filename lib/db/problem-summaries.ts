import type { Table } from 'dexie';
import { localDay } from '@/lib/policy/calendar';
import type { FindingRow, ObservationRow, SightingRow, VisitRow } from './database';
import type { Term } from '@/lib/model/records';
import { addChecksToPages, addSightingsToTerms, termFindingId, type PageRow, type ProblemLog, type TermFindingRow, type TermFindings } from '@/lib/stats/problem-summaries';
import { ownTerm } from '@/lib/stats/visit-terms';

/**
 * The summary tables of the 檢核問題 figures (v6), kept up to date wherever checks and sightings are
 * written: a visit logged, a backup merged or restored. Compaction leaves them as they are (it drops only
 * sightings of a term, day and finding already kept). Every figure comes from lib/stats/problem-summaries.ts;
 * these functions only read and write rows.
 */
export interface ProblemTables {
  visits: Table<VisitRow, number>;
  sightings: Table<SightingRow, number>;
  observations: Table<ObservationRow, string>;
  termFindings: Table<TermFindingRow, string>;
  pages: Table<PageRow, string>;
}

/** Names of the tables a transaction that writes checks or sightings needs for their summaries. */
export const PROBLEM_SUMMARY_TABLES = ['visits', 'sightings', 'observations', 'termFindings', 'pages'] as const;

/**
 * Adds new checks (with their ids and terms) and new sightings — of those checks or of checks already in
 * the log — to the summaries. Call it in the transaction that wrote them.
 */
export async function addChecks(tables: Pick<ProblemTables, 'visits' | 'termFindings' | 'pages'>, visits: readonly VisitRow[], sightings: readonly SightingRow[]): Promise<void> {
  const given = new Map(visits.map((visit) => [visit.id!, visit]));
  const others = [...new Set(sightings.map((row) => row.visitId).filter((id) => !given.has(id)))];
  for (const visit of await tables.visits.bulkGet(others)) if (visit) given.set(visit.id!, visit);
  const placed = sightings.map((row) => ({ ...row, term: given.get(row.visitId)?.term ?? '' })).filter((row) => row.term);
  const pageIds = [...new Set(visits.map((visit) => `${visit.origin}${visit.path}`))];
  const findingIds = [...new Set(placed.map((row) => termFindingId(row.term, row.findingKey)))];
  const [storedPages, storedFindings] = await Promise.all([tables.pages.bulkGet(pageIds), tables.termFindings.bulkGet(findingIds)]);
  const pages = new Map(storedPages.filter((row) => row !== undefined).map((row) => [row.id, row]));
  const findings = new Map(storedFindings.filter((row) => row !== undefined).map((row) => [row.id, row]));
  addChecksToPages(pages, visits);
  addSightingsToTerms(findings, placed);
  await Promise.all([tables.pages.bulkPut([...pages.values()]), tables.termFindings.bulkPut([...findings.values()])]);
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

/** Makes the summaries again from every check and sighting (the v6 upgrade, a restore, a log written around them). */
export async function rebuildProblemSummaries(tables: ProblemTables): Promise<void> {
  const stored = await tables.visits.toArray();
  const visits = await withTerms(tables, stored);
  const filled = visits.filter((_visit, i) => stored[i]!.term === undefined);
  if (filled.length > 0) await tables.visits.bulkPut(filled);
  const termOf = new Map(visits.map((visit) => [visit.id!, visit.term ?? '']));
  const pages = new Map<string, PageRow>();
  const findings = new Map<string, TermFindingRow>();
  addChecksToPages(pages, visits);
  addSightingsToTerms(findings, (await tables.sightings.toArray()).map((row) => ({ ...row, term: termOf.get(row.visitId) ?? '' })));
  await Promise.all([tables.pages.clear(), tables.termFindings.clear()]);
  await Promise.all([tables.pages.bulkPut([...pages.values()]), tables.termFindings.bulkPut([...findings.values()])]);
}

/**
 * What the dashboard reads once for every term's 檢核問題 figures: every page row and the few checks without a
 * term of their own, with their sightings, their findings and their days' counts (to place them).
 */
export async function readProblemLog(db: Pick<ProblemTables, 'visits' | 'sightings' | 'observations' | 'pages'> & { findings: Table<FindingRow, string> }): Promise<ProblemLog> {
  const [pages, unplacedVisits] = await Promise.all([db.pages.toArray(), db.visits.where('term').equals('').toArray()]);
  const days = [...new Set(unplacedVisits.map((visit) => localDay(visit.at)))];
  const [sightings, observations] = unplacedVisits.length
    ? await Promise.all([db.sightings.where('visitId').anyOf(unplacedVisits.map((visit) => visit.id!)).toArray(), db.observations.where('day').anyOf(days).toArray()])
    : [[], []];
  const findings = (await db.findings.bulkGet([...new Set(sightings.map((row) => row.findingKey))])).filter((row) => row !== undefined);
  return { pages, unplaced: { visits: unplacedVisits, sightings, observations, findings } };
}

/** The term's rows of `termFindings` and their findings: what a term switch reads. */
export async function readTermFindings(db: Pick<ProblemTables, 'termFindings'> & { findings: Table<FindingRow, string> }, term: Term): Promise<TermFindings> {
  const rows = await db.termFindings.where('[year+semester]').equals([term.year, term.semester]).toArray();
  const findings = (await db.findings.bulkGet(rows.map((row) => row.findingKey))).filter((row) => row !== undefined);
  return { rows, findings };
}
