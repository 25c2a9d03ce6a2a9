import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
// @ts-expect-error plain ES module of the sample portal
import { EXPECTED } from '../portal/pages/data/expected.js';
import { SAMPLE_SCHOOL_POLICY } from '../portal/sample-school-policy';
import { importSampleSchoolPolicy, openSession, screenshot, waitForSummary, type Session } from './harness';

interface CertExpected {
  facts: { pending: number };
  tables: { pageLinks?: string[]; pages: string[][] }[];
  rows: { page: number; problems: string[] }[];
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

/** What the overdue marks and the summary say, as text (shadow roots included). */
const markWords = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('[data-rule="cert.pending.past-deadline"], [data-lpc-summary]')]
      .map((host) => [host.shadowRoot?.textContent ?? '', ...[...(host.shadowRoot?.querySelectorAll('[title]') ?? [])].map((e) => e.getAttribute('title') ?? '')].join(' '))
      .join(' '),
  );

const hex = (rgba: number[]) => `#${rgba.slice(0, 3).map((n) => n.toString(16).padStart(2, '0')).join('')}`;

/*
 * The sample school's policy is imported as a user would (its calendar: 114-1 認證 until 2026-02-10), and the
 * day is pinned with the 檢核基準日: 2026-02-05, five days before — amber (#d97706) whatever the clock says.
 */
const REFERENCE_DATE = '2026-02-05';
const AMBER = '#d97706';

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
    await session.worker.evaluate(
      (date) => (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set({ role: 'teacher', referenceDate: date }),
      REFERENCE_DATE,
    );
    await importSampleSchoolPolicy(session);
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
    await expect.poll(async () => (await badge(session)).text, { timeout: 15_000 }).toMatch(/^\d+\+$/);

    await visitAllPages(page, session, expected);
    const pending = expected.facts.pending;
    await expect.poll(async () => (await badge(session)).text, { timeout: 15_000 }).toBe(String(pending));
    const before = await badge(session);
    expect(hex(before.color)).toBe(AMBER);
    expect(before.title).toBe(`有 ${pending} 件課程學習成果等待您認證，距認證截止日 2026-02-10 還有 5 天（依範例高級中學 114 學年度第 1 學期行事曆）。`);

    // The teacher certifies two uploads on page 1 with the portal's own buttons, then comes back.
    await page.goto(`${session.portalUrl}${expected.tables[0]!.pageLinks![0]}`);
    await waitForSummary(page);
    // (Ids are the test's way to find the portal's own buttons; the extension never uses them.)
    const pendingRows = page.locator('#ctl00_MainContent_gvCert > tbody > tr', { has: page.locator('td.colStatus', { hasText: '未認證' }) });
    for (let i = 0; i < 2; i += 1) await pendingRows.first().locator('input.btnCertify').click();
    await page.reload();
    await waitForSummary(page);
    await expect.poll(async () => (await badge(session)).text, { timeout: 15_000 }).toBe(String(pending - 2));
    expect(hex((await badge(session)).color)).toBe(AMBER);
    await page.close();
  });

  it('lists the pending work by course and class in the popup, with when it was last seen', async () => {
    const popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
    const queue = popup.locator('section.queue');
    await queue.waitFor();
    expect(await queue.textContent()).toContain('上次查看：');
    // the popup judges on the same day as the badge, and says so
    expect(await queue.locator('[data-calendar]').textContent()).toBe('期限依據：範例高級中學 114 學年度第 1 學期行事曆（以檢核基準日 2026-02-05 計算）');
    expect(await queue.locator('.headline').textContent()).toContain('距認證截止日 2026-02-10 還有 5 天');
    const rows = queue.locator('tbody tr');
    expect(await rows.count()).toBeGreaterThan(1);
    // six course-and-class rows: all listed (past eight, the rest would be summed in one line)
    expect(await queue.locator('tfoot').count()).toBe(0);
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
      // the badge has counted this page's rows before the next click: pending on pages 1..n
      const seen = expected.rows.filter((row) => row.page <= n && row.problems.includes('cert-pending')).length;
      await expect.poll(async () => (await badge(session)).text, { timeout: 15_000 }).toMatch(new RegExp(`^${seen}\\+?$`));
    }
    await expect.poll(async () => (await badge(session)).text, { timeout: 15_000 }).toBe(String(expected.facts.pending));
    await screenshot(page, 'badge-certify-b');
    await page.close();
  });
});

/*
 * The badge's colour under three pinned 檢核基準日 around the sample school's 114-1 certification deadline
 * (2026-02-10, its own calendar, imported as a user would): grey more than 7 days before, amber within 7 days, red once it has passed (README:
 * grey, amber within 7 days, red within 2 days or overdue). The count is the sample list's 24
 * 未認證 uploads (33 rows: 6 認證, 3 退回), the same on every date.
 */
const BADGE_DATES = [
  { date: '2026-01-20', when: '21 days before the deadline', colour: '#5b6472', days: '還有 21 天' },
  { date: '2026-02-05', when: '5 days before the deadline', colour: AMBER, days: '還有 5 天' },
  { date: '2026-02-20', when: '10 days after the deadline', colour: '#c81e1e', days: '已過 10 天' },
] as const;

describe('the badge on three 檢核基準日', () => {
  // a browser of its own for each date (the badge counts what that browser has seen), the three started together
  const sessions = new Map<string, Session>();
  beforeAll(async () => {
    await Promise.all(
      BADGE_DATES.map(async ({ date }) => {
        const session = await openSession();
        sessions.set(date, session);
        await session.worker.evaluate(
          (referenceDate) => (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set({ role: 'teacher', referenceDate }),
          date,
        );
        await importSampleSchoolPolicy(session);
      }),
    );
  }, 120_000);
  afterAll(async () => {
    await Promise.all([...sessions.values()].map((session) => session.close()));
  });

  describe.each(BADGE_DATES)('the badge on 檢核基準日 $date ($when)', ({ date, colour, days }) => {
    it(`shows the 24 pending uploads in ${colour}, and the title says the deadline and the days`, async () => {
      const session = sessions.get(date)!;
      const page = await session.context.newPage();
      await visitAllPages(page, session, (EXPECTED as Record<string, CertExpected>)[A_PAGE]!);
      await expect.poll(async () => (await badge(session)).text, { timeout: 15_000 }).toBe('24');
      const seen = await badge(session);
      expect(hex(seen.color)).toBe(colour);
      expect(seen.title).toContain('2026-02-10');
      expect(seen.title).toContain(days);
      await page.close();
    });
  });
});

/*
 * The portal states 「認證期限：115/02/10」 on its certification page. A school whose calendar says otherwise
 * (here the sample school's calendar with 認證 until 2026-01-23, set in storage as the options page saves it)
 * sees both dates and which applies; 「以系統公告期限為準」 makes the portal's apply. Day pinned: 2026-02-05.
 */
describe('the page’s own 認證期限 beside the school calendar’s', () => {
  let session: Session;
  const set = (items: object) =>
    session.worker.evaluate((v) => (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set(v), items);
  beforeAll(async () => {
    session = await openSession();
    const policy = structuredClone(SAMPLE_SCHOOL_POLICY);
    policy.calendar.terms[0]!.windows.certification = { start: '2025-09-01', end: '2026-01-23' };
    await set({ role: 'teacher', referenceDate: '2026-02-05', policy });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('shows both in the badge, the popup and the marks, the calendar applying; then the portal’s once the school chooses it', async () => {
    const page = await session.context.newPage();
    await visitAllPages(page, session, (EXPECTED as Record<string, CertExpected>)[A_PAGE]!);
    await expect.poll(async () => (await badge(session)).text, { timeout: 15_000 }).toBe('24');
    expect(hex((await badge(session)).color)).toBe('#c81e1e');
    expect((await badge(session)).title).toBe(
      '有 24 件課程學習成果等待您認證，認證期限 2026-01-23 已過 13 天（依範例高級中學 114 學年度第 1 學期行事曆）。系統公告認證期限 2026-02-10，學校行事曆為 2026-01-23，依學校行事曆。',
    );
    // the page's marks say the same (the mark's words, in its shadow root, and the summary's list)
    await page.locator('[data-rule="cert.pending.past-deadline"]').first().waitFor({ state: 'attached', timeout: 15_000 });
    expect(await markWords(page)).toContain('認證期限 2026-01-23 已過 13 天（依範例高級中學 114 學年度第 1 學期行事曆）。系統公告認證期限 2026-02-10，學校行事曆為 2026-01-23，依學校行事曆。');

    const popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
    await popup.locator('section.queue [data-deadline-conflict="policy"]').waitFor({ timeout: 15_000 });
    expect(await popup.locator('section.queue [data-deadline-conflict]').textContent()).toBe('系統公告認證期限 2026-02-10，學校行事曆為 2026-01-23，依學校行事曆。');

    // 「以系統公告期限為準」 in the options page
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    await options.getByLabel('以系統公告期限為準').check();
    await expect.poll(async () => (await badge(session)).title, { timeout: 15_000 }).toBe(
      '有 24 件課程學習成果等待您認證，距認證截止日 2026-02-10 還有 5 天（依系統公告期限；範例高級中學 114 學年度第 1 學期行事曆）。系統公告認證期限 2026-02-10，學校行事曆為 2026-01-23，依系統公告期限。',
    );
    expect(hex((await badge(session)).color)).toBe(AMBER);
    // the open page re-checks: no mark is overdue by the portal's date
    await expect.poll(() => page.locator('[data-rule="cert.pending.past-deadline"]').count(), { timeout: 15_000 }).toBe(0);
    await popup.reload();
    await popup.locator('section.queue [data-deadline-conflict="portal"]').waitFor({ timeout: 15_000 });
    expect(await popup.locator('section.queue [data-calendar]').textContent()).toBe(
      '期限依據：系統公告的認證期限（範例高級中學 114 學年度第 1 學期行事曆）（以檢核基準日 2026-02-05 計算）',
    );
    await screenshot(popup, 'badge-popup-stated-deadline');
    await Promise.all([page.close(), popup.close(), options.close()]);
  });
});
