import type { Field } from '@/lib/adapters/vocabulary';
import type { IdentityKind } from './fake-identities';

/**
 * What the content script hands the popup for 「匯出匿名頁面樣本」: the page as it is now (what the user
 * typed or ticked kept as attributes), the text of its readable style sheets, and the identities the
 * adapter found in its tables. The popup makes the anonymous sample from it (page-sample.ts), so the
 * content script, which runs on every page, carries none of the cleaning and faking.
 */
export interface PageSnapshot {
  /** the page's markup, lp-checker's own elements included (the sample leaves them out) */
  html: string;
  styles: string[];
  /** each text piece of a cell in a column the adapter took for names, 學號 or ID numbers, with its kind */
  identities: [string, IdentityKind][];
}

/** What the popup asks the page for, and what the page answers. */
export interface PageSampleRequest {
  type: 'export-page-sample';
}
export type PageSampleAnswer = { ok: true; snapshot: PageSnapshot; filename: string } | { ok: false; error: string };

/** What the snapshot needs from the adapter's reading: every data table it saw, with what each column was taken for. */
export interface SampleSource {
  tables: readonly {
    headers: readonly { field?: Field }[];
    body(): readonly { cells: readonly Element[] }[];
  }[];
}

/** The columns whose values are a student's identity. */
const IDENTITY_FIELDS: Partial<Record<Field, IdentityKind>> = { studentName: 'name', studentNo: 'number', nationalId: 'number' };

const OWN_TAGS = new Set(['lpc-mark', 'lpc-unread', 'lpc-summary', 'lpc-overlay']);

/** The snapshot of `doc`; `doc` itself is left as it is. */
export function pageSnapshot(doc: Document, read: SampleSource): PageSnapshot {
  // The copy belongs to a document without a window: nothing in it loads or runs.
  const root = doc.implementation.createHTMLDocument('').importNode(doc.documentElement, true);
  copyFormState(doc.documentElement, root);
  const identities: [string, IdentityKind][] = [];
  for (const table of read.tables) {
    const columns = table.headers.flatMap((header, i) => {
      const kind = header.field && IDENTITY_FIELDS[header.field];
      return kind ? [[i, kind] as const] : [];
    });
    if (columns.length === 0) continue;
    for (const row of table.body()) {
      for (const [i, kind] of columns) {
        const cell = row.cells[i];
        // Each piece of text in the cell on its own: a name in a link beside a note is still found.
        if (cell) for (const piece of ownTexts(cell)) identities.push([piece, kind]);
      }
    }
  }
  return { html: root.outerHTML, styles: readableStyles(doc), identities };
}

/** What the user has typed, ticked or chosen lives in properties; the copy keeps it as attributes. */
function copyFormState(from: Element, to: Element): void {
  const selector = 'input, textarea, select';
  const live = from.querySelectorAll(selector);
  const copies = to.querySelectorAll(selector);
  live.forEach((control, i) => {
    const copy = copies[i];
    if (!copy || copy.tagName !== control.tagName) return;
    if (control.tagName === 'INPUT') {
      const input = control as HTMLInputElement;
      if (input.type === 'checkbox' || input.type === 'radio') copy.toggleAttribute('checked', input.checked);
      else if (input.type !== 'file' && input.type !== 'password') copy.setAttribute('value', input.value);
    } else if (control.tagName === 'TEXTAREA') {
      copy.textContent = (control as HTMLTextAreaElement).value;
    } else {
      const options = (control as HTMLSelectElement).options;
      Array.from(copy.querySelectorAll('option')).forEach((option, j) => option.toggleAttribute('selected', options[j]?.selected ?? false));
    }
  });
}

/** The text of the page's style sheets the page may read (its own, not cross-origin ones), minus anything that would fetch. */
function readableStyles(doc: Document): string[] {
  const texts: string[] = [];
  for (const sheet of Array.from(doc.styleSheets)) {
    const owner = sheet.ownerNode as Element | null;
    if (owner && isOwn(owner)) continue;
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      continue; // a cross-origin sheet: dropped
    }
    const text = Array.from(rules, (rule) => rule.cssText)
      .filter((css) => !/^@(?:import|font-face)\b/i.test(css) && !/url\s*\(/i.test(css))
      .join('\n');
    if (text) texts.push(text);
  }
  return texts;
}

/** One of lp-checker's own elements: its marks and summary, and anything carrying a data-lpc-* attribute. */
export function isOwnElement(element: Element): boolean {
  return OWN_TAGS.has(element.localName) || hasOwnAttribute(element);
}

/** An element inside one of lp-checker's own (or one itself). */
function isOwn(element: Element): boolean {
  for (let node: Element | null = element; node; node = node.parentElement) if (isOwnElement(node)) return true;
  return false;
}

function hasOwnAttribute(element: Element): boolean {
  if (!element.hasAttributes()) return false;
  for (const name of element.getAttributeNames()) if (name.startsWith('data-lpc')) return true;
  return false;
}

/** Elements that start a line of their own: their text is kept apart from the text around them. */
const LINE_ELEMENTS = new Set(['br', 'div', 'p', 'li', 'ul', 'ol', 'table', 'tr', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'section']);

/** An element's text as the page shows it, without lp-checker's own marks and notes: lines joined by a space. */
export function pageText(element: Element): string {
  let text = '';
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) text += (child as Text).data;
      else if (child.nodeType === 1 && !isOwnElement(child as Element)) {
        const line = LINE_ELEMENTS.has((child as Element).localName);
        if (line) text += ' ';
        walk(child);
        if (line) text += ' ';
      }
    }
  };
  walk(element);
  return text.replace(/[ \t\n\r\f]+/g, ' ').trim();
}

/** The text nodes of a live cell, leaving out lp-checker's own elements. */
function ownTexts(cell: Element): string[] {
  const texts: string[] = [];
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) texts.push((child as Text).data);
      else if (child.nodeType === 1 && !isOwnElement(child as Element)) walk(child);
    }
  };
  walk(cell);
  return texts;
}
