import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useLocale, useStoredValue } from '@/components/hooks';
import { CertificationQueueView } from './CertificationQueueView';
import { FirstRunSetup } from '@/components/FirstRunSetup';
import { LogHealthNotice } from './LogHealthNotice';
import { PageSummaryView } from './PageSummaryView';
import { PageReadingHelp } from './PageReadingHelp';
import { PageProblemsExport } from './PageProblemsExport';
import { t } from '@/lib/i18n';
import type { PageSummary } from '@/lib/messaging/protocol';
import { certificationQueueSetting, checkMoment, referenceDateSetting, roleSetting } from '@/lib/settings';
import { policySetting } from '@/lib/policy/setting';

type TabState =
  | { kind: 'loading' }
  | { kind: 'summary'; summary: PageSummary; tabId: number }
  | { kind: 'unchecked'; tabId: number; origin: string | null }
  | { kind: 'enabled'; origin: string }
  | { kind: 'denied'; origin: string };

async function activeTab() {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

function useTabState() {
  const [state, setState] = useState<TabState>({ kind: 'loading' });
  useEffect(() => {
    void (async () => {
      const tab = await activeTab();
      if (tab?.id === undefined) return;
      const summary = (await browser.tabs.sendMessage(tab.id, { type: 'get-summary' }).catch(() => undefined)) as PageSummary | undefined;
      if (summary) setState({ kind: 'summary', summary, tabId: tab.id });
      else {
        const origin = tab.url && /^https?:/.test(tab.url) ? new URL(tab.url).origin : null;
        setState({ kind: 'unchecked', tabId: tab.id, origin });
      }
    })();
  }, []);
  return [state, setState] as const;
}

/**
 * The toolbar popup. A teacher sees their pending 認證 first; 導師 and staff see
 * this page's check first. It also enables checking on a school's own portal.
 */
export function Popup() {
  const locale = useLocale();
  const role = useStoredValue(roleSetting);
  const snapshot = useStoredValue(certificationQueueSetting);
  const policy = useStoredValue(policySetting);
  const referenceDate = useStoredValue(referenceDateSetting);
  const [state, setState] = useTabState();

  const enable = async (tabId: number, origin: string) => {
    // Must run inside the click: browsers only show the permission prompt for a user gesture.
    const granted = await browser.permissions.request({ origins: [`${origin}/*`] });
    if (!granted) {
      setState({ kind: 'denied', origin });
      return;
    }
    await browser.runtime.sendMessage({ type: 'sites-changed' });
    await browser.scripting.executeScript({ target: { tabId, allFrames: true }, files: ['/content-scripts/content.js'] });
    setState({ kind: 'enabled', origin });
  };

  if (role === undefined || policy === undefined || snapshot === undefined || referenceDate === undefined) return null;
  if (role === null) {
    return (
      <main class="popup">
        <FirstRunSetup locale={locale} />
      </main>
    );
  }

  const page = (
    <section class="page">
      {state.kind === 'summary' && (
        <>
          <PageSummaryView summary={state.summary} locale={locale} />
          <PageProblemsExport summary={state.summary} locale={locale} />
          <PageReadingHelp summary={state.summary} tabId={state.tabId} locale={locale} />
        </>
      )}
      {state.kind === 'unchecked' &&
        (state.origin ? (
          <>
            <p class="note">{t(locale, 'popupNoPage')}</p>
            <button type="button" onClick={() => void enable(state.tabId, state.origin!)}>
              {t(locale, 'popupEnableSite', state.origin)}
            </button>
          </>
        ) : (
          <p class="note">{t(locale, 'popupCannotCheck')}</p>
        ))}
      {state.kind === 'enabled' && <p class="note">{t(locale, 'popupSiteEnabled', state.origin)}</p>}
      {state.kind === 'denied' && <p class="error-text">{t(locale, 'popupSiteDenied', state.origin)}</p>}
    </section>
  );
  const queue = (role === 'teacher' || snapshot !== null) && (
    <CertificationQueueView
      snapshot={snapshot}
      policy={policy}
      locale={locale}
      now={checkMoment(referenceDate)}
      referenceDate={referenceDate}
      reader={role}
      onOpen={(url) => void browser.tabs.create({ url })}
    />
  );

  return (
    <main class="popup">
      <h1>{t(locale, 'extName')}</h1>
      <LogHealthNotice locale={locale} />
      {role === 'teacher' ? (
        <>
          {queue}
          {page}
        </>
      ) : (
        <>
          {page}
          {queue}
        </>
      )}
      <div class="actions">
        <button type="button" onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') })}>
          {t(locale, 'popupOpenDashboard')}
        </button>
        <button type="button" class="secondary" data-action="open-roster" title={t(locale, 'rosterOpenHelp')} onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/roster.html') })}>
          {t(locale, 'rosterOpen')}
        </button>
        <button type="button" class="secondary" onClick={() => void browser.runtime.openOptionsPage()}>
          {t(locale, 'popupOpenOptions')}
        </button>
      </div>
    </main>
  );
}
