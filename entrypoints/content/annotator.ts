import type { Finding } from '@/lib/model/finding';
import type { Locale, Localized } from '@/lib/model/localized';
import type { PageRead } from '@/lib/adapters/read-page';
import { pageCounts } from '@/lib/stats/page-counts';
import { drawMarks, keyFindings, type KeyedFinding } from './marks';
import type { MarkDismissals } from './dismissals';
import { clearOverlay, overlayFor } from './overlay';
import { showChecked, showUnrecognized, showWaiting, summaryFor, type Counts, type SummaryParts } from './summary-panel';
import { drawUnreadRows } from './unread-notes';

/**
 * Draws findings into the page: an anchor in each offending cell with its badge in the overlay layer, a note
 * in each unread row and one summary panel. Everything is built with createElement + textContent inside open
 * shadow roots; nothing from the page or a rule is ever parsed as HTML.
 */

/** What this script drew in a document, so the next drawing changes only what differs. */
interface Drawn {
  marks: Map<string, HTMLElement>;
  /** the 「未檢核」 notes in unread rows, by row */
  unread: Map<Element, HTMLElement>;
  summary?: SummaryParts;
}

const drawn = new WeakMap<Document, Drawn>();

/** Removes every mark and the summary panel this script drew. */
export function clearAnnotations(doc: Document = document): void {
  doc.querySelectorAll('[data-lpc-finding], [data-lpc-unread], [data-lpc-summary]').forEach((node) => node.remove());
  clearOverlay(doc);
  drawn.delete(doc);
}

/** Counts for the panel: dismissed findings apart, not as errors or warnings (as the popup and the log count them). */
function countKeyed(keyed: readonly KeyedFinding[]): Counts {
  return pageCounts(
    keyed,
    (item) => item.finding.severity,
    (item) => item.dismissed !== undefined,
  );
}

/**
 * Draws marks and the summary for one reading of the page. Drawing again changes only what
 * differs: marks are kept by row element, rule, field and message; the summary panel is updated
 * in place. The contract (data-lpc-finding / data-rule / data-severity beside the cell, one
 * data-lpc-summary with its counts) holds after every drawing. `dismissals` greys the marks of
 * findings marked 「已確認，無需更正」 (counted apart) and puts the dismiss form in marks' details.
 */
export function annotate(read: PageRead, findings: Finding[], locale: Locale, doc: Document = document, unchecked: readonly Localized[] = [], dismissals?: MarkDismissals): void {
  let state = drawn.get(doc);
  if (!state) drawn.set(doc, (state = { marks: new Map(), unread: new Map() }));
  // A summary item's mark: its cell scrolled into view, its badge and outline shown as the current one.
  const scrollTo = (key: string) => void overlayFor(doc).highlight(key);
  const summary = (state.summary = summaryFor(doc, state.summary, read, locale, scrollTo));
  state.unread = drawUnreadRows(doc, state.unread, read.skipped, locale);
  if (read.status === 'unrecognized') {
    state.marks = drawMarks(doc, state.marks, [], locale);
    showUnrecognized(summary, read, unchecked, locale, doc);
    return;
  }
  const keyed = keyFindings(findings, read, locale, dismissals);
  const marksFrom = performance.now();
  state.marks = drawMarks(doc, state.marks, keyed, locale, dismissals);
  // The marks' own part of drawing, for `npm run bench` (its baseline inserts as many plain elements).
  performance.measure('lpc-marks', { start: marksFrom, end: performance.now(), detail: { rows: read.rows.length, marks: state.marks.size } });
  showChecked(summary, read, keyed, countKeyed(keyed), unchecked, locale, doc, dismissals);
}

/**
 * Shows that the page's list is not drawn yet (its data still loading): the summary says 「檢核中…」 with no
 * counts, and no marks or unread notes are shown until the list is drawn and checked.
 */
export function annotateWaiting(read: PageRead & { status: 'checked' | 'partial' }, locale: Locale, doc: Document = document): void {
  let state = drawn.get(doc);
  if (!state) drawn.set(doc, (state = { marks: new Map(), unread: new Map() }));
  const scrollTo = (key: string) => void overlayFor(doc).highlight(key);
  const summary = (state.summary = summaryFor(doc, state.summary, read, locale, scrollTo, 'waiting'));
  state.unread = drawUnreadRows(doc, state.unread, [], locale);
  state.marks = drawMarks(doc, state.marks, [], locale);
  showWaiting(summary, read, locale, doc);
}
