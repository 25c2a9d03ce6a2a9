import type { Finding } from '@/lib/model/finding';
import { pick, type Locale, type Localized } from '@/lib/model/localized';
import { PAGE_KINDS } from '@/lib/page-kinds';
import { ownCells } from '@/lib/adapters/grids';
import type { PageRead, ReadRow, SkippedRow } from '@/lib/adapters/read-page';
import { ruleById } from '@/lib/rules';
import { cite } from '@/lib/rules/cite';
import { t } from '@/lib/i18n';
import { MARK_CSS, SUMMARY_CSS, UNREAD_CSS } from './styles';

/**
 * Draws findings into the page: a mark beside each offending cell and one
 * summary panel. Everything is built with createElement + textContent inside
 * open shadow roots; nothing from the page or a rule is ever parsed as HTML.
 */

/** How many unread rows the panel names one by one. */
const NAMED_UNREAD = 5;

const SEVERITY_KEY = { error: 'severityError', warning: 'severityWarning', info: 'severityInfo' } as const;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** One constructed stylesheet per document and text, shared by every shadow root that adopts it. */
const sheets = new WeakMap<Document, Map<string, CSSStyleSheet | null>>();

function sharedSheet(doc: Document, css: string): CSSStyleSheet | null {
  let byText = sheets.get(doc);
  if (!byText) sheets.set(doc, (byText = new Map()));
  if (!byText.has(css)) {
    let sheet: CSSStyleSheet | null = null;
    try {
      const Sheet = doc.defaultView?.CSSStyleSheet;
      if (Sheet && 'replaceSync' in Sheet.prototype) {
        sheet = new Sheet();
        sheet.replaceSync(css);
      }
    } catch {
      sheet = null;
    }
    byText.set(css, sheet);
  }
  return byText.get(css) ?? null;
}

/** Sheets whose adoption has been seen to work in this document (checked on the first root, then trusted). */
const adoptionWorks = new WeakSet<CSSStyleSheet>();

/**
 * An open shadow root styled by the shared stylesheet (adoptedStyleSheets), or by a <style> of its
 * own where a browser's content scripts can't adopt one (the adoption is checked, not assumed: on
 * the first root that adopts the sheet; later roots adopting the same sheet in the same way are not asked again).
 */
function shadowHost(doc: Document, tag: string, css: string): { host: HTMLElement; root: ShadowRoot } {
  const host = doc.createElement(tag);
  const root = host.attachShadow({ mode: 'open' });
  const sheet = sharedSheet(doc, css);
  if (sheet && adoptionWorks.has(sheet)) {
    root.adoptedStyleSheets = [sheet];
    return { host, root };
  }
  if (sheet) {
    try {
      root.adoptedStyleSheets = [sheet];
    } catch {
      // fall through to a <style>
    }
  }
  if (sheet && root.adoptedStyleSheets?.length === 1) adoptionWorks.add(sheet);
  if (root.adoptedStyleSheets?.length !== 1) {
    const style = el('style');
    style.textContent = css;
    root.append(style);
  }
  return { host, root };
}

interface SummaryParts {
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
  /** what the rules could not check for want of an input (「未匯入核定課程計畫：…」), by their text */
  uncheckedKey: string;
  uncheckedNotes: HTMLElement[];
  /** what the panel was built for: another status or locale builds it afresh */
  builtFor: string;
}

/** What this script drew in a document, so the next drawing changes only what differs. */
interface Drawn {
  marks: Map<string, HTMLElement>;
  /** the 「未檢核」 notes in unread rows, by row */
  unread: Map<Element, HTMLElement>;
  summary?: SummaryParts;
}

const drawn = new WeakMap<Document, Drawn>();
/** The mark key of each summary list button. */
const listKeys = new WeakMap<Element, string>();
const rowIds = new WeakMap<Element, number>();
let nextRowId = 1;

function rowId(row: Element): number {
  let id = rowIds.get(row);
  if (id === undefined) rowIds.set(row, (id = nextRowId++));
  return id;
}

/** Removes every mark and the summary panel this script drew. */
export function clearAnnotations(doc: Document = document): void {
  doc.querySelectorAll('[data-lpc-finding], [data-lpc-unread], [data-lpc-summary]').forEach((node) => node.remove());
  drawn.delete(doc);
}

/** A row's first cell (a tr's, or an ARIA row's); undefined for a list element (a page-level record). */
function firstCell(row: Element): Element | undefined {
  if (row.tagName === 'TR') return (row as HTMLTableRowElement).cells[0];
  return row.getAttribute('role') === 'row' ? ownCells(row)[0] : undefined;
}

/** Where a finding's mark goes: the cell it is about, else the row's first cell; undefined → just before the row (a page-level element). */
function targetCell(row: ReadRow, field: string | undefined): Element | undefined {
  return (field ? row.cells[field] : undefined) ?? firstCell(row.row);
}

function place(row: ReadRow, field: string | undefined, mark: HTMLElement): void {
  const cell = targetCell(row, field);
  if (cell) {
    if (mark.parentNode !== cell) cell.append(mark);
  } else if (mark.parentNode !== row.row.parentNode || !mark.isConnected) {
    row.row.before(mark);
  }
}

/** What a mark's detail says, built on first use: a 2,000-row page may carry hundreds of marks. */
const markDetails = new WeakMap<Element, { message: string; basis?: string }>();
/** Prebuilt mark buttons by severity, rule and locale, cloned for each mark. */
const buttonTemplates = new Map<string, HTMLButtonElement>();

function markButton(finding: Finding, locale: Locale): HTMLButtonElement {
  const key = `${finding.severity}\u001f${finding.ruleId}\u001f${locale}`;
  let template = buttonTemplates.get(key);
  if (!template) {
    const rule = ruleById(finding.ruleId);
    template = el('button', `mark ${finding.severity}`);
    template.type = 'button';
    template.setAttribute('aria-expanded', 'false');
    // Words, not emoji: school computers' fonts often lack the symbols.
    template.append(el('span', 'icon', t(locale, SEVERITY_KEY[finding.severity])), el('span', 'label', rule ? pick(rule.title, locale) : finding.ruleId));
    buttonTemplates.set(key, template);
  }
  return template.cloneNode(true) as HTMLButtonElement;
}

/** Opens and closes a mark's detail; one function shared by every mark's shadow root. */
function onMarkClick(this: ShadowRoot, event: Event): void {
  const root = this;
  const about = markDetails.get(root.host);
  const button = root.querySelector('button.mark');
  if (!about || !button || !(event.target instanceof Node) || !button.contains(event.target)) return;
  let detail = root.querySelector<HTMLElement>('.detail');
  if (!detail) {
    detail = el('div', 'detail', about.message);
    detail.hidden = true;
    if (about.basis) detail.append(el('div', 'basis', about.basis));
    root.append(detail);
  }
  detail.hidden = !detail.hidden;
  button.setAttribute('aria-expanded', String(!detail.hidden));
}

function drawMark(doc: Document, finding: Finding, locale: Locale): HTMLElement {
  const { host, root } = shadowHost(doc, 'lpc-mark', MARK_CSS);
  root.addEventListener('click', onMarkClick);
  host.setAttribute('data-lpc-finding', '');
  host.setAttribute('data-rule', finding.ruleId);
  host.setAttribute('data-severity', finding.severity);
  const message = pick(finding.message, locale);
  const button = markButton(finding, locale);
  button.title = message;
  markDetails.set(host, { message, ...basisOf(finding.ruleId, locale) });
  root.append(button);
  return host;
}

/**
 * The note in a row that could not be read: 「未檢核」 and why, in its shadow root (the row's own text, which
 * a re-check reads, stays the page's) and as its accessible name.
 */
function drawUnread(doc: Document, skipped: SkippedRow, locale: Locale): HTMLElement {
  const { host, root } = shadowHost(doc, 'lpc-unread', UNREAD_CSS);
  const reason = pick(skipped.reason, locale);
  host.setAttribute('data-lpc-unread', '');
  host.setAttribute('role', 'note');
  host.setAttribute('aria-label', `${t(locale, 'unreadBadge')}：${reason}`);
  root.append(el('span', 'badge', t(locale, 'unreadBadge')), el('span', 'reason', reason));
  return host;
}

/** Puts a 「未檢核」 note into every unread row (keeping those already there) and removes the others. */
function drawUnreadRows(doc: Document, state: Drawn, skipped: readonly SkippedRow[], locale: Locale): void {
  const next = new Map<Element, HTMLElement>();
  for (const row of skipped) {
    const reason = pick(row.reason, locale);
    let note = state.unread.get(row.row);
    if (!note || note.shadowRoot?.querySelector('.reason')?.textContent !== reason) {
      note?.remove();
      note = drawUnread(doc, row, locale);
    }
    const cell = firstCell(row.row);
    if (cell && note.parentNode !== cell) cell.append(note);
    else if (!cell && !note.isConnected) row.row.prepend(note);
    next.set(row.row, note);
  }
  for (const [row, note] of state.unread) if (next.get(row) !== note) note.remove();
  state.unread = next;
}

/** A mark's basis line by rule and locale, worked out once (hundreds of marks share a few rules). */
const basisLines = new Map<string, { basis?: string }>();

function basisOf(ruleId: string, locale: Locale): { basis?: string } {
  const key = `${ruleId}\u001f${locale}`;
  let line = basisLines.get(key);
  if (!line) {
    const rule = ruleById(ruleId);
    basisLines.set(key, (line = rule ? { basis: pick(cite(rule.basis), locale) } : {}));
  }
  return line;
}

export interface Counts {
  errors: number;
  warnings: number;
}

export function countFindings(findings: Finding[]): Counts {
  let errors = 0;
  let warnings = 0;
  for (const finding of findings) {
    if (finding.severity === 'error') errors += 1;
    else if (finding.severity === 'warning') warnings += 1;
  }
  return { errors, warnings };
}

/** Mark keys by finding object: the rules hand back the same findings for unchanged records, check after check. */
const markKeys = new WeakMap<Finding, { row: Element | undefined; locale: Locale; key: string }>();

/** A mark's identity: the row element, rule, field, severity and message (and the locale it is written in). */
function markKey(finding: Finding, row: ReadRow | undefined, locale: Locale): string {
  const known = markKeys.get(finding);
  if (known && known.row === row?.row && known.locale === locale) return known.key;
  const key = markKeyOf(finding, row, locale);
  markKeys.set(finding, { row: row?.row, locale, key });
  return key;
}

function markKeyOf(finding: Finding, row: ReadRow | undefined, locale: Locale): string {
  return `${row ? rowId(row.row) : 0}\u001f${finding.ruleId}\u001f${finding.field ?? ''}\u001f${finding.severity}\u001f${locale}\u001f${finding.message.zh}\u001f${finding.message.en}`;
}

function buildSummary(doc: Document, locale: Locale, builtFor: string): SummaryParts {
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
    if (key !== undefined) drawn.get(doc)?.marks.get(key)?.scrollIntoView({ block: 'center', behavior: 'smooth' });
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
    uncheckedKey: '',
    uncheckedNotes: [],
    builtFor,
  };
}

function setText(node: Node, text: string): void {
  if (node.textContent !== text) node.textContent = text;
}

function setAttr(node: Element, name: string, value: string): void {
  if (node.getAttribute(name) !== value) node.setAttribute(name, value);
}

/** Makes `parent`'s children exactly `children`, in order, moving only when they differ. */
function setChildren(parent: Element, children: readonly Node[]): void {
  const current = parent.childNodes;
  if (current.length === children.length && children.every((child, i) => current[i] === child)) return;
  parent.replaceChildren(...children);
}

/**
 * Turns `parent`'s children from `before` (what they are) into `after`, removing, inserting and moving only
 * the items that differ: certifying one row drops one item from a list of hundreds, and replacing them all
 * would re-attach every one.
 */
export function patchChildren(parent: Element, before: readonly Node[], after: readonly Node[]): void {
  try {
    patch(parent, before, after);
  } catch {
    // `before` was not what the children were after all: set them outright.
  }
  if (parent.childNodes.length !== after.length || parent.firstChild !== (after[0] ?? null) || parent.lastChild !== (after.at(-1) ?? null)) setChildren(parent, after);
}

function patch(parent: Element, before: readonly Node[], after: readonly Node[]): void {
  const wanted = new Set(after);
  const kept: Node[] = [];
  for (const node of before) {
    if (wanted.has(node)) kept.push(node);
    else parent.removeChild(node);
  }
  // The children are now after[0..i) followed by the kept nodes from j on that have not been moved up.
  const moved = new Set<Node>();
  let j = 0;
  for (const node of after) {
    while (j < kept.length && moved.has(kept[j]!)) j += 1;
    if (kept[j] === node) {
      j += 1;
      continue;
    }
    parent.insertBefore(node, kept[j] ?? null);
    moved.add(node);
  }
}

function sameItems(a: readonly Node[], b: readonly Node[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
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

/**
 * Draws marks and the summary for one reading of the page. Drawing again changes only what
 * differs: marks are kept by row element, rule, field and message; the summary panel is updated
 * in place. The contract (data-lpc-finding / data-rule / data-severity beside the cell, one
 * data-lpc-summary with its counts) holds after every drawing.
 */
export function annotate(read: PageRead, findings: Finding[], locale: Locale, doc: Document = document, unchecked: readonly Localized[] = []): void {
  let state = drawn.get(doc);
  if (!state) drawn.set(doc, (state = { marks: new Map(), unread: new Map() }));
  const builtFor = `${read.status}\u001f${locale}`;
  let summary = state.summary;
  if (!summary || summary.builtFor !== builtFor) {
    summary?.host.remove();
    summary = state.summary = buildSummary(doc, locale, builtFor);
  }
  const { host, body } = summary;
  // A page read in full is still partial when its rules lacked an input (the course plan, the 學校代碼).
  setAttr(host, 'data-status', read.status === 'checked' && unchecked.length > 0 ? 'partial' : read.status);
  setAttr(host, 'data-unread', String(read.skipped.length));
  drawUnreadRows(doc, state, read.skipped, locale);
  setText(summary.unreadLine, read.skipped.length > 0 ? t(locale, 'summaryUnread', read.skipped.length) : '');

  if (read.status === 'unrecognized') {
    for (const mark of state.marks.values()) mark.remove();
    state.marks.clear();
    setAttr(host, 'data-page-kind', read.pageKind ?? '');
    setAttr(host, 'data-errors', '0');
    setAttr(host, 'data-warnings', '0');
    setText(summary.headline, t(locale, 'summaryUnrecognized'));
    const note = (summary.skippedNotes[0] ??= el('p', 'note'));
    setText(note, pick(read.reason, locale));
    setChildren(body, read.skipped.length > 0 ? [summary.unreadLine, summary.headline, note] : [summary.headline, note]);
    // A page of a known kind with too few readable rows shows why above its list; otherwise the popup says why.
    const table = read.pageKind ? read.tables.find((seen) => seen.pageKind === read.pageKind)?.element : undefined;
    host.hidden = !table;
    if (table) {
      if (host.nextElementSibling !== table) table.before(host);
    } else if (!host.isConnected) (doc.body ?? doc.documentElement).append(host);
    return;
  }

  const counts = countFindings(findings);
  setAttr(host, 'data-page-kind', read.pageKind);
  setAttr(host, 'data-errors', String(counts.errors));
  setAttr(host, 'data-warnings', String(counts.warnings));
  const kindName = pick(PAGE_KINDS[read.pageKind], locale);
  setText(summary.headline, t(locale, 'summaryChecked', kindName, read.rows.filter((row) => !row.pageLevel).length, counts.errors, counts.warnings));
  setText(summary.clean, t(locale, read.skipped.length > 0 || unchecked.length > 0 ? 'summaryCleanPartial' : 'summaryClean'));
  const uncheckedKey = unchecked.map((note) => pick(note, locale)).join('\u001e');
  if (uncheckedKey !== summary.uncheckedKey) {
    summary.uncheckedKey = uncheckedKey;
    summary.uncheckedNotes = unchecked.map((note) => el('p', 'unread', pick(note, locale)));
  }

  const marks = new Map<string, HTMLElement>();
  const items = new Map<string, HTMLLIElement>();
  const order: HTMLLIElement[] = [];
  for (const finding of findings) {
    const row = finding.recordIndex === null ? undefined : read.rows[finding.recordIndex];
    const base = markKey(finding, row, locale);
    let key = base;
    for (let n = 2; items.has(key); n += 1) key = `${base}\u001f${n}`;
    if (row) {
      const mark = state.marks.get(key) ?? drawMark(doc, finding, locale);
      place(row, finding.field, mark);
      marks.set(key, mark);
    }
    let item = summary.items.get(key);
    if (!item) {
      item = el('li', finding.severity);
      const link = el('button', 'goto', `${t(locale, SEVERITY_KEY[finding.severity])}：${pick(finding.message, locale)}`);
      link.type = 'button';
      listKeys.set(link, key);
      item.append(link);
    }
    items.set(key, item);
    order.push(item);
  }
  for (const [key, mark] of state.marks) if (!marks.has(key)) mark.remove();
  state.marks = marks;
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
  setChildren(body, [...unread, ...summary.uncheckedNotes, summary.headline, findings.length === 0 ? summary.clean : summary.list]);
  placeSummary(host, read, doc);
}
