import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCoursePlan } from '@/lib/csv/course-plan';
import { SAMPLE_SCHOOL_POLICY } from '../portal/sample-school-policy';
// @ts-expect-error plain ES module of the sample portal
import { EXPECTED } from '../portal/pages/data/expected.js';
import { expectedRowRules, JOINED_TABLE_KEYS } from './expected-marks';
import { clearPortalState, openSession, screenshot, type Session } from './harness';

/**
 * Every sample-portal page, all four vendor styles, in real Chromium with the built extension:
 * the exact set of rule ids marked on each row (read from the page's own cells), on every page
 * of a paginated list; the summary's status, unread count and counts against the marks; a
 * [data-lpc-unread] element in each row no one can read, and in no other; hostile strings shown as
 * text with nothing injected; marks that follow the page when a teacher certifies or a student ticks.
 *
 * One describe per style: `npx vitest run -c vitest.e2e.config.ts tests/e2e/portal-pages.e2e.ts -t "style C|style D"`
 * runs only the jqGrid and Element-UI pages.
 */

interface ExpectedTable {
  id: string;
  rowKey: string;
  pageSize: number;
  pages: string[][];
  pageLinks?: string[];
}
interface ExpectedPage {
  kind: string;
  style: 'a' | 'b' | 'c' | 'd';
  lateRender: boolean;
  /** the summary's data-status: checked, or partial where some rows cannot be read */
  status: 'checked' | 'partial';
  /** keys of the rows no one can read */
  unread: string[];
  frame?: string;
  charset?: string;
  tables: ExpectedTable[];
  rows: { table: string; key: string; page: number; problems: string[]; pageProblems: string[] }[];
  hostile?: string[];
  facts?: { withinFourWeeks?: boolean };
}

const ALL = EXPECTED as Record<string, ExpectedPage>;
const PATHS = Object.keys(ALL).filter((path) => !path.includes('rows=2000'));
const NORMAL = PATHS.filter((path) => !path.includes('variant=hostile'));
const HOSTILE = PATHS.filter((path) => path.includes('variant=hostile'));
const BIG = Object.keys(ALL).filter((path) => path.includes('rows=2000'));

const STYLES = [
  { label: 'A', style: 'a', about: 'ASP.NET WebForms, server-rendered GridViews' },
  { label: 'B', style: 'b', about: 'single-page app, tables drawn late' },
  { label: 'C', style: 'c', about: 'Struts *.action pages with jqGrids' },
  { label: 'D', style: 'd', about: 'Vue + Element-UI el-tables' },
] as const;

/** The portal's "today", and the rules' inputs exactly as the unit test builds them. */
const REFERENCE_DATE = '2026-01-26';
// The sample school's own policy and calendar (sample-school-policy.json, as its user imports it): its deadlines.
const POLICY = SAMPLE_SCHOOL_POLICY;
const planImport = parseCoursePlan(readFileSync(join(import.meta.dirname, '../portal/pages/data/course-plan.csv')));
if (!planImport.ok) throw new Error('sample course plan does not parse');
const PLAN = planImport.plan;

/** Tags the extension itself builds inside its shadow roots (overlay.ts, summary-panel.ts); anything else came from somewhere else. */
// (form, label, select, option, input: the dismiss form in an opened mark's popover)
const OWN_SHADOW_TAGS = ['style', 'span', 'button', 'div', 'p', 'ol', 'li', 'strong', 'header', 'section', 'form', 'label', 'select', 'option', 'input'];

// ---- reading a page as a person would: header texts → columns → each row's key and marks ---------

interface RowSeen {
  key: string;
  marks: { rule: string; severity: string }[];
  /** the row carries a [data-lpc-unread] element */
  unread: boolean;
  /** texts of the extra columns asked for, by header label */
  values?: Record<string, string>;
}
interface Snapshot {
  summaries: number;
  summary: { status: string | null; kind: string | null; errors: number; warnings: number; unread: string | null; text: string } | null;
  tables: { id: string; found: boolean; columns: string[]; rows: RowSeen[] }[];
  marks: { error: number; warning: number; other: number };
  stray: string[];
  /** [data-lpc-unread] elements outside every data row */
  strayUnread: string[];
  /**
   * Whether the marks are the extension's answer to the page as it is now: its last finished check (the
   * 'lpc-check' measure, taken once the marks are drawn) started after the page's own last change
   * (installChangeClock), and no check is under way in slices. null: no change clock in this document.
   */
  caughtUp: boolean | null;
}

/**
 * Runs in the page (or frame). Finds each list by id — a <table> (styles A, B), a jqGrid's body
 * table (C: its header row is in the ui-jqgrid-htable of the same grid view), a div.el-table (D:
 * el-table__header and el-table__body) — resolves its header rows (rowspan/colspan; Element's
 * th.gutter left out) to one label per column, takes the key from the column(s) expected.js names
 * (`學號+標題` → two columns joined by a space), and lists the marks inside each data row: a row of
 * the body table, never jqGrid's empty jqgfirstrow. Marks outside every data row are "stray".
 */
function snapshotInPage(tables: { id: string; rowKey: string; extra?: string[] }[]): Snapshot {
  const dataRows = new Set<Element>();
  const out: Snapshot = { summaries: 0, summary: null, tables: [], marks: { error: 0, warning: 0, other: 0 }, stray: [], strayUnread: [], caughtUp: null };
  for (const spec of tables) {
    const found = document.getElementById(spec.id);
    let head: HTMLTableElement | null = null;
    let body: HTMLTableElement | null = null;
    if (found?.classList.contains('el-table')) {
      head = found.querySelector('table.el-table__header');
      body = found.querySelector('table.el-table__body');
    } else if (found instanceof HTMLTableElement && found.classList.contains('ui-jqgrid-btable')) {
      head = found.closest('.ui-jqgrid-view')?.querySelector('table.ui-jqgrid-htable') ?? null;
      body = found;
    } else if (found instanceof HTMLTableElement) {
      head = found;
      body = found;
    }
    if (!head || !body) {
      out.tables.push({ id: spec.id, found: false, columns: [], rows: [] });
      continue;
    }
    const headCells = (tr: HTMLTableRowElement) => Array.from(tr.cells).filter((c) => !c.classList.contains('gutter'));
    const rows = Array.from(head.rows);
    let headerCount = 0;
    while (headerCount < rows.length && headCells(rows[headerCount]!).length > 0 && headCells(rows[headerCount]!).every((c) => c.tagName === 'TH')) headerCount += 1;
    const grid: string[][] = rows.slice(0, headerCount).map(() => []);
    for (let r = 0; r < headerCount; r += 1) {
      let c = 0;
      for (const cell of headCells(rows[r]!)) {
        while (grid[r]![c] !== undefined) c += 1;
        const text = (cell.textContent ?? '').replace(/\s+/g, ' ').trim();
        for (let dr = 0; dr < cell.rowSpan && r + dr < headerCount; dr += 1) {
          for (let dc = 0; dc < cell.colSpan; dc += 1) grid[r + dr]![c + dc] = text;
        }
        c += cell.colSpan;
      }
    }
    const columns = headerCount ? grid[headerCount - 1]!.map((label) => label ?? '') : [];
    const keyColumns = spec.rowKey.split('+').map((name) => columns.indexOf(name));
    const seen: RowSeen[] = [];
    for (const tr of body === head ? rows.slice(headerCount) : Array.from(body.rows)) {
      if (tr.classList.contains('jqgfirstrow') || tr.cells.length !== columns.length || keyColumns.some((i) => i < 0)) continue;
      dataRows.add(tr);
      const key = keyColumns.map((i) => (tr.cells[i]!.textContent ?? '').trim()).join(' ');
      const marks = Array.from(tr.querySelectorAll('[data-lpc-finding]')).map((m) => ({ rule: m.getAttribute('data-rule') ?? '', severity: m.getAttribute('data-severity') ?? '' }));
      const row: RowSeen = { key, marks, unread: tr.querySelector('[data-lpc-unread]') !== null };
      if (spec.extra) row.values = Object.fromEntries(spec.extra.map((name) => [name, (tr.cells[columns.indexOf(name)]?.textContent ?? '').trim()]));
      seen.push(row);
    }
    out.tables.push({ id: spec.id, found: true, columns, rows: seen });
  }
  for (const mark of Array.from(document.querySelectorAll('[data-lpc-finding]'))) {
    const severity = mark.getAttribute('data-severity');
    if (severity === 'error') out.marks.error += 1;
    else if (severity === 'warning') out.marks.warning += 1;
    else out.marks.other += 1;
    const tr = mark.closest('tr');
    if (!tr || !dataRows.has(tr)) out.stray.push(`${mark.getAttribute('data-rule')} @ ${(tr?.textContent ?? mark.parentElement?.tagName ?? '?').replace(/\s+/g, ' ').slice(0, 60)}`);
  }
  for (const unread of Array.from(document.querySelectorAll('[data-lpc-unread]'))) {
    const tr = unread.closest('tr');
    if (!tr || !dataRows.has(tr)) out.strayUnread.push((tr?.textContent ?? unread.parentElement?.tagName ?? '?').replace(/\s+/g, ' ').slice(0, 60));
  }
  const summaries = Array.from(document.querySelectorAll('[data-lpc-summary]'));
  out.summaries = summaries.length;
  const host = summaries[0];
  if (host) {
    out.summary = {
      status: host.getAttribute('data-status'),
      kind: host.getAttribute('data-page-kind'),
      errors: Number(host.getAttribute('data-errors')),
      warnings: Number(host.getAttribute('data-warnings')),
      unread: host.getAttribute('data-unread'),
      text: host.shadowRoot?.textContent ?? '',
    };
  }
  const changedAt = (window as unknown as { __lpcLastChange?: number }).__lpcLastChange;
  const checks = performance.getEntriesByName('lpc-check');
  const lastCheck = checks[checks.length - 1];
  if (changedAt !== undefined) out.caughtUp = lastCheck !== undefined && lastCheck.startTime > changedAt && !document.querySelector('[data-lpc-summary][data-checking]');
  return out;
}

/** Which page of each table is on screen when the list shows page `n`: the paginated table's n-th, the others' first. */
function pageOf(table: ExpectedTable, n: number): number {
  return Math.min(n, Math.max(1, table.pages.length));
}

/** Everything on the visible page that differs from expected.js (empty when the page is right). */
function differences(expected: ExpectedPage, n: number, snap: Snapshot): string[] {
  const diffs: string[] = [];
  if (snap.summaries !== 1) diffs.push(`${snap.summaries} summary panels (want 1)`);
  if (!snap.summary || snap.summary.status !== expected.status) diffs.push(`summary status ${snap.summary?.status ?? 'missing'} (want ${expected.status})`);
  else if (snap.summary.kind !== expected.kind) diffs.push(`data-page-kind ${snap.summary.kind} (want ${expected.kind})`);
  // rows no one can read on the page shown: the summary counts them; every other page says 0
  const unreadShown = expected.rows.filter((row) => expected.unread.includes(row.key) && row.page === pageOf(expected.tables.find((t) => t.id === row.table)!, n)).length;
  if (snap.summary && snap.summary.unread !== String(unreadShown)) diffs.push(`summary data-unread ${snap.summary.unread === null ? 'missing' : `"${snap.summary.unread}"`} (want "${unreadShown}")`);
  for (const stray of snap.strayUnread) diffs.push(`[data-lpc-unread] outside every data row: ${stray}`);
  if (snap.summary && snap.summary.errors !== snap.marks.error) diffs.push(`data-errors ${snap.summary.errors} ≠ ${snap.marks.error} error marks on the page`);
  if (snap.summary && snap.summary.warnings !== snap.marks.warning) diffs.push(`data-warnings ${snap.summary.warnings} ≠ ${snap.marks.warning} warning marks on the page`);
  // A 課程代碼比對 run that came after the 4-week deadline is marked once, above the result table.
  const lateRun = expected.kind === 'course-code-check' && expected.facts?.withinFourWeeks === false;
  const pageLevel = snap.stray.filter((stray) => stray.startsWith('course.code-check.overdue @'));
  if (pageLevel.length !== (lateRun ? 1 : 0)) diffs.push(`${pageLevel.length} page-level course.code-check.overdue marks (want ${lateRun ? 1 : 0})`);
  for (const stray of snap.stray.filter((s) => !pageLevel.includes(s))) diffs.push(`mark outside every data row: ${stray}`);
  for (const table of expected.tables) {
    const seen = snap.tables.find((t) => t.id === table.id);
    if (!seen?.found) {
      diffs.push(`table #${table.id} not on the page`);
      continue;
    }
    const p = pageOf(table, n);
    const want = expected.rows.filter((row) => row.table === table.id && row.page === p);
    const wantKeys = want.map((row) => row.key);
    const gotKeys = seen.rows.map((row) => row.key);
    if (JSON.stringify(wantKeys) !== JSON.stringify(gotKeys)) {
      diffs.push(`table #${table.id} page ${p}: rows [${gotKeys.join(' | ')}] (want [${wantKeys.join(' | ')}]; columns ${seen.columns.join(',')})`);
      continue;
    }
    const joined = JOINED_TABLE_KEYS.includes(table.rowKey);
    want.forEach((row, i) => {
      const marks = seen.rows[i]!.marks;
      // a key shown twice on the page (a duplicated student) is named by its occurrence
      const same = want.filter((r) => r.key === row.key);
      const name = same.length > 1 ? `row "${row.key}" (${same.indexOf(row) + 1} of ${same.length})` : `row "${row.key}"`;
      if (joined) {
        if (marks.length) diffs.push(`${name} of joined table #${table.id} has marks of its own: ${marks.map((m) => m.rule).join(', ')}`);
        return;
      }
      // every rule id on the row, quota.* and cert.pending.past-deadline included (none left out)
      const got = [...new Set(marks.map((m) => m.rule))].sort();
      const wantRules = expectedRowRules(row, expected.kind);
      if (JSON.stringify(got) !== JSON.stringify(wantRules)) diffs.push(`${name}: marked [${got.join(', ')}] (want [${wantRules.join(', ')}])`);
      const unread = expected.unread.includes(row.key);
      if (seen.rows[i]!.unread !== unread) diffs.push(`${name}: ${unread ? 'no [data-lpc-unread] element (the row cannot be read)' : 'a [data-lpc-unread] element on a row that can be read'}`);
    });
  }
  return diffs;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * Product bugs these tests found are fixed; a new one gets an entry here (the exact difference it
 * makes on a page) so the page tests let exactly that through while it is open.
 */
const KNOWN_BUGS: { path: string; page: number; diff: string; bug: string }[] = [];
const knownDiffs = (path: string, n: number) => KNOWN_BUGS.filter((b) => b.path === path && b.page === n).map((b) => b.diff);

/**
 * Polls the page until it matches expected.js (the content script re-checks 120 ms after the DOM
 * settles; style B renders ~700 ms late) in a state the extension has caught up with (Snapshot.caughtUp),
 * so a passing state that is about to be redrawn does not count. Returns the differences of the last
 * look, less the known product bugs unless `strict`.
 */
async function settle(target: Page | Frame, path: string, expected: ExpectedPage, n: number, { timeoutMs = 15_000, strict = false } = {}): Promise<{ diffs: string[]; snap: Snapshot }> {
  const specs = expected.tables.map(({ id, rowKey }) => ({ id, rowKey }));
  const known = strict ? [] : knownDiffs(path, n);
  const look = async () => {
    const snap = await target.evaluate(snapshotInPage, specs);
    return { snap, diffs: differences(expected, n, snap).filter((d) => !known.includes(d)) };
  };
  const deadline = Date.now() + timeoutMs;
  let seen = await look();
  while ((seen.diffs.length || !seen.snap.caughtUp) && Date.now() < deadline) {
    await sleep(150);
    seen = await look();
  }
  if (!seen.snap.caughtUp) seen.diffs.push(seen.snap.caughtUp === null ? 'no change clock in the page (open it with newPortalPage)' : 'the extension has not checked the page since its last change');
  return seen;
}

/** The document the table lives in: the page, or (course-check in style B) its iframe. */
async function tableFrame(page: Page, expected: ExpectedPage): Promise<Page | Frame> {
  if (!expected.frame) return page;
  const deadline = Date.now() + 10_000;
  for (;;) {
    const frame = page.frames().find((f) => f.url().includes(expected.frame!));
    if (frame) return frame;
    if (Date.now() > deadline) throw new Error(`iframe ${expected.frame} never appeared`);
    await sleep(100);
  }
}

/**
 * Waits for the summary to say `status` (checked, or partial on a page with unreadable rows). When
 * it never does, says what the summary says instead (a page the extension cannot read yet says
 * unrecognized).
 */
async function waitChecked(target: Page | Frame, timeout = 15_000, status = 'checked') {
  try {
    await target.locator(`[data-lpc-summary][data-status="${status}"]:not([data-checking])`).first().waitFor({ state: 'attached', timeout });
  } catch {
    const said = await target.evaluate(() =>
      Array.from(document.querySelectorAll('[data-lpc-summary]')).map((host) => `status=${host.getAttribute('data-status')} kind=${host.getAttribute('data-page-kind')} unread=${host.getAttribute('data-unread')}`),
    );
    throw new Error(`the summary never said data-status="${status}" within ${timeout} ms; it says ${said.length ? said.join('; ') : 'nothing (no summary on the page)'}`);
  }
}

/**
 * Shows page `n` of the list: style A follows the GridView's postback link, style B presses the
 * pager button, style C the jqGrid pager's 「下一頁」 (or 「第一頁」, or types the number into its
 * page box), style D the el-pagination's number. (Buttons get a DOM click: a person's click is
 * tested on its own below.)
 */
async function goToPage(page: Page, target: Page | Frame, expected: ExpectedPage, portalUrl: string, n: number) {
  const table = expected.tables.find((t) => t.pages.length >= n)!;
  if (expected.style === 'a') {
    await page.goto(`${portalUrl}${table.pageLinks![n - 1]}`);
  } else if (expected.style === 'b') {
    await pagerButton(target, table.id, n).dispatchEvent('click');
  } else if (expected.style === 'c') {
    const pager = target.locator(`#gbox_${table.id} .ui-jqgrid-pager`);
    const box = pager.locator('input.ui-pg-input');
    const current = Number(await box.inputValue());
    if (n === current + 1) await pager.locator('td[id^="next_"]').dispatchEvent('click');
    else if (n === 1) await pager.locator('td[id^="first_"]').dispatchEvent('click');
    else {
      await box.fill(String(n));
      await box.press('Enter');
    }
  } else {
    await target.locator(`#${table.id} ~ .el-pagination li.number`).filter({ hasText: new RegExp(`^${n}$`) }).dispatchEvent('click');
  }
}

const pagerButton = (target: Page | Frame, tableId: string, n: number) =>
  target.locator(`div:has(> div.table-wrap > table#${tableId}) > nav.pager`).getByRole('button', { name: String(n), exact: true });

/** Main-world traps, installed before any of the page's own script: a `__pwned` setter and a recorder of injected elements. */
function installTraps() {
  const w = window as unknown as Record<string, unknown>;
  const trap = { writes: [] as string[], injected: [] as string[] };
  Object.defineProperty(w, '__lpcTrap', { value: trap });
  let pwned: unknown;
  Object.defineProperty(w, '__pwned', {
    configurable: false,
    get: () => pwned,
    set: (value: unknown) => {
      pwned = value;
      trap.writes.push(String(value));
    },
  });
  const DANGEROUS = ['SCRIPT', 'IMG', 'IFRAME', 'FRAME', 'SVG', 'OBJECT', 'EMBED', 'BASE', 'LINK', 'META', 'VIDEO', 'AUDIO', 'MATH'];
  // FORM … INPUT: the dismiss form in an opened mark's detail
  const OWN_SHADOW = ['STYLE', 'SPAN', 'BUTTON', 'DIV', 'P', 'OL', 'LI', 'STRONG', 'HEADER', 'SECTION', 'FORM', 'LABEL', 'SELECT', 'OPTION', 'INPUT'];
  const watched = new WeakSet<Node>();
  const describeEl = (el: Element, where: string) => `${where}: <${el.tagName.toLowerCase()}${Array.from(el.attributes).map((a) => ` ${a.name}="${a.value.slice(0, 40)}"`).join('')}>`;
  const inspect = (el: Element, inShadow: boolean) => {
    const tag = el.tagName.toUpperCase();
    const inCell = !inShadow && el.closest('td, th') !== null;
    const onAttr = Array.from(el.attributes).some((a) => /^on/i.test(a.name) || /^\s*javascript:/i.test(a.value) && /^(href|src|action|formaction|xlink:href)$/i.test(a.name));
    if (inShadow && !OWN_SHADOW.includes(tag)) trap.injected.push(describeEl(el, 'in the overlay/summary shadow root'));
    else if (inCell && (DANGEROUS.includes(tag) || onAttr)) trap.injected.push(describeEl(el, 'in a table cell'));
    else if (!inCell && !inShadow && DANGEROUS.includes(tag) && tag !== 'SCRIPT' && tag !== 'LINK' && tag !== 'META') trap.injected.push(describeEl(el, 'in the page'));
    else if (!inShadow && tag === 'SCRIPT' && !/\/(a\/scripts\/portal-a|b\/app)\.js$/.test((el as HTMLScriptElement).src)) trap.injected.push(describeEl(el, 'a script'));
    else if (!inShadow && onAttr) trap.injected.push(describeEl(el, 'event-handler attribute'));
    if (!inShadow && (tag === 'LPC-OVERLAY' || tag === 'LPC-SUMMARY') && el.shadowRoot && !watched.has(el.shadowRoot)) {
      watched.add(el.shadowRoot);
      el.shadowRoot.querySelectorAll('*').forEach((child) => inspect(child, true));
      observer.observe(el.shadowRoot, { childList: true, subtree: true, attributes: true });
    }
  };
  const observer = new MutationObserver((mutations) => {
    for (const m of mutations) {
      const inShadow = m.target.getRootNode() instanceof ShadowRoot;
      if (m.type === 'attributes') {
        if (m.target.nodeType === 1) inspect(m.target as Element, inShadow);
        continue;
      }
      m.addedNodes.forEach((node) => {
        if (node.nodeType !== 1) return;
        const el = node as Element;
        inspect(el, inShadow);
        el.querySelectorAll('*').forEach((child) => inspect(child, inShadow));
      });
    }
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true });
}

/**
 * Main-world clock of the page's own last change (`__lpcLastChange`, performance.now() time), installed before any
 * of the page's script: what the content script's watcher (entrypoints/content/watch.ts) checks the page again
 * for — elements or text changed outside the extension's own elements, or a change event (a ticked box).
 */
function installChangeClock() {
  const OWN = ['LPC-MARK', 'LPC-UNREAD', 'LPC-SUMMARY', 'LPC-OVERLAY'];
  const own = (node: Node) => node.nodeType === 1 && OWN.includes((node as Element).tagName);
  let changedAt = 0;
  const changed = () => void (changedAt = performance.now());
  new MutationObserver((mutations) => {
    for (const m of mutations) {
      const target = m.target.nodeType === 1 ? (m.target as Element) : m.target.parentElement;
      if (!target || target.closest('lpc-mark, lpc-unread, lpc-summary, lpc-overlay')) continue;
      if (m.type === 'childList' && [...Array.from(m.addedNodes), ...Array.from(m.removedNodes)].every(own)) continue;
      changed();
      return;
    }
  }).observe(document, { childList: true, subtree: true, characterData: true });
  document.addEventListener('change', changed, true);
  Object.defineProperty(window, '__lpcLastChange', { get: () => changedAt });
}

type WorkerGlobal = { chrome: { storage: { local: { set(items: object): Promise<void> } } } };

// ------------------------------------------------------------------------------------------------

let session: Session;
let storagePage: Page;
const shot = new Set<string>();

async function setStorage(items: Record<string, unknown>) {
  await storagePage.evaluate((values) => (globalThis as unknown as WorkerGlobal).chrome.storage.local.set(values), items);
}

async function newPortalPage(traps = false): Promise<Page> {
  const page = await session.context.newPage();
  await page.addInitScript(clearPortalState);
  await page.addInitScript(installChangeClock);
  if (traps) await page.addInitScript(installTraps);
  return page;
}

/** Opens a page, checks every page of its list, and returns the page (still open) with its last snapshot. */
async function checkEveryPage(path: string, traps = false) {
  const expected = ALL[path]!;
  const page = await newPortalPage(traps);
  await page.goto(`${session.portalUrl}${path}`);
  let target = await tableFrame(page, expected);
  await waitChecked(target, 15_000, expected.status);
  const pages = Math.max(...expected.tables.map((t) => t.pages.length));
  const failures: string[] = [];
  let first: Snapshot | undefined;
  for (let n = 1; n <= pages; n += 1) {
    if (n > 1) {
      await goToPage(page, target, expected, session.portalUrl, n);
      target = await tableFrame(page, expected);
      await waitChecked(target, 15_000, expected.status);
    }
    const { diffs, snap } = await settle(target, path, expected, n);
    first ??= snap;
    failures.push(...diffs.map((d) => `page ${n}: ${d}`));
    const name = `portal-${expected.style}-${expected.kind}${traps ? '-hostile' : ''}`;
    if (n === 1 && !shot.has(name)) {
      shot.add(name);
      await screenshot(page, name);
    }
  }
  if (pages > 1 && expected.style !== 'a') {
    // back to page 1 the same way: the marks follow the rows shown
    await goToPage(page, target, expected, session.portalUrl, 1);
    const { diffs } = await settle(target, path, expected, 1);
    failures.push(...diffs.map((d) => `back on page 1: ${d}`));
  }
  return { page, target, expected, failures, first: first! };
}

beforeAll(async () => {
  session = await openSession();
  await session.worker.evaluate(
    (items) => (globalThis as unknown as WorkerGlobal).chrome.storage.local.set(items),
    { policy: POLICY, referenceDate: REFERENCE_DATE, coursePlan: PLAN, role: 'staff' },
  );
  // Later storage changes go through an extension page (the service worker may be stopped when idle).
  storagePage = await session.context.newPage();
  await storagePage.goto(`chrome-extension://${session.extensionId}/popup.html`);
});
afterAll(async () => {
  await session?.close();
});

for (const { label, style, about } of STYLES) describe(`style ${label} (${about})`, () => {
  const ofStyle = (paths: string[]) => paths.filter((path) => ALL[path]!.style === style);

  describe('every page: the exact marks on every row of every page of the list, the summary checked with nothing unread (partial where rows cannot be read)', () => {
    it.each(ofStyle(NORMAL))('%s', async (path) => {
      const { page, failures } = await checkEveryPage(path);
      await page.close();
      expect(failures).toEqual([]);
    });
  });

  describe('2,000-row pages', { timeout: 90_000 }, () => {
    it.each(ofStyle(BIG))('%s: every row read, every row marked as expected', async (path) => {
      const expected = ALL[path]!;
      const page = await newPortalPage();
      await page.goto(`${session.portalUrl}${path}`);
      await waitChecked(page, 30_000);
      // A long list is checked in slices: on a busy machine the last one may come several seconds after the first.
      const { diffs, snap } = await settle(page, path, expected, 1, { timeoutMs: 45_000 });
      await page.close();
      expect(diffs.slice(0, 20)).toEqual([]);
      // the summary says how many rows it read: 「…：讀到 2000 筆，錯誤 …」
      expect(snap.summary?.text).toMatch(new RegExp(`讀到 ${expected.rows.length} 筆`));
    });
  });
});

/**
 * Opens every mark's popover in turn, as a person reading the marks would, and returns what each said (its
 * title, message and source lines, and the badges' tooltips). The page is made as tall as its content first,
 * so every marked cell is near the viewport and has its badge.
 */
async function openAllMarks(page: Page, target: Page | Frame): Promise<string[]> {
  const height = await target.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: 1280, height: Math.min(Math.max(900, height + 200), 8000) });
  // every finding's anchor is counted on a badge
  await target.waitForFunction(
    () => {
      const badges = Array.from(document.querySelector('lpc-overlay')?.shadowRoot?.querySelectorAll('button.badge') ?? []);
      const counted = badges.reduce((sum, badge) => sum + Number(badge.getAttribute('data-count')), 0);
      return counted === document.querySelectorAll('[data-lpc-finding], [data-lpc-unread]').length;
    },
    undefined,
    { timeout: 15_000 },
  );
  return target.evaluate(() => {
    const root = document.querySelector('lpc-overlay')!.shadowRoot!;
    const texts: string[] = [];
    for (const badge of Array.from(root.querySelectorAll<HTMLButtonElement>('button.badge'))) {
      badge.click();
      const popover = root.querySelector<HTMLElement>('.popover')!;
      if (popover.hidden || badge.getAttribute('aria-expanded') !== 'true') throw new Error(`badge 「${badge.textContent}」 opened no popover`);
      texts.push(badge.title, ...Array.from(popover.querySelectorAll('.title, .detail, .basis'), (el) => el.textContent ?? ''));
    }
    return texts;
  });
}

describe('hostile strings render as text: nothing injected, no script ran', () => {
  it('control: the traps do catch markup parsed into a cell and the script it runs', async () => {
    const page = await newPortalPage(true);
    await page.goto(`${session.portalUrl}/a/student/outcomes.html?variant=hostile`);
    await waitChecked(page);
    const caught = await page.evaluate(async (markup) => {
      document.querySelector('#ctl00_MainContent_gvResult td')!.insertAdjacentHTML('beforeend', markup);
      // wait for the injected markup's script to have run (the trap's setter), not for a fixed time
      for (const deadline = Date.now() + 15_000; (window as unknown as { __pwned?: unknown }).__pwned === undefined && Date.now() < deadline; ) {
        await new Promise((done) => requestAnimationFrame(done));
      }
      const trap = (window as unknown as { __lpcTrap: { writes: string[]; injected: string[] } }).__lpcTrap;
      return { pwned: (window as unknown as { __pwned?: unknown }).__pwned, writes: trap.writes, injected: trap.injected };
    }, ALL['/a/student/outcomes.html?variant=hostile']!.hostile![0]!);
    await page.close();
    expect(caught.pwned).toBe(1);
    expect(caught.writes).toEqual(['1']);
    expect(caught.injected.some((entry) => entry.startsWith('in a table cell: <img'))).toBe(true);
  });

  it.each(HOSTILE)('%s', async (path) => {
    const { page, target, expected, failures } = await checkEveryPage(path, true);
    // open every mark's popover (built on each click, from the finding's message)
    const popoverTexts = await openAllMarks(page, target);
    const result = await target.evaluate((ownTags) => {
      const trap = (window as unknown as { __lpcTrap: { writes: string[]; injected: string[] } }).__lpcTrap;
      const hosts = Array.from(document.querySelectorAll('lpc-overlay, lpc-summary'));
      const anchors = Array.from(document.querySelectorAll('lpc-mark'));
      const foreign: string[] = [];
      // a mark's anchor in the page is an empty element: no shadow root, no children, no text
      for (const anchor of anchors) if (anchor.shadowRoot || anchor.childNodes.length) foreign.push('an lpc-mark anchor with content');
      for (const host of hosts) {
        if (!host.shadowRoot) {
          foreign.push(`${host.tagName} without an open shadow root`);
          continue;
        }
        for (const el of Array.from(host.shadowRoot.querySelectorAll('*'))) {
          if (!ownTags.includes(el.tagName.toLowerCase())) foreign.push(`<${el.tagName.toLowerCase()}> in ${host.tagName.toLowerCase()}`);
        }
        if (host.children.length) foreign.push(`${host.tagName.toLowerCase()} has light-DOM children`);
      }
      const summary = document.querySelector('lpc-summary');
      return {
        pwned: (window as unknown as { __pwned?: unknown }).__pwned,
        writes: trap?.writes ?? ['trap missing'],
        injected: trap?.injected ?? ['trap missing'],
        foreign,
        marks: anchors.length,
        text: document.body.textContent ?? '',
        summaryText: summary?.shadowRoot?.textContent ?? '',
        summaryItems: summary?.shadowRoot?.querySelectorAll('li').length ?? 0,
      };
    }, OWN_SHADOW_TAGS);
    await page.close();

    expect(failures).toEqual([]);
    expect(result.pwned).toBeUndefined();
    expect(result.writes).toEqual([]);
    expect(result.injected).toEqual([]);
    expect(result.foreign).toEqual([]);
    // the page is marked (hostile rows carry problems), so the traps saw marks being drawn
    expect(result.marks).toBeGreaterThan(0);
    expect(result.summaryItems).toBeGreaterThan(0);
    // every popover said something
    expect(popoverTexts.filter((text) => text.length > 0).length).toBeGreaterThanOrEqual(result.marks);
    const missing = expected.hostile!.filter((text) => !result.text.includes(text));
    expect(missing.map((text) => JSON.stringify(text.slice(0, 50)))).toEqual([]);
  });
});

// ---- the page changes under the extension: marks follow without a reload ------------------------

/** The marks on the row whose key column(s) read `key`, and the whole page's snapshot. */
async function rowMarks(target: Page | Frame, table: ExpectedTable, key: string) {
  const snap = await target.evaluate(snapshotInPage, [{ id: table.id, rowKey: table.rowKey }]);
  const row = snap.tables[0]!.rows.find((r) => r.key === key);
  return { rules: row ? row.marks.map((m) => m.rule).sort() : null, snap };
}

/** Keys (學號 + title) of the rows whose status cell (認證狀態 / 狀態) reads 未認證, from the page's own cells. */
async function pendingKeys(target: Page | Frame, table: ExpectedTable): Promise<string[]> {
  const snap = await target.evaluate(snapshotInPage, [{ id: table.id, rowKey: table.rowKey, extra: ['認證狀態', '狀態'] }]);
  return snap.tables[0]!.rows.filter((r) => r.values!['認證狀態'] === '未認證' || r.values!['狀態'] === '未認證').map((r) => r.key);
}

/** The <tr> whose key reads `key` (學號 and title cells). */
function rowLocator(target: Page | Frame, table: ExpectedTable, key: string) {
  const sid = key.slice(0, key.indexOf(' '));
  const title = key.slice(key.indexOf(' ') + 1);
  return target.locator(`#${table.id} tr`).filter({ has: target.getByRole('cell', { name: sid, exact: true }) }).filter({ has: target.getByRole('cell', { name: title, exact: true }) });
}

/**
 * Waits until the row's marks satisfy `ok` and the summary's counts agree with the marks on the
 * page (a re-check follows the page's own redraw ~120 ms later), in a state the extension has caught
 * up with (Snapshot.caughtUp).
 */
async function rowSettles(target: Page | Frame, table: ExpectedTable, key: string, ok: (rules: string[]) => boolean, timeoutMs = 15_000) {
  const good = (r: Awaited<ReturnType<typeof rowMarks>>) =>
    r.rules !== null && ok(r.rules) && r.snap.summary?.errors === r.snap.marks.error && r.snap.summary?.warnings === r.snap.marks.warning && r.snap.caughtUp === true;
  const deadline = Date.now() + timeoutMs;
  let seen = await rowMarks(target, table, key);
  while (!good(seen) && Date.now() < deadline) {
    await sleep(100);
    seen = await rowMarks(target, table, key);
  }
  if (!good(seen)) {
    throw new Error(`row "${key}" never settled: marks [${seen.rules?.join(', ')}], summary ${seen.snap.summary?.errors}/${seen.snap.summary?.warnings}, marks on page ${seen.snap.marks.error}/${seen.snap.marks.warning}, extension caught up: ${seen.snap.caughtUp}`);
  }
  return seen;
}

async function openChecked(path: string) {
  const expected = ALL[path]!;
  const page = await newPortalPage();
  await page.goto(`${session.portalUrl}${path}`);
  await waitChecked(page);
  expect((await settle(page, path, expected, 1)).diffs).toEqual([]);
  // set in the page's main world; a reload would lose it
  await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
  return { page, expected, table: expected.tables[0]! };
}
const sameDocument = (page: Page) => page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument === true);

/** Checks the page as of another 檢核基準日 for the length of `body`, then back to the portal's today. */
async function asOf<T>(date: string, body: () => Promise<T>): Promise<T> {
  await setStorage({ referenceDate: date });
  try {
    return await body();
  } finally {
    await setStorage({ referenceDate: REFERENCE_DATE });
  }
}

describe('marks follow the page without a reload', () => {
  it('/b/teacher/certify.html: refusing a pending upload for quality adds the warning; certifying it takes the warning away', async () => {
    const { page, table } = await openChecked('/b/teacher/certify.html');
    const [key] = await pendingKeys(page, table);
    expect(key).toBeDefined();
    const before = await rowMarks(page, table, key!);
    expect(before.rules).not.toContain('cert.rejected.quality-reason');
    const row = () => rowLocator(page, table, key!);

    // 退回 with a reason about quality (004 item 2: certification never judges quality).
    await row().getByRole('button', { name: '退回' }).click();
    await page.locator('textarea.reason-input').fill('作品品質不佳，請重新撰寫');
    await page.getByRole('button', { name: '確定退回' }).click();
    const refused = await rowSettles(page, table, key!, (rules) => rules.includes('cert.rejected.quality-reason'));
    expect(refused.snap.marks.warning).toBe(before.snap.marks.warning + 1);
    expect(refused.snap.marks.error).toBe(before.snap.marks.error);
    await screenshot(page, 'portal-b-certification-refused-for-quality');

    // 認證 the same row: the status is 認證通過 now, the quality warning goes.
    await row().getByRole('button', { name: '認證', exact: true }).click();
    const certified = await rowSettles(page, table, key!, (rules) => !rules.includes('cert.rejected.quality-reason'));
    expect(certified.rules).toEqual(before.rules);
    expect([certified.snap.summary!.errors, certified.snap.summary!.warnings]).toEqual([before.snap.summary!.errors, before.snap.summary!.warnings]);
    expect(await sameDocument(page)).toBe(true);
    await page.close();
  });

  it('/a/teacher/Certify.aspx after the deadline: certifying a late upload removes its cert.pending.past-deadline error', async () => {
    const { page, table } = await openChecked('/a/teacher/Certify.aspx');
    await asOf('2026-02-20', async () => {
      const pending = await pendingKeys(page, table);
      expect(pending.length).toBeGreaterThan(0);
      // every upload still 未認證 on this page is late now, and only those
      await expect
        .poll(async () => {
          const { snap } = await rowMarks(page, table, pending[0]!);
          return snap.tables[0]!.rows.filter((r) => r.marks.some((m) => m.rule === 'cert.pending.past-deadline')).map((r) => r.key);
        }, { timeout: 15_000 })
        .toEqual(pending);
      const late = await rowSettles(page, table, pending[0]!, (rules) => rules.includes('cert.pending.past-deadline'));
      await rowLocator(page, table, pending[0]!).getByRole('button', { name: '認證', exact: true }).click();
      const after = await rowSettles(page, table, pending[0]!, (rules) => !rules.includes('cert.pending.past-deadline'));
      expect(after.snap.marks.error).toBe(late.snap.marks.error - 1);
      expect(await pendingKeys(page, table)).toEqual(pending.slice(1));
      await screenshot(page, 'portal-a-certification-late-certified');
    });
    expect(await sameDocument(page)).toBe(true);
    await page.close();
  });

  it.each([
    ['/a/student/Selection.aspx', 'Python 成績統計小工具'],
    ['/b/student/selection.html', '統計圖表判讀作業'],
  ])('%s: ticking the uncertified 「%s」 marks it cert.selected.uncertified; unticking removes it', async (path, title) => {
    const { page, expected, table } = await openChecked(path);
    const before = await rowMarks(page, table, title);
    expect(before.rules).toEqual([]);

    const box = page.locator(`#${table.id} tr`, { hasText: title }).locator('input[type="checkbox"]');
    expect(await box.isChecked()).toBe(false);
    await box.check();
    const after = await rowSettles(page, table, title, (rules) => rules.includes('cert.selected.uncertified'));
    // (on style A this is the 8th tick of 6 allowed, so the row is over the cap too)
    expect(after.rules!.filter((rule) => rule !== 'quota.outcome.selected-over-cap')).toEqual(['cert.selected.uncertified']);
    expect(after.snap.marks.error).toBeGreaterThan(before.snap.marks.error);
    await screenshot(page, `portal-${expected.style}-selection-ticked`);

    await box.uncheck();
    const unticked = await rowSettles(page, table, title, (rules) => rules.length === 0);
    expect([unticked.snap.summary!.errors, unticked.snap.summary!.warnings]).toEqual([before.snap.summary!.errors, before.snap.summary!.warnings]);
    expect(await sameDocument(page)).toBe(true);
    await page.close();
  });
});

// ---- product bugs these tests found, fixed: each stays as a test of the right behaviour -------------

describe('fixed product bugs', () => {
  it.each([
    ['/a/mentor/ClassProgress.aspx', 1],
    ['/b/staff/receipt.html', 2],
    ['/b/student/outcomes.html', 1],
  ] as const)('%s page %i has exactly the expected marks (both rows of a duplicated student; no plan-name mark on a student list)', async (path, n) => {
    const expected = ALL[path]!;
    const page = await newPortalPage();
    try {
      await page.goto(`${session.portalUrl}${path}`);
      await waitChecked(page, 30_000);
      if (n > 1) await goToPage(page, page, expected, session.portalUrl, n);
      const { diffs } = await settle(page, path, expected, n, { timeoutMs: 4_000, strict: true });
      expect(diffs).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('/b/teacher/certify.html after the deadline: uploads still 未認證 are marked cert.pending.past-deadline (the B page shows no 學期; the upload date does)', async () => {
    const { page, table } = await openChecked('/b/teacher/certify.html');
    try {
      await asOf('2026-02-20', async () => {
        const pending = await pendingKeys(page, table);
        expect(pending.length).toBeGreaterThan(0);
        await expect
          .poll(async () => {
            const { snap } = await rowMarks(page, table, pending[0]!);
            return snap.tables[0]!.rows.filter((r) => r.marks.some((m) => m.rule === 'cert.pending.past-deadline')).map((r) => r.key);
          }, { timeout: 15_000 })
          .toEqual(pending);
      });
    } finally {
      await page.close();
    }
  });

  it.each(['/a/student/outcomes.html?variant=hostile', '/b/teacher/certify.html?variant=hostile'])(
    '%s: a right-to-left override in a file name (report\u202Efdp.exe) cannot reverse the rest of the extension’s message',
    async (path) => {
      const page = await newPortalPage();
      try {
        await page.goto(`${session.portalUrl}${path}`);
        await waitChecked(page);
        // the marks are all drawn: the page matches expected.js
        expect((await settle(page, path, ALL[path]!, 1, { timeoutMs: 15_000 })).diffs).toEqual([]);
        const popovers = await openAllMarks(page, page);
        const texts = [
          ...popovers,
          ...(await page.evaluate(() => {
            const summary = document.querySelector('lpc-summary')!.shadowRoot!;
            return [...Array.from(summary.querySelectorAll('li'), (el) => el.textContent ?? ''), ...Array.from(summary.querySelectorAll('[title]'), (el) => el.getAttribute('title') ?? '')];
          })),
        ];
        // the control is shown as a visible code, and no raw one is left to reorder the text
        expect(texts.some((text) => text.includes('[U+202E]'))).toBe(true);
        expect(texts.filter((text) => /[\u202A-\u202E\u2066-\u2069]/.test(text))).toEqual([]);
      } finally {
        await page.close();
      }
    },
  );

  it('/b/staff/course-check.html: the top page, which has no table of its own, shows nothing over the result its iframe was checked to', async () => {
    const page = await newPortalPage();
    try {
      await page.goto(`${session.portalUrl}/b/staff/course-check.html`);
      const frame = await tableFrame(page, ALL['/b/staff/course-check.html']!);
      await waitChecked(frame);
      // the iframe's result is in (its marks match expected.js) before the top page is looked at
      expect((await settle(frame, '/b/staff/course-check.html', ALL['/b/staff/course-check.html']!, 1, { timeoutMs: 15_000 })).diffs).toEqual([]);
      const top = page.locator('[data-lpc-summary][data-status="unrecognized"]');
      await expect.poll(() => top.count(), { timeout: 15_000 }).toBe(1);
      expect(await top.isVisible()).toBe(false);
    } finally {
      await page.close();
    }
  });

  it('/b/student/outcomes.html: the summary panel leaves the page’s pager clickable', async () => {
    const page = await newPortalPage();
    try {
      await page.goto(`${session.portalUrl}/b/student/outcomes.html`);
      await waitChecked(page);
      // a real mouse click's checks (visible, stable, receives the event), without clicking
      await pagerButton(page, 'outcome-table', 2).click({ trial: true, timeout: 2_000 });
    } finally {
      await page.close();
    }
  });
});
