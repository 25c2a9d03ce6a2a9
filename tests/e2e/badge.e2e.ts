import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { certificationDeadline, urgencyOf, URGENCY_COLOR } from '@/lib/certification/urgency';
import { NATIONAL_POLICY } from '@/lib/policy/presets';
// @ts-expect-error plain ES module of the sample portal
import { EXPECTED } from '../portal/pages/data/expected.js';
import { openSession, screenshot, waitForSummary, type Session } from './harness';

interface CertExpected {
  facts: { pending: number };
  tables: { pageLinks?: string[]; pages: string[][] }[];
}

const A_PAGE = '/a/teacher/Certify.aspx';
const B_PAGE = '/b/teacher/certify.html';

/** The badge as the toolbar shows it, read from the extension itself. */
async function badge(session: Session) {
  return session.worker.evaluate(async () => {
    const action = (globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string>; getBadgeBackgroundColor(d: object): Promise<number[]>; getTitle(d: object): Promise<string> } } }).chrome.action;
    return { text: await action.getBadgeText({}), color: await action.getBadgeBackgroundColor({}), title: await action.getTitle({}) };
  });
}

const hex = (rgba: number[]) => `#${rgba.slice(0, 3).map((n) => n.toString(16).padStart(2, '0')).join('')}`;

/** What the badge colour must be for `pending` uploads today, by the national calendar the extension uses. */
function expectedColor(pending: number) {
  const deadline = certificationDeadline(NATIONAL_POLICY, { year: 114, semester: 1 }, new Date());
  return URGENCY_COLOR[urgencyOf(pending, deadline, new Date())];
}

async function visitAllPages(page: Page, session: Session, expected: CertExpected) {
  for (const link of expected.tables[0]!.pageLinks!) {
    await page.goto(`${session.portalUrl}${link}`);
    await waitForSummary(page);
  }
}

describe('a teacher’s pending certifications as a toolbar badge', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession();
    await session.worker.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set({ role: 'teacher' }));
  });
  afterAll(async () => {
    await session?.close();
  });

  it('counts the uploads waiting on every page of the list, coloured by urgency, and drops by two after two are certified', async () => {
    const expected = (EXPECTED as Record<string, CertExpected>)[A_PAGE]!;
    const page = await session.context.newPage();

    // Page 1 alone: the count so far, marked as incomplete.
    await page.goto(`${session.portalUrl}${A_PAGE}`);
    await waitForSummary(page);
    await expect.poll(async () => (await badge(session)).text).toMatch(/^\d+\+$/);

    await visitAllPages(page, session, expected);
    const pending = expected.facts.pending;
    await expect.poll(async () => (await badge(session)).text).toBe(String(pending));
    const before = await badge(session);
    expect(hex(before.color)).toBe(expectedColor(pending));
    expect(before.title).toContain(`有 ${pending} 件課程學習成果等待您認證`);

    // The teacher certifies two uploads on page 1 with the portal's own buttons, then comes back.
    await page.goto(`${session.portalUrl}${expected.tables[0]!.pageLinks![0]}`);
    await waitForSummary(page);
    // (Ids are the test's way to find the portal's own buttons; the extension never uses them.)
    const pendingRows = page.locator('#ctl00_MainContent_gvCert > tbody > tr', { has: page.locator('td.colStatus', { hasText: '未認證' }) });
    for (let i = 0; i < 2; i += 1) await pendingRows.first().locator('input.btnCertify').click();
    await page.reload();
    await waitForSummary(page);
    await expect.poll(async () => (await badge(session)).text).toBe(String(pending - 2));
    expect(hex((await badge(session)).color)).toBe(expectedColor(pending - 2));
    await page.close();
  });

  it('lists the pending work by course and class in the popup, with when it was last seen', async () => {
    const popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
    const queue = popup.locator('section.queue');
    await queue.waitFor();
    expect(await queue.textContent()).toContain('上次查看：');
    const rows = queue.locator('tbody tr');
    expect(await rows.count()).toBeGreaterThan(1);
    const counts = await rows.locator('td:nth-child(3)').allTextContents();
    const expected = (EXPECTED as Record<string, CertExpected>)[A_PAGE]!;
    expect(counts.map(Number).reduce((a, b) => a + b, 0)).toBe(expected.facts.pending - 2);
    await screenshot(popup, 'badge-popup');
    await popup.close();
  });

  it('reads the other vendor’s certification page the same way', async () => {
    const expected = (EXPECTED as Record<string, CertExpected>)[B_PAGE]!;
    const page = await session.context.newPage();
    await page.goto(`${session.portalUrl}${B_PAGE}`);
    await waitForSummary(page);
    // Page through the list with the portal's pager; every page adds its rows.
    for (let n = 2; n <= expected.tables[0]!.pages.length; n += 1) {
      await page.locator('nav.pager button', { hasText: new RegExp(`^${n}$`) }).click();
      await page.waitForTimeout(300);
    }
    await expect.poll(async () => (await badge(session)).text, { timeout: 10_000 }).toBe(String(expected.facts.pending));
    await screenshot(page, 'badge-certify-b');
    await page.close();
  });
});
