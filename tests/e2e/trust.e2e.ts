import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession, screenshot, waitForSummary, type Session } from './harness';

const TOO_LONG = '[data-lpc-finding][data-rule="format.summary.too-long"]';

describe('a page cannot stop the checker', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession();
    await session.worker.evaluate(() =>
      (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set({ role: 'staff' }),
    );
  });
  afterAll(async () => {
    await session?.close();
  });

  it('a hostile page hears no announcement, and after it fires WXT’s invalidation event its changes are still checked', async () => {
    const page = await session.context.newPage();
    // The page's own script (main world), from before the extension's content script runs.
    await page.addInitScript(() => {
      const heard: unknown[] = [];
      (window as unknown as { __heard: unknown[] }).__heard = heard;
      window.addEventListener('message', (event) => heard.push(event.data));
    });
    await page.goto(`${session.portalUrl}/a/student/outcomes.html`);
    await waitForSummary(page);
    await expect.poll(() => page.locator(TOO_LONG).count(), { timeout: 15_000 }).toBe(3);
    // WXT's broadcast would name the extension to every script on the page.
    const heard = await page.evaluate(() => JSON.stringify((window as unknown as { __heard: unknown[] }).__heard));
    expect(heard).not.toContain('content-script-started');
    expect(heard).not.toContain(session.extensionId);

    // A page that knows the id (it is public for store installs) tells the script a newer copy started.
    await page.evaluate((id) => {
      document.dispatchEvent(
        new CustomEvent(`${id}:content:wxt:content-script-started`, { detail: { contentScriptName: 'content', messageId: 'hostile' } }),
      );
    }, session.extensionId);
    // Then it changes a row: the 100-character 簡述 gets one more character, which is over the limit.
    await page.evaluate(() => {
      const row = [...document.querySelectorAll('tr')].find((tr) => tr.textContent!.includes('管樂社演出心得'))!;
      (row.cells[5]!.firstChild as Text).appendData('。');
    });
    await expect.poll(() => page.locator(TOO_LONG).count(), { timeout: 15_000 }).toBe(4);
    expect(await page.locator('tr', { hasText: '管樂社演出心得' }).locator(TOO_LONG).count()).toBe(1);
    await page.close();
  });

  it('the dashboard’s backup of that log holds no hashing key', async () => {
    const key = await session.worker.evaluate(
      () =>
        new Promise<string>((resolve, reject) => {
          const open = indexedDB.open('lp-checker');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const get = open.result.transaction('meta').objectStore('meta').get('hash-secret');
            get.onsuccess = () => resolve((get.result as { value: string }).value);
            get.onerror = () => reject(get.error);
          };
        }),
    );
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/dashboard.html`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action="backup"]').click()]);
    const text = readFileSync(await download.path(), 'utf8');
    expect(JSON.parse(text)).toMatchObject({ format: 'lp-checker-log', schemaVersion: 4 });
    expect(JSON.parse(text).tables.visits.length).toBeGreaterThan(0);
    expect(text).not.toContain(key);
    expect(text).not.toContain('hash-secret');
    await page.close();
  });
});

describe('a failed log write is shown in the popup', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession();
    await session.worker.evaluate(() =>
      (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set({ role: 'staff' }),
    );
  });
  afterAll(async () => {
    await session?.close();
  });

  it('a page whose log write fails for lack of space is retried, then counted in the popup', { timeout: 120_000 }, async () => {
    const page = await session.context.newPage();
    // The disk is full as far as the extension's storage goes: the browser's own quota, set through DevTools
    // before the log database is first opened (a fresh profile, no page checked yet).
    const cdp = await session.context.newCDPSession(page);
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: `chrome-extension://${session.extensionId}`, quotaSize: 1 });
    const popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
    await popup.locator('.popup h1').waitFor({ timeout: 15_000 });
    expect(await popup.locator('[data-log-health]').count()).toBe(0);

    await page.goto(`${session.portalUrl}/a/student/Performance.aspx`);
    await waitForSummary(page);
    // Which problems are dismissed cannot be read either: the page shows them all as open, and says so.
    const panelText = () => page.locator('[data-lpc-summary]').evaluate((host) => host.shadowRoot!.textContent ?? '');
    await expect.poll(panelText, { timeout: 15_000 }).toContain('暫時讀不到哪些問題已確認無需更正：以下全部先列為待更正。');
    // Three retries over about 20 seconds, then the open popup says so.
    const failed = popup.locator('[data-log-health] [data-problem="quota"]');
    await failed.waitFor({ timeout: 90_000 });
    expect(await failed.getAttribute('data-count')).toBe('1');
    expect(await failed.textContent()).toContain('電腦的儲存空間不足，有 1 次紀錄沒能寫入');
    expect(await failed.textContent()).toContain(`${session.portalUrl}/a/student/Performance.aspx`);
    await screenshot(popup, 'trust-popup-write-failed');
    await popup.getByRole('button', { name: '知道了' }).click();
    await popup.locator('[data-log-health]').waitFor({ state: 'detached', timeout: 15_000 });
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: `chrome-extension://${session.extensionId}` });
    await page.close();
    await popup.close();
  });
});
