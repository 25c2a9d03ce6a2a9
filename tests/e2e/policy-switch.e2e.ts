import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { ARTIFACTS_DIR, openSession, screenshot, waitForSummary, type Session } from './harness';

/** The extension's storage as its service worker sees it (these tests run in Node, without chrome's types). */
type WorkerGlobal = { chrome: { storage: { local: { set(items: object): Promise<void>; get(key: string): Promise<Record<string, unknown>> } } } };

const OVER_CAP = '[data-lpc-finding][data-rule="quota.outcome.uploaded-over-cap"]';
const LATE = '[data-lpc-finding][data-rule="cert.pending.past-deadline"]';

/*
 * The 檢核基準日 is pinned, never the computer's clock, and the test runs under three of them around the
 * sample school's 114-1 certification deadline (2026-02-10; the sample page has 4 of 陳柏翰's 8 uploads
 * still 未認證). The presets carry only the dates their seeds state — none for 114 — so under 仁武 and 草屯
 * no upload is ever late on the sample portal, whatever the date: a preset that secretly carried the sample
 * school's calendar would mark them after 2026-02-10. Expectations are literals per date: no late marks
 * under either; 仁武 has exactly its 2 over-cap errors more. (Deadlines on the sample portal are checked
 * under the sample school's own policy: badge.e2e, portal-pages.e2e.)
 */
const DATES = [
  { date: '2026-01-10', when: 'before the sample school’s certification deadline', lateRenwu: 0, lateCaotun: 0, moreUnderRenwu: 2 },
  { date: '2026-02-01', when: 'nine days before it', lateRenwu: 0, lateCaotun: 0, moreUnderRenwu: 2 },
  { date: '2026-02-20', when: 'after it', lateRenwu: 0, lateCaotun: 0, moreUnderRenwu: 2 },
] as const;

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
  await expect.poll(() => options.locator('[data-policy-id]').getAttribute('data-policy-id'), { timeout: 15_000 }).toBe(id);
}

// One browser for the three dates: each pins its own, applies 仁武 again and reads the page afresh.
let session: Session;
beforeAll(async () => {
  session = await openSession();
});
afterAll(async () => {
  await session?.close();
});

describe.each(DATES)('switching the school policy changes the marks on the sample portal (檢核基準日 $date, $when)', ({ date, lateRenwu, lateCaotun, moreUnderRenwu }) => {
  beforeAll(async () => {
    await session.worker.evaluate(
      (referenceDate) => (globalThis as unknown as WorkerGlobal).chrome.storage.local.set({ role: 'staff', referenceDate }),
      date,
    );
  });
  // the pictures keep their names from date to date: taken on the last one only (the page's in the window: the
  // overlay draws badges near it only)
  const pictured = date === DATES[DATES.length - 1]!.date;

  it(`仁武 (6 per term) marks the 2 outcomes over the cap and ${lateRenwu} late; 草屯 (10 per term) none over and ${lateCaotun} late`, async () => {
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    await applyPreset(options, 'renwu', '高雄市立仁武高中');
    // 仁武's rules state no dates: its calendar has no term, so no calendar finding either.
    expect(await options.locator('.schedule-findings [data-rule="schedule.upload-window.too-short"]').count()).toBe(0);
    if (pictured) {
      await screenshot(options, 'policy-switch-options-renwu');
      await partShot(options, '#policy', 'policy-switch-options-renwu-top');
    }

    const page = await session.context.newPage();
    await page.goto(`${session.portalUrl}/a/student/outcomes.html`);
    const underRenwu = await waitForSummary(page);
    expect(underRenwu.pageKind).toBe('outcome-list');
    await expect.poll(() => rowsOverCap(page).then((rows) => rows.length), { timeout: 15_000 }).toBe(2);
    const marked = await rowsOverCap(page);
    expect(await page.locator(OVER_CAP).count()).toBe(2);
    await expect.poll(() => page.locator(LATE).count(), { timeout: 15_000 }).toBe(lateRenwu);
    if (pictured) await screenshot(page, 'policy-switch-outcomes-renwu', { fullPage: false });

    await options.bringToFront();
    await applyPreset(options, 'caotun', '國立草屯商工');
    if (pictured) await screenshot(options, 'policy-switch-options-caotun');

    // The open page re-checks when the policy changes; reload too, to check a fresh read.
    await page.bringToFront();
    await expect.poll(() => page.locator(OVER_CAP).count(), { timeout: 15_000 }).toBe(0);
    await page.reload();
    const underCaotun = await waitForSummary(page);
    expect(await page.locator(OVER_CAP).count()).toBe(0);
    await expect.poll(() => page.locator(LATE).count(), { timeout: 15_000 }).toBe(lateCaotun);
    // Exactly the over-cap errors are gone; nothing else changed.
    expect(underCaotun.errors).toBe(underRenwu.errors - moreUnderRenwu);
    expect(underCaotun.warnings).toBe(underRenwu.warnings);
    if (pictured) await screenshot(page, 'policy-switch-outcomes-caotun', { fullPage: false });
    // The 7th and 8th uploads of 114-1 (by upload date) are the two over 仁武's cap.
    expect(marked.sort()).toEqual(['Python 成績統計小工具', '臺灣日治時期交通史小論文']);
    await page.close();
    await options.close();
  });
});
