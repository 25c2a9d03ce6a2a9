import type { FindingRow, SightingRow, VisitRow } from '@/lib/db/database';
import type { Term } from '@/lib/model/records';
import { findingsPerRuleOverTime, rowsRead, totalsByRule, type RuleTotal, type RuleTrend } from './findings-by-rule';

/** The dashboard's 檢核問題 section for one term. */
export interface TermProblems {
  ruleTrend: RuleTrend;
  ruleTotals: RuleTotal[];
  /** rows the term's checks read (see rowsRead) */
  rowsRead: number;
}

/**
 * The problems of the checks that belong to `term` (`checkTerms` from visitTerms). Pure: the same
 * figures the section always showed, from the same functions, gathered in one place so they can be
 * computed off the page's thread.
 */
export function termProblems(
  log: { visits: readonly VisitRow[]; sightings: readonly SightingRow[]; findings: readonly Pick<FindingRow, 'key' | 'ruleId' | 'resolvedAt' | 'dismissedAt'>[] },
  checkTerms: ReadonlyMap<number, Term>,
  term: Term,
): TermProblems {
  const inTerm = (visitId: number) => {
    const of = checkTerms.get(visitId);
    return of !== undefined && of.year === term.year && of.semester === term.semester;
  };
  const sightings = log.sightings.filter((sighting) => inTerm(sighting.visitId));
  return {
    ruleTrend: findingsPerRuleOverTime(sightings, log.findings),
    ruleTotals: totalsByRule(log.findings, sightings, () => true),
    rowsRead: rowsRead(log.visits, inTerm),
  };
}
