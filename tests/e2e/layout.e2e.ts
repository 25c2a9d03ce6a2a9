import { chromium, type Browser, type Frame, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCoursePlan } from '@/lib/csv/course-plan';
import { NATIONAL_POLICY } from '@/lib/policy/presets';
// @ts-expect-error plain ES module of the sample portal
import { EXPECTED } from '../portal/pages/data/expected.js';
// @ts-expect-error plain ES module without types
import { CHROMIUM } from '../tools/chromium.mjs';
import { clearPortalState, openSession, screenshot, type Session } from './harness';

/**
 * The marks never change the portal's layout (issue 10 point 1): on every sample-portal page of styles A–D
 * the checked list's column widths and row heights are those of the same page in a browser without the
 * extension (within LAYOUT_PX), and the list's place and the page's height change by no more than the
 * summary panel's own room. Opening a mark's popover changes none of it. The overlay's badges cover none of the
 * portal's links, buttons or fields, sit on their own marked cells, and hide when a scroll container
 * clips their cell — at the top of the page, scrolled down, and with the list's scroll containers
 * scrolled sideways.
 */

interface ExpectedPage {
  style: 'a' | 'b' | 'c' | 'd';
  status: 'checked' | 'partial';
  frame?: string;
  tables: { id: string; pages: string[][] }[];
  rows: { table: string; page: number }[];
}
const ALL = EXPECTED as Record<string, ExpectedPage>;
/** Every page of the four styles but the 2,000-row ones, whose layout is measured on its own (below). */
const PATHS = Object.keys(ALL).filter((path) => !path.includes('rows=2000'));
// One 2,000-row page a style (the certification list, the longest rows): the other four take CI minutes for the same kind of rows.
const BIG = Object.keys(ALL).filter((path) => path.includes('rows=2000') && /certify/i.test(path));

/** How far a width or height may differ from the page without the extension (sub-pixel rounding). */
const LAYOUT_PX = 2;
const REFERENCE_DATE = '2026-01-26';
const WAIT = 15_000;
/** A 2,000-row page is drawn, and checked in slices, in seconds; on a busy machine in tens of seconds. */
const BIG_WAIT = 60_000;
const planImport = parseCoursePlan(readFileSync(join(import.meta.dirname, '../portal/pages/data/course-plan.csv')));
if (!planImport.ok) throw new Error('sample course plan does not parse');

/** What the list and the page measure, read in the page (or frame). */
interface Layout {
  /** per table: the widths of its header and first body row's cells, and each body row's height */
  tables: { id: string; columns: number[]; rows: number[]; width: number; top: number }[];
  /** the page's height, and that of each vertical scroll container around the first table */
  heights: number[];
  /** the room the summary panel takes in the flow (0 when it is out of the flow or not there) */
  summary: number;
}

/** Runs in the page: the list's tables as portal-pages.e2e finds them (a table, a jqGrid's tables, an el-table's). */
function measureInPage(ids: string[]): Layout {
  const round = (n: number) => Math.round(n * 10) / 10;
  const tablesOf = (id: string): { head: HTMLTableElement; body: HTMLTableElement } | undefined => {
    const found = document.getElementById(id);
    if (found?.classList.contains('el-table')) {
      const head = found.querySelector<HTMLTableElement>('table.el-table__header');
      const body = found.querySelector<HTMLTableElement>('table.el-table__body');
      return head && body ? { head, body } : undefined;
    }
    if (found instanceof HTMLTableElement && found.classList.contains('ui-jqgrid-btable')) {
      const head = found.closest('.ui-jqgrid-view')?.querySelector<HTMLTableElement>('table.ui-jqgrid-htable');
      return head ? { head, body: found } : undefined;
    }
    return found instanceof HTMLTableElement ? { head: found, body: found } : undefined;
  };
  const out: Layout = { tables: [], heights: [], summary: 0 };
  let first: Element | undefined;
  for (const id of ids) {
    const pair = tablesOf(id);
    if (!pair) continue;
    first ??= pair.head;
    const headRows = Array.from(pair.head.rows).filter((tr) => tr.cells.length > 0 && Array.from(tr.cells).every((c) => c.tagName === 'TH'));
    const bodyRows = Array.from(pair.body.rows).filter((tr) => !headRows.includes(tr) && !tr.classList.contains('jqgfirstrow'));
    const columns = [...headRows, ...bodyRows.slice(0, 1)].flatMap((tr) => Array.from(tr.cells, (cell) => round(cell.getBoundingClientRect().width)));
    const box = pair.head.getBoundingClientRect();
    out.tables.push({ id, columns, rows: bodyRows.map((tr) => round(tr.getBoundingClientRect().height)), width: round(box.width), top: round(box.top + scrollY) });
  }
  if (first) {
    out.heights.push(round(document.documentElement.scrollHeight));
    for (let node = first.parentElement; node && node !== document.documentElement; node = node.parentElement) {
      if (/(auto|scroll)/.test(getComputedStyle(node).overflowY)) out.heights.push(round(node.scrollHeight));
    }
  }
  const summary = document.querySelector('[data-lpc-summary]');
  if (summary && !(summary as HTMLElement).hidden) {
    const style = getComputedStyle(summary);
    if (style.position === 'static' || style.position === 'relative' || style.position === 'sticky') {
      out.summary = summary.getBoundingClientRect().height + parseFloat(style.marginTop) + parseFloat(style.marginBottom);
    }
  }
  return out;
}

/** Runs in the page: how many data rows the list's tables show (to wait for a page that draws its list late). */
function rowsShown(ids: string[]): number {
  let n = 0;
  for (const id of ids) {
    const found = document.getElementById(id);
    const body = found?.classList.contains('el-table') ? found.querySelector('table.el-table__body') : found;
    if (body instanceof HTMLTableElement) n += Array.from(body.rows).filter((tr) => tr.querySelector('td') && !tr.classList.contains('jqgfirstrow')).length;
  }
  return n;
}

/**
 * Runs in the page with the extension: at the current scroll positions, after the overlay's frame —
 * portal controls whose centre is not the control (or inside it) when hit-tested; marked cells fully in
 * view without a badge of theirs; badges over something other than a marked cell (their cell clipped or
 * scrolled away); and how many badges are visible.
 */
async function coverageInPage(): Promise<{ covered: string[]; unbadged: string[]; astray: string[]; overPage: string[]; badges: number }> {
  await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  const host = document.querySelector('lpc-overlay') as HTMLElement | null;
  const root = host?.shadowRoot;
  const describe = (el: Element) => `<${el.tagName.toLowerCase()}> 「${(el.textContent ?? (el as HTMLInputElement).value ?? '').trim().slice(0, 20)}」`;
  const overlap = (a: DOMRect, b: DOMRect) => Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) * Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));
  const inView = (r: DOMRect) => r.width > 0 && r.height > 0 && r.left >= 0 && r.top >= 0 && r.right <= innerWidth && r.bottom <= innerHeight;
  const covered: string[] = [];
  for (const control of Array.from(document.querySelectorAll('a[href], button, input:not([type="hidden"]), select, textarea'))) {
    if (control.closest('lpc-summary, lpc-overlay, lpc-mark, lpc-unread')) continue;
    const r = control.getBoundingClientRect();
    const x = r.left + r.width / 2;
    const y = r.top + r.height / 2;
    if (r.width === 0 || r.height === 0 || x < 0 || y < 0 || x >= innerWidth || y >= innerHeight || getComputedStyle(control).visibility !== 'visible') continue;
    const hit = document.elementFromPoint(x, y);
    // what the portal itself puts over a control (a clipped cell's overflow) is not ours: only our layer counts
    if (hit && hit !== control && !control.contains(hit) && hit.closest('lpc-overlay, lpc-summary, lpc-mark, lpc-unread')) covered.push(describe(control));
  }
  const badges = root ? Array.from(root.querySelectorAll<HTMLElement>('button.badge')).filter((b) => !b.hidden) : [];
  const badgeBoxes = badges.map((b) => b.getBoundingClientRect());
  const unbadged: string[] = [];
  // what marks are about: their cells (an unread row's note is in its first), and the element holding a page-level finding's anchor
  const marked = new Set<Element>(Array.from(document.querySelectorAll('[data-lpc-finding], [data-lpc-unread]'), (a) => a.parentElement!));
  const cells = [...marked].filter((cell) => /^(TD|TH)$/.test(cell.tagName));
  for (const cell of cells) {
    const r = cell.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    // fully in view and not hidden under a scroll container's edge or a sticky header
    if (!inView(r) || !hit || !(cell === hit || cell.contains(hit) || hit === host)) continue;
    // a badge sits in a corner of its cell, or (when the corners hold controls, or the cell is narrower than
    // the badge) over its top or bottom edge: it overlaps the cell, its middle above or beside the cell's
    const own = (b: DOMRect) => overlap(b, r) > 0 && ((b.left + b.right) / 2 >= r.left && (b.left + b.right) / 2 <= r.right);
    if (!badgeBoxes.some(own)) unbadged.push(describe(cell));
  }
  // under each visible badge (the layer set aside): a marked cell (or page-level element), seen where the badge overlaps it
  const astray: string[] = [];
  // each visible outline, at the middle of its top and bottom edges: the page shows its cell there, not
  // something of its own over the cell (a sticky top bar)
  const overPage: string[] = [];
  const outlineBoxes = root ? Array.from(root.querySelectorAll<HTMLElement>('.outline'), (o) => (o.hidden ? undefined : o.getBoundingClientRect())).filter((b) => b !== undefined && b.width > 0 && b.height > 0) : [];
  if (host) {
    host.style.setProperty('display', 'none', 'important');
    for (const o of outlineBoxes) {
      const x = (o!.left + o!.right) / 2;
      for (const y of [o!.top + 1, o!.bottom - 1]) {
        if (x < 0 || x >= innerWidth || y < 0 || y >= innerHeight) continue;
        const under = document.elementFromPoint(x, y);
        if (under && ![...marked].some((cell) => cell === under || cell.contains(under))) overPage.push(`outline at ${Math.round(o!.left)},${Math.round(o!.top)} over ${describe(under)}`);
      }
    }
    for (const b of badgeBoxes) {
      const own = [...marked].some((cell) => {
        const r = cell.getBoundingClientRect();
        if (overlap(b, r) <= 0) return false;
        const x = (Math.max(b.left, r.left) + Math.min(b.right, r.right)) / 2;
        const y = (Math.max(b.top, r.top) + Math.min(b.bottom, r.bottom)) / 2;
        const under = document.elementFromPoint(x, y);
        return under !== null && (under === cell || cell.contains(under));
      });
      if (!own) {
        const under = document.elementFromPoint(b.left + b.width / 2, b.top + b.height / 2);
        astray.push(`badge at ${Math.round(b.left)},${Math.round(b.top)} over ${under ? describe(under) : 'nothing'}`);
      }
    }
    host.style.setProperty('display', 'block', 'important');
  }
  return { covered, unbadged, astray, overPage, badges: badges.length };
}

/** Runs in the page: the scroll containers around the list (and the page itself) that can scroll, as indexes into a list kept on window. */
function scrollersInPage(ids: string[]): { vertical: number[]; horizontal: number[] } {
  const list: Element[] = [];
  const vertical: number[] = [];
  const horizontal: number[] = [];
  const scrolling = document.scrollingElement ?? document.documentElement;
  if (scrolling.scrollHeight > scrolling.clientHeight + 1) vertical.push(list.push(scrolling) - 1);
  for (const id of ids) {
    for (let node = document.getElementById(id) as Element | null; node && node !== document.documentElement; node = node.parentElement) {
      if (list.includes(node)) continue;
      const style = getComputedStyle(node);
      const v = /(auto|scroll)/.test(style.overflowY) && node.scrollHeight > node.clientHeight + 1;
      const h = /(auto|scroll)/.test(style.overflowX) && node.scrollWidth > node.clientWidth + 1;
      if (!v && !h) continue;
      const i = list.push(node) - 1;
      if (v) vertical.push(i);
      if (h) horizontal.push(i);
    }
  }
  (window as unknown as { __lpcScrollers: Element[] }).__lpcScrollers = list;
  return { vertical, horizontal };
}

function scrollInPage([index, top, left]: [number, number | null, number | null]): void {
  const node = (window as unknown as { __lpcScrollers: Element[] }).__lpcScrollers[index]!;
  if (top !== null) node.scrollTop = top === -1 ? node.scrollHeight : top;
  if (left !== null) node.scrollLeft = left === -1 ? node.scrollWidth : left;
}

let session: Session;
let plain: Browser;
/** One tab without the extension and one with it, each taken from page to page by the tests. */
let bare: Page;
let page: Page;

beforeAll(async () => {
  session = await openSession();
  await session.worker.evaluate(
    (items) => (globalThis as unknown as { chrome: { storage: { local: { set(items: object): Promise<void> } } } }).chrome.storage.local.set(items),
    { policy: { ...NATIONAL_POLICY, schoolCode: '093301' }, referenceDate: REFERENCE_DATE, coursePlan: planImport.plan, role: 'staff' },
  );
  plain = await chromium.launch({ executablePath: CHROMIUM, headless: true });
  [bare, page] = await Promise.all([plain.newPage({ viewport: { width: 1280, height: 900 }, locale: 'zh-TW' }), session.context.newPage()]);
  await Promise.all([bare.addInitScript(clearPortalState), page.addInitScript(clearPortalState)]);
});
afterAll(async () => {
  await plain?.close();
  await session?.close();
});

/** The document the list lives in: the page, or its iframe. */
async function listDocument(tab: Page, expected: ExpectedPage): Promise<Page | Frame> {
  if (!expected.frame) return tab;
  await expect.poll(() => tab.frames().some((f) => f.url().includes(expected.frame!)), { timeout: WAIT }).toBe(true);
  return tab.frames().find((f) => f.url().includes(expected.frame!))!;
}

/** Opens `path` and waits for its list's first page to be drawn (and, with the extension, checked and marked). */
async function open(tab: Page, path: string, marked: boolean, wait = WAIT): Promise<Page | Frame> {
  const expected = ALL[path]!;
  const ids = expected.tables.map((t) => t.id);
  const want = expected.rows.filter((row) => row.page === 1).length;
  // a 2,000-row page's load event may come late on a busy machine
  await tab.goto(`${session.portalUrl}${path}`, { timeout: wait });
  const target = await listDocument(tab, expected);
  await expect.poll(() => target.evaluate(rowsShown, ids), { timeout: wait }).toBeGreaterThanOrEqual(want);
  if (marked) {
    await target.locator(`[data-lpc-summary][data-status="${expected.status}"]`).first().waitFor({ state: 'attached', timeout: wait });
    // every finding counted on the summary has its anchor on the page
    await expect
      .poll(
        () =>
          target.evaluate(() => {
            const summary = document.querySelector('[data-lpc-summary]')!;
            const counted = Number(summary.getAttribute('data-errors')) + Number(summary.getAttribute('data-warnings'));
            return counted === document.querySelectorAll('[data-lpc-finding]').length;
          }),
        { timeout: wait },
      )
      .toBe(true);
  }
  await target.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  return target;
}

/**
 * Brings the first marked cell into view and clicks its badge with the mouse, as a person would (at the
 * badge's middle); waits for the popover. The page (or frame) is left scrolled to that cell.
 */
async function openPopover(tab: Page, target: Page | Frame): Promise<void> {
  // a list drawn by the page's own script is checked once it is there: wait for a mark
  await expect.poll(() => target.locator('[data-lpc-finding]').count(), { timeout: WAIT }).toBeGreaterThan(0);
  await target.evaluate(() => document.querySelector('[data-lpc-finding]')!.parentElement!.scrollIntoView({ block: 'center' }));
  let at: { x: number; y: number } | null = null;
  await expect
    .poll(
      async () =>
        (at = await target.evaluate(async () => {
          await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
          const badge = Array.from(document.querySelector('lpc-overlay')!.shadowRoot!.querySelectorAll<HTMLElement>('button.badge')).find((b) => !b.hidden);
          const box = badge?.getBoundingClientRect();
          return box && box.width > 0 ? { x: box.left + box.width / 2, y: box.top + box.height / 2 } : null;
        })),
      { timeout: WAIT },
    )
    .not.toBeNull();
  // a frame's coordinates are the page's less the frame element's place
  const offset = 'parentFrame' in target && target.parentFrame() ? await (await target.frameElement()).boundingBox() : { x: 0, y: 0 };
  await tab.mouse.click(at!.x + offset!.x, at!.y + offset!.y);
  await expect.poll(() => target.locator('lpc-overlay .popover:not([hidden])').count(), { timeout: WAIT }).toBe(1);
}

/** Where two layouts differ by more than LAYOUT_PX, in words; empty when they agree. */
function layoutDifferences(without: Layout, withIt: Layout): string[] {
  const diffs: string[] = [];
  const near = (a: number, b: number) => Math.abs(a - b) <= LAYOUT_PX;
  if (without.tables.length === 0) diffs.push('no list measured');
  for (const table of without.tables) {
    const other = withIt.tables.find((t) => t.id === table.id);
    if (!other) {
      diffs.push(`#${table.id} missing`);
      continue;
    }
    if (!near(table.width, other.width)) diffs.push(`#${table.id} width ${table.width} → ${other.width}`);
    if (table.columns.length !== other.columns.length || table.columns.some((w, i) => !near(w, other.columns[i]!))) diffs.push(`#${table.id} columns [${table.columns.join(', ')}] → [${other.columns.join(', ')}]`);
    const rows = table.rows.flatMap((h, i) => (near(h, other.rows[i] ?? NaN) ? [] : [`row ${i + 1}: ${h} → ${other.rows[i]}`]));
    if (table.rows.length !== other.rows.length || rows.length > 0) diffs.push(`#${table.id} row heights: ${rows.slice(0, 5).join('; ')} (${table.rows.length} → ${other.rows.length} rows)`);
    // above the list only the summary panel takes room
    const shift = other.top - table.top;
    if (shift < -LAYOUT_PX || shift > withIt.summary + LAYOUT_PX) diffs.push(`#${table.id} moved down ${shift} px; the summary panel takes ${withIt.summary}`);
  }
  // the page (and its scroll containers) may grow by the summary panel, and by nothing else
  const grew = withIt.heights.map((h, i) => h - (without.heights[i] ?? NaN));
  if (without.heights.length !== withIt.heights.length || grew.some((g) => !(g >= -LAYOUT_PX && g <= withIt.summary + LAYOUT_PX))) {
    diffs.push(`heights [${without.heights.join(', ')}] → [${withIt.heights.join(', ')}]; the summary panel takes ${withIt.summary}`);
  }
  return diffs;
}

/**
 * Opens `path` in both tabs at once and measures it in each: the list without the extension, and the document
 * the list lives in with it (checked and marked).
 */
async function openBoth(path: string, wait = WAIT): Promise<{ without: Layout; target: Page | Frame; withIt: Layout }> {
  const ids = ALL[path]!.tables.map((t) => t.id);
  const [without, target] = await Promise.all([open(bare, path, false, wait).then((doc) => doc.evaluate(measureInPage, ids)), open(page, path, true, wait)]);
  return { without, target, withIt: await target.evaluate(measureInPage, ids) };
}

/** How long the overlay has to settle after a scroll (an IntersectionObserver report, then a frame) before a problem counts. */
const SETTLE = 5_000;

const STYLES = ['a', 'b', 'c', 'd'] as const;

for (const style of STYLES) {
  describe(`style ${style.toUpperCase()}: the portal's layout with the marks`, () => {
    it.each(PATHS.filter((path) => ALL[path]!.style === style))('%s', async (path) => {
      const ids = ALL[path]!.tables.map((t) => t.id);
      const { without, target, withIt } = await openBoth(path);
      expect(layoutDifferences(without, withIt)).toEqual([]);

      // the badges: at the top, scrolled down, and each scroll container around the list scrolled sideways
      const problems: string[] = [];
      let badges = 0;
      // a badge follows its cell in the frame the page scrolls; a cell that comes from beyond the observed margin
      // gets its badge once the IntersectionObserver has reported (a frame or two later): looked at again until
      // nothing is wrong, or the overlay has had SETTLE to set it right
      const look = async (where: string) => {
        const until = Date.now() + SETTLE;
        let seen = await target.evaluate(coverageInPage);
        const wrong = (seen: Awaited<ReturnType<typeof coverageInPage>>) => seen.covered.length + seen.unbadged.length + seen.astray.length + seen.overPage.length;
        while (wrong(seen) > 0 && Date.now() < until) seen = await target.evaluate(coverageInPage);
        badges += seen.badges;
        problems.push(
          ...seen.covered.map((c) => `${where}: a badge covers ${c}`),
          ...seen.unbadged.map((c) => `${where}: no badge on ${c}`),
          ...seen.astray.map((c) => `${where}: ${c}`),
          ...seen.overPage.map((c) => `${where}: ${c}`),
        );
      };
      await look('top');
      // the first marked cell half under the top of the window, where a portal keeps its top bar (style B's is sticky)
      if ((await target.locator('[data-lpc-finding]').count()) > 0) {
        await target.evaluate(() => {
          const cell = document.querySelector('[data-lpc-finding]')!.parentElement!.getBoundingClientRect();
          scrollBy(0, cell.top + cell.height / 2 - 30);
        });
        await look('first mark at the top of the window');
        await target.evaluate(() => scrollTo(0, 0));
      }
      const { vertical, horizontal } = await target.evaluate(scrollersInPage, ids);
      for (const i of vertical) {
        await target.evaluate(scrollInPage, [i, 600, null] as [number, number, null]);
        await look(`scroller ${i} at 600 px`);
        await target.evaluate(scrollInPage, [i, -1, null] as [number, number, null]);
        await look(`scroller ${i} at its end`);
        await target.evaluate(scrollInPage, [i, 0, null] as [number, number, null]);
      }
      for (const i of horizontal) {
        await target.evaluate(scrollInPage, [i, null, -1] as [number, null, number]);
        await look(`scroller ${i} scrolled right`);
        await target.evaluate(scrollInPage, [i, null, 0] as [number, null, number]);
      }
      expect(problems).toEqual([]);
      const marks = await target.locator('[data-lpc-finding]').count();
      if (marks > 0) expect(badges).toBeGreaterThan(0);

      // a popover open changes nothing either
      if (marks > 0) {
        await openPopover(page, target);
        expect(layoutDifferences(without, await target.evaluate(measureInPage, ids))).toEqual([]);
      }
    });
  });
}

// The 2,000-row pages: the same rows as the pages above, many more of them — what is measured is that marks in the
// thousands (drawn near the viewport only) change no column width, row height or page height either. The badge
// and popover checks above are not repeated: they look at the rows in view, which are the same kind of rows.
describe('the 2,000-row pages: the layout with the marks', () => {
  it.each(BIG)('%s', async (path) => {
    const { without, withIt } = await openBoth(path, BIG_WAIT);
    expect(without.tables[0]!.rows.length).toBeGreaterThanOrEqual(2000);
    expect(layoutDifferences(without, withIt)).toEqual([]);
  }, 4 * BIG_WAIT);
});

describe('screenshots with a popover open', () => {
  it.each([
    ['a', '/a/student/outcomes.html'],
    ['d', '/d/student/outcomes'],
  ])('style %s: %s', async (style, path) => {
    const target = await open(page, path, true);
    await openPopover(page, target);
    const popover = target.locator('lpc-overlay .popover:not([hidden])');
    expect(await popover.locator('.detail').first().textContent()).not.toBe('');
    // the window, where the popover is (a full-page picture redraws the page at its full height around it)
    await screenshot(page, `layout-${style}-popover-open`, { fullPage: false });
  });
});
