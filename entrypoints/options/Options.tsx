import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useLocale } from '@/components/hooks';
import { t } from '@/lib/i18n';
import type { Locale } from '@/lib/model/localized';
import { localeSetting } from '@/lib/settings';
import { enabledSites } from '@/lib/sites';

function SitesSection({ locale }: { locale: Locale }) {
  const [sites, setSites] = useState<string[]>([]);
  const refresh = () => void enabledSites().then(setSites);
  useEffect(refresh, []);
  const remove = async (site: string) => {
    await browser.permissions.remove({ origins: [site] });
    await browser.runtime.sendMessage({ type: 'sites-changed' });
    refresh();
  };
  return (
    <section class="card">
      <h2>{t(locale, 'optionsSites')}</h2>
      <p class="help">{t(locale, 'optionsSitesHelp')}</p>
      {sites.length === 0 ? (
        <p class="help">{t(locale, 'optionsNoSites')}</p>
      ) : (
        <ul class="sites">
          {sites.map((site) => (
            <li key={site}>
              <span>{site}</span>
              <button type="button" class="secondary" onClick={() => void remove(site)}>
                {t(locale, 'optionsRemoveSite')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Settings: interface language and the sites checking runs on. */
export function Options() {
  const locale = useLocale();
  return (
    <>
      <header class="top">
        <h1>{t(locale, 'optionsTitle')}</h1>
      </header>
      <main>
        <section class="card">
          <h2>{t(locale, 'optionsLanguage')}</h2>
          <select value={locale} onChange={(event) => void localeSetting.setValue((event.target as HTMLSelectElement).value as Locale)}>
            <option value="zh_TW">繁體中文</option>
            <option value="en">English</option>
          </select>
        </section>
        <SitesSection locale={locale} />
      </main>
    </>
  );
}
