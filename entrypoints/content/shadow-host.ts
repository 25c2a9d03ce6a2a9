/**
 * The shadow hosts every mark, note and panel lives in: an open shadow root styled by one
 * constructed stylesheet per document and text. Nothing here parses HTML.
 */

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
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
export function shadowHost(doc: Document, tag: string, css: string): { host: HTMLElement; root: ShadowRoot } {
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
