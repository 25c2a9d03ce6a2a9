import { pick, type Locale } from '@/lib/model/localized';
import type { SkippedRow } from '@/lib/adapters/read-page';
import { t } from '@/lib/i18n';
import { firstCell } from './marks';
import { overlayFor, type OverlayMark } from './overlay';
import { el, shadowHost } from './shadow-host';
import { UNREAD_CSS } from './styles';

/**
 * The note in a row that could not be read: 「未檢核」 and why, in its shadow root (the row's own text, which
 * a re-check reads, stays the page's) and as its accessible name. The note itself has no box (the portal's
 * layout stays as it was); the overlay shows it as a badge on the row's first cell, with the reason.
 */
function drawUnread(doc: Document, skipped: SkippedRow, locale: Locale): HTMLElement {
  const { host, root } = shadowHost(doc, 'lpc-unread', UNREAD_CSS);
  const reason = pick(skipped.reason, locale);
  host.setAttribute('data-lpc-unread', '');
  host.setAttribute('role', 'note');
  host.setAttribute('aria-label', `${t(locale, 'unreadBadge')}：${reason}`);
  host.hidden = true;
  root.append(el('span', 'badge', t(locale, 'unreadBadge')), el('span', 'reason', reason));
  return host;
}

/**
 * Puts a 「未檢核」 note into every unread row (keeping those of `previous` still right) and removes the others.
 * Returns the notes now drawn, by row.
 */
export function drawUnreadRows(doc: Document, previous: ReadonlyMap<Element, HTMLElement>, skipped: readonly SkippedRow[], locale: Locale): Map<Element, HTMLElement> {
  const next = new Map<Element, HTMLElement>();
  const shown: OverlayMark[] = [];
  for (const row of skipped) {
    const reason = pick(row.reason, locale);
    let note = previous.get(row.row);
    if (!note || note.shadowRoot?.querySelector('.reason')?.textContent !== reason) {
      note?.remove();
      note = drawUnread(doc, row, locale);
    }
    const cell = firstCell(row.row);
    if (cell && note.parentNode !== cell) cell.append(note);
    else if (!cell && !note.isConnected) row.row.prepend(note);
    next.set(row.row, note);
    shown.push({ key: `unread\u001f${shown.length}`, target: cell ?? row.row, unread: reason });
  }
  for (const [row, note] of previous) if (next.get(row) !== note) note.remove();
  if (shown.length > 0 || previous.size > 0) overlayFor(doc).setMarks('unread', shown, locale);
  return next;
}
