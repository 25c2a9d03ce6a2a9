import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { BackgroundMessage } from '@/lib/messaging/protocol';
import { LogDatabase } from '@/lib/db/database';
import { logVisit } from '@/lib/db/log-visit';
import { keyedHasher } from '@/lib/db/secret';
import { syncSiteScripts } from '@/lib/sites';
import { localeSetting, policySetting } from '@/lib/settings';
import { compactLog } from '@/lib/db/compact';
import { DAILY_ALARM, recordCertificationReading, refreshBadge, scheduleDailyRefresh } from './badge';

/**
 * The background owns the log: content scripts send it page reports, it
 * validates them and writes Dexie. It also keeps the scripts registered for the
 * sites the user enabled.
 */
export default defineBackground({
  type: 'module',
  main() {
    const db = new LogDatabase();
    const hasher = keyedHasher(db);

    const write = async (report: Parameters<typeof logVisit>[1]) => {
      // A failed write (quota, a busy database) is retried once before it is reported.
      try {
        return await logVisit(db, report, await hasher, Date.now());
      } catch (first) {
        console.warn('lp-checker: log write failed, retrying', first);
        return logVisit(db, report, await hasher, Date.now());
      }
    };

    const handle = (message: BackgroundMessage): Promise<unknown> => {
      switch (message.type) {
        case 'page-report':
          return write(message);
        case 'certification-rows':
          return hasher.then((hash) => recordCertificationReading(message, hash));
        case 'sites-changed':
          return syncSiteScripts();
      }
    };

    browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse) => {
      const parsed = BackgroundMessage.safeParse(message);
      if (!parsed.success) return undefined;
      const task = handle(parsed.data);
      task.then(
        (result) => sendResponse({ ok: true, result }),
        (error: unknown) => {
          console.error('lp-checker:', error);
          sendResponse({ ok: false, error: String(error) });
        },
      );
      return true;
    });

    browser.permissions.onAdded.addListener(() => void syncSiteScripts());
    browser.permissions.onRemoved.addListener(() => void syncSiteScripts());
    browser.runtime.onInstalled.addListener(({ reason }) => {
      void syncSiteScripts();
      void scheduleDailyRefresh();
      // First run: ask for the role and the school policy.
      // A tab of its own: openOptionsPage may take over the tab the user just opened.
      if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/options.html') });
    });
    browser.runtime.onStartup.addListener(() => void scheduleDailyRefresh());
    browser.alarms.onAlarm.addListener((alarm) => {
      if (alarm.name !== DAILY_ALARM) return;
      void refreshBadge();
      // Raw observations older than a month are folded into daily totals so a year of use stays small.
      void compactLog(db, { now: Date.now() }).catch((error: unknown) => console.error('lp-checker: compaction failed', error));
    });
    // A policy or language change redraws the badge; so does every service-worker start.
    policySetting.watch(() => void refreshBadge());
    localeSetting.watch(() => void refreshBadge());
    void refreshBadge();
  },
});
