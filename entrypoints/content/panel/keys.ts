/**
 * Alt+↓ / Alt+↑ move to the next / previous problem, except while the page's focus is in something one
 * types into (a text box, a list box, an editable area), where the keys keep their usual meaning.
 */

/** Input types that take typing (or arrow keys) rather than a click. */
const TYPED = new Set(['text', 'search', 'email', 'number', 'password', 'tel', 'url', 'date', 'datetime-local', 'month', 'week', 'time', 'range', '']);

/** The element that has the focus, looking into open shadow roots. */
function focused(doc: Document): Element | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

export function inTextField(doc: Document): boolean {
  const active = focused(doc);
  if (!active) return false;
  const tag = active.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') return TYPED.has(((active as HTMLInputElement).getAttribute('type') ?? '').toLowerCase());
  return (active as HTMLElement).isContentEditable === true || active.getAttribute('contenteditable') === 'true' || active.getAttribute('role') === 'textbox';
}

/** The step an Alt+arrow key press asks for, or undefined for any other key or while typing. */
export function stepOf(event: KeyboardEvent, doc: Document): 1 | -1 | undefined {
  if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return undefined;
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return undefined;
  if (inTextField(doc)) return undefined;
  return event.key === 'ArrowDown' ? 1 : -1;
}
