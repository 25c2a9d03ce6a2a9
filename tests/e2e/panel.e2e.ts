import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS_DIR, openSession, screenshot, type Session } from './harness';
import { popupFor } from './popup-for';

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
const panelButton = (page: Page, name: string | RegExp) => page.locator('lpc-summary').getByRole('button', { name, exact: typeof name === 'string' });

describe('the summary panel on the sample portal', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession();
    await session.worker.evaluate(() => (globalThis as unknown as StorageGlobal).chrome.storage.local.set({ role: 'staff' }));
  });
  afterAll(async () => {
    await session?.close();
  });

  it.each(['/a/staff/Receipt.aspx', '/b/staff/receipt.html', '/c/staff/Receipt.action', '/d/staff/receipt'])('%s: every item names its student, never by ID number', async (path) => {
    const page = await openWithItems(session, path);
    const { items } = await panelState(page);
    expect(items.length).toBeGreaterThan(0);
    for (const text of items) {
      expect(text).toMatch(/^(錯誤|提醒|說明)｜(\d+ 班 )?(學號|座號) \d+ [\u4e00-\u9fff]{2,4}：/);
      expect(text).not.toMatch(/[A-Z][12]\d{8}/);
    }
    // 「這位學生認為提交的資料…」 no longer repeats word for word: each names its own student
    const disputed = items.filter((text) => text.includes('這位學生認為提交的資料'));
    expect(disputed.length).toBeGreaterThan(0);
    expect(new Set(disputed).size).toBe(disputed.length);
    await screenshot(page, `panel-receipt-${path.split('/')[1]}`);
    await page.close();
  });

  it.each(['/a/mentor/ClassProgress.aspx', '/b/mentor/progress.html', '/c/mentor/ClassStatus.action', '/d/mentor/progress'])('%s: class pages name items by seat and name', async (path) => {
    const page = await openWithItems(session, path);
    const { items } = await panelState(page);
    expect(items.some((text) => /^錯誤｜(302 班 )?座號 7 蔡彥恆：同一位學生在清單中出現 2 次/.test(text))).toBe(true);
    await page.close();
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

  it('says which page of the list this is and how many rows have been seen', async () => {
    const page = await openWithItems(session, '/c/mentor/ClassStatus.action');
    await page.waitForFunction(() => /^第 \d+ 頁，共 \d+ 頁；已看過 \d+ \/ \d+ 筆$/.test(document.querySelector('lpc-summary')!.shadowRoot!.querySelector('.paging')?.textContent ?? ''), undefined, { timeout: 15_000 });
    await page.close();
  });

  it('exports this page’s problems from the popup as CSV, without names unless asked, and as xlsx with them', async () => {
    const page = await openWithItems(session, '/a/mentor/ClassProgress.aspx');
    const { errors, warnings } = await panelState(page);
    const popup = await popupFor(session, page);
    const csvButton = popup.locator('button[data-action="export-problems-csv"]');
    await csvButton.waitFor({ timeout: 15_000 });
    const [csv] = await Promise.all([popup.waitForEvent('download', { timeout: 30_000 }), csvButton.click()]);
    expect(csv.suggestedFilename()).toMatch(/^本頁問題-班級進度-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = readFileSync((await csv.path())!, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
    expect(rows[0]).toEqual(['資料列', '規則', '等級', '說明', '依據']);
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
    expect(cells[0]).toEqual(['資料列', '學生姓名', '規則', '等級', '說明', '依據']);
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
