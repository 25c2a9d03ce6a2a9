import { statusOf, type Dismissal } from '@/lib/dismissals/lifecycle';

/** Dismissals counted for one rule or one person: how many, how many still in force, lapsed, replaced or taken back. */
export interface DismissalTotal {
  /** the rule id or the staff name */
  key: string;
  total: number;
  active: number;
  /** ended because the value changed (已失效) */
  lapsed: number;
  replaced: number;
  /** taken back (「取消確認」) */
  withdrawn: number;
  /** ms since epoch of the latest one */
  last: number;
}

/**
 * Dismissals per rule or per person, for the working group's review: most first, then by name.
 * Pure: the dashboard only shows the result.
 */
export function dismissalTotals(rows: readonly Pick<Dismissal, 'ruleId' | 'staffName' | 'at' | 'endedAt' | 'ended'>[], by: 'ruleId' | 'staffName'): DismissalTotal[] {
  const totals = new Map<string, DismissalTotal>();
  for (const row of rows) {
    const key = row[by];
    let total = totals.get(key);
    if (!total) totals.set(key, (total = { key, total: 0, active: 0, lapsed: 0, replaced: 0, withdrawn: 0, last: 0 }));
    total.total += 1;
    const status = statusOf(row);
    if (status === 'active') total.active += 1;
    else if (status === 'value-changed') total.lapsed += 1;
    else if (status === 'replaced') total.replaced += 1;
    else total.withdrawn += 1;
    total.last = Math.max(total.last, row.at);
  }
  return [...totals.values()].sort((a, b) => b.total - a.total || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** Every dismissal, the newest first (the list the group reads). */
export function newestFirst<T extends Pick<Dismissal, 'at' | 'id'>>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => b.at - a.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
