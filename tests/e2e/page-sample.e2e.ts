import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { ARTIFACTS_DIR, openSession, type Session } from './harness';
import { popupFor } from './popup-for';

type StorageGlobal = { chrome: { storage: { local: { set(items: object): Promise<void> } } } };

/** The 學號 and 身分證號 the page shows in its own columns, read from the page as the browser drew it. */
async function shownIdentities(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const values: string[] = [];
    for (const table of Array.from(document.querySelectorAll('table'))) {
      const headers = Array.from(table.querySelectorAll('tr:first-child > th, thead th'), (th) => th.textContent!.trim());
      const columns = headers.flatMap((text, i) => (['學號', '身分證號', '身分證統一編號', '證號'].includes(text) ? [i] : []));
      for (const row of Array.from(table.querySelectorAll('tr'))) {
        for (const column of columns) {
          const text = row.children[column]?.textContent?.trim() ?? '';
          if (/^[A-Z]?\d{6,9}$/.test(text)) values.push(text);
        }
      }
    }
    return [...new Set(values)];
  });
}

/** Clicks 匯出匿名頁面樣本 in the popup over `page` and returns the downloaded file's name and text. */
async function exportSample(session: Session, page: Page) {
  const popup = await popupFor(session, page);
  const button = popup.locator('button[data-action="export-sample"]');
  await button.waitFor();
  const [download] = await Promise.all([popup.waitForEvent('download', { timeout: 30_000 }), button.click()]);
  const text = readFileSync((await download.path())!, 'utf8');
  const status = await popup.locator('.reading-help [role="status"]').textContent();
  await popup.close();
  return { name: download.suggestedFilename(), text, status };
}

/** 「匯出匿名頁面樣本」: the popup's button downloads the page as one HTML file without its students. */
describe('the anonymous page sample from the popup', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession();
    await session.worker.evaluate(() => (globalThis as unknown as StorageGlobal).chrome.storage.local.set({ role: 'staff' }));
  });
  afterAll(async () => {
    await session?.close();
  });

  it.each(['/a/staff/Receipt.aspx', '/b/staff/receipt.html', '/a/teacher/Certify.aspx?rows=2000'])('downloads %s without its student numbers or ID numbers', async (path) => {
    const page = await session.context.newPage();
    await page.goto(`${session.portalUrl}${path}`);
    // A 2,000-row page takes a while on a busy machine: a generous wait for its first check.
    await page.locator('[data-lpc-summary][data-status="checked"]:not([data-checking])').waitFor({ state: 'attached', timeout: 60_000 });
    const identities = await shownIdentities(page);
    expect(identities.length).toBeGreaterThan(10);
    const before = await page.content();

    const sample = await exportSample(session, page);
    expect(sample.name).toMatch(/^lp-checker-匿名頁面樣本-127\.0\.0\.1-\d{4}-\d{2}-\d{2}\.html$/);
    expect(sample.status).toBe(`已下載「${sample.name}」。寄出前可先打開看看，確認沒有學生資料。`);
    // Each as a word of its own: inside a longer number (a course code) it is not that student's.
    const words = new Set(sample.text.match(/[0-9A-Za-z]+/g));
    expect(identities.filter((value) => words.has(value))).toEqual([]);
    expect(sample.text).not.toMatch(/<script|<lpc-|data-lpc/i);
    // The table is still there, row for row, and the page itself was not touched.
    const rows = await page.locator('tr').count();
    expect(sample.text.match(/<tr[\s>]/g)?.length).toBe(rows);
    expect(await page.content()).toBe(before);
    await page.close();

    // For a person to look at: the top of the file as a browser shows it (it loads nothing and runs nothing).
    const view = await session.context.newPage();
    await view.setContent(sample.text);
    await view.screenshot({ path: join(ARTIFACTS_DIR, `page-sample-${path.replace(/\W+/g, '-').replace(/^-|-$/g, '')}.png`) });
    await view.close();
  }, 180_000);
});
