import type { RuleFamily, Severity } from '@/lib/model/finding';

/**
 * The summary list as data: each finding an item naming its row, grouped by row or by rule, filtered
 * by severity and rule family, with counts. Pure: the panel draws what `arrange` returns.
 */

export type GroupBy = 'row' | 'rule';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
export const FAMILIES: readonly RuleFamily[] = ['quota', 'format', 'course', 'cert', 'schedule', 'identity'];

export interface PanelItem {
  /** the mark key: what `onGoto` is told */
  key: string;
  severity: Severity;
  ruleId: string;
  /** the rule's title, the heading of its group when grouped by rule */
  ruleTitle: string;
  /** the row's name (「302 班 座號 7 蔡彥恆」); '' for a finding about the page as a whole */
  rowName: string;
  /** the row's place on the page (its record index); -1 for the page as a whole */
  rowOrder: number;
  /** the item's words: severity, row name and message */
  text: string;
  /** marked 「已確認，無需更正」: listed greyed, with its reason in the words */
  dismissed?: true;
}

/** What is hidden: a severity or family in these sets is left out of the list. */
export interface Filters {
  hiddenSeverities: ReadonlySet<Severity>;
  hiddenFamilies: ReadonlySet<string>;
}

export type Entry =
  | { kind: 'group'; key: string; title: string; count: number }
  | { kind: 'item'; key: string; item: PanelItem };

export interface Arranged {
  /** group headings and items, in the order they are listed */
  entries: Entry[];
  /** the items shown, in list order: what next / previous move through */
  shown: PanelItem[];
  /** every item's count per severity and per family, whatever the filters */
  bySeverity: Record<Severity, number>;
  byFamily: Record<string, number>;
}

/** A rule id's family: the part before its first dot (`format.summary.too-long` → `format`). */
export function familyOf(ruleId: string): string {
  const dot = ruleId.indexOf('.');
  return dot < 0 ? ruleId : ruleId.slice(0, dot);
}

/**
 * Groups, filters and counts the items. Grouped by row, groups follow the page's rows (the page as a
 * whole first) and `pageTitle` heads the page-level group; grouped by rule, groups follow the order
 * rules first appear. Within a group, items keep the page's order.
 */
export function arrange(items: readonly PanelItem[], groupBy: GroupBy, filters: Filters, pageTitle: string): Arranged {
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const byFamily: Record<string, number> = {};
  const groups = new Map<string, { title: string; order: number; items: PanelItem[] }>();
  items.forEach((item, position) => {
    bySeverity[item.severity] += 1;
    const family = familyOf(item.ruleId);
    byFamily[family] = (byFamily[family] ?? 0) + 1;
    if (filters.hiddenSeverities.has(item.severity) || filters.hiddenFamilies.has(family)) return;
    const key = groupBy === 'row' ? `row\u001f${item.rowOrder}` : `rule\u001f${item.ruleId}`;
    let group = groups.get(key);
    if (!group) {
      const title = groupBy === 'row' ? item.rowName || pageTitle : item.ruleTitle;
      groups.set(key, (group = { title, order: groupBy === 'row' ? item.rowOrder : position, items: [] }));
    }
    group.items.push(item);
  });
  const entries: Entry[] = [];
  const shown: PanelItem[] = [];
  const sorted = [...groups.entries()].sort(([, a], [, b]) => a.order - b.order);
  for (const [key, group] of sorted) {
    entries.push({ kind: 'group', key, title: group.title, count: group.items.length });
    const ordered = groupBy === 'rule' ? [...group.items].sort((a, b) => a.rowOrder - b.rowOrder) : group.items;
    for (const item of ordered) {
      entries.push({ kind: 'item', key: item.key, item });
      shown.push(item);
    }
  }
  return { entries, shown, bySeverity, byFamily };
}

/**
 * The item after (step 1) or before (step -1) the current one, wrapping round; the first (or last) when
 * none is current or the current one is no longer shown; undefined when nothing is shown.
 */
export function stepFrom(shown: readonly PanelItem[], current: string | undefined, step: 1 | -1): PanelItem | undefined {
  if (shown.length === 0) return undefined;
  const at = current === undefined ? -1 : shown.findIndex((item) => item.key === current);
  if (at < 0) return step === 1 ? shown[0] : shown[shown.length - 1];
  return shown[(at + step + shown.length) % shown.length];
}
