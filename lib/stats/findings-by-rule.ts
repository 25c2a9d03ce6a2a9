import type { FindingRow, SightingRow } from '@/lib/db/database';

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

export interface RuleTotal {
  ruleId: string;
  open: number;
  resolved: number;
  /** ms since epoch; 0 if never */
  lastSeen: number;
}

/** Open and resolved findings per rule, most open first. */
export function totalsByRule(findings: readonly Pick<FindingRow, 'ruleId' | 'resolvedAt' | 'lastSeen'>[]): RuleTotal[] {
  const totals = new Map<string, RuleTotal>();
  for (const finding of findings) {
    const total = totals.get(finding.ruleId) ?? { ruleId: finding.ruleId, open: 0, resolved: 0, lastSeen: 0 };
    if (finding.resolvedAt === 0) total.open += 1;
    else total.resolved += 1;
    total.lastSeen = Math.max(total.lastSeen, finding.lastSeen);
    totals.set(finding.ruleId, total);
  }
  return [...totals.values()].sort((a, b) => b.open - a.open || a.ruleId.localeCompare(b.ruleId));
}
