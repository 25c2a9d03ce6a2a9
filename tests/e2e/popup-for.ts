import type { Page } from 'playwright-core';
import type { Session } from './harness';

/**
 * The extension's popup as it opens over `page`: the popup asks for the window's active tab, so
 * `page` is brought to the front and the popup loads in a tab of its own behind it (a headless
 * browser has no toolbar to click).
 */
export async function popupFor(session: Session, page: Page): Promise<Page> {
  const popup = await session.context.newPage();
  await page.bringToFront();
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
  return popup;
}

/**
 * A popup from `popupFor` opened again over `page` (another page, or the same one later): the popup learns
 * its tab only as it opens, so `page` is brought to the front and the popup loaded anew in its own tab.
 */
export async function popupAgainFor(popup: Page, page: Page): Promise<Page> {
  await page.bringToFront();
  await popup.reload();
  return popup;
}
