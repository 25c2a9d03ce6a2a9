import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS_DIR, importSampleSchoolPolicy, openSession, screenshot, type Session } from './harness';
import { pdfText } from './pdf-text';
// @ts-expect-error plain ES module of the sample portal
import { EXPECTED } from '../portal/pages/data/expected.js';

/*
 * A 教務主任's tour before a meeting: every sample-portal page of vendors A and B (their 114-1 data, the
 * 2,000-row lists included), read by a staff member with the 檢核基準日 set to 2026-02-13 — three days
 * after the 114-1 certification deadline (2026-02-10) — while the computer's own clock is in 115-1.
 * Then the dashboard, the badge and the popup. Figures must sit under 114-1, on-time rates must come
 * from the pages' own dates, each rule's problems must not outnumber the rows read, and badge and popup
 * must judge on the same day; the printed report fits two A4 pages and the workbook reads back with the
 * dashboard's figures.
 */

type WorkerGlobal = { chrome: { storage: { local: { set(items: object): Promise<void> } }; action: { getTitle(d: object): Promise<string>; getBadgeText(d: object): Promise<string> } } };
const REFERENCE_DATE = '2026-02-13';

/** Checks the extension has logged so far (its IndexedDB, read in the service worker). */
async function loggedChecks(session: Session): Promise<number> {
  return session.worker.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('lp-checker');
        // Before the extension has made its log, opening would create an empty one: abort that, nothing is logged yet.
        open.onupgradeneeded = () => open.transaction?.abort();
        open.onerror = () => (open.error?.name === 'AbortError' ? resolve(0) : reject(open.error));
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('visits')) {
            db.close();
            resolve(0);
            return;
          }
          const count = db.transaction('visits').objectStore('visits').count();
          count.onsuccess = () => {
            resolve(count.result);
            db.close();
          };
          count.onerror = () => reject(count.error);
        };
      }),
  );
}

/** Waits until the page's check reached the log (a page left too early would never report). */
async function untilLogged(session: Session, before: number) {
  await expect.poll(() => loggedChecks(session), { timeout: 20_000 }).toBeGreaterThan(before);
}

async function readAllPages(session: Session, page: Page, url: string, links: string[] | undefined) {
  for (const link of links ?? [url]) {
    const before = await loggedChecks(session);
    await page.goto(link);
    await page.locator('[data-lpc-summary]').first().waitFor({ state: 'attached', timeout: 20_000 });
    await untilLogged(session, before);
  }
  // Style B pages its lists in the page: click through every pager, waiting until the page shows it.
  const pagers = page.locator('nav.pager');
  for (let p = 0; p < (await pagers.count()); p += 1) {
    const buttons = pagers.nth(p).locator('button.pg:not([aria-label])');
    const count = await buttons.count();
    for (let n = 2; n <= count; n += 1) {
      const before = await loggedChecks(session);
      await pagers.nth(p).locator('button.pg:not([aria-label])', { hasText: new RegExp(`^${n}$`) }).click();
      await expect.poll(() => pagers.nth(p).locator('button.pg.current').textContent(), { timeout: 10_000 }).toBe(String(n));
      await untilLogged(session, before);
    }
  }
}

describe('the sample-portal tour, then the dashboard, badge and popup', () => {
  let session: Session;
  let dashboard: Page;
  beforeAll(async () => {
    session = await openSession();
    await session.worker.evaluate((date) => (globalThis as unknown as WorkerGlobal).chrome.storage.local.set({ role: 'staff', referenceDate: date }), REFERENCE_DATE);
    // the sample school's own policy and calendar, imported as its staff would
    await importSampleSchoolPolicy(session);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('reads every page of both vendors', async () => {
    const page = await session.context.newPage();
    // Styles A and B: C and D show the same school's data again (their own pages are checked in portal-pages.e2e.ts).
    const pages = Object.entries(EXPECTED as Record<string, { style: string; tables?: { pageLinks?: string[] }[] }>).filter(([, expected]) => expected.style === 'a' || expected.style === 'b');
    for (const [path, expected] of pages) {
      const links = expected.tables?.[0]?.pageLinks?.map((link) => `${session.portalUrl}${link}`);
      await readAllPages(session, page, `${session.portalUrl}${path}`, links);
    }
    await page.close();
  }, 300_000);

  it('files everything under 114-1 — the term the pages show — and opens on it', async () => {
    dashboard = await session.context.newPage();
    await dashboard.goto(`chrome-extension://${session.extensionId}/dashboard.html`);
    await dashboard.locator('[data-kpi="completion"]').waitFor({ timeout: 20_000 });
    expect(await dashboard.locator('[data-report-meta]').textContent()).toContain('114 學年度第 1 學期｜全部處室｜製表日期 2026-02-13');
    // every task the pages give counts is there
    await expect.poll(async () => (await dashboard.locator('table[data-table="tasks"] tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-key')))).sort(), { timeout: 20_000 }).toEqual([
      'course-code-check',
      'outcome-cert',
      'precheck',
      'receipt-confirm',
    ]);
    await screenshot(dashboard, 'tour-dashboard');
    // nothing under the term of the reference date (114-2) or of the computer's clock (115-1)
    await dashboard.locator('select[data-filter="semester"]').selectOption('2');
    await expect.poll(() => dashboard.locator('[data-empty="observations"]').count(), { timeout: 15_000 }).toBe(1);
    await dashboard.locator('select[data-filter="semester"]').selectOption('1');
    await dashboard.locator('[data-kpi="completion"]').waitFor();
    // no year of the computer's clock (115) is offered: neither the pages nor the sample school's calendar have one
    expect(await dashboard.locator('select[data-filter="year"] option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value))).toEqual(['114']);
  });

  it('gives on-time rates from the pages’ own completion dates, never 0 % for want of dates', async () => {
    const onTime = await dashboard.locator('[data-kpi="on-time"] .kpi-value').textContent();
    expect(onTime).toMatch(/^\d{1,3}\.\d%$/);
    expect(onTime).not.toBe('0.0%');
    // 認證: certified and refused rows carry their 認證日期
    expect(await dashboard.locator('table[data-table="tasks"] tr[data-key="outcome-cert"] [data-col="on-time"] [data-rate]').textContent()).toMatch(/^\d{1,3}\.\d%$/);
    // any cell without a rate says 無資料 and why (a note under it), never a bare dash
    const cells = await dashboard
      .locator('table.rates [data-col="on-time"]')
      .evaluateAll((tds) => tds.map((td) => ({ rate: td.querySelector('[data-rate]')?.textContent ?? '', note: td.querySelector('.gap-note')?.textContent ?? '' })));
    for (const { rate, note } of cells) expect(/^\d{1,3}\.\d%$/.test(rate) || (rate === '無資料' && note !== '')).toBe(true);
    // the trend's 準時率 ends where the KPI stands: its last day (the day the pages were read, in 115-1) judged on the 檢核基準日
    expect(await dashboard.locator('table[data-table="trend"] tbody tr').last().locator('[data-col="on-time"]').textContent()).toBe(onTime);
  });

  it('counts each problem once: no rule has more problems than the rows read', async () => {
    const note = await dashboard.locator('[data-problems-note]').textContent();
    const rows = Number(/讀取 (\d+) 筆資料/.exec(note ?? '')?.[1]);
    expect(rows).toBeGreaterThan(4000);
    const seen = (await dashboard.locator('table[data-table="problems"] [data-col="seen"]').allTextContents()).map(Number);
    expect(seen.length).toBeGreaterThan(5);
    for (const count of seen) expect(count).toBeLessThanOrEqual(rows);
    // sources in words; rule ids only in attributes
    const basis = await dashboard.locator('table[data-table="problems"] [data-col="basis"]').allTextContents();
    for (const text of basis) expect(text).not.toMatch(/\.txt|^\d{3}[ _]/);
    expect(await dashboard.locator('table[data-table="problems"]').innerText()).not.toMatch(/\b(cert|format|quota|course|schedule|identity)\.[a-z-]+\./);
    // the findings section in the window (the whole page is pictured as tour-dashboard)
    await dashboard.locator('section#findings').scrollIntoViewIfNeeded();
    await screenshot(dashboard, 'tour-dashboard-findings', { fullPage: false });
  });

  it('badge and popup judge on the same 檢核基準日 and speak to staff', async () => {
    const title = await session.worker.evaluate(() => (globalThis as unknown as WorkerGlobal).chrome.action.getTitle({}));
    expect(title).toContain('上次查看的認證頁面有');
    expect(title).toContain('認證期限 2026-02-10 已過 3 天');
    expect(title).toContain('依範例高級中學 114 學年度第 1 學期行事曆');
    const popup = await session.context.newPage();
    await popup.setViewportSize({ width: 420, height: 700 });
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
    await popup.locator('section.queue').waitFor();
    expect(await popup.locator('section.queue .headline').textContent()).toBe(title);
    expect(await popup.locator('[data-calendar]').textContent()).toBe('期限依據：範例高級中學 114 學年度第 1 學期行事曆（以檢核基準日 2026-02-13 計算）');
    expect(await popup.locator('section.queue').textContent()).not.toContain('等待您認證');
    await screenshot(popup, 'tour-popup');
  });

  it('prints the report on at most two A4 pages, titled with the school and the term', async () => {
    await dashboard.bringToFront();
    await dashboard.emulateMedia({ media: 'print' });
    await screenshot(dashboard, 'tour-report-print');
    const pdf = await dashboard.pdf({ format: 'A4', printBackground: true });
    await dashboard.emulateMedia({ media: 'screen' });
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
    writeFileSync(join(ARTIFACTS_DIR, 'tour-report.pdf'), pdf);
    const { pages, text } = await pdfText(new Uint8Array(pdf));
    expect(pages).toBeLessThanOrEqual(2);
    expect(text).toContain('範例高級中學 學生學習歷程檔案工作成效報告');
    expect(text).toContain('114 學年度第 1 學期');
  });

  it('exports the Excel workbook, whose task sheet reads back with the dashboard’s figures, as numbers', async () => {
    // the figures on screen when the workbook is asked for
    const shown = await dashboard
      .locator('table[data-table="tasks"] tbody tr')
      .evaluateAll((rows) => rows.map((row) => [row.querySelector('th')!.textContent, Number(row.querySelector('[data-col="total"]')!.textContent), Number(row.querySelector('[data-col="done"]')!.textContent)]));
    const [download] = await Promise.all([dashboard.waitForEvent('download'), dashboard.locator('[data-action="xlsx"]').click()]);
    expect(download.suggestedFilename()).toBe('學習歷程工作成效-114-1.xlsx');
    const path = join(ARTIFACTS_DIR, 'tour-workbook.xlsx');
    await download.saveAs(path);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path);
    const sheet = book.worksheets[0]!;
    const read = Array.from({ length: sheet.rowCount - 1 }, (_, i) => sheet.getRow(i + 2)).map((row) => [row.getCell(1).value, row.getCell(2).value, row.getCell(3).value]);
    expect(shown).toHaveLength(4);
    expect(read).toEqual(shown);
  });
});
