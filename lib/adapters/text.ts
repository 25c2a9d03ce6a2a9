/** Text helpers for reading page cells. Everything here returns plain strings. */

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;

/**
 * HTML collapses only ASCII white space; a full-width space (U+3000) in a
 * title or 簡述 is a character the student typed and stays.
 */
const HTML_SPACE = /[ \t\n\r\f]+/g;

/**
 * A cell's text as the page shows it: source line breaks and indentation collapsed, ends trimmed.
 * A cell that shows only an icon or image (「<img alt="已認證">」「<i title="通過">」) reads as what
 * the icon says to people who cannot see it.
 */
export function cellText(element: Element): string {
  const text = (element.textContent ?? '').replace(HTML_SPACE, ' ').trim();
  return text || iconText(element);
}

/** Attributes that say in words what an icon or image shows, in the order they are trusted. */
const LABELS = ['alt', 'aria-label', 'title'] as const;

/**
 * The words an element's icons and images carry in alt, aria-label or title (the element's own
 * included), each once, in document order; '' when there are none.
 */
export function iconText(element: Element): string {
  const words: string[] = [];
  const labelled = element.childElementCount === 0 ? [] : Array.from(element.querySelectorAll('[alt], [aria-label], [title]'));
  for (const node of [element, ...labelled]) {
    for (const name of LABELS) {
      const word = node.getAttribute(name)?.replace(HTML_SPACE, ' ').trim();
      if (!word) continue;
      if (!words.includes(word)) words.push(word);
      break;
    }
  }
  return words.join(' ');
}

/**
 * A cell's text with line breaks kept (br, block children, newlines), each line
 * trimmed; used where one cell holds several values, such as a file list.
 */
export function cellLines(element: Element): string[] {
  if (element.childElementCount === 0) {
    // Text only (the usual cell): its lines are the text's own.
    const lines: string[] = [];
    for (const part of (element.textContent ?? '').split('\n')) {
      const line = part.replace(HTML_SPACE, ' ').trim();
      if (line) lines.push(line);
    }
    return lines;
  }
  const lines: string[] = [];
  let current = '';
  const flush = () => {
    const line = current.replace(HTML_SPACE, ' ').trim();
    if (line) lines.push(line);
    current = '';
  };
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const data = (child as Text).data;
        if (data.indexOf('\n') < 0) {
          current += data;
          continue;
        }
        data.split('\n').forEach((part, i) => {
          if (i > 0) flush();
          current += part;
        });
      } else if (child.nodeType === 1) {
        const tag = (child as Element).tagName.toLowerCase();
        if (tag === 'br') {
          flush();
          continue;
        }
        const block = BLOCK_TAGS.has(tag);
        if (block) flush();
        walk(child);
        if (block) flush();
      }
    }
  };
  walk(element);
  flush();
  return lines;
}

const BLOCK_TAGS = new Set(['div', 'p', 'li', 'ul', 'ol', 'tr', 'table']);

/** Header text reduced to a comparable key: NFKC, no spaces, no sort arrows or marks. */
export function headerKey(text: string): string {
  return text
    .normalize('NFKC')
    .replace(ZERO_WIDTH, '')
    .replace(/[\s*＊:：▲▼↑↓⇅()（）]/g, '')
    .trim();
}
