import type { Finding } from '@/lib/model/finding';
import type { Locale } from '@/lib/model/localized';
import { ownCells } from '@/lib/adapters/grids';
import type { PageRead, ReadRow } from '@/lib/adapters/read-page';
import { overlayFor, type OverlayMark } from './overlay';
import { dismissedText, type DismissedNote } from './dismiss-form';
import type { MarkDismissals } from './dismissals';

/** The marks in offending cells: keying them between checks, and placing their anchors; the overlay shows them. */

export { SEVERITY_KEY } from './overlay';

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

/** A mark's identity: the row element (or "the page"), rule, field, severity and message (and the locale it is written in). */
function markKey(finding: Finding, row: ReadRow | undefined, locale: Locale): string {
  const known = markKeys.get(finding);
  if (known && known.row === row?.row && known.locale === locale) return known.key;
  // A page-level record's element may be drawn anew by the portal's script (a Vue page does): its findings keep
  // their keys, so the panel's current item and the dismiss form being filled survive a re-check.
  const key = `${row ? (row.pageLevel ? 'page' : rowId(row.row)) : 0}\u001f${finding.ruleId}\u001f${finding.field ?? ''}\u001f${finding.severity}\u001f${locale}\u001f${finding.message.zh}\u001f${finding.message.en}`;
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

function place(row: ReadRow, cell: Element | undefined, mark: HTMLElement): void {
  if (cell) {
    if (mark.parentNode !== cell) cell.appendChild(mark);
  } else if (mark.parentNode !== row.row.parentNode || !mark.isConnected) {
    row.row.parentNode?.insertBefore(mark, row.row);
  }
}

/** Prebuilt anchors by rule and severity, cloned for each mark. */
type Templates = Map<string, Partial<Record<Finding['severity'], HTMLElement>>>;

/** Each document's prebuilt anchors (looked up once per drawing, not per mark). */
const anchorTemplates = new WeakMap<Document, Templates>();

/**
 * A mark's anchor in the page: the contract's element (data-lpc-finding, data-rule, data-severity) in the cell it
 * is about, with no box, no text and no shadow root, so it changes neither the portal's layout nor a cell's text.
 * What a person sees is drawn by the overlay.
 */
function drawAnchor(templates: Templates, doc: Document, finding: Finding): HTMLElement {
  let byRule = templates.get(finding.ruleId);
  if (!byRule) templates.set(finding.ruleId, (byRule = {}));
  let template = byRule[finding.severity];
  if (!template) {
    template = doc.createElement('lpc-mark');
    template.setAttribute('data-lpc-finding', '');
    template.setAttribute('data-rule', finding.ruleId);
    template.setAttribute('data-severity', finding.severity);
    // hidden: no box (the UA's [hidden] rule), so the portal's layout is untouched
    template.hidden = true;
    byRule[finding.severity] = template;
  }
  return template.cloneNode(false) as HTMLElement;
}

/**
 * Puts an anchor in the cell of every row-level finding (keeping the anchors of `previous` whose key is drawn
 * again and removing the others) and hands the marks to the document's overlay. Returns the anchors now drawn,
 * by key.
 */
export function drawMarks(doc: Document, previous: ReadonlyMap<string, HTMLElement>, keyed: readonly KeyedFinding[], locale: Locale, dismissals?: MarkDismissals): Map<string, HTMLElement> {
  const marks = new Map<string, HTMLElement>();
  const shown: OverlayMark[] = [];
  let templates = anchorTemplates.get(doc);
  if (!templates) anchorTemplates.set(doc, (templates = new Map()));
  for (const { key, finding, row, dismissed } of keyed) {
    if (!row) continue;
    const kept = previous.get(key);
    const mark = kept ?? drawAnchor(templates, doc, finding);
    const cell = targetCell(row, finding.field);
    place(row, cell, mark);
    marks.set(key, mark);
    // A dismissed finding's anchor carries its 「已確認，無需更正（…）：理由」 line; the overlay greys its badge.
    const line = dismissed ? dismissedText(dismissed, locale) : undefined;
    if (line !== undefined) {
      if (mark.getAttribute('data-dismissed') !== line) mark.setAttribute('data-dismissed', line);
    } else if (kept?.hasAttribute('data-dismissed')) kept.removeAttribute('data-dismissed');
    // The popover's last part, made when it opens: the reason of a dismissed finding, else the form to dismiss it.
    shown.push({ key, finding, target: cell ?? row.row, dismissed: line, record: row.record, details: dismissals });
  }
  for (const [key, mark] of previous) if (!marks.has(key)) mark.remove();
  if (shown.length > 0 || previous.size > 0) overlayFor(doc).setMarks('findings', shown, locale);
  return marks;
}
