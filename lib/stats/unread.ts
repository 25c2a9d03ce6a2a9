import type { VisitRow } from '@/lib/db/database';

/** A page whose latest check left data rows unread. */
export interface UnreadPage {
  origin: string;
  path: string;
  unread: number;
  /** ms since epoch of that latest check */
  at: number;
}

/**
 * The rows the statistics could not include: per page (origin + path), its latest check's unread rows.
 * A page read in full later counts no more. Pure: the dashboard only shows the result.
 */
export function unreadPages(visits: readonly Pick<VisitRow, 'origin' | 'path' | 'at' | 'unread'>[]): { total: number; pages: UnreadPage[] } {
  const latest = new Map<string, Pick<VisitRow, 'origin' | 'path' | 'at' | 'unread'>>();
  for (const visit of visits) {
    const key = `${visit.origin}${visit.path}`;
    const known = latest.get(key);
    if (!known || visit.at >= known.at) latest.set(key, visit);
  }
  const pages = [...latest.values()]
    .filter((visit) => (visit.unread ?? 0) > 0)
    .map(({ origin, path, at, unread }) => ({ origin, path, at, unread: unread ?? 0 }))
    .sort((a, b) => b.unread - a.unread || a.path.localeCompare(b.path));
  return { total: pages.reduce((sum, page) => sum + page.unread, 0), pages };
}
