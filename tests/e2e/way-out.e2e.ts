import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { ARTIFACTS_DIR, openSession, screenshot, waitForSummary, type Session } from './harness';
import { popupFor } from './popup-for';

/** The extension's storage as an extension page sees it (these tests run in Node, without chrome's types). */
type StorageGlobal = { chrome: { storage: Record<'local' | 'session', { get(key?: string | null): Promise<Record<string, unknown>>; set(items: object): Promise<void> }> } };

const PAGE = '/a/staff/Receipt.aspx';
/** A header no vocabulary knows (not even by its meaning), standing for the 收訖確認 column as another vendor might call it. */
const UNKNOWN = '簽收';

/**
 * 「A way out without code」: a page whose 收訖 column has a name the checker does not know cannot
 * be read. The popup shows the headers it saw, one of them 「未辨識」; one button opens the site
 * settings with this page's table; a staff member maps the column, saves, and the marks appear.
 */
describe('a page the checker cannot read, mapped without code', () => {
  let session: Session;
  let portal: Page;
  beforeAll(async () => {
    session = await openSession();
    await session.worker.evaluate(() => (globalThis as unknown as StorageGlobal).chrome.storage.local.set({ role: 'staff' }));
  });
  afterAll(async () => {
    await session?.close();
  });

  let marked = 0;
  let studentNumbers: string[] = [];

  it('reads the page as it comes, then cannot once the 收訖 column is renamed', async () => {
    portal = await session.context.newPage();
    await portal.goto(`${session.portalUrl}${PAGE}`);
    await waitForSummary(portal);
    marked = await portal.locator('[data-lpc-finding]').count();
    expect(marked).toBeGreaterThan(0);
    studentNumbers = await portal.evaluate(() => {
      const headers = Array.from(document.querySelectorAll('th'), (th) => th.textContent!.trim());
      const column = headers.indexOf('學號');
      return Array.from(document.querySelectorAll('tr'))
        .map((row) => row.children[column]?.textContent?.trim() ?? '')
        .filter((text) => /^\d{6}$/.test(text));
    });
    expect(studentNumbers.length).toBeGreaterThan(10);

    await portal.evaluate((name) => {
      const th = Array.from(document.querySelectorAll('th')).find((cell) => cell.textContent!.trim() === '收訖確認')!;
      th.textContent = name;
    }, UNKNOWN);
    await waitForSummary(portal, 'unrecognized');
    await expect.poll(() => portal.locator('[data-lpc-finding]').count(), { timeout: 15_000 }).toBe(0);
  });

  it('shows in the popup what each header was taken for, the renamed one 「未辨識」, and opens the site settings with the page’s table', async () => {
    const popup = await popupFor(session, portal);
    const seen = popup.locator('table.seen').first();
    await seen.waitFor();
    const rows = await seen.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => Array.from(tr.children, (td) => td.textContent)));
    expect(rows).toContainEqual([UNKNOWN, '未辨識']);
    expect(rows).toContainEqual(['學號', '學號（studentNo）']);
    expect(rows).toContainEqual(['身分證號', '身分證號（nationalId）']);
    await screenshot(popup, 'way-out-popup');

    const opened = session.context.waitForEvent('page');
    await popup.locator('button[data-action="map-columns"]').click();
    const options = await opened;
    await options.waitForLoadState();
    expect(options.url()).toBe(`chrome-extension://${session.extensionId}/options.html#site-overrides`);
    const form = options.locator('#site-overrides form.override-form');
    await form.waitFor();
    expect(await form.locator('input[name="match"]').inputValue()).toBe(`${session.portalUrl}${PAGE}`);
    expect(await form.getByLabel('第 1 個對應的頁面欄位名稱').inputValue()).toBe(UNKNOWN);
    const tester = form.locator('textarea[name="table-text"]');
    const pasted = (await tester.inputValue()).split('\n');
    expect(pasted[0]!.split('\t')).toContain(UNKNOWN);
    expect(pasted).toHaveLength(6);
    await expect.poll(() => form.locator('.tester-result').getAttribute('data-status'), { timeout: 15_000 }).toBe('unrecognized');

    // The handed-over rows left session storage as the options page read them; nothing was saved yet.
    const stored = await options.evaluate(async () => {
      const { chrome } = globalThis as unknown as StorageGlobal;
      return { session: await chrome.storage.session.get(null), local: JSON.stringify(await chrome.storage.local.get(null)) };
    });
    expect(stored.session).toEqual({});
    expect(studentNumbers.filter((number) => stored.local.includes(number))).toEqual([]);

    await form.getByLabel('第 1 個對應要讀成的欄位').selectOption('receiptStatus');
    await expect.poll(() => form.locator('.tester-result').getAttribute('data-page-kind'), { timeout: 15_000 }).toBe('receipt');
    await options.locator('#site-overrides').screenshot({ path: join(ARTIFACTS_DIR, 'way-out-options.png') });
    await form.getByRole('button', { name: '儲存網站設定' }).click();
    await options.locator(`#site-overrides tr[data-match="${session.portalUrl}${PAGE}"]`).waitFor();

    // Saved: only the address and the mapping, no student data.
    const local = await options.evaluate(async () => JSON.stringify(await (globalThis as unknown as StorageGlobal).chrome.storage.local.get('siteOverrides')));
    expect(JSON.parse(local)).toEqual({ siteOverrides: [{ match: `${session.portalUrl}${PAGE}`, columns: { [UNKNOWN]: 'receiptStatus' } }] });
  });

  it('marks the page again once the column is mapped', async () => {
    await portal.bringToFront();
    await waitForSummary(portal);
    await expect.poll(() => portal.locator('[data-lpc-finding]').count(), { timeout: 15_000 }).toBe(marked);
    await screenshot(portal, 'way-out-marked');
  });
});
