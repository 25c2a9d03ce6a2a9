import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession, screenshot, waitForSummary, type Session } from './harness';
import { popupFor } from './popup-for';

type StorageGlobal = { chrome: { storage: { local: { set(items: object): Promise<void> } } } };

const OVER_LIMIT = ['英文新聞摘要與評論', '指數與對數函數探究', '校園空氣品質觀測'];

describe('spine: a 簡述 over 100 characters, from portal page to dashboard', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('marks the rows whose 簡述 is too long and counts them in the summary', async () => {
    const page = await session.context.newPage();
    await page.goto(`${session.portalUrl}/a/student/outcomes.html`);
    const summary = await waitForSummary(page);
    expect(summary.pageKind).toBe('outcome-list');
    // The summary counts every mark on the page (other rules mark other cells of this page too).
    expect(summary.errors).toBe(await page.locator('[data-lpc-finding][data-severity="error"]').count());
    expect(summary.warnings).toBe(await page.locator('[data-lpc-finding][data-severity="warning"]').count());

    const marks = page.locator('[data-lpc-finding][data-rule="format.summary.too-long"][data-severity="error"]');
    await expect.poll(() => marks.count(), { timeout: 15_000 }).toBe(3);
    // Each mark sits in the 簡述 cell of an offending row.
    const markedTitles = await marks.evaluateAll((nodes) =>
      nodes.map((node) => {
        const row = node.closest('tr')!;
        return { title: row.cells[4]!.textContent, inSummaryCell: node.parentElement === row.cells[5] };
      }),
    );
    expect(markedTitles.map((m) => m.title).sort()).toEqual([...OVER_LIMIT].sort());
    expect(markedTitles.every((m) => m.inSummaryCell)).toBe(true);
    // The row at exactly 100 characters is not marked.
    const edgeRow = page.locator('tr', { hasText: '管樂社演出心得' });
    expect(await edgeRow.locator('[data-lpc-finding]').count()).toBe(0);

    // The mark's badge sits on its 簡述 cell and names the rule; clicked, its popover says how long the summary is.
    const cell = page.locator('tr', { hasText: OVER_LIMIT[0]! }).locator('td').nth(5);
    await cell.scrollIntoViewIfNeeded();
    const badgeOnCell = async () => {
      const box = (await cell.boundingBox())!;
      for (const badge of await page.locator('lpc-overlay button.badge:not([hidden])').all()) {
        const at = await badge.boundingBox();
        if (at && at.x >= box.x && at.x + at.width <= box.x + box.width && at.y >= box.y && at.y + at.height <= box.y + box.height) return { label: await badge.getAttribute('aria-label'), x: at.x + at.width / 2, y: at.y + at.height / 2 };
      }
      return null;
    };
    await expect.poll(badgeOnCell, { timeout: 15_000 }).not.toBeNull();
    const badge = (await badgeOnCell())!;
    expect(badge.label).toBe('錯誤：簡述超過字數上限');
    await page.mouse.click(badge.x, badge.y);
    const detail = page.locator('lpc-overlay .popover:not([hidden]) .detail');
    await expect.poll(() => detail.count(), { timeout: 15_000 }).toBe(1);
    expect(await detail.textContent()).toMatch(/^課程學習成果簡述有 \d+ 字，超過上限 100 字/);
    await screenshot(page, 'spine-outcomes-page');
    await page.close();
  });

  it('shows the logged findings on the dashboard', async () => {
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/dashboard.html`);
    const row = page.locator('tr[data-rule="format.summary.too-long"]');
    await row.waitFor({ timeout: 15_000 });
    expect(await row.locator('[data-col="seen"]').textContent()).toBe('3');
    expect(await row.locator('[data-col="open"]').textContent()).toBe('3');
    expect(await row.locator('[data-col="fixed"]').textContent()).toBe('0');
    // The chart drew something: count painted pixels on its canvas.
    const painted = await page.locator('canvas').evaluate((canvas: HTMLCanvasElement) => {
      const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
      let count = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) count += 1;
      return count;
    });
    expect(painted).toBeGreaterThan(1000);
    await screenshot(page, 'spine-dashboard');
    await page.close();
  });

  it('reports a row edited on the page as a change: the popup, the page and the dashboard show the fix', { timeout: 180_000 }, async () => {
    const page = await session.context.newPage();
    await page.goto(`${session.portalUrl}/a/student/outcomes.html`);
    const before = await waitForSummary(page);
    const marks = page.locator('[data-lpc-finding][data-rule="format.summary.too-long"]');
    await expect.poll(() => marks.count(), { timeout: 15_000 }).toBe(3);
    // Each report the background has logged leaves an 'lpc-report' measure in the page's timeline.
    const reports = () => page.evaluate(() => performance.getEntriesByName('lpc-report').length);
    await expect.poll(reports, { timeout: 15_000 }).toBeGreaterThan(0);
    const reported = await reports();
    // The student shortens one 簡述 in place: the re-check sends that row to the background, not the page.
    await page.locator('tr', { hasText: OVER_LIMIT[0]! }).locator('td').nth(5).evaluate((cell) => {
      cell.textContent = '改寫後的簡述。';
    });
    await expect.poll(() => marks.count(), { timeout: 15_000 }).toBe(2);
    await expect.poll(async () => (await waitForSummary(page)).errors, { timeout: 15_000 }).toBe(before.errors - 1);
    // The popup shows a page's check once a role is chosen (else it asks for one first).
    await session.worker.evaluate(() => (globalThis as unknown as StorageGlobal).chrome.storage.local.set({ role: 'staff' }));
    const popup = await popupFor(session, page);
    await expect.poll(() => popup.locator('[data-count="errors"]').textContent(), { timeout: 15_000 }).toBe(String(before.errors - 1));
    await popup.close();
    await expect.poll(reports, { timeout: 15_000 }).toBeGreaterThan(reported);

    // The dashboard: the three problems were seen, one of them is fixed now (as a whole report of the page would say).
    const dashboard = await session.context.newPage();
    await dashboard.goto(`chrome-extension://${session.extensionId}/dashboard.html`);
    const row = dashboard.locator('tr[data-rule="format.summary.too-long"]');
    await row.waitFor({ timeout: 15_000 });
    await expect.poll(() => row.locator('[data-col="fixed"]').textContent(), { timeout: 30_000 }).toBe('1');
    expect(await row.locator('[data-col="seen"]').textContent()).toBe('3');
    expect(await row.locator('[data-col="open"]').textContent()).toBe('2');
    await dashboard.close();
    await page.close();
  });

  it('leaves a page without a matching table unmarked and says so', async () => {
    const page = await session.context.newPage();
    await page.goto(`${session.portalUrl}/`);
    const summary = await waitForSummary(page, 'unrecognized');
    expect(summary.errors).toBe(0);
    expect(await page.locator('[data-lpc-finding]').count()).toBe(0);
    await page.close();
  });
});
