import type { Table } from 'dexie';
import type { VisitRow } from './database';
import type { Dismissal } from '@/lib/dismissals/lifecycle';

type DismissalPage = Pick<Dismissal, 'at' | 'origin' | 'path' | 'pageKind'>;

/**
 * The checks `dismissalTerms` (lib/stats/dismissals.ts) needs to place each dismissal in a term: of the
 * page it was made on, the latest check at or before it, or — when there is none — the first after it.
 * Read through the `at` index, a few checks per dismissal, instead of every check in the log.
 */
export async function checksBesideDismissals(visits: Table<VisitRow, number>, dismissals: readonly DismissalPage[]): Promise<VisitRow[]> {
  const found = new Map<number, VisitRow>();
  for (const dismissal of dismissals) {
    const samePage = (visit: VisitRow) => visit.origin === dismissal.origin && visit.path === dismissal.path && visit.pageKind === dismissal.pageKind;
    const check =
      (await visits.where('at').belowOrEqual(dismissal.at).reverse().filter(samePage).first()) ??
      (await visits.where('at').above(dismissal.at).filter(samePage).first());
    if (check) found.set(check.id!, check);
  }
  return [...found.values()];
}
