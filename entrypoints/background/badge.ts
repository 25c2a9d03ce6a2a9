import { browser } from 'wxt/browser';
import { badgeView } from '@/lib/certification/urgency';
import { certificationQueueSetting, localeSetting, policySetting } from '@/lib/settings';
import { pick } from '@/lib/model/localized';

export const DAILY_ALARM = 'lpc-daily';

/**
 * Draws the toolbar badge from the stored certification queue and today's date.
 * The queue lives in storage, so the badge is redrawn the same after a browser
 * or service-worker restart.
 */
export async function refreshBadge(now = new Date()): Promise<void> {
  const [snapshot, policy, locale] = await Promise.all([
    certificationQueueSetting.getValue(),
    policySetting.getValue(),
    localeSetting.getValue(),
  ]);
  const view = badgeView(snapshot ?? undefined, policy, now);
  await browser.action.setBadgeText({ text: view.text });
  await browser.action.setBadgeBackgroundColor({ color: view.color });
  await browser.action.setTitle({ title: pick(view.title, locale) });
}

/** A daily alarm just after local midnight, so days-left and colour move on without any visit or network. */
export async function scheduleDailyRefresh(now = new Date()): Promise<void> {
  const next = new Date(now);
  next.setHours(24, 1, 0, 0);
  await browser.alarms.create(DAILY_ALARM, { when: next.getTime(), periodInMinutes: 24 * 60 });
}
