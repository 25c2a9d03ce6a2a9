import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession, screenshot, waitForSummary, type Session } from './harness';

const QUALITY = '[data-lpc-finding][data-rule="cert.rejected.quality-reason"]';
const TOO_LONG = '[data-lpc-finding][data-rule="format.summary.too-long"]';
/** The refusal reason on style A's 認證 page that mentions 成績 (a 提醒: certification never judges quality). */
const REFUSAL = '內容太簡略，成績未達標準';
const REASON = '已與任課教師確認：退回是因缺少本人撰寫紀錄，理由欄用語不當';

/** The overlay's badge over the cell that holds `anchor` (a hidden mark anchor), once it is drawn. */
async function badgeOf(page: Page, anchor: Locator): Promise<Locator> {
  const cell = anchor.locator('xpath=..');
  await cell.scrollIntoViewIfNeeded();
  let found: Locator | undefined;
  await expect
    .poll(
      async () => {
        const box = await cell.boundingBox();
        if (!box) return false;
        for (const badge of await page.locator('lpc-overlay button.badge:not([hidden])').all()) {
          const at = await badge.boundingBox();
          if (at && at.x >= box.x - 1 && at.x + at.width <= box.x + box.width + 1 && at.y >= box.y - at.height && at.y + at.height <= box.y + box.height + at.height) {
            found = badge;
            return true;
          }
        }
        return false;
      },
      { timeout: 15_000 },
    )
    .toBe(true);
  return found!;
}

/** Opens the badge's popover and hands back the part of it about `ruleId`. */
async function popoverPart(page: Page, anchor: Locator, ruleId: string): Promise<Locator> {
  await (await badgeOf(page, anchor)).click();
  const part = page.locator(`lpc-overlay .popover section.item[data-rule="${ruleId}"]`);
  await expect.poll(() => part.count(), { timeout: 15_000 }).toBe(1);
  return part;
}

describe('dismissing a finding with a reason', () => {
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

  it('a warning marked 「已確認，無需更正」 turns grey with its reason, survives a reload, and comes back when the value changes', { timeout: 120_000 }, async () => {
    const page = await session.context.newPage();
    await page.goto(`${session.portalUrl}/a/teacher/Certify.aspx`);
    const before = await waitForSummary(page);
    const row = page.locator('tr:not(:has(tr))', { hasText: REFUSAL });
    const mark = row.locator(QUALITY);
    await expect.poll(() => mark.count(), { timeout: 15_000 }).toBe(1);
    expect(await mark.getAttribute('data-severity')).toBe('warning');

    // Open the mark's popover and the form: a warning takes any reason, 「其他」 with words.
    const part = await popoverPart(page, mark, 'cert.rejected.quality-reason');
    await part.locator('.dismiss-open').click();
    expect(await part.locator('select[name="choice"] option').allTextContents()).toEqual(['已通報承辦人', '已通知學生更正', '已通知任課教師處理', '其他']);
    await part.locator('select[name="choice"]').selectOption('other');
    await part.getByRole('button', { name: '確認', exact: true }).click();
    await expect.poll(() => part.locator('.dismiss-problem').textContent(), { timeout: 15_000 }).toBe('選「其他」時請寫下理由。');
    await part.locator('input[name="note"]').fill(REASON);
    await part.locator('input[name="staffName"]').fill('王怡君');
    await part.getByRole('button', { name: '確認', exact: true }).click();

    await expect.poll(() => mark.getAttribute('data-dismissed'), { timeout: 15_000 }).toContain(`：${REASON}`);
    expect(await mark.getAttribute('data-dismissed')).toContain('已確認，無需更正（王怡君，');
    // the popover now says why, and the badge is grey with the reason in its tooltip
    await expect.poll(() => part.locator('.dismissed-line').textContent(), { timeout: 15_000 }).toContain(REASON);
    const badge = await badgeOf(page, mark);
    expect(await badge.getAttribute('class')).toContain('dismissed');
    expect(await badge.getAttribute('title')).toContain(REASON);
    const summary = page.locator('[data-lpc-summary]');
    expect(await summary.getAttribute('data-dismissed')).toBe('1');
    expect(Number(await summary.getAttribute('data-warnings'))).toBe(before.warnings - 1);
    expect(Number(await summary.getAttribute('data-errors'))).toBe(before.errors);
    await screenshot(page, 'dismiss-grey-mark');

    // Reload: the page is drawn again from the server, and the background names the same dismissal.
    await page.reload();
    await waitForSummary(page);
    await expect.poll(() => page.locator('tr:not(:has(tr))', { hasText: REFUSAL }).locator(QUALITY).getAttribute('data-dismissed'), { timeout: 15_000 }).toContain(`：${REASON}`);
    await expect.poll(() => page.locator('[data-lpc-summary]').getAttribute('data-dismissed'), { timeout: 15_000 }).toBe('1');

    // The teacher rewrites the refusal reason (still about 成績): the value the finding is about changed, so it is back.
    await page.evaluate((refusal) => {
      const row = [...document.querySelectorAll('tr:not(:has(tr))')].find((tr) => tr.textContent!.includes(refusal))!;
      const walker = document.createTreeWalker(row, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.nodeValue?.includes(refusal)) {
          node.nodeValue = node.nodeValue.replace(refusal, `${refusal}，請重做`);
          return;
        }
      }
      throw new Error(`${refusal} not in the row`);
    }, REFUSAL);
    const back = page.locator('tr:not(:has(tr))', { hasText: `${REFUSAL}，請重做` }).locator(QUALITY);
    await expect.poll(() => back.count(), { timeout: 15_000 }).toBe(1);
    await expect.poll(() => back.getAttribute('data-dismissed'), { timeout: 15_000 }).toBeNull();
    await expect.poll(() => page.locator('[data-lpc-summary]').getAttribute('data-dismissed'), { timeout: 15_000 }).toBe('0');
    expect(Number(await page.locator('[data-lpc-summary]').getAttribute('data-warnings'))).toBe(before.warnings);
    await page.close();
  });

  it('a 簡述 over 100 字 (binding) offers only reasons saying it was passed on', async () => {
    const page = await session.context.newPage();
    await page.goto(`${session.portalUrl}/a/student/outcomes.html`);
    await waitForSummary(page);
    const mark = page.locator(TOO_LONG).first();
    const part = await popoverPart(page, mark, 'format.summary.too-long');
    await part.locator('.dismiss-open').click();
    expect(await part.locator('.dismiss-binding').textContent()).toBe('這是國家規定必須更正的錯誤：只能註明已轉交誰處理。');
    expect(await part.locator('select[name="choice"] option').allTextContents()).toEqual(['已通報承辦人', '已通知學生更正', '已通知任課教師處理']);
    // the name given before is kept: not asked again
    expect(await part.locator('input[name="staffName"]').count()).toBe(0);
    await page.close();
  });

  it('the dashboard lists the dismissal per rule and per person, lapsed once the value changed', async () => {
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/dashboard.html#dismissals`);
    const listed = page.locator('[data-table="dismissals"] [data-dismissal]');
    await expect.poll(() => listed.count(), { timeout: 15_000 }).toBe(1);
    expect(await listed.getAttribute('data-rule')).toBe('cert.rejected.quality-reason');
    expect(await listed.getAttribute('data-status')).toBe('value-changed');
    expect(await listed.locator('[data-col="reason"]').textContent()).toBe(REASON);
    expect(await listed.locator('[data-col="staff"]').textContent()).toBe('王怡君 （行政人員）');
    expect(await listed.locator('[data-col="status"]').textContent()).toContain('已失效（資料已變更）');
    expect(await listed.locator('[data-col="page"]').textContent()).toBe(`${session.portalUrl}/a/teacher/Certify.aspx`);
    const byPerson = page.locator('[data-table="dismissals-by-person"] tr[data-key="王怡君"]');
    expect(await byPerson.locator('[data-col="total"]').textContent()).toBe('1');
    expect(await byPerson.locator('[data-col="lapsed"]').textContent()).toBe('1');
    expect(await page.locator('[data-table="dismissals-by-rule"] tr[data-key="cert.rejected.quality-reason"] [data-col="total"]').textContent()).toBe('1');
    await screenshot(page, 'dismiss-dashboard');
    await page.close();
  });
});
