import type { Localized } from '@/lib/model/localized';
import { t } from '@/lib/i18n';
import { pageKindUnit } from '@/lib/page-kinds';
import type { PageRead, TableSeen } from './read-page';

/**
 * Whether the lists a reading found are drawn yet. A portal built as a single-page app (a Vue or React
 * page, shared/domain.md) draws its list's header at once and its rows only when the data arrives, an
 * XHR that may take seconds: a check of the page before that sees the part above the list alone, and
 * its counts would change under the user once the rows come. Such a reading is not a finished check.
 *
 * - `loading`: a list of the page's kind shows a loading sign (a loading mask or spinner over it, or
 *   aria-busy="true"): its rows are on their way (or being replaced, a pager's next page).
 * - `empty`: no list of the page's kind has a single data row (read or unreadable), none says it is
 *   loading and none says it has no data: its rows may still come.
 * - `drawn`: the lists are drawn, or say in their own words that they hold no data (a 「查無資料」 row,
 *   el-table's 「暫無資料」): the reading may be reported.
 */
export type ListReadiness = 'drawn' | 'loading' | 'empty';

/**
 * What lists' own widgets show while their data loads: ARIA's busy state, and the loading layers of the
 * table widgets vendor portals are built with (Element UI / Element Plus's mask, Ant Design's spinner,
 * DataTables' 「處理中」 box, jqGrid's 「讀取中」 box). Only shown ones count: widgets keep some of these in
 * the page, hidden, between loads.
 */
const LOADING_SIGN = '[aria-busy="true"], .el-loading-mask, .ant-spin-spinning, .dataTables_processing, .loading';

/** The widgets whose loading layer is looked for, and how deep inside them it sits (Ant Design's is three levels down). */
const WIDGET = '.el-table, .ant-table-wrapper, .dataTables_wrapper, .ui-jqgrid';
const SIGN_DEPTH = 3;

/** Whether an element is shown: neither it nor an element around it is hidden (works without layout, in tests too). */
function shown(element: Element): boolean {
  const view = element.ownerDocument.defaultView;
  for (let node: Element | null = element; node; node = node.parentElement) {
    if ((node as HTMLElement).hidden) return false;
    const style = view?.getComputedStyle(node);
    if (style && (style.display === 'none' || style.visibility === 'hidden')) return false;
  }
  return true;
}

/**
 * A shown loading sign among a widget's own parts, a few levels down. Tables are passed over: the data
 * rows are in them, and a re-check of a 2,000-row list must not look through every row for a spinner.
 */
function signIn(root: Element, depth: number): boolean {
  for (const child of root.children) {
    if (child.tagName === 'TABLE') continue;
    if (child.matches(LOADING_SIGN) && shown(child)) return true;
    if (depth > 1 && signIn(child, depth - 1)) return true;
  }
  return false;
}

/** Whether a list shows a loading sign: aria-busy on it or around it, or a loading layer in its widget. */
function loading(table: TableSeen): boolean {
  const { element } = table;
  const busy = element.closest('[aria-busy="true"]');
  if (busy && shown(busy)) return true;
  const widget = element.closest(WIDGET);
  return widget !== null && signIn(widget, SIGN_DEPTH);
}

/** A list's own words for holding no data (a 查無資料 row, an empty-text block), in the languages portals use. */
const NO_DATA = /查無|暫無|無資料|沒有資料|尚無資料|no (?:data|records|matching)/i;

/** Whether a list without rows says it has none (its text is short then: the header and that line). */
function saysEmpty(table: TableSeen): boolean {
  return NO_DATA.test((table.element.closest(WIDGET) ?? table.element).textContent ?? '');
}

/** Whether a list has a data row: one the reading read or could not read in it, else any its body lays out. */
function hasRows(table: TableSeen, read: PageRead & { status: 'checked' | 'partial' }): boolean {
  const within = (row: Element) => table.element.contains(row);
  if (read.rows.some((row) => !row.pageLevel && within(row.row)) || read.skipped.some((row) => within(row.row))) return true;
  // a list whose rows are joined into the others' records (a 預檢 error list) is not among the rows read
  return table.body().length > 0;
}

/** How far the lists of a (finished, not sliced) reading are drawn: see ListReadiness. */
export function listReadiness(read: PageRead): ListReadiness {
  if (read.status === 'unrecognized') return 'drawn';
  const lists = read.tables.filter((table) => table.pageKind === read.pageKind);
  if (lists.some(loading)) return 'loading';
  return lists.some((table) => hasRows(table, read) || saysEmpty(table)) ? 'drawn' : 'empty';
}

/**
 * How long a check waits for a list that is loading or empty before it says so: long enough for a slow
 * school server's XHR, short enough that a list that never comes is soon said to be missing.
 */
export const LIST_WAIT_MS = 10_000;

/**
 * Why a page whose list never came (within LIST_WAIT_MS) is not checked: still loading, or no row in it.
 * Never an all-clear: the page is not checked, and is checked as soon as the rows appear.
 */
export function listMissingReason(read: PageRead & { status: 'checked' | 'partial' }, readiness: Exclude<ListReadiness, 'drawn'>): Localized {
  const { zh, en } = pageKindUnit(read.pageKind).name;
  const seconds = LIST_WAIT_MS / 1000;
  return readiness === 'loading'
    ? { zh: `「${zh}」等了 ${seconds} 秒仍在載入，本頁尚未檢核。`, en: `${en}: still loading after ${seconds} s, not checked.` }
    : { zh: `「${zh}」等了 ${seconds} 秒仍沒有資料列，本頁未檢核（不表示沒有問題）。`, en: `${en}: no rows after ${seconds} s, not checked (not a clean result).` };
}

/** What the popup says while a check waits for its list (the panel's own words). */
export function listWaitingReason(read: PageRead & { status: 'checked' | 'partial' }): Localized {
  const { zh, en } = pageKindUnit(read.pageKind).name;
  return { zh: t('zh_TW', 'summaryWaiting', zh), en: t('en', 'summaryWaiting', en) };
}
