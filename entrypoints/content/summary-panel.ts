import type { Localized } from '@/lib/model/localized';
import { pick, type Locale } from '@/lib/model/localized';
import { PAGE_KINDS } from '@/lib/page-kinds';
import type { PageRead } from '@/lib/adapters/read-page';
import type { PageContext } from '@/lib/adapters/page-context';
import type { Severity } from '@/lib/model/finding';
import { pageRuleById } from '@/lib/rules';
import { t, type MessageKey } from '@/lib/i18n';
import { SEVERITY_KEY, type KeyedFinding } from './marks';
import { rowName, toldApart } from './row-names';
import { setChildren } from './patch-children';
import { el, shadowHost } from './shadow-host';
import { SUMMARY_CSS, SUMMARY_LINE_PX, SUMMARY_LIST_PX } from './styles';
import { arrange, FAMILIES, SEVERITIES, stepFrom, type Arranged, type Entry, type GroupBy, type PanelItem } from './panel/items';
import { VirtualList } from './panel/virtual-list';
import { lookFor, PLAIN_LOOK, rememberLook, type PanelLook } from './panel/remembered';
import { pagingText } from './panel/paging';
import { stepOf } from './panel/keys';
import { reasonText } from '@/lib/dismissals/reasons';
import { findingLine } from '@/lib/model/finding-text';
import { DISMISS_CSS } from './dismiss-form';
import type { MarkDismissals } from './dismissals';

/**
 * The one summary panel per checked page: counts, paging, unread rows, what could not be checked, and
 * the list of findings — each naming its row, grouped by row or rule, filtered by severity and rule
 * family, only the lines in view drawn. Next / previous (buttons, Alt+↓ / Alt+↑) walk the list and
 * hand each item's mark key to `onGoto`; under the current item's whole text, its dismiss form (or the
 * reason it was dismissed for, and 「取消確認」) — the only place to dismiss a page-level finding, which
 * has no row to carry a mark. It sits outside the table's scroll area, or docked to the
 * window's side; collapsed and docked are remembered per site.
 */

/** How many unread rows the panel names one by one. */
const NAMED_UNREAD = 5;

export interface Counts {
  errors: number;
  warnings: number;
  /** findings marked 「已確認，無需更正」, not counted as errors or warnings */
  dismissed?: number;
}

/** How the reader left the list: kept while the page lives, across panels rebuilt for another status or locale. */
interface View {
  groupBy: GroupBy;
  hiddenSeverities: Set<Severity>;
  hiddenFamilies: Set<string>;
  current: string | undefined;
  /** rows this document has shown across the list's pages (entrypoints/content/index.ts counts them) */
  seen: number;
  look: PanelLook;
  /** the look was read from storage (until then, toggling waits for nothing and the stored one is not applied over it) */
  lookLoaded: boolean;
}

export interface SummaryParts {
  host: HTMLElement;
  body: HTMLElement;
  headline: HTMLElement;
  /** 「第 1 頁，共 3 頁；已看過 20 / 55 筆」 */
  paging: HTMLElement;
  clean: HTMLElement;
  /** 「N 列無法判讀，未檢核」, first in the panel when any row was not read */
  unreadLine: HTMLElement;
  /** 「另有 N 項已確認，無需更正」 */
  dismissedLine: HTMLElement;
  /** 「暫時讀不到哪些問題已確認無需更正…」 while the background has not answered that */
  dismissalsUnknownLine: HTMLElement;
  /** the unread-row notes as last drawn, by their text */
  skippedKey: string;
  skippedNotes: HTMLElement[];
  /** what the rules could not check for want of an input (「未匯入核定課程計畫：…」), by their text */
  uncheckedKey: string;
  uncheckedNotes: HTMLElement[];
  /** group and filter buttons above the list */
  controls: HTMLElement;
  groupButtons: Record<GroupBy, HTMLButtonElement>;
  severityButtons: Record<Severity, HTMLButtonElement>;
  familyButtons: Map<string, HTMLButtonElement>;
  /** 「第 3 / 120 項」 beside next / previous */
  position: HTMLElement;
  /** the current item's whole text, under the list (list lines are one line each) */
  current: HTMLElement;
  /** under it, the current finding's dismiss form, or its reason and 「取消確認」 */
  detail: HTMLElement;
  /** which finding and dismissal `detail` was filled for ('' when empty) */
  detailFor: string;
  /** the findings listed, for the current one's detail */
  keyed: readonly KeyedFinding[];
  dismissals: MarkDismissals | undefined;
  /** 「沒有符合篩選的項目」 */
  none: HTMLElement;
  list: VirtualList<Entry>;
  toggle: HTMLButtonElement;
  dock: HTMLButtonElement;
  items: PanelItem[];
  arranged: Arranged;
  /** the page's paging facts and rows on this page, for the paging line */
  context: Pick<PageContext, 'page' | 'pageCount' | 'totalRows'>;
  rowsHere: number;
  locale: Locale;
  onGoto: (key: string) => void;
  /** what the panel was built for: another status or locale builds it afresh */
  builtFor: string;
}

const views = new WeakMap<Document, View>();
/** The panel each document shows now, for the keys and the paging count. */
const panels = new WeakMap<Document, SummaryParts>();
/** The mark key of each summary list button. */
const listKeys = new WeakMap<Element, string>();

function viewOf(doc: Document): View {
  let view = views.get(doc);
  if (!view) {
    view = { groupBy: 'row', hiddenSeverities: new Set(), hiddenFamilies: new Set(), current: undefined, seen: 0, look: { ...PLAIN_LOOK }, lookLoaded: false };
    views.set(doc, view);
    listenForKeys(doc);
  }
  return view;
}

function siteOf(doc: Document): string {
  return doc.location?.origin ?? '';
}

/** What one frame's script tells another's to step through its list (a DOM event: each frame's script has a world of its own). */
const STEP_EVENTS = { 1: 'lpc-step-next', [-1]: 'lpc-step-previous' } as const;

/** Whether this document's panel lists something to step through. */
function listing(doc: Document): SummaryParts | undefined {
  const parts = panels.get(doc);
  return parts?.host.isConnected && parts.arranged.shown.length > 0 ? parts : undefined;
}

/**
 * The document of another frame of this page (same origin) whose panel lists problems: a portal that shows its
 * list in a frame (an iframe, a 欣河-style frameset) keeps the focus in the page around it, or in a menu frame.
 */
function frameWithList(doc: Document): Document | undefined {
  const lists = (node: Document) => {
    const host = node.querySelector('lpc-summary');
    return node !== doc && Number(host?.getAttribute('data-errors') ?? 0) + Number(host?.getAttribute('data-warnings') ?? 0) > 0;
  };
  const search = (win: Window): Document | undefined => {
    try {
      if (lists(win.document)) return win.document;
    } catch {
      return undefined; // another origin's frame: not ours to reach
    }
    for (let i = 0; i < win.frames.length; i += 1) {
      const found = search(win.frames[i]!);
      if (found) return found;
    }
    return undefined;
  };
  const top = doc.defaultView?.top;
  return top ? search(top) : undefined;
}

/**
 * Alt+↓ / Alt+↑ anywhere in the page (not while typing) move through the panel's list — the list of another
 * frame of the page when this one has none.
 */
function listenForKeys(doc: Document): void {
  doc.addEventListener(
    'keydown',
    (event) => {
      const step = stepOf(event, doc);
      if (step === undefined) return;
      const parts = listing(doc);
      const other = parts ? undefined : frameWithList(doc);
      if (!parts && !other) return;
      event.preventDefault();
      if (parts) move(parts, doc, step);
      else other!.dispatchEvent(new Event(STEP_EVENTS[step]));
    },
    true,
  );
  for (const step of [1, -1] as const) {
    doc.addEventListener(STEP_EVENTS[step], () => {
      const parts = listing(doc);
      if (parts) move(parts, doc, step);
    });
  }
}

const FAMILY_KEY: Record<string, MessageKey> = {
  quota: 'summaryFamilyQuota',
  format: 'summaryFamilyFormat',
  course: 'summaryFamilyCourse',
  cert: 'summaryFamilyCert',
  schedule: 'summaryFamilySchedule',
  identity: 'summaryFamilyIdentity',
};

function button(className: string, text: string, title?: string): HTMLButtonElement {
  const node = el('button', className, text);
  node.type = 'button';
  if (title) node.title = title;
  return node;
}

/** `onGoto` is told the mark key of the item moved to or clicked. */
function buildSummary(doc: Document, locale: Locale, builtFor: string, onGoto: (key: string) => void): SummaryParts {
  const view = viewOf(doc);
  const { host, root } = shadowHost(doc, 'lpc-summary', SUMMARY_CSS + DISMISS_CSS);
  host.setAttribute('data-lpc-summary', '');
  const panel = el('section', 'panel');
  panel.setAttribute('aria-label', t(locale, 'summaryTitle'));
  const header = el('header');
  const position = el('span', 'position');
  const previous = button('step previous', t(locale, 'summaryPrevious'), t(locale, 'summaryPreviousKey'));
  const next = button('step next', t(locale, 'summaryNext'), t(locale, 'summaryNextKey'));
  const dock = button('dock', '');
  const toggle = button('toggle', '');
  const tools = el('span', 'tools');
  tools.append(position, previous, next, dock, toggle);
  header.append(el('strong', '', t(locale, 'summaryTitle')), tools);
  const body = el('div', 'body');
  panel.append(header, body);
  root.append(panel);

  const controls = el('div', 'controls');
  const groupButtons = { row: button('group', t(locale, 'summaryByRow')), rule: button('group', t(locale, 'summaryByRule')) };
  const severityButtons = Object.fromEntries(SEVERITIES.map((severity) => [severity, button(`filter ${severity}`, '')])) as Record<Severity, HTMLButtonElement>;
  const familyButtons = new Map(FAMILIES.map((family) => [family as string, button('filter family', '')]));
  const groupBox = el('span', 'box');
  groupBox.append(el('span', 'label', t(locale, 'summaryGroupBy')), groupButtons.row, groupButtons.rule);
  const severityBox = el('span', 'box');
  severityBox.append(el('span', 'label', t(locale, 'summaryFilterSeverity')), ...Object.values(severityButtons));
  const familyBox = el('span', 'box');
  familyBox.append(el('span', 'label', t(locale, 'summaryFilterFamily')), ...familyButtons.values());
  controls.append(groupBox, severityBox, familyBox);

  // Docked, the list fills the window's height; else its CSS max-height (SUMMARY_LIST_PX).
  const listHeight = () => (view.look.docked ? (doc.defaultView?.innerHeight ?? SUMMARY_LIST_PX) : SUMMARY_LIST_PX);
  const list = new VirtualList<Entry>(doc, SUMMARY_LINE_PX, listHeight, (entry) => drawEntry(entry, view, locale));
  const current = el('p', 'now');
  current.setAttribute('aria-live', 'polite');
  const detail = el('div', 'now-detail');
  detail.hidden = true;
  const headline = el('p', 'headline');
  headline.setAttribute('role', 'status');
  const parts: SummaryParts = {
    host,
    body,
    headline,
    paging: el('p', 'paging'),
    clean: el('p', 'note'),
    unreadLine: el('p', 'unread'),
    dismissedLine: el('p', 'note'),
    dismissalsUnknownLine: el('p', 'note'),
    skippedKey: '',
    skippedNotes: [],
    uncheckedKey: '',
    uncheckedNotes: [],
    controls,
    groupButtons,
    severityButtons,
    familyButtons,
    position,
    current,
    detail,
    detailFor: '',
    keyed: [],
    dismissals: undefined,
    none: el('p', 'note', t(locale, 'summaryNoneShown')),
    list,
    toggle,
    dock,
    items: [],
    arranged: arrange([], view.groupBy, view, ''),
    context: {},
    rowsHere: 0,
    locale,
    onGoto,
    builtFor,
  };

  previous.addEventListener('click', () => move(parts, doc, -1));
  next.addEventListener('click', () => move(parts, doc, 1));
  list.viewport.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('button.goto') : null;
    const key = link ? listKeys.get(link) : undefined;
    if (key === undefined) return;
    setCurrent(parts, doc, key);
    onGoto(key);
  });
  for (const groupBy of ['row', 'rule'] as const) {
    groupButtons[groupBy].addEventListener('click', () => {
      view.groupBy = groupBy;
      relist(parts, doc);
    });
  }
  for (const severity of SEVERITIES) severityButtons[severity].addEventListener('click', () => flip(view.hiddenSeverities, severity, parts, doc));
  for (const [family, node] of familyButtons) node.addEventListener('click', () => flip(view.hiddenFamilies, family, parts, doc));
  toggle.addEventListener('click', () => changeLook(parts, doc, { ...view.look, collapsed: !view.look.collapsed }));
  dock.addEventListener('click', () => changeLook(parts, doc, { ...view.look, docked: !view.look.docked }));

  applyLook(parts, view.look);
  if (!view.lookLoaded) {
    void lookFor(siteOf(doc))
      .then((look) => {
        if (view.lookLoaded) return;
        view.lookLoaded = true;
        view.look = look;
        const shown = panels.get(doc);
        if (shown) applyLook(shown, look);
      })
      .catch(() => {
        // storage unreachable (the extension was reloaded under the page): the plain look stays
        view.lookLoaded = true;
      });
  }
  panels.set(doc, parts);
  return parts;
}

function flip<T>(hidden: Set<T>, value: T, parts: SummaryParts, doc: Document): void {
  if (hidden.has(value)) hidden.delete(value);
  else hidden.add(value);
  relist(parts, doc);
}

function applyLook(parts: SummaryParts, look: PanelLook): void {
  const { locale } = parts;
  parts.body.hidden = look.collapsed;
  setText(parts.toggle, t(locale, look.collapsed ? 'summaryShow' : 'summaryHide'));
  parts.toggle.setAttribute('aria-expanded', String(!look.collapsed));
  setText(parts.dock, t(locale, look.docked ? 'summaryUndock' : 'summaryDock'));
  parts.dock.setAttribute('aria-pressed', String(look.docked));
  setFlag(parts.host, 'data-collapsed', look.collapsed);
  setFlag(parts.host, 'data-docked', look.docked);
  if (!look.collapsed) parts.list.render();
}

function changeLook(parts: SummaryParts, doc: Document, look: PanelLook): void {
  const view = viewOf(doc);
  view.look = look;
  view.lookLoaded = true;
  applyLook(parts, look);
  rememberLook(siteOf(doc), look).catch(() => {
    // not remembered: the panel still shows it this way on this page
  });
}

/** The panel for this drawing: `previous` when it was built for the same status and locale, else a new one. */
export function summaryFor(doc: Document, previous: SummaryParts | undefined, read: PageRead, locale: Locale, onGoto: (key: string) => void, status: string = read.status): SummaryParts {
  // Where the panel goes is worked out now, before the marks are drawn: the page's style and layout are
  // still clean, so reading them costs nothing (after the marks it would force a layout of the whole list).
  const table = read.tables.find((seen) => seen.pageKind === read.pageKind)?.element;
  if (table) anchorOf(table);
  const builtFor = `${status}\u001f${locale}`;
  if (previous && previous.builtFor === builtFor) {
    previous.onGoto = onGoto;
    return previous;
  }
  previous?.host.remove();
  return buildSummary(doc, locale, builtFor, onGoto);
}

function setText(node: Node, text: string): void {
  if (node.textContent !== text) node.textContent = text;
}

function setAttr(node: Element, name: string, value: string): void {
  if (node.getAttribute(name) !== value) node.setAttribute(name, value);
}

function setFlag(node: Element, name: string, on: boolean): void {
  if (on && !node.hasAttribute(name)) node.setAttribute(name, '');
  else if (!on && node.hasAttribute(name)) node.removeAttribute(name);
}

function drawEntry(entry: Entry, view: View, locale: Locale): HTMLLIElement {
  if (entry.kind === 'group') {
    const item = el('li', 'group', t(locale, 'summaryGroupCount', entry.title, entry.count));
    item.title = item.textContent!;
    return item;
  }
  const { item } = entry;
  const line = el('li', item.dismissed ? `item ${item.severity} dismissed` : `item ${item.severity}`);
  // the words in a span of their own: a button's own box cannot end its cut-off text with 「…」
  const link = el('button', 'goto');
  link.append(el('span', 'text', item.text));
  link.type = 'button';
  link.title = item.text;
  listKeys.set(link, item.key);
  if (view.current === item.key) {
    line.classList.add('current');
    link.setAttribute('aria-current', 'true');
  }
  line.append(link);
  return line;
}

/** Groups and filters the items as the reader chose, and draws the list, its buttons and counts. */
function relist(parts: SummaryParts, doc: Document): void {
  const view = viewOf(doc);
  const { locale } = parts;
  parts.arranged = arrange(parts.items, view.groupBy, view, t(locale, 'summaryWholePage'));
  const { bySeverity, byFamily, shown } = parts.arranged;
  for (const groupBy of ['row', 'rule'] as const) setAttr(parts.groupButtons[groupBy], 'aria-pressed', String(view.groupBy === groupBy));
  for (const severity of SEVERITIES) {
    const node = parts.severityButtons[severity];
    setText(node, t(locale, 'summaryFilterCount', t(locale, SEVERITY_KEY[severity]), bySeverity[severity]));
    setAttr(node, 'aria-pressed', String(!view.hiddenSeverities.has(severity)));
    node.hidden = bySeverity[severity] === 0 && !view.hiddenSeverities.has(severity);
  }
  for (const [family, node] of parts.familyButtons) {
    const count = byFamily[family] ?? 0;
    setText(node, t(locale, 'summaryFilterCount', t(locale, FAMILY_KEY[family]!), count));
    setAttr(node, 'aria-pressed', String(!view.hiddenFamilies.has(family)));
    setAttr(node, 'data-family', family);
    node.hidden = count === 0 && !view.hiddenFamilies.has(family);
  }
  parts.list.setLines(parts.arranged.entries);
  parts.none.hidden = shown.length > 0;
  showCurrent(parts, view);
}

/** The position line and the current item's whole text. */
function showCurrent(parts: SummaryParts, view: View): void {
  const { shown } = parts.arranged;
  const at = view.current === undefined ? -1 : shown.findIndex((item) => item.key === view.current);
  const { locale } = parts;
  setText(parts.position, shown.length === 0 ? '' : at < 0 ? t(locale, 'summaryCount', shown.length) : t(locale, 'summaryPosition', at + 1, shown.length));
  setText(parts.current, at < 0 ? '' : shown[at]!.text);
  parts.current.hidden = at < 0;
  setAttr(parts.host, 'data-current', at < 0 ? '' : String(at + 1));
  showDetail(parts, at < 0 ? undefined : shown[at]!.key);
}

/**
 * The current finding's detail: its dismiss form, or the reason it was dismissed for and 「取消確認」.
 * Filled again only when the current finding or its dismissal changed, so a re-check of the page
 * does not empty a form being filled in.
 */
function showDetail(parts: SummaryParts, key: string | undefined): void {
  const found = key === undefined ? undefined : parts.keyed.find((keyed) => keyed.key === key);
  const about = found?.row && parts.dismissals ? found : undefined;
  const detailFor = about ? `${about.key}\u001f${about.dismissed?.id ?? ''}` : '';
  if (detailFor === parts.detailFor) return;
  parts.detailFor = detailFor;
  parts.detail.replaceChildren();
  if (about) parts.dismissals!.fillDetail(parts.detail, about.finding, about.row!.record, parts.locale);
  parts.detail.hidden = !about;
}

function setCurrent(parts: SummaryParts, doc: Document, key: string): void {
  const view = viewOf(doc);
  const before = view.current;
  view.current = key;
  parts.list.refresh(before === undefined || before === key ? [key] : [before, key]);
  showCurrent(parts, view);
}

/** Moves to the next (1) or previous (-1) item shown, brings it into the list's view and tells `onGoto`. */
function move(parts: SummaryParts, doc: Document, step: 1 | -1): void {
  const target = stepFrom(parts.arranged.shown, viewOf(doc).current, step);
  if (!target) return;
  setCurrent(parts, doc, target.key);
  const index = parts.arranged.entries.findIndex((entry) => entry.kind === 'item' && entry.key === target.key);
  if (!parts.body.hidden) parts.list.reveal(index);
  parts.onGoto(target.key);
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
  summary.items = [];
  summary.arranged = arrange([], 'row', { hiddenSeverities: new Set(), hiddenFamilies: new Set() }, '');
  setText(summary.position, '');
  setChildren(body, read.skipped.length > 0 ? [summary.unreadLine, summary.headline, note] : [summary.headline, note]);
  const table = read.pageKind ? read.tables.find((seen) => seen.pageKind === read.pageKind)?.element : undefined;
  host.hidden = !table;
  if (table) placeBefore(host, table);
  else if (!host.isConnected) (doc.body ?? doc.documentElement).append(host);
}

/**
 * A page whose list is not drawn yet (its data still loading): 「檢核中…」 above the list, status `waiting`,
 * and no counts — a half-drawn page's counts would change under the reader once its rows come.
 */
export function showWaiting(summary: SummaryParts, read: PageRead & { status: 'checked' | 'partial' }, locale: Locale, doc: Document): void {
  const { host, body } = summary;
  setAttr(host, 'data-status', 'waiting');
  setAttr(host, 'data-page-kind', read.pageKind);
  // (a panel built for this status: it lists nothing)
  setText(summary.headline, t(locale, 'summaryWaiting', pick(PAGE_KINDS[read.pageKind], locale)));
  setChildren(body, [summary.headline]);
  host.hidden = false;
  const table = read.tables.find((seen) => seen.pageKind === read.pageKind)?.element;
  if (table) placeBefore(host, table);
  else if (!host.isConnected) (doc.body ?? doc.documentElement).prepend(host);
}

/**
 * Each keyed finding as a list item: its row's name and order, its rule's title and its words. Rows that
 * share a name (the same student shown twice) are told apart with 「（第 N 筆）」 (toldApart).
 */
function panelItems(keyed: readonly KeyedFinding[], locale: Locale): PanelItem[] {
  const titles = new Map<string, string>();
  const titleOf = (ruleId: string) => {
    let title = titles.get(ruleId);
    if (title === undefined) {
      const rule = pageRuleById(ruleId);
      titles.set(ruleId, (title = rule ? pick(rule.title, locale) : ruleId));
    }
    return title;
  };
  const names = toldApart(
    keyed.map(({ finding, row }) => {
      const name = row && !row.pageLevel ? rowName(row.record, locale) : undefined;
      return name === undefined || finding.recordIndex === null ? undefined : { name, row: finding.recordIndex };
    }),
    locale,
  );
  return keyed.map(({ key, finding, dismissed }, i) => {
    const named = names[i];
    const words = findingLine(locale, finding.severity, named, pick(finding.message, locale));
    return {
      key,
      severity: finding.severity,
      ruleId: finding.ruleId,
      ruleTitle: titleOf(finding.ruleId),
      rowName: named ?? '',
      rowOrder: named === undefined || finding.recordIndex === null ? -1 : finding.recordIndex,
      text: dismissed ? t(locale, 'dismissedItem', words, reasonText(dismissed, locale)) : words,
      ...(dismissed ? { dismissed: true } : {}),
    };
  });
}

/**
 * A checked (or partly checked) page: counts, paging, unread rows, what could not be checked, and the
 * list of findings, grouped and filtered as the reader left it.
 */
export function showChecked(
  summary: SummaryParts,
  read: PageRead & { status: 'checked' | 'partial' },
  keyed: readonly KeyedFinding[],
  counts: Counts,
  unchecked: readonly Localized[],
  locale: Locale,
  doc: Document,
  dismissals?: MarkDismissals,
): void {
  const { host, body } = summary;
  summary.keyed = keyed;
  summary.dismissals = dismissals;
  showStatus(summary, read, unchecked, locale);
  setAttr(host, 'data-page-kind', read.pageKind);
  setAttr(host, 'data-errors', String(counts.errors));
  setAttr(host, 'data-warnings', String(counts.warnings));
  setAttr(host, 'data-dismissed', String(counts.dismissed ?? 0));
  setText(summary.dismissedLine, counts.dismissed ? t(locale, 'summaryDismissed', counts.dismissed) : '');
  const kindName = pick(PAGE_KINDS[read.pageKind], locale);
  const rowsHere = read.rows.filter((row) => !row.pageLevel).length;
  setText(summary.headline, read.pending ? t(locale, 'summaryChecking', kindName, rowsHere, read.pending) : t(locale, 'summaryChecked', kindName, rowsHere, counts.errors, counts.warnings));
  summary.context = read.context;
  summary.rowsHere = rowsHere;
  showPaging(summary, viewOf(doc).seen);
  setText(summary.clean, t(locale, read.skipped.length > 0 || unchecked.length > 0 ? 'summaryCleanPartial' : 'summaryClean'));
  const uncheckedKey = unchecked.map((note) => pick(note, locale)).join('\u001e');
  if (uncheckedKey !== summary.uncheckedKey) {
    summary.uncheckedKey = uncheckedKey;
    summary.uncheckedNotes = unchecked.map((note) => el('p', 'unread', pick(note, locale)));
  }
  summary.items = panelItems(keyed, locale);
  relist(summary, doc);

  // The first few unread rows are named with their reason; the rest are counted (each row carries its own note).
  const named = read.skipped.slice(0, NAMED_UNREAD);
  const skippedKey = `${read.skipped.length}\u001e${named.map((skipped) => `${skipped.rowNumber}\u001f${pick(skipped.reason, locale)}`).join('\u001e')}`;
  if (skippedKey !== summary.skippedKey) {
    summary.skippedKey = skippedKey;
    summary.skippedNotes = named.map((skipped) => el('p', 'note', t(locale, 'summarySkipped', skipped.rowNumber, pick(skipped.reason, locale))));
    if (read.skipped.length > named.length) summary.skippedNotes.push(el('p', 'note', t(locale, 'summarySkippedMore', read.skipped.length - named.length)));
  }
  const unread = read.skipped.length > 0 ? [summary.unreadLine, ...summary.skippedNotes] : [];
  // Unanswered, none is shown as dismissed: the panel says so, where there are problems that might have been.
  const unknown = dismissals?.unanswered === true && keyed.length > 0;
  setText(summary.dismissalsUnknownLine, unknown ? t(locale, 'summaryDismissalsUnknown') : '');
  const dismissedNote = unknown ? [summary.dismissalsUnknownLine] : counts.dismissed ? [summary.dismissedLine] : [];
  // Nothing looks clean before every row has been read.
  const list = keyed.length > 0 ? [summary.controls, summary.list.viewport, summary.none, summary.current, summary.detail] : read.pending ? [] : [summary.clean];
  setChildren(body, [...unread, ...summary.uncheckedNotes, summary.headline, ...dismissedNote, summary.paging, ...list]);
  summary.list.render();
  host.hidden = false;
  const table = read.tables.find((seen) => seen.pageKind === read.pageKind)?.element;
  if (table) placeBefore(host, table);
  else if (!host.isConnected) (doc.body ?? doc.documentElement).prepend(host);
}

function showPaging(summary: SummaryParts, seen: number): void {
  const text = pagingText(summary.context, summary.rowsHere, seen, summary.locale);
  setText(summary.paging, text);
  summary.paging.hidden = text === '';
}

/** Tells the panel how many rows this document has shown across the list's pages (「已看過 20 / 55 筆」). */
export function setSeenRows(doc: Document, seen: number): void {
  viewOf(doc).seen = seen;
  const summary = panels.get(doc);
  if (summary?.host.getAttribute('data-status') !== 'unrecognized' && summary) showPaging(summary, seen);
}

/** The scroll area a table sits in, by table: looked up once, so a re-check forces no style work. */
const anchors = new WeakMap<Element, Element>();

/** An overflow that scrolls or cuts off what does not fit. */
function clips(value: string): boolean {
  return value === 'auto' || value === 'scroll' || value === 'hidden' || value === 'clip';
}

/**
 * What the panel goes just before: the outermost scroll or clipping area around the table (a list
 * scrolled sideways would carry the panel out of view; a grid's fixed-height header box would cut it
 * off), else the table itself. Left around the panel: an area scrolling a window's height of content
 * up and down (the page's own frame), and an area laid out by a flex or grid parent (the panel would
 * become a column beside it).
 */
function anchorOf(table: Element): Element {
  const known = anchors.get(table);
  if (known && known.isConnected && known.contains(table)) return known;
  const doc = table.ownerDocument;
  const view = doc.defaultView;
  let anchor = table;
  for (let node = table.parentElement; node && node !== doc.body && node !== doc.documentElement; node = node.parentElement) {
    const style = view?.getComputedStyle(node);
    if (!style) break;
    if (!clips(style.overflowX) && !clips(style.overflowY)) continue;
    const pageFrame = node.scrollHeight > node.clientHeight + 1 && node.clientHeight >= (view?.innerHeight ?? 0) * 0.8;
    const parentDisplay = node.parentElement ? view?.getComputedStyle(node.parentElement).display ?? '' : '';
    if (!pageFrame && !/flex|grid/.test(parentDisplay)) anchor = node;
  }
  anchors.set(table, anchor);
  return anchor;
}

/**
 * The panel sits in the page's flow just above the table (outside its scroll area) it reports on, so it
 * never covers the portal's own buttons or pager; docked, it is fixed to the window's side instead.
 */
function placeBefore(host: HTMLElement, table: Element): void {
  const anchor = anchorOf(table);
  if (host.nextElementSibling !== anchor) anchor.before(host);
}
