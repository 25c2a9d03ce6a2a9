import type { FindingRow, SightingRow, VisitRow } from '@/lib/db/database';
import { isoDateOf } from '@/lib/policy/calendar';

export interface RuleSeries {
  ruleId: string;
  /** distinct findings seen on each day of `days`, not marked 「已確認，無需更正」 by then */
  counts: number[];
}

export interface RuleTrend {
  days: string[];
  /** open problems per rule (a rule whose findings were all marked 「已確認，無需更正」 has none) */
  series: RuleSeries[];
  /**
   * distinct findings seen on each day of `days` that were marked 「已確認，無需更正」 on or before that day,
   * of any rule: counted apart, not as problems, as the 檢核問題 table counts them
   */
  dismissed: number[];
}

/**
 * Distinct findings seen per rule per day (a finding seen on three visits in a day counts once that
 * day). Days run continuously from the first to the last day with a sighting, so gaps show as zero.
 * A finding counts apart (`dismissed`) on the days from the one it was marked 「已確認，無需更正」 on
 * (its `dismissedAt`, the user's own day); before that day it was an open problem. The log keeps
 * one dismissal time per finding, so once a dismissal lapses or is taken back, its days count as open again.
 */
export function findingsPerRuleOverTime(
  sightings: readonly Pick<SightingRow, 'day' | 'ruleId' | 'findingKey'>[],
  findings: readonly Pick<FindingRow, 'key' | 'dismissedAt'>[],
): RuleTrend {
  if (sightings.length === 0) return { days: [], series: [], dismissed: [] };
  const dismissedFrom = dismissalDays(findings);
  const perRuleDay = new Map<string, Map<string, Set<string>>>();
  const dismissedPerDay = new Map<string, Set<string>>();
  for (const { day, ruleId, findingKey } of sightings) {
    const from = dismissedFrom.get(findingKey);
    if (from !== undefined && from <= day) {
      add(dismissedPerDay, day, findingKey);
      continue;
    }
    const byDay = perRuleDay.get(ruleId) ?? new Map<string, Set<string>>();
    perRuleDay.set(ruleId, byDay);
    add(byDay, day, findingKey);
  }
  const sortedDays = [...new Set(sightings.map((s) => s.day))].sort();
  const days = dayRange(sortedDays[0]!, sortedDays.at(-1)!);
  const series = [...perRuleDay.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([ruleId, byDay]) => ({ ruleId, counts: days.map((day) => byDay.get(day)?.size ?? 0) }));
  return { days, series, dismissed: days.map((day) => dismissedPerDay.get(day)?.size ?? 0) };
}

/** Each marked finding's day of marking (yyyy-mm-dd, the user's own day), from which it counts apart. */
export function dismissalDays(findings: readonly Pick<FindingRow, 'key' | 'dismissedAt'>[]): Map<string, string> {
  return new Map(findings.filter((finding) => finding.dismissedAt).map((finding) => [finding.key, isoDateOf(new Date(finding.dismissedAt!))]));
}

function add(byDay: Map<string, Set<string>>, day: string, key: string): void {
  const keys = byDay.get(day) ?? new Set<string>();
  byDay.set(day, keys);
  keys.add(key);
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
