import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import ExcelJS from 'exceljs';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCoursePlan } from '@/lib/csv/course-plan';
import { SAMPLE_SCHOOL_POLICY } from '../portal/sample-school-policy';
// @ts-expect-error plain ES module of the sample portal
import { EXPECTED } from '../portal/pages/data/expected.js';
import { expectedRowRules } from './expected-marks';
import { expectedRowName, type ExpectedName } from './expected-row-names';
import { ARTIFACTS_DIR, openSession, screenshot, type Session } from './harness';
import { popupAgainFor, popupFor } from './popup-for';

type StorageGlobal = { chrome: { storage: { local: { set(items: object): Promise<void> } } } };

/** The summary panel's state as a person sees it: its list lines, position, paging and flags. */
async function panelState(page: Page) {
  return page.evaluate(() => {
    const host = document.querySelector('lpc-summary')!;
    const root = host.shadowRoot!;
    return {
      items: Array.from(root.querySelectorAll('li.item'), (li) => li.textContent ?? ''),
      lines: root.querySelectorAll('li').length,
      position: root.querySelector('.position')?.textContent ?? '',
      paging: root.querySelector('.paging')?.textContent ?? '',
      current: host.getAttribute('data-current'),
      currentLine: root.querySelector('li.current')?.textContent ?? null,
      now: root.querySelector('.now')?.textContent ?? '',
      collapsed: host.hasAttribute('data-collapsed'),
      docked: host.hasAttribute('data-docked'),
      errors: Number(host.getAttribute('data-errors')),
      warnings: Number(host.getAttribute('data-warnings')),
    };
  });
}

/** Opens a portal page and waits until its panel lists items (script-drawn lists fill in after load). */
async function openWithItems(session: Session, path: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`${session.portalUrl}${path}`);
  await page.locator('lpc-summary li.item').first().waitFor({ state: 'attached', timeout: 60_000 });
  // a long list is checked in slices: the counts are final once the panel no longer says 「檢核中…」
  await page.locator('lpc-summary[data-status]:not([data-checking])').waitFor({ state: 'attached', timeout: 60_000 });
  return page;
}

/** A panel button by its words (Playwright's locators reach into the open shadow root). */
const panelButton = (page: Page | Frame, name: string | RegExp) => page.locator('lpc-summary').getByRole('button', { name, exact: typeof name === 'string' });

describe('the summary panel on the sample portal', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession();
    await session.worker.evaluate(() => (globalThis as unknown as StorageGlobal).chrome.storage.local.set({ role: 'staff' }));
  });
  afterAll(async () => {
    await session?.close();
  });

  it('style B: sits outside the table’s sideways scroll area, and stays in view when it scrolls', async () => {
    const page = await openWithItems(session, '/b/mentor/progress.html');
    await page.setViewportSize({ width: 700, height: 900 });
    const placement = await page.evaluate(() => {
      const host = document.querySelector('lpc-summary')!;
      const clipping: string[] = [];
      for (let node = host.parentElement; node; node = node.parentElement) {
        const style = getComputedStyle(node);
        if (/auto|scroll|hidden/.test(style.overflowX)) clipping.push(node.className);
      }
      const wrap = document.querySelector('.table-wrap')!;
      wrap.scrollLeft = wrap.scrollWidth;
      return { clipping, next: host.nextElementSibling?.className ?? '', scrolled: wrap.scrollLeft, left: host.getBoundingClientRect().left };
    });
    expect(placement.clipping).toEqual([]);
    expect(placement.next).toBe('table-wrap');
    expect(placement.scrolled).toBeGreaterThan(0);
    expect(placement.left).toBeGreaterThanOrEqual(0);
    await screenshot(page, 'panel-style-b-narrow');
    await page.close();
  });

  it('filters by level and walks the list with Alt+↓ / Alt+↑, but not while typing in the page', async () => {
    const page = await openWithItems(session, '/a/staff/Receipt.aspx');
    const before = await panelState(page);
    const total = before.errors + before.warnings;
    expect(before.errors).toBeGreaterThan(0);
    expect(before.warnings).toBeGreaterThan(0);
    expect(before.position).toBe(`共 ${total} 項`);
    await panelButton(page, `錯誤 ${before.errors}`).click();
    const filtered = await panelState(page);
    expect(filtered.position).toBe(`共 ${before.warnings} 項`);
    expect(filtered.items.every((text) => !text.startsWith('錯誤｜'))).toBe(true);
    await panelButton(page, `錯誤 ${before.errors}`).click();

    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Alt+ArrowDown');
    await page.keyboard.press('Alt+ArrowDown');
    const second = await panelState(page);
    expect(second.current).toBe('2');
    expect(second.position).toBe(`第 2 / ${total} 項`);
    expect(second.currentLine).toBe(second.now);
    await page.keyboard.press('Alt+ArrowUp');
    expect((await panelState(page)).current).toBe('1');
    await panelButton(page, '下一個').click();
    expect((await panelState(page)).current).toBe('2');

    await page.evaluate(() => {
      const box = document.createElement('input');
      box.id = 'typing';
      document.body.prepend(box);
    });
    await page.locator('#typing').focus();
    await page.keyboard.press('Alt+ArrowDown');
    expect((await panelState(page)).current).toBe('2');
    await page.close();
  });

  it('keeps only the lines in view in a 2,000-row page’s list, and says how far through the list it is', async () => {
    const page = await openWithItems(session, '/b/teacher/certify.html?rows=2000');
    const state = await panelState(page);
    // hundreds of items (the sample calendar is not imported here, so no 認證 is overdue): far more than the lines drawn
    expect(state.errors + state.warnings).toBeGreaterThan(500);
    expect(state.lines).toBeLessThan(40);
    expect(state.paging).toBe('已看過 2000 / 2000 筆');
    await page.locator('lpc-summary .viewport').evaluate((viewport) => (viewport.scrollTop = 24 * 1500));
    await page.waitForFunction(() => /〈/.test(document.querySelector('lpc-summary')!.shadowRoot!.querySelector('li.item')?.textContent ?? '') && document.querySelector('lpc-summary')!.shadowRoot!.querySelector<HTMLElement>('ol.findings')!.style.top !== '0px', undefined, { timeout: 15_000 });
    expect((await panelState(page)).lines).toBeLessThan(40);
    // the panel alone: a full-page picture of 2,000 rows is tens of megabytes
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
    await page.locator('lpc-summary').screenshot({ path: join(ARTIFACTS_DIR, 'panel-2000-rows.png') });
    await page.close();
  }, 150_000);

  // each style's pager as the page words it (A 「共 15 筆，第 1/2 頁」, B 「共 97 筆・第 1 / 4 頁」, C jqGrid's
  // 「第 [1] 頁，共 2 頁」 and 「共 33 筆」, D el-pagination's 「共 97 條」 and number items); rows and page sizes from expected.js
  it.each([
    ['/a/student/Performance.aspx', '第 1 頁，共 2 頁；已看過 10 / 15 筆'],
    ['/b/staff/receipt.html', '第 1 頁，共 4 頁；已看過 30 / 97 筆'],
    ['/c/mentor/ClassStatus.action', '第 1 頁，共 2 頁；已看過 20 / 33 筆'],
    ['/d/staff/receipt', '第 1 頁，共 5 頁；已看過 20 / 97 筆'],
  ])('%s: says which page of the list this is and how many rows have been seen', async (path, paging) => {
    const page = await openWithItems(session, path);
    await expect.poll(async () => (await panelState(page)).paging, { timeout: 15_000 }).toBe(paging);
    await page.close();
  });

  it('exports this page’s problems from the popup as CSV, without names unless asked, and as xlsx with them', async () => {
    const page = await openWithItems(session, '/a/mentor/ClassProgress.aspx');
    const { errors, warnings } = await panelState(page);
    const popup = await popupFor(session, page);
    const csvButton = popup.locator('button[data-action="export-problems-csv"]');
    await csvButton.waitFor({ timeout: 15_000 });
    // the popup has its page's problems: it comes to the front, as it is on screen, to be clicked
    await popup.bringToFront();
    const [csv] = await Promise.all([popup.waitForEvent('download', { timeout: 30_000 }), csvButton.click()]);
    expect(csv.suggestedFilename()).toMatch(/^本頁問題-班級進度-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = readFileSync((await csv.path())!, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
    expect(rows[0]).toEqual(['資料列', '規則', '等級', '說明', '依據', '已確認無需更正']);
    expect(rows.length - 1).toBe(errors + warnings);
    expect(rows.slice(1).every(([row]) => /^302 班 座號 \d+$|^整頁$/.test(row!))).toBe(true);
    expect(rows.some(([row, rule]) => row === '302 班 座號 20' && rule === '身分證明號碼有誤')).toBe(true);
    expect(text).not.toContain('蔡彥恆');
    expect(text).not.toMatch(/[A-Z][12]\d{8}/);

    await popup.locator('input[data-field="include-names"]').check();
    const [xlsx] = await Promise.all([popup.waitForEvent('download', { timeout: 30_000 }), popup.locator('button[data-action="export-problems-xlsx"]').click()]);
    expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync((await xlsx.path())!) as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    const cells: string[][] = [];
    sheet.eachRow((row) => cells.push((row.values as unknown[]).slice(1).map((value) => String(value ?? ''))));
    expect(cells[0]).toEqual(['資料列', '學生姓名', '規則', '等級', '說明', '依據', '已確認無需更正']);
    expect(cells.length - 1).toBe(errors + warnings);
    expect(cells.filter(([row, name]) => row === '302 班 座號 7' && name === '蔡彥恆').length).toBeGreaterThan(0);
    expect(cells.flat().join(' ')).not.toMatch(/[A-Z][12]\d{8}/);
    await screenshot(popup, 'panel-popup-export');
    await popup.close();
    await page.close();
  });

  // Last: the look it leaves is remembered for the whole sample portal.
  it('remembers collapsed and docked on the site across a reload', async () => {
    const page = await openWithItems(session, '/a/student/outcomes.html');
    await panelButton(page, '固定在右側').click();
    await screenshot(page, 'panel-docked');
    await panelButton(page, '收合').click();
    expect(await panelState(page)).toMatchObject({ collapsed: true, docked: true });
    await page.reload();
    await page.locator('lpc-summary[data-collapsed][data-docked]').waitFor({ state: 'attached', timeout: 30_000 });
    const box = await page.locator('lpc-summary').boundingBox();
    // docked to the window's right edge, 8 px in
    expect(Math.round(box!.x + box!.width)).toBe(1280 - 8);
    await panelButton(page, '展開').click();
    await panelButton(page, '取消固定').click();
    await page.reload();
    await page.locator('lpc-summary li.item').first().waitFor({ state: 'attached', timeout: 30_000 });
    expect(await panelState(page)).toMatchObject({ collapsed: false, docked: false });
    await page.close();
  });
});

// ---- every sample-portal page: names, grouping, filters, keys and the export ---------------------------

interface ExpectedPage {
  kind: string;
  style: 'a' | 'b' | 'c' | 'd';
  status: 'checked' | 'partial';
  unread: string[];
  frame?: string;
  tables: { id: string; rowKey: string }[];
  rows: { table: string; key: string; page: number; problems: string[]; pageProblems: string[] }[];
}
const ALL = EXPECTED as Record<string, ExpectedPage>;
/** Every page of styles A–D; the 2,000-row ones have a test of their own above (their rows are named the same way). */
const PAGES = Object.keys(ALL).filter((path) => !path.includes('rows=2000'));
const REFERENCE_DATE = '2026-01-26';
const planImport = parseCoursePlan(readFileSync(join(import.meta.dirname, '../portal/pages/data/course-plan.csv')));
if (!planImport.ok) throw new Error('sample course plan does not parse');
/** The pages pictured in tests/artifacts/: a marked page of each style. */
const SCREENSHOTS = ['/a/mentor/ClassProgress.aspx', '/b/staff/receipt.html', '/c/teacher/Certify.action', '/d/student/outcomes'];
/** A national ID (or 居留證號) as the sample portal writes them: never in the panel or the export. */
const NATIONAL_ID = /[A-Z][1289]\d{8}/;

/**
 * The rows of the list's first page that carry a mark, named as the panel should name them (worked out from the
 * portal's data), with the row's key: rows showing the same student (a duplicated row) are 「（第 1 筆）」, 「（第 2 筆）」 …
 */
function expectedNames(path: string): Map<string, ExpectedName & { key: string }> {
  const expected = ALL[path]!;
  const marked = expected.rows.flatMap((row) => {
    if (row.page !== 1 || expected.unread.includes(row.key) || expectedRowRules(row, expected.kind).length === 0) return [];
    const table = expected.tables.find((t) => t.id === row.table)!;
    const name = expectedRowName(expected.kind, table.rowKey, row.key);
    if (!name) throw new Error(`${path}: the portal's data names no row ${row.key}`);
    return [{ ...name, key: row.key }];
  });
  const names = new Map<string, ExpectedName & { key: string }>();
  for (const row of marked) {
    const same = marked.filter((other) => other.name === row.name);
    names.set(same.length > 1 ? `${row.name}（第 ${same.indexOf(row) + 1} 筆）` : row.name, row);
  }
  return names;
}

/** Runs in the page: every line of the panel's (virtualised) list, scrolled through; group lines as {group}, items as {item}. */
async function listInPage(): Promise<{ group?: string; item?: string }[]> {
  const root = document.querySelector('lpc-summary')!.shadowRoot!;
  const viewport = root.querySelector<HTMLElement>('.viewport');
  const spacer = root.querySelector<HTMLElement>('.spacer');
  const list = root.querySelector<HTMLElement>('ol.findings');
  // a page with nothing to list has no list
  if (!viewport?.isConnected || !spacer || !list) return [];
  const frame = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  const lines = new Map<number, { group?: string; item?: string }>();
  for (let top = 0; ; top += Math.max(1, viewport.clientHeight)) {
    viewport.scrollTop = top;
    await frame();
    const drawn = Array.from(list.children) as HTMLElement[];
    const height = drawn[0]?.offsetHeight || 1;
    const first = Math.round(parseFloat(list.style.top || '0') / height);
    drawn.forEach((li, i) => lines.set(first + i, li.classList.contains('group') ? { group: li.textContent ?? '' } : { item: li.textContent ?? '' }));
    if (top + viewport.clientHeight >= spacer.offsetHeight) break;
  }
  viewport.scrollTop = 0;
  await frame();
  return [...lines.entries()].sort(([a], [b]) => a - b).map(([, line]) => line);
}

/**
 * Runs in the page: the current mark (its badge or outline drawn as current), whether it is in the window,
 * and the text of the row under it (the overlay set aside to look).
 */
async function currentMarkInPage(): Promise<{ inView: boolean; row: string } | null> {
  await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  const host = document.querySelector<HTMLElement>('lpc-overlay');
  const mark = Array.from(host?.shadowRoot?.querySelectorAll<HTMLElement>('.current') ?? []).find((node) => !node.hidden);
  if (!host || !mark) return null;
  const box = mark.getBoundingClientRect();
  host.style.setProperty('display', 'none', 'important');
  const under = document.elementFromPoint(box.left + box.width / 2, box.top + Math.min(box.height / 2, 6));
  host.style.setProperty('display', 'block', 'important');
  const row = under?.closest('tr, [role="row"]');
  return { inView: box.top >= 0 && box.bottom <= innerHeight && box.width > 0, row: row?.textContent ?? under?.textContent ?? '' };
}

describe('the summary panel on every sample-portal page', () => {
  let session: Session;
  // one tab, taken from page to page, and one popup opened again over it for each page's export
  let page: Page;
  let popup: Page | undefined;
  beforeAll(async () => {
    session = await openSession();
    page = await session.context.newPage();
    await session.worker.evaluate((items) => (globalThis as unknown as StorageGlobal).chrome.storage.local.set(items), {
      policy: SAMPLE_SCHOOL_POLICY,
      referenceDate: REFERENCE_DATE,
      coursePlan: planImport.plan,
      role: 'staff',
    });
  });
  afterAll(async () => {
    await session?.close();
  });

  it.each(PAGES)('%s: names each marked row, groups, filters, steps and exports', async (path) => {
    const expected = ALL[path]!;
    const names = expectedNames(path);
    try {
      // The tab in front, as a person looks at it: a tab that is not (the one opened before the tests, or this one once
      // the popup over the last page came to the front) gets its clicks and animation frames late, about one a second,
      // and the panel's list and the overlay are drawn in frames.
      await page.bringToFront();
      await page.goto(`${session.portalUrl}${path}`);
      if (expected.frame) await expect.poll(() => page.frames().some((f) => f.url().includes(expected.frame!)), { timeout: 30_000 }).toBe(true);
      const target: Page | Frame = expected.frame ? page.frames().find((f) => f.url().includes(expected.frame!))! : page;
      const host = target.locator(`lpc-summary[data-status="${expected.status}"]:not([data-checking])`);
      await host.waitFor({ state: 'attached', timeout: 30_000 });
      // a list its page's script draws late is checked again once drawn: wait until every named row is listed
      let lines: { group?: string; item?: string }[] = [];
      const groupName = (line: { group?: string }) => line.group!.replace(/（\d+ 項）$/, '');
      await expect
        .poll(async () => {
          lines = await target.evaluate(listInPage);
          return new Set(lines.filter((l) => l.group !== undefined).map(groupName).filter((group) => group !== '整頁'));
        }, { timeout: 30_000 })
        .toEqual(new Set(names.keys()));
      const items = lines.flatMap((l) => (l.item === undefined ? [] : [l.item]));
      const errors = Number(await host.getAttribute('data-errors'));
      const warnings = Number(await host.getAttribute('data-warnings'));

      // every item names its row (or is about the page as a whole), never by national ID; each group counts its items
      for (const text of items) {
        const named = /^(?:錯誤|提醒|說明)｜(.+?)：/.exec(text);
        if (named) expect([...names.keys()].some((name) => text.startsWith(`${text.slice(0, 3)}${name}：`)), text).toBe(true);
        else expect(text).toMatch(/^(錯誤|提醒|說明)：/);
      }
      expect(items.join('\n')).not.toMatch(NATIONAL_ID);
      let counted = 0;
      for (const line of lines) if (line.group) counted += Number(/（(\d+) 項）$/.exec(line.group)![1]);
      expect(counted).toBe(items.length);
      if (items.length === 0) {
        expect(names.size).toBe(0);
        return;
      }

      // one marked page of each style, pictured grouped by row and by rule (the window only: badges are drawn near it)
      const pictured = SCREENSHOTS.includes(path) ? `${expected.style}-${expected.kind}` : undefined;
      if (pictured) await screenshot(page, `panel-by-row-${pictured}`, { fullPage: false });

      // grouped by rule: the same items under rule headings (none of them a row's name), then back by row
      await panelButton(target, '依規則').click();
      const byRule = await target.evaluate(listInPage);
      const ruleGroups = byRule.filter((l) => l.group !== undefined).map(groupName);
      expect(ruleGroups.length).toBeGreaterThan(0);
      expect(ruleGroups.some((title) => names.has(title))).toBe(false);
      expect(byRule.flatMap((l) => (l.item === undefined ? [] : [l.item])).sort()).toEqual([...items].sort());
      if (pictured) await screenshot(page, `panel-by-rule-${pictured}`, { fullPage: false });
      await panelButton(target, '依資料列').click();

      // a severity, then a family, left out: the list and its count leave out exactly those items
      const total = items.length;
      const severity = errors > 0 ? { word: '錯誤', count: errors } : { word: '提醒', count: warnings };
      await panelButton(target, `${severity.word} ${severity.count}`).click();
      const withoutSeverity = (await target.evaluate(listInPage)).flatMap((l) => (l.item === undefined ? [] : [l.item]));
      expect(withoutSeverity.length).toBe(total - severity.count);
      expect(withoutSeverity.some((text) => text.startsWith(severity.word))).toBe(false);
      await panelButton(target, `${severity.word} ${severity.count}`).click();
      const family = target.locator('lpc-summary button.family:not([hidden])').first();
      const [familyWord, familyCount] = (await family.textContent())!.split(' ');
      await family.click();
      expect((await target.evaluate(listInPage)).filter((l) => l.item !== undefined).length).toBe(total - Number(familyCount));
      await panelButton(target, `${familyWord} ${familyCount}`).click();
      expect((await target.evaluate(listInPage)).filter((l) => l.item !== undefined).length).toBe(total);

      // Alt+↓ twice, Alt+↑ once, then 下一個: the current item and its mark move; the mark is in view on its row
      // the focus in the page (for a list in a frame: in the page around it, not in the frame holding the list)
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur?.());
      const steps: [string, string][] = [['Alt+ArrowDown', '1'], ['Alt+ArrowDown', String(Math.min(2, total))], ['Alt+ArrowUp', '1'], ['下一個', String(Math.min(2, total))]];
      for (const [step, at] of steps) {
        if (step === '下一個') await panelButton(target, step).click();
        else await page.keyboard.press(step);
        await expect.poll(() => host.getAttribute('data-current'), { timeout: 10_000 }).toBe(at);
        const { now, position } = await host.evaluate((node) => ({
          now: node.shadowRoot!.querySelector('.now')?.textContent ?? '',
          position: node.shadowRoot!.querySelector('.position')?.textContent,
        }));
        expect(position).toBe(`第 ${at} / ${total} 項`);
        const named = [...names.keys()].find((name) => now.includes(`｜${name}：`));
        // the mark comes into view on the item's row, which shows the row's key (its 學號, title, code or roster),
        // not under the portal's fixed header; the overlay follows a frame or two later, later still on a busy machine
        const key = named ? names.get(named)!.key.split(' ')[0]! : undefined;
        const whereMarked = async () => {
          const mark = await target.evaluate(currentMarkInPage);
          if (!mark) return 'no current mark shown';
          if (!mark.inView) return 'current mark out of view';
          const row = mark.row.replace(/\s+/g, ' ');
          return key === undefined || row.includes(key) ? 'on its row' : `over 「${row.slice(0, 60)}」`;
        };
        await expect.poll(whereMarked, { timeout: 30_000 }).toBe('on its row');
      }

      // 「匯出本頁問題」 as CSV: one line per finding, each naming its row as the panel does (without the student's name)
      popup = popup ? await popupAgainFor(popup, page) : await popupFor(session, page);
      const csvButton = popup.locator('button[data-action="export-problems-csv"]');
      await csvButton.waitFor({ timeout: 15_000 });
      // the popup has this page's problems: it comes to the front, as it is on screen, to be clicked
      await popup.bringToFront();
      const [csv] = await Promise.all([popup.waitForEvent('download', { timeout: 30_000 }), csvButton.click()]);
      const text = readFileSync((await csv.path())!, 'utf8');
      const rows = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data.slice(1);
      expect(rows.length).toBe(errors + warnings);
      const labels = new Set([...names.values()].map((name) => name.label));
      expect(new Set(rows.map(([row]) => row)).size).toBeGreaterThan(0);
      expect(rows.filter(([row]) => row !== '整頁' && !labels.has(row!))).toEqual([]);
      expect(new Set(rows.map(([row]) => row).filter((row) => row !== '整頁'))).toEqual(labels);
      expect(text).not.toMatch(NATIONAL_ID);
    } catch (error) {
      // a page that failed part-way may leave its tab and popup in any state: the next page starts afresh
      await Promise.all([page.close(), popup?.close()]);
      popup = undefined;
      page = await session.context.newPage();
      throw error;
    }
  }, 120_000);
});
