import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { BackgroundMessage } from '@/lib/messaging/protocol';
import { LogDatabase } from '@/lib/db/database';
import { logVisit } from '@/lib/db/log-visit';
import { keyedHasher } from '@/lib/db/secret';
import { syncSiteScripts } from '@/lib/sites';

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

    browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse) => {
      const parsed = BackgroundMessage.safeParse(message);
      if (!parsed.success) return undefined;
      const task = parsed.data.type === 'page-report' ? write(parsed.data) : syncSiteScripts();
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
    browser.runtime.onInstalled.addListener(() => void syncSiteScripts());
  },
});
