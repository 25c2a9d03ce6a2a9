import type { FindingRow, SightingRow, VisitRow } from '@/lib/db/database';

export interface RuleSeries {
  ruleId: string;
  /** distinct findings seen on each day of `days` */
  counts: number[];
}

export interface RuleTrend {
  days: string[];
  series: RuleSeries[];
}

/**
 * Distinct findings seen per rule per day (a finding seen on three visits in a
 * day counts once that day). Days run continuously from the first to the last
 * day with a sighting, so gaps show as zero.
 */
export function findingsPerRuleOverTime(sightings: readonly Pick<SightingRow, 'day' | 'ruleId' | 'findingKey'>[]): RuleTrend {
  if (sightings.length === 0) return { days: [], series: [] };
  const perRuleDay = new Map<string, Map<string, Set<string>>>();
  for (const { day, ruleId, findingKey } of sightings) {
    const byDay = perRuleDay.get(ruleId) ?? new Map<string, Set<string>>();
    perRuleDay.set(ruleId, byDay);
    const keys = byDay.get(day) ?? new Set<string>();
    byDay.set(day, keys);
    keys.add(findingKey);
  }
  const sortedDays = [...new Set(sightings.map((s) => s.day))].sort();
  const days = dayRange(sortedDays[0]!, sortedDays.at(-1)!);
  const series = [...perRuleDay.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([ruleId, byDay]) => ({ ruleId, counts: days.map((day) => byDay.get(day)?.size ?? 0) }));
  return { days, series };
}

/** Every calendar day from first to last inclusive, yyyy-mm-dd. */
export function dayRange(first: string, last: string): string[] {
  const days: string[] = [];
  const cursor = new Date(`${first}T00:00:00Z`);
  const end = new Date(`${last}T00:00:00Z`);
  while (cursor <= end) {
    days.push(cursor.toISOString().slice(0, 10));
    cursor.setUTCDate(cursor.getUTCDate() + 1);
  }
  return days;
}

/** One rule's problems in a term: each (record, rule) counted once, however many visits saw it. */
export interface RuleTotal {
  ruleId: string;
  /** distinct problems seen in the term */
  seen: number;
  /** of those, still there on the record's latest check and not marked 「已確認，無需更正」 */
  open: number;
  /** of those, still there but marked 「已確認，無需更正」 (the group reviews them; not open problems) */
  dismissed: number;
  /** of those, gone from a later check of the same record (已改正) */
  fixed: number;
  /** first and last day one of them was seen in the term, yyyy-mm-dd */
  firstSeen: string;
  lastSeen: string;
}

/**
 * Problems per rule in one term, most open first: distinct findings (a finding is one rule on one
 * record, keyed by a hash of both) sighted on checks the term's pages, with the first and last day
 * seen. A finding the log has since seen resolved counts as 已改正, so the group can watch problems go
 * down; one still there but marked 「已確認，無需更正」 counts as 已確認, not as open. `inTerm` tells whether a sighting's check belongs to the chosen term (see visitTerms).
 */
export function totalsByRule(
  findings: readonly Pick<FindingRow, 'key' | 'ruleId' | 'resolvedAt' | 'dismissedAt'>[],
  sightings: readonly Pick<SightingRow, 'visitId' | 'day' | 'ruleId' | 'findingKey'>[],
  inTerm: (visitId: number) => boolean,
): RuleTotal[] {
  const state = findingStates(findings);
  const perRule = new Map<string, { keys: Set<string>; first: string; last: string }>();
  for (const sighting of sightings) {
    if (!inTerm(sighting.visitId)) continue;
    const entry = perRule.get(sighting.ruleId) ?? { keys: new Set<string>(), first: sighting.day, last: sighting.day };
    perRule.set(sighting.ruleId, entry);
    entry.keys.add(sighting.findingKey);
    if (sighting.day < entry.first) entry.first = sighting.day;
    if (sighting.day > entry.last) entry.last = sighting.day;
  }
  return [...perRule.entries()]
    .map(([ruleId, { keys, first, last }]) => {
      const fixed = [...keys].filter((key) => state.get(key) === 'fixed').length;
      const dismissed = [...keys].filter((key) => state.get(key) === 'dismissed').length;
      return { ruleId, seen: keys.size, open: keys.size - fixed - dismissed, dismissed, fixed, firstSeen: first, lastSeen: last };
    })
    .sort(mostOpenFirst);
}

/** Each finding's state: 已改正 once the log has seen it resolved, else 已確認 when marked so, else open. */
export function findingStates(findings: readonly Pick<FindingRow, 'key' | 'resolvedAt' | 'dismissedAt'>[]): Map<string, 'fixed' | 'dismissed' | 'open'> {
  return new Map(findings.map((finding) => [finding.key, finding.resolvedAt !== 0 ? 'fixed' : finding.dismissedAt ? 'dismissed' : 'open']));
}

/** The order of the rule totals: most open first, then most seen, then by rule. */
export function mostOpenFirst(a: RuleTotal, b: RuleTotal): number {
  return b.open - a.open || b.seen - a.seen || a.ruleId.localeCompare(b.ruleId);
}

/**
 * Rows the term's checks read: per page (site and path), the most rows one check of it read — so
 * looking at a page twice counts its rows once, and problems counted once each stay comparable.
 */
export function rowsRead(visits: readonly Pick<VisitRow, 'id' | 'origin' | 'path' | 'records'>[], inTerm: (visitId: number) => boolean): number {
  const perPage = new Map<string, number>();
  for (const visit of visits) {
    if (visit.id === undefined || !inTerm(visit.id)) continue;
    const key = `${visit.origin}${visit.path}`;
    perPage.set(key, Math.max(perPage.get(key) ?? 0, visit.records));
  }
  return [...perPage.values()].reduce((sum, n) => sum + n, 0);
}
