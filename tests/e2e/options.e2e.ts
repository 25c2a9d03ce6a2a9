import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS_DIR, openSession, screenshot, waitForSummary, type Session } from './harness';

/** The extension's storage as its service worker sees it (these tests run in Node, without chrome's types). */
type WorkerGlobal = { chrome: { storage: { local: { set(items: object): Promise<void>; get(key: string): Promise<Record<string, unknown>> } } } };

const PLAN_CSV = resolve(import.meta.dirname, '../portal/pages/data/course-plan.csv');
const TOO_LONG = '[data-lpc-finding][data-rule="format.summary.too-long"]';

async function partShot(page: Page, selector: string, name: string) {
  await page.locator(selector).first().evaluate((node) => node.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: join(ARTIFACTS_DIR, `${name}.png`) });
}

describe('the options page', () => {
  let session: Session;
  let options: Page;
  beforeAll(async () => {
    session = await openSession();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('asks a fresh profile who uses it first, then shows the settings', async () => {
    options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    await options.locator('input[name="role"][value="staff"]').check();
    await options.locator('select[name="policy"]').selectOption('caotun');
    await options.locator('.first-run button[type="submit"]').click();
    await options.locator('#policy [data-policy-id="caotun"]').waitFor({ timeout: 15_000 });
    await expect(options.locator('.first-run').count()).resolves.toBe(0);
    // what the choice stored, as the background sees it
    await expect
      .poll(
        () =>
          session.worker.evaluate(async () => {
            const stored = await (globalThis as unknown as WorkerGlobal).chrome.storage.local.get('role');
            const policy = await (globalThis as unknown as WorkerGlobal).chrome.storage.local.get('policy');
            return { role: stored.role, policy: (policy.policy as { id?: string } | undefined)?.id };
          }),
        { timeout: 15_000 },
      )
      .toEqual({ role: 'staff', policy: 'caotun' });
  });

  it('imports the sample portal’s course plan and says how many courses it read', async () => {
    const courses = readFileSync(PLAN_CSV, 'utf8').trim().split(/\r?\n/).length - 1;
    await options.locator('input[name="plan-changed-at"]').fill('2025-08-20');
    await options.locator('input[data-action="import-plan"]').setInputFiles(PLAN_CSV);
    await options.getByText(`已從「course-plan.csv」讀入 ${courses} 門課程並儲存。`).waitFor();
    expect(await options.locator('.current-plan').getAttribute('data-plan-size')).toBe(String(courses));
    await expect.poll(() => session.worker.evaluate(() =>
        (globalThis as unknown as WorkerGlobal).chrome.storage.local.get('coursePlan').then((stored) => stored.coursePlan as { changedAt?: string }),
      ), { timeout: 15_000 })
      .toMatchObject({ changedAt: '2025-08-20' });
    await partShot(options, '#course-plan', 'options-course-plan');
  });

  it('round-trips a site override: add in the form, export, remove, import, and the page reads with it again', async () => {
    // A vendor that heads its 簡述 column 「學習歷程自述」, a name no vocabulary has: the outcomes page, renamed in place.
    const portal = await session.context.newPage();
    await portal.goto(`${session.portalUrl}/a/student/outcomes.html`);
    await waitForSummary(portal);
    await expect.poll(() => portal.locator(TOO_LONG).count(), { timeout: 15_000 }).toBe(3);
    await portal.evaluate(() => {
      const th = Array.from(document.querySelectorAll('th')).find((cell) => cell.textContent === '簡述')!;
      th.textContent = '學習歷程自述';
    });
    // Without a site setting no column is the 簡述: nothing is marked from a guess.
    await expect.poll(() => portal.locator(TOO_LONG).count(), { timeout: 15_000 }).toBe(0);

    await options.bringToFront();
    const section = options.locator('#site-overrides');
    await section.locator('button[data-action="add-override"]').click();
    await section.locator('input[name="match"]').fill(`${session.portalUrl}/a/`);
    await section.locator('input[name="label"]').fill('範例校務系統 A（學習歷程自述）');
    await section.getByRole('button', { name: '新增欄位對應' }).click();
    await section.getByLabel('第 1 個對應的頁面欄位名稱').fill('學習歷程自述');
    await section.getByLabel('第 1 個對應要讀成的欄位').selectOption('summary');
    // The table tester reads a pasted table through the override being edited.
    await section.locator('textarea[name="table-text"]').fill('學年度\t學期\t科目名稱\t成果名稱\t學習歷程自述\t檔案\n114\t1\t國語文\t報告\t短評\t報告.pdf');
    await expect.poll(() => section.locator('.tester-result').getAttribute('data-page-kind'), { timeout: 15_000 }).toBe('outcome-list');
    expect(await section.locator('.header-map tr[data-field="summary"] td').first().textContent()).toBe('學習歷程自述');
    await partShot(options, '#site-overrides', 'options-site-override-form');
    await partShot(options, '.tester-result', 'options-table-tester');
    await section.getByRole('button', { name: '儲存網站設定' }).click();
    const row = section.locator(`tr[data-match="${session.portalUrl}/a/"]`);
    await row.waitFor();

    await portal.bringToFront();
    await expect.poll(() => portal.locator(TOO_LONG).count(), { timeout: 15_000 }).toBe(3);

    await options.bringToFront();
    const [download] = await Promise.all([options.waitForEvent('download'), section.locator('button[data-action="export-overrides"]').click()]);
    const file = join(ARTIFACTS_DIR, 'options-site-overrides.json');
    await download.saveAs(file);
    const exported = JSON.parse(readFileSync(file, 'utf8'));
    expect(exported).toEqual({
      kind: 'lp-checker-site-overrides',
      version: 1,
      sites: [{ match: `${session.portalUrl}/a/`, label: '範例校務系統 A（學習歷程自述）', columns: { 學習歷程自述: 'summary' } }],
    });

    await row.locator('button[data-action="remove-override"]').click();
    await row.waitFor({ state: 'detached' });
    await portal.bringToFront();
    await expect.poll(() => portal.locator(TOO_LONG).count(), { timeout: 15_000 }).toBe(0);

    await options.bringToFront();
    await section.locator('input[data-action="import-overrides"]').setInputFiles(file);
    await options.getByText('已匯入 1 項網站設定（相同網址的設定已被取代）。').waitFor();
    await row.waitFor();
    await partShot(options, '#site-overrides', 'options-site-override-imported');

    await portal.bringToFront();
    await expect.poll(() => portal.locator(TOO_LONG).count(), { timeout: 15_000 }).toBe(3);
    const summary = await waitForSummary(portal);
    expect(summary.pageKind).toBe('outcome-list');
    await screenshot(portal, 'options-override-outcomes');
    await portal.close();
  });
});
