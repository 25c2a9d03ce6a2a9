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
