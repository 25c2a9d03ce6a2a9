import type { VisitRow } from '@/lib/db/database';
import { localDay } from '@/lib/policy/calendar';
import { statusOf, type Dismissal } from '@/lib/dismissals/lifecycle';
import type { Term } from '@/lib/model/records';
import { termOfDate } from '@/lib/policy/calendar';
import type { SchoolPolicy } from '@/lib/policy/schema';

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

type CheckOfPage = Pick<VisitRow, 'id' | 'at' | 'origin' | 'path' | 'pageKind'>;

/**
 * The term each dismissal belongs to, like the problems it is about: the term of the check of the same
 * page (site, path and kind) it was made on — the latest check at or before it, else the first after
 * it (`checkTerms` from visitTerms) — failing any check of that page, its day on the policy's calendar.
 */
export function dismissalTerms(
  dismissals: readonly Pick<Dismissal, 'id' | 'at' | 'origin' | 'path' | 'pageKind'>[],
  checks: readonly CheckOfPage[],
  checkTerms: ReadonlyMap<number, Term>,
  policy: SchoolPolicy,
): Map<string, Term> {
  const pageKey = (row: Pick<CheckOfPage, 'origin' | 'path' | 'pageKind'>) => `${row.origin}\u001f${row.path}\u001f${row.pageKind}`;
  const byPage = new Map<string, CheckOfPage[]>();
  for (const check of checks) {
    if (check.id === undefined || !checkTerms.has(check.id)) continue;
    const list = byPage.get(pageKey(check)) ?? [];
    list.push(check);
    byPage.set(pageKey(check), list);
  }
  for (const list of byPage.values()) list.sort((a, b) => a.at - b.at);
  const terms = new Map<string, Term>();
  for (const dismissal of dismissals) {
    const list = byPage.get(pageKey(dismissal)) ?? [];
    const check = list.filter((c) => c.at <= dismissal.at).at(-1) ?? list[0];
    terms.set(dismissal.id, check ? checkTerms.get(check.id!)! : termOfDate(policy, localDay(dismissal.at)));
  }
  return terms;
}

/** The dismissals of one term, for the dashboard's review: the list newest first and the counts per rule and per person. */
export interface TermDismissals {
  rows: Dismissal[];
  byRule: DismissalTotal[];
  byPerson: DismissalTotal[];
}

export function termDismissals(dismissals: readonly Dismissal[], terms: ReadonlyMap<string, Term>, term: Term): TermDismissals {
  const rows = newestFirst(dismissals.filter((row) => {
    const of = terms.get(row.id);
    return of !== undefined && of.year === term.year && of.semester === term.semester;
  }));
  return { rows, byRule: dismissalTotals(rows, 'ruleId'), byPerson: dismissalTotals(rows, 'staffName') };
}
