import { IdentityFakes, type IdentityKind } from './fake-identities';
import { isOwnElement, type PageSnapshot } from './page-snapshot';

/**
 * 「匯出匿名頁面樣本」: a page as one self-contained HTML file a school can send when the checker
 * misreads it, without sending student data.
 *
 * Made in the popup from the page's snapshot (page-snapshot.ts, taken by the content script), parsed
 * into an inert document (nothing in it loads or runs) and cleaned there; the live page is never
 * changed. Every student name, 學號 and 身分證號 the adapter found in a table, the
 * ones the page states in its own words (「學號：…」「學生：…」「王小明（302 班 5 號）」), every run of six
 * or more digits (a 學號 inside a row key) and every
 * ID-number-like string anywhere, in text or attribute values, become consistent fakes (see
 * fake-identities.ts). Scripts, event handlers, frames' sources, external references, hidden form
 * values and comments go; the page's readable stylesheets are inlined; lp-checker's own marks are
 * left out. Tables keep their structure, so the file reads into the same findings.
 */

/** Elements dropped with their content: code, plug-ins, and elements whose text the serializer would not escape. */
const DROPPED = new Set(['script', 'noscript', 'template', 'object', 'embed', 'applet', 'base', 'link', 'style', 'noembed', 'noframes']);
/** Attributes that make a browser fetch or navigate on its own. */
const FETCHING_ATTRIBUTES = new Set(['src', 'srcset', 'srcdoc', 'poster', 'action', 'formaction', 'background', 'ping', 'manifest', 'lowsrc', 'dynsrc', 'longdesc', 'codebase', 'archive', 'imagesrcset']);
/** Elements whose href is a link a person follows (kept unless it runs code); any other href is a reference and goes. */
const LINK_ELEMENTS = new Set(['a', 'area']);
const CODE_URL = /^\s*(?:javascript|vbscript|data)\s*:/i;

/** An ID number anywhere: a letter, 1/2/8/9/A–D and 8 digits, not part of a longer word. */
const ID_ANYWHERE = /(?<![A-Za-z0-9])[A-Za-z][12ABCDabcd89]\d{8}(?![A-Za-z0-9])/g;
/** Identities the page states in its own words. */
const STATED: readonly { pattern: RegExp; kind: IdentityKind }[] = [
  { pattern: /(?:學號|學生證號)\s*[:：]?\s*([A-Za-z0-9]{3,12})(?![A-Za-z0-9])/g, kind: 'number' },
  { pattern: /(?:學生姓名|姓名|學生)\s*[:：]\s*([^\s｜|│/／（()）,，、:：;；]{2,20})/g, kind: 'name' },
  // 「王小明（302 班 5 號）」「王小明｜302 班 5 號」: a name beside its class and seat, as a page names its user.
  { pattern: /(?:^|[\s：:｜|│])([\u3400-\u9fff]{2,4})\s*[｜|│（(]\s*\d{3}\s*班\s*\d{1,2}\s*號/g, kind: 'name' },
];
/**
 * A run of 6 to 10 digits standing on its own or inside a key (「O-112045-1」, a row id that carries the 學號):
 * a 學號 the page does not label. Not a size (「5767168 B」), a decimal or a grouped number.
 */
const LONG_NUMBER = /(?<![0-9A-Za-z.,])\d{6,10}(?![0-9A-Za-z]|[.,]\d|\s*(?:[KMG]?B|bytes?)(?![A-Za-z]))/g;
const LONG_NUMBER_HINT = /\d{6}/;
/** Cheap tests that let most strings skip the patterns above. */
const STATED_HINT = /學|姓名|班/;
const ID_HINT = /[A-Za-z][12ABCDabcd89]\d{8}/;
/** A value shorter than this, or without a letter, digit or Han character, is not an identity. */
const MIN_IDENTITY_LENGTH = 2;
const MEANINGFUL = /[A-Za-z0-9\u3400-\u9fff]/;

/**
 * The anonymous sample of a page, from its snapshot (page-snapshot.ts), as the text of an HTML file.
 * Made in the popup: the snapshot is parsed into an inert document (DOMParser's: nothing in it loads or runs).
 */
export function pageSample(snapshot: PageSnapshot): string {
  const sample = new DOMParser().parseFromString(snapshot.html, 'text/html');
  const root = sample.documentElement;
  const styles = snapshot.styles;

  walk(root, { element: clean });
  const identities = identitiesIn(root, snapshot.identities);
  const fakes = new IdentityFakes((candidate) => identities.shown.has(candidate));
  const replace = replacer(identities.found, fakes);
  walk(root, {
    text(node) {
      const next = replace(node.data);
      if (next !== node.data) node.data = next;
    },
    element(element) {
      if (!element.hasAttributes()) return true;
      for (const name of element.getAttributeNames()) {
        const value = element.getAttribute(name)!;
        const next = replace(value);
        if (next !== value) element.setAttribute(name, next);
      }
      return true;
    },
  });

  const head = root.querySelector('head') ?? root.insertBefore(sample.createElement('head'), root.firstChild);
  head.querySelectorAll('meta[charset], meta[http-equiv]').forEach((meta) => meta.remove());
  const charset = sample.createElement('meta');
  charset.setAttribute('charset', 'utf-8');
  // Belt and braces: even opened in a browser, the file may load nothing and run nothing.
  const policy = sample.createElement('meta');
  policy.setAttribute('http-equiv', 'Content-Security-Policy');
  policy.setAttribute('content', "default-src 'none'; style-src 'unsafe-inline'");
  head.prepend(charset, policy);
  for (const text of styles) {
    const style = sample.createElement('style');
    style.textContent = text;
    head.append(style);
  }
  return `<!DOCTYPE html>\n<!-- lp-checker 匿名頁面樣本：學生姓名、學號、身分證號已換成代稱；程式碼、外部連結與隱藏欄位已移除。 -->\n${root.outerHTML}\n`;
}

interface Visitor {
  text?(node: Text): void;
  /** false when the element was removed or replaced: its content is not visited */
  element(element: Element): boolean;
}

/**
 * Visits every element (the root too) and text node under `root`, each element before its content,
 * always in the same order; comments are removed on the way.
 */
function walk(root: Element, visitor: Visitor): void {
  if (!visitor.element(root)) return;
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const parent = stack.pop()!;
    let child = parent.firstChild;
    const children: Node[] = [];
    while (child) {
      const next = child.nextSibling;
      if (child.nodeType === 1) {
        if (visitor.element(child as Element)) children.push(child);
      } else if (child.nodeType === 3) visitor.text?.(child as Text);
      else if (child.nodeType === 8) child.remove();
      child = next;
    }
    for (let i = children.length - 1; i >= 0; i -= 1) stack.push(children[i]!);
  }
}

/** Cleans one element of the copy; false when it was removed (or replaced) instead. */
function clean(element: Element): boolean {
  const tag = element.localName;
  if (DROPPED.has(tag) || isOwnElement(element) || (tag === 'meta' && /refresh/i.test(element.getAttribute('http-equiv') ?? ''))) {
    element.remove();
    return false;
  }
  if (tag === 'xmp' || tag === 'plaintext') {
    const pre = element.ownerDocument.createElement('pre');
    pre.textContent = element.textContent;
    element.replaceWith(pre);
    return false;
  }
  if (tag === 'iframe' || tag === 'frame') element.replaceChildren();
  // Hidden fields carry the page's state (an ASP.NET __VIEWSTATE holds every row, encoded); a password is a password.
  if (tag === 'input' && /^(?:hidden|password)$/i.test(element.getAttribute('type') ?? '')) element.removeAttribute('value');
  for (const name of element.getAttributeNames()) {
    const lower = name.toLowerCase();
    const value = element.getAttribute(name) ?? '';
    const href = lower === 'href' || lower === 'xlink:href';
    if (
      lower.startsWith('on') ||
      FETCHING_ATTRIBUTES.has(lower) ||
      (href && !(LINK_ELEMENTS.has(tag) || value.trim().startsWith('#'))) ||
      CODE_URL.test(value) ||
      (lower === 'style' && /url\s*\(|expression\s*\(/i.test(value))
    ) {
      element.removeAttribute(name);
    }
  }
  return true;
}

interface Identities {
  /** original → kind, in the order found */
  found: Map<string, IdentityKind>;
  /** every original and every letter-or-digit word on the page: no fake may be one of them */
  shown: Set<string>;
}

/** The identities to replace: table columns the adapter took for names, 學號 and ID numbers, then the page's own words. */
function identitiesIn(root: Element, inTables: PageSnapshot['identities']): Identities {
  const found = new Map<string, IdentityKind>();
  const shown = new Set<string>();
  const add = (value: string, kind: IdentityKind) => {
    const text = value.trim();
    if (text.length < MIN_IDENTITY_LENGTH || !MEANINGFUL.test(text) || found.has(text)) return;
    found.set(text, kind);
    shown.add(text);
  };
  for (const [value, kind] of inTables) add(value, kind);
  const scan = (text: string) => {
    if (STATED_HINT.test(text)) for (const { pattern, kind } of STATED) for (const match of text.matchAll(pattern)) add(match[1]!, kind);
    if (ID_HINT.test(text)) for (const match of text.matchAll(ID_ANYWHERE)) add(match[0], 'number');
    if (LONG_NUMBER_HINT.test(text)) for (const match of text.matchAll(LONG_NUMBER)) add(match[0], 'number');
    // Every word of letters and digits the page shows: no fake may be one of them.
    for (let i = 0; i < text.length; ) {
      if (!isAlnum(text.charCodeAt(i))) {
        i += 1;
        continue;
      }
      let end = i + 1;
      while (end < text.length && isAlnum(text.charCodeAt(end))) end += 1;
      if (end - i >= MIN_IDENTITY_LENGTH) shown.add(text.slice(i, end));
      i = end;
    }
  };
  walk(root, {
    text: (node) => scan(node.data),
    element(element) {
      if (element.hasAttributes()) for (const name of element.getAttributeNames()) scan(element.getAttribute(name)!);
      return true;
    },
  });
  return { found, shown };
}

/**
 * One pass over a string replacing every original by its fake: longest original first at each
 * position; an original starting or ending with a letter or digit only where it is not part of a
 * longer word (a 學號 inside a course code is not that 學號).
 */
function replacer(found: ReadonlyMap<string, IdentityKind>, fakes: IdentityFakes): (text: string) => string {
  // Fakes in the order the originals were found, so a page reads the same way each time it is exported with one random source.
  const fakeOf = new Map<string, string>();
  for (const [original, kind] of found) fakeOf.set(original, fakes.fakeFor(original, kind));
  // Originals that are one word of letters and digits (學號, ID numbers) are looked up word by word;
  // the others (names, 學號 with a dash) by their first character.
  const byFirst = new Map<number, string[]>();
  let shortest = Infinity;
  let longest = 0;
  for (const original of found.keys()) {
    if (isWord(original)) {
      shortest = Math.min(shortest, original.length);
      longest = Math.max(longest, original.length);
      continue;
    }
    const list = byFirst.get(original.charCodeAt(0)) ?? [];
    list.push(original);
    byFirst.set(original.charCodeAt(0), list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);

  return (text) => {
    let out = '';
    let copiedTo = 0;
    const take = (at: number, original: string) => {
      out += text.slice(copiedTo, at) + fakeOf.get(original)!;
      copiedTo = at + original.length;
    };
    for (let i = 0; i < text.length; ) {
      const code = text.charCodeAt(i);
      const other = byFirst.get(code)?.find((original) => text.startsWith(original, i) && bounded(text, i, original));
      if (other) {
        take(i, other);
        i += other.length;
        continue;
      }
      if (!isAlnum(code)) {
        i += 1;
        continue;
      }
      // A word starts here (the scan never stops inside one): it is an original or it is passed whole.
      let end = i + 1;
      while (end < text.length && isAlnum(text.charCodeAt(end))) end += 1;
      if (end - i >= shortest && end - i <= longest) {
        const word = text.slice(i, end);
        if (fakeOf.has(word)) take(i, word);
      }
      i = end;
    }
    return copiedTo === 0 ? text : out + text.slice(copiedTo);
  };
}

/** An ASCII letter or digit (the characters a 學號 or ID number is made of). */
function isAlnum(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isWord(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) if (!isAlnum(text.charCodeAt(i))) return false;
  return true;
}

function bounded(text: string, at: number, original: string): boolean {
  const end = at + original.length;
  if (isAlnum(original.charCodeAt(0)) && at > 0 && isAlnum(text.charCodeAt(at - 1))) return false;
  if (isAlnum(original.charCodeAt(original.length - 1)) && end < text.length && isAlnum(text.charCodeAt(end))) return false;
  return true;
}
