import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { explainingFailure, openSession, screenshot, watchConsole, type Session } from './harness';

/**
 * Never silent: a row the extension cannot read is marked 「未檢核」 in the row itself, the page says
 * `partial` (never `checked`), and the dashboard says how many rows its figures leave out.
 */
describe('rows the extension cannot read', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('marks an unreadable 收訖 answer in its row, says partial with the count, and tells the dashboard', async () => {
    const page = await session.context.newPage();
    await page.goto(`${session.portalUrl}/a/staff/Receipt.aspx`);
    const summary = page.locator('[data-lpc-summary]');
    await expect.poll(() => summary.getAttribute('data-status'), { timeout: 15_000 }).toBe('checked');
    expect(await summary.getAttribute('data-unread')).toBe('0');
    expect(await page.locator('[data-lpc-unread]').count()).toBe(0);

    // A vendor word the checker does not know, in two rows' 收訖確認 cells (the 6th column).
    const changed = await page.evaluate(() => {
      const rows = Array.from(document.querySelectorAll<HTMLTableRowElement>('#ctl00_MainContent_gvReceipt tr')).filter((row) => row.cells.length >= 8 && row.cells[0]!.tagName === 'TD');
      return rows.slice(0, 2).map((row) => {
        row.cells[5]!.textContent = '待釐清';
        return row.cells[2]!.textContent!.trim();
      });
    });
    expect(changed).toHaveLength(2);

    await expect.poll(() => summary.getAttribute('data-status'), { timeout: 15_000 }).toBe('partial');
    expect(await summary.getAttribute('data-unread')).toBe('2');
    const notes = page.locator('[data-lpc-unread]');
    await expect.poll(() => notes.count(), { timeout: 15_000 }).toBe(2);
    // Each note sits in the row it is about and says why, in words.
    const where = await notes.evaluateAll((nodes) =>
      nodes.map((node) => ({ student: node.closest('tr')!.cells[2]!.textContent!.trim(), text: node.shadowRoot!.textContent ?? '' })),
    );
    expect(where.map((note) => note.student).sort()).toEqual([...changed].sort());
    for (const note of where) expect(note.text).toContain('待釐清');
    const panel = await summary.evaluate((host) => host.shadowRoot!.textContent ?? '');
    expect(panel).toContain('2 列無法判讀，未檢核');
    await screenshot(page, 'unread-rows-receipt');

    const dashboard = await session.context.newPage();
    const consoles = watchConsole(session, dashboard);
    await dashboard.goto(`chrome-extension://${session.extensionId}/dashboard.html`);
    // The dashboard's worker answers it (a failure it shows, or says in a console, is printed with the timeout).
    const note = dashboard.locator('[data-unread]');
    await explainingFailure(expect.poll(() => note.getAttribute('data-unread', { timeout: 1_000 }).catch(() => null), { timeout: 15_000 }).toBe('2'), dashboard, consoles);
    expect(await note.textContent()).toContain('/a/staff/Receipt.aspx');
    await screenshot(dashboard, 'unread-rows-dashboard');
    await dashboard.close();
    await page.close();
  });
});
