import { browser } from 'wxt/browser';
import { badgeView, termOfCertifiedDates } from '@/lib/certification/urgency';
import { certificationQueueSetting, checkMoment, localeSetting, referenceDateSetting, roleSetting } from '@/lib/settings';
import { policySetting } from '@/lib/policy/setting';
import { certificationQueue, mergeQueueRows, type QueueRow, type QueueRows } from '@/lib/certification/queue';
import type { CertificationRowsReport } from '@/lib/messaging/protocol';
import type { KeyedHash } from '@/lib/db/secret';
import type { LogDatabase } from '@/lib/db/database';
import { pick } from '@/lib/model/localized';

export const DAILY_ALARM = 'lpc-daily';

/**
 * Draws the toolbar badge from the stored certification queue and the day it is judged on: the
 * 檢核基準日 when one is set (as page marks, the popup and the dashboard use it), else today. The
 * queue lives in storage, so the badge is redrawn the same after a browser or service-worker restart.
 */
export async function refreshBadge(now = new Date()): Promise<void> {
  const [snapshot, policy, locale, referenceDate, role] = await Promise.all([
    certificationQueueSetting.getValue(),
    policySetting.getValue(),
    localeSetting.getValue(),
    referenceDateSetting.getValue(),
    roleSetting.getValue(),
  ]);
  const view = badgeView(snapshot ?? undefined, policy, checkMoment(referenceDate, now), role);
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

/**
 * Adds one reading of a certification page to the rows seen on its other pages (kept in the
 * database, not storage.local, whose 10 MB a long list could fill), stores the queue the badge
 * and popup show, and redraws the badge. Uploads are kept only under a keyed hash of their identity.
 */
export async function recordCertificationReading(db: LogDatabase, report: CertificationRowsReport, hash: KeyedHash, now = Date.now()): Promise<QueueRows> {
  const url = new URL(report.url);
  const pageKey = `${url.origin}${url.pathname}`;
  const rows: Record<string, QueueRow> = {};
  for (const { identity, ...row } of report.rows) rows[await hash(`${pageKey}\u001f${identity}`)] = row;
  const reading: QueueRows = {
    pageKey,
    rows,
    ...(report.statedTotal !== undefined ? { statedTotal: report.statedTotal } : {}),
    ...(report.term ? { term: report.term } : {}),
  };
  // One list is kept: the teacher's own. Another list starts afresh.
  const merged = await db.transaction('rw', db.certification, async () => {
    const next = mergeQueueRows((await db.certification.get(pageKey)) ?? null, reading);
    await db.certification.clear();
    await db.certification.put(next);
    return next;
  });
  const queue = certificationQueue(merged);
  // A list that states no term is placed by its uploads' 認證日期, not by the day it was read.
  const term = queue.term ?? termOfCertifiedDates(Object.values(merged.rows), await policySetting.getValue());
  // The page's own 認證期限, kept while the teacher pages through the same list.
  const previous = await certificationQueueSetting.getValue();
  const samePage = previous !== null && URL.canParse(previous.pageUrl) && `${new URL(previous.pageUrl).origin}${new URL(previous.pageUrl).pathname}` === pageKey;
  const statedDeadline = report.statedDeadline ?? (samePage ? previous.statedDeadline : undefined);
  await certificationQueueSetting.setValue({ ...queue, ...(term ? { term } : {}), ...(statedDeadline ? { statedDeadline } : {}), pageUrl: report.url, seenAt: now });
  await refreshBadge();
  // The content script takes the dashboard's counts from the merged list once it is complete.
  return merged;
}
