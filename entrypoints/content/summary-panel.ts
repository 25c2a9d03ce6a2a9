import type { Localized } from '@/lib/model/localized';
import { pick, type Locale } from '@/lib/model/localized';
import { PAGE_KINDS } from '@/lib/page-kinds';
import type { PageRead, ReadRow } from '@/lib/adapters/read-page';
import type { Finding } from '@/lib/model/finding';
import { t } from '@/lib/i18n';
import { SEVERITY_KEY, type KeyedFinding } from './marks';
import { rowName } from './row-names';
import { patchChildren, sameItems, setChildren } from './patch-children';
import { el, shadowHost } from './shadow-host';
import { SUMMARY_CSS } from './styles';
import { reasonText } from '@/lib/dismissals/reasons';

/** The one summary panel per checked page: counts, unread rows, what could not be checked, and the list of findings. */

/** How many unread rows the panel names one by one. */
const NAMED_UNREAD = 5;

export interface Counts {
  errors: number;
  warnings: number;
  /** findings marked 「已確認，無需更正」, not counted as errors or warnings */
  dismissed?: number;
}

export interface SummaryParts {
  host: HTMLElement;
  body: HTMLElement;
  headline: HTMLElement;
  list: HTMLOListElement;
  clean: HTMLElement;
  /** list items by mark key, kept between drawings */
  items: Map<string, HTMLLIElement>;
  /** the list's items as last set, in order */
  order: HTMLLIElement[];
  /** the unread-row notes as last drawn, by their text */
  skippedKey: string;
  skippedNotes: HTMLElement[];
  /** 「N 列無法判讀，未檢核」, first in the panel when any row was not read */
  unreadLine: HTMLElement;
  /** 「另有 N 項已確認，無需更正」 */
  dismissedLine: HTMLElement;
  /** what the rules could not check for want of an input (「未匯入核定課程計畫：…」), by their text */
  uncheckedKey: string;
  uncheckedNotes: HTMLElement[];
  /** what the panel was built for: another status or locale builds it afresh */
  builtFor: string;
}

/** The mark key of each summary list button. */
const listKeys = new WeakMap<Element, string>();

/** `onGoto` is told the mark key of a list item's button when it is clicked. */
function buildSummary(doc: Document, locale: Locale, builtFor: string, onGoto: (key: string) => void): SummaryParts {
  const { host, root } = shadowHost(doc, 'lpc-summary', SUMMARY_CSS);
  host.setAttribute('data-lpc-summary', '');
  const panel = el('section', 'panel');
  panel.setAttribute('role', 'status');
  const header = el('header');
  header.append(el('strong', '', t(locale, 'summaryTitle')));
  const toggle = el('button', 'toggle', t(locale, 'summaryHide'));
  toggle.type = 'button';
  header.append(toggle);
  const body = el('div', 'body');
  toggle.addEventListener('click', () => {
    body.hidden = !body.hidden;
    toggle.textContent = t(locale, body.hidden ? 'summaryShow' : 'summaryHide');
  });
  panel.append(header, body);
  root.append(panel);
  const list = el('ol', 'findings');
  // One listener for the whole list: an item's button scrolls to its mark.
  list.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('button.goto') : null;
    const key = link ? listKeys.get(link) : undefined;
    if (key !== undefined) onGoto(key);
  });
  return {
    host,
    body,
    headline: el('p', 'headline'),
    list,
    clean: el('p', 'note'),
    items: new Map(),
    order: [],
    skippedKey: '',
    skippedNotes: [],
    unreadLine: el('p', 'unread'),
    dismissedLine: el('p', 'note'),
    uncheckedKey: '',
    uncheckedNotes: [],
    builtFor,
  };
}

/** The panel for this drawing: `previous` when it was built for the same status and locale, else a new one. */
export function summaryFor(doc: Document, previous: SummaryParts | undefined, read: PageRead, locale: Locale, onGoto: (key: string) => void): SummaryParts {
  const builtFor = `${read.status}\u001f${locale}`;
  if (previous && previous.builtFor === builtFor) return previous;
  previous?.host.remove();
  return buildSummary(doc, locale, builtFor, onGoto);
}

function setText(node: Node, text: string): void {
  if (node.textContent !== text) node.textContent = text;
}

function setAttr(node: Element, name: string, value: string): void {
  if (node.getAttribute(name) !== value) node.setAttribute(name, value);
}

/** A list item's words: the severity, the row it is about (when it is about one) and the message. */
export function itemText(finding: Finding, row: ReadRow | undefined, locale: Locale): string {
  const severity = t(locale, SEVERITY_KEY[finding.severity]);
  const message = pick(finding.message, locale);
  const name = row && !row.pageLevel ? rowName(row.record, locale) : undefined;
  return name === undefined ? `${severity}：${message}` : t(locale, 'rowItem', severity, name, message);
}

/** The status and unread count every panel carries, and its 「N 列無法判讀」 line. */
function showStatus(summary: SummaryParts, read: PageRead, unchecked: readonly Localized[], locale: Locale): void {
  // A page read in full is still partial when its rules lacked an input (the course plan, the 學校代碼).
  setAttr(summary.host, 'data-status', read.status === 'checked' && unchecked.length > 0 ? 'partial' : read.status);
  setAttr(summary.host, 'data-unread', String(read.skipped.length));
  // A long list is checked in slices: until the last one the panel says it is still checking.
  if (read.status !== 'unrecognized' && read.pending) setAttr(summary.host, 'data-checking', String(read.pending));
  else summary.host.removeAttribute('data-checking');
  setText(summary.unreadLine, read.skipped.length > 0 ? t(locale, 'summaryUnread', read.skipped.length) : '');
}

/** A page that could not be checked: why, above its list when its kind is known (otherwise the popup says why). */
export function showUnrecognized(summary: SummaryParts, read: PageRead & { status: 'unrecognized' }, unchecked: readonly Localized[], locale: Locale, doc: Document): void {
  const { host, body } = summary;
  showStatus(summary, read, unchecked, locale);
  setAttr(host, 'data-page-kind', read.pageKind ?? '');
  setAttr(host, 'data-errors', '0');
  setAttr(host, 'data-warnings', '0');
  setText(summary.headline, t(locale, 'summaryUnrecognized'));
  const note = (summary.skippedNotes[0] ??= el('p', 'note'));
  setText(note, pick(read.reason, locale));
  setChildren(body, read.skipped.length > 0 ? [summary.unreadLine, summary.headline, note] : [summary.headline, note]);
  const table = read.pageKind ? read.tables.find((seen) => seen.pageKind === read.pageKind)?.element : undefined;
  host.hidden = !table;
  if (table) {
    if (host.nextElementSibling !== table) table.before(host);
  } else if (!host.isConnected) (doc.body ?? doc.documentElement).append(host);
}

/**
 * A checked (or partly checked) page: counts, unread rows, what could not be checked, and one list item per
 * finding, kept by its mark key so a re-check moves only the items that differ.
 */
export function showChecked(summary: SummaryParts, read: PageRead & { status: 'checked' | 'partial' }, keyed: readonly KeyedFinding[], counts: Counts, unchecked: readonly Localized[], locale: Locale, doc: Document): void {
  const { host, body } = summary;
  showStatus(summary, read, unchecked, locale);
  setAttr(host, 'data-page-kind', read.pageKind);
  setAttr(host, 'data-errors', String(counts.errors));
  setAttr(host, 'data-warnings', String(counts.warnings));
  setAttr(host, 'data-dismissed', String(counts.dismissed ?? 0));
  setText(summary.dismissedLine, counts.dismissed ? t(locale, 'summaryDismissed', counts.dismissed) : '');
  const kindName = pick(PAGE_KINDS[read.pageKind], locale);
  const rowsRead = read.rows.filter((row) => !row.pageLevel).length;
  setText(summary.headline, read.pending ? t(locale, 'summaryChecking', kindName, rowsRead, read.pending) : t(locale, 'summaryChecked', kindName, rowsRead, counts.errors, counts.warnings));
  setText(summary.clean, t(locale, read.skipped.length > 0 || unchecked.length > 0 ? 'summaryCleanPartial' : 'summaryClean'));
  const uncheckedKey = unchecked.map((note) => pick(note, locale)).join('\u001e');
  if (uncheckedKey !== summary.uncheckedKey) {
    summary.uncheckedKey = uncheckedKey;
    summary.uncheckedNotes = unchecked.map((note) => el('p', 'unread', pick(note, locale)));
  }

  const items = new Map<string, HTMLLIElement>();
  const order: HTMLLIElement[] = [];
  for (const { key, finding, row, dismissed } of keyed) {
    const text = dismissed ? t(locale, 'dismissedItem', itemText(finding, row, locale), reasonText(dismissed, locale)) : itemText(finding, row, locale);
    const className = dismissed ? `${finding.severity} dismissed` : finding.severity;
    let item = summary.items.get(key);
    if (!item) {
      item = el('li', className);
      const link = el('button', 'goto', text);
      link.type = 'button';
      listKeys.set(link, key);
      item.append(link);
    } else {
      // the same finding on the same row, whose name (a title, a seat) may have been edited since, or which was dismissed
      setText(item.firstChild!, text);
      if (item.className !== className) item.className = className;
    }
    items.set(key, item);
    order.push(item);
  }
  summary.items = items;
  // The list lives in our own shadow root: when its items are those set last time, in the same order, it is left alone
  // (comparing 650 items in JS instead of through the DOM).
  if (summary.list.childNodes.length !== summary.order.length) setChildren(summary.list, order);
  else if (!sameItems(summary.order, order)) patchChildren(summary.list, summary.order, order);
  summary.order = order;

  // The first few unread rows are named with their reason; the rest are counted (each row carries its own note).
  const named = read.skipped.slice(0, NAMED_UNREAD);
  const skippedKey = `${read.skipped.length}\u001e${named.map((skipped) => `${skipped.rowNumber}\u001f${pick(skipped.reason, locale)}`).join('\u001e')}`;
  if (skippedKey !== summary.skippedKey) {
    summary.skippedKey = skippedKey;
    summary.skippedNotes = named.map((skipped) => el('p', 'note', t(locale, 'summarySkipped', skipped.rowNumber, pick(skipped.reason, locale))));
    if (read.skipped.length > named.length) summary.skippedNotes.push(el('p', 'note', t(locale, 'summarySkippedMore', read.skipped.length - named.length)));
  }
  const unread = read.skipped.length > 0 ? [summary.unreadLine, ...summary.skippedNotes] : [];
  const dismissedNote = counts.dismissed ? [summary.dismissedLine] : [];
  // Nothing looks clean before every row has been read.
  const findingsOrClean = keyed.length > 0 ? [summary.list] : read.pending ? [] : [summary.clean];
  setChildren(body, [...unread, ...summary.uncheckedNotes, summary.headline, ...dismissedNote, ...findingsOrClean]);
  placeSummary(host, read, doc);
}

/**
 * The panel sits in the page's flow just above the table it reports on, so it
 * never covers the portal's own buttons or pager (a floating panel did).
 */
function placeSummary(host: HTMLElement, read: PageRead & { status: 'checked' | 'partial' }, doc: Document): void {
  host.hidden = false;
  const table = read.tables.find((seen) => seen.pageKind === read.pageKind)?.element;
  if (table) {
    if (host.nextElementSibling !== table) table.before(host);
  } else if (!host.isConnected) {
    (doc.body ?? doc.documentElement).prepend(host);
  }
}
