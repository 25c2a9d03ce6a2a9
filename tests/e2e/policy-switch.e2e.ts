import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { ARTIFACTS_DIR, openSession, screenshot, waitForSummary, type Session } from './harness';

/** The extension's storage as its service worker sees it (these tests run in Node, without chrome's types). */
type WorkerGlobal = { chrome: { storage: { local: { set(items: object): Promise<void>; get(key: string): Promise<Record<string, unknown>> } } } };

const OVER_CAP = '[data-lpc-finding][data-rule="quota.outcome.uploaded-over-cap"]';

/** Rows of the outcomes table holding an over-cap mark. */
async function rowsOverCap(page: Page): Promise<string[]> {
  return page.locator(OVER_CAP).evaluateAll((nodes) => [
    ...new Set(nodes.map((node) => node.closest('tr')?.cells[4]?.textContent ?? '(no row)')),
  ]);
}

/** A screenshot of one part of a long page (the viewport, scrolled to the element), for a person to look at. */
async function partShot(page: Page, selector: string, name: string) {
  await page.locator(selector).first().evaluate((node) => node.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: join(ARTIFACTS_DIR, `${name}.png`) });
}

async function applyPreset(options: Page, id: string, name: string) {
  await options.locator('select[name="preset"]').selectOption(id);
  await options.locator('button[data-action="apply-preset"]').click();
  await options.getByText(`已套用「${name}」並儲存`).waitFor();
  await expect.poll(() => options.locator('[data-policy-id]').getAttribute('data-policy-id')).toBe(id);
}

describe('switching the school policy in the options page changes the marks on the sample portal', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession();
    await session.worker.evaluate(() => (globalThis as unknown as WorkerGlobal).chrome.storage.local.set({ role: 'staff' }));
  });
  afterAll(async () => {
    await session?.close();
  });

  it('仁武 (6 per term) marks the 2 outcomes over the cap; 草屯 (10 per term) marks none', async () => {
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    await applyPreset(options, 'renwu', '高雄市立仁武高中');
    // 仁武's calendar ends uploads before the final exam: the options page says so at the calendar's top.
    expect(await options.locator('.schedule-findings [data-rule="schedule.upload-window.too-short"]').count()).toBe(2);
    await screenshot(options, 'policy-switch-options-renwu');
    await partShot(options, '#policy', 'policy-switch-options-renwu-top');
    await partShot(options, '#policy .schedule-findings', 'policy-switch-options-renwu-calendar');

    const page = await session.context.newPage();
    await page.goto(`${session.portalUrl}/a/student/outcomes.html`);
    const underRenwu = await waitForSummary(page);
    expect(underRenwu.pageKind).toBe('outcome-list');
    await expect.poll(() => rowsOverCap(page).then((rows) => rows.length)).toBe(2);
    const marked = await rowsOverCap(page);
    expect(await page.locator(OVER_CAP).count()).toBe(2);
    await screenshot(page, 'policy-switch-outcomes-renwu');

    await options.bringToFront();
    await applyPreset(options, 'caotun', '國立草屯商工');
    await screenshot(options, 'policy-switch-options-caotun');

    // The open page re-checks when the policy changes; reload too, to check a fresh read.
    await page.bringToFront();
    await expect.poll(() => page.locator(OVER_CAP).count()).toBe(0);
    await page.reload();
    const underCaotun = await waitForSummary(page);
    expect(await page.locator(OVER_CAP).count()).toBe(0);
    // Exactly the two over-cap errors are gone; nothing else changed between the two policies on this page.
    expect(underCaotun.errors).toBe(underRenwu.errors - 2);
    expect(underCaotun.warnings).toBe(underRenwu.warnings);
    await screenshot(page, 'policy-switch-outcomes-caotun');
    // The 7th and 8th uploads of 114-1 (by upload date) are the two over 仁武's cap.
    expect(marked.sort()).toEqual(['Python 成績統計小工具', '臺灣日治時期交通史小論文']);
    await page.close();
    await options.close();
  });
});
