import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { BackgroundMessage } from '@/lib/messaging/protocol';
import { LogDatabase } from '@/lib/db/database';
import { hasherKeeper } from '@/lib/db/secret';
import { noteProblem } from '@/lib/db/health';
import { syncSiteScripts } from '@/lib/sites';
import { localeSetting, referenceDateSetting, roleSetting } from '@/lib/settings';
import { policySetting, storeBaselinePolicy } from '@/lib/policy/setting';
import { compactLog } from '@/lib/db/compact';
import { DAILY_ALARM, refreshBadge, scheduleDailyRefresh } from './badge';
import { answerMessage } from './messages';

/**
 * The background owns the log: content scripts send it page reports, it
 * validates them and writes Dexie. It also keeps the scripts registered for the
 * sites the user enabled.
 */
export default defineBackground({
  type: 'module',
  main() {
    const db = new LogDatabase();
    // The key is read again whenever it changed (a restore, a school key entered), without a restart.
    const hasher = hasherKeeper(db, () => void noteProblem({ kind: 'key-replaced' }));
    // Until version 3 the certification list lived in storage.local; it is in the database now.
    void browser.storage.local.remove('certificationRows');
    // Pages read the stored policy only: the national baseline is stored beside it for when none is chosen.
    void storeBaselinePolicy();

    browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
      // Only this extension's own pages and content scripts.
      if (sender.id !== browser.runtime.id) return undefined;
      const type = (message as { type?: unknown } | null)?.type;
      if (!BackgroundMessage.options.some((option) => option.shape.type.value === type)) return undefined;
      void answerMessage(db, hasher, message).then(sendResponse);
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
    // A change of policy, language, 檢核基準日 or role redraws the badge; so does every service-worker start.
    policySetting.watch(() => void refreshBadge());
    localeSetting.watch(() => void refreshBadge());
    referenceDateSetting.watch(() => void refreshBadge());
    roleSetting.watch(() => void refreshBadge());
    void refreshBadge();
  },
});
