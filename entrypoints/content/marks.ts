import type { Finding } from '@/lib/model/finding';
import { pick, type Locale } from '@/lib/model/localized';
import { ownCells } from '@/lib/adapters/grids';
import type { PageRead, ReadRow } from '@/lib/adapters/read-page';
import type { PageRecord } from '@/lib/model/records';
import { ruleById } from '@/lib/rules';
import { cite } from '@/lib/rules/cite';
import { t } from '@/lib/i18n';
import { el, shadowHost } from './shadow-host';
import { MARK_CSS } from './styles';
import { DISMISS_CSS, dismissedText, type DismissedNote } from './dismiss-form';
import type { MarkDismissals } from './dismissals';
import { reasonText } from '@/lib/dismissals/reasons';

/** The marks beside offending cells: drawing them, keying them between checks, and placing them. */

export const SEVERITY_KEY = { error: 'severityError', warning: 'severityWarning', info: 'severityInfo' } as const;

/** A finding with the key its mark and list item are kept by, and the row it is about (none for a page-level finding). */
export interface KeyedFinding {
  key: string;
  finding: Finding;
  row: ReadRow | undefined;
  /** set when the finding is marked 「已確認，無需更正」 with the same value: its mark is grey */
  dismissed?: DismissedNote;
}

const rowIds = new WeakMap<Element, number>();
let nextRowId = 1;

function rowId(row: Element): number {
  let id = rowIds.get(row);
  if (id === undefined) rowIds.set(row, (id = nextRowId++));
  return id;
}

/** Mark keys by finding object: the rules hand back the same findings for unchanged records, check after check. */
const markKeys = new WeakMap<Finding, { row: Element | undefined; locale: Locale; key: string }>();

/** A mark's identity: the row element, rule, field, severity and message (and the locale it is written in). */
function markKey(finding: Finding, row: ReadRow | undefined, locale: Locale): string {
  const known = markKeys.get(finding);
  if (known && known.row === row?.row && known.locale === locale) return known.key;
  const key = `${row ? rowId(row.row) : 0}\u001f${finding.ruleId}\u001f${finding.field ?? ''}\u001f${finding.severity}\u001f${locale}\u001f${finding.message.zh}\u001f${finding.message.en}`;
  markKeys.set(finding, { row: row?.row, locale, key });
  return key;
}

/** Each finding with its row and a key unique within this drawing (two alike findings on one row get 2, 3 …). */
export function keyFindings(findings: readonly Finding[], read: PageRead & { status: 'checked' | 'partial' }, locale: Locale, dismissals?: MarkDismissals): KeyedFinding[] {
  const seen = new Set<string>();
  const anyDismissed = dismissals !== undefined && dismissals.dismissed.size > 0;
  return findings.map((finding) => {
    const row = finding.recordIndex === null ? undefined : read.rows[finding.recordIndex];
    const base = markKey(finding, row, locale);
    let key = base;
    for (let n = 2; seen.has(key); n += 1) key = `${base}\u001f${n}`;
    seen.add(key);
    const dismissed = anyDismissed && row ? dismissals.dismissed.get(dismissals.keyOf(finding, row.record)) : undefined;
    return dismissed ? { key, finding, row, dismissed } : { key, finding, row };
  });
}

/** A row's first cell (a tr's, or an ARIA row's); undefined for a list element (a page-level record). */
export function firstCell(row: Element): Element | undefined {
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
/** What a mark is about now (its record is replaced when the row is read again), for its dismiss form. */
const markSubjects = new WeakMap<Element, { finding: Finding; record: PageRecord; locale: Locale; dismissals: MarkDismissals }>();
/** The dismissed line a grey mark shows ('' while not dismissed). */
const greyed = new WeakMap<Element, string>();
const MARK_SHEET = MARK_CSS + DISMISS_CSS;
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
    const subject = markSubjects.get(root.host);
    subject?.dismissals.fillDetail(detail, subject.finding, subject.record, subject.locale);
    root.append(detail);
  }
  detail.hidden = !detail.hidden;
  button.setAttribute('aria-expanded', String(!detail.hidden));
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

function drawMark(doc: Document, finding: Finding, locale: Locale): HTMLElement {
  const { host, root } = shadowHost(doc, 'lpc-mark', MARK_SHEET);
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
 * Puts a mark beside the cell of every row-level finding, keeping the marks of `previous` whose key is drawn
 * again and removing the others. Returns the marks now drawn, by key.
 */
export function drawMarks(doc: Document, previous: ReadonlyMap<string, HTMLElement>, keyed: readonly KeyedFinding[], locale: Locale, dismissals?: MarkDismissals): Map<string, HTMLElement> {
  const marks = new Map<string, HTMLElement>();
  for (const { key, finding, row, dismissed } of keyed) {
    if (!row) continue;
    const mark = previous.get(key) ?? drawMark(doc, finding, locale);
    place(row, finding.field, mark);
    if (dismissals) markSubjects.set(mark, { finding, record: row.record, locale, dismissals });
    showDismissed(mark, dismissed, locale);
    marks.set(key, mark);
  }
  for (const [key, mark] of previous) if (!marks.has(key)) mark.remove();
  return marks;
}

/**
 * A dismissed mark is grey, says 「已確認」 and its reason, and carries `data-dismissed` (the line);
 * one no longer dismissed (its value changed) is drawn as before. Its detail is built again on the next click.
 */
function showDismissed(mark: HTMLElement, note: DismissedNote | undefined, locale: Locale): void {
  const line = note ? dismissedText(note, locale) : '';
  if ((greyed.get(mark) ?? '') === line) return;
  greyed.set(mark, line);
  const root = mark.shadowRoot;
  const button = root?.querySelector<HTMLButtonElement>('button.mark');
  if (!root || !button) return;
  root.querySelector('.detail')?.remove();
  button.setAttribute('aria-expanded', 'false');
  button.querySelectorAll('.dismissed-tag, .reason').forEach((node) => node.remove());
  button.classList.toggle('dismissed', line !== '');
  if (!note) {
    mark.removeAttribute('data-dismissed');
    button.title = markDetails.get(mark)?.message ?? '';
    return;
  }
  mark.setAttribute('data-dismissed', line);
  button.title = `${line}\n${markDetails.get(mark)?.message ?? ''}`;
  button.append(el('span', 'dismissed-tag', t(locale, 'dismissedLabel')), el('span', 'reason', reasonText(note, locale)));
}
