import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useLocale, useStoredValue } from '@/components/hooks';
import { FirstRunSetup } from '@/components/FirstRunSetup';
import { CoursePlanImport } from '@/components/CoursePlanImport';
import { CurrentTermCalendar } from './CurrentTermCalendar';
import { PolicyEditor } from './PolicyEditor';
import { ReferenceDateSetting } from './ReferenceDateSetting';
import { SchoolKeySetting } from './SchoolKeySetting';
import { SiteOverridesEditor } from './SiteOverridesEditor';
import { t } from '@/lib/i18n';
import type { Locale } from '@/lib/model/localized';
import { localeSetting, roleSetting, type Role } from '@/lib/settings';
import { StaffNameSetting } from './StaffNameSetting';
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

function RoleSection({ locale, role }: { locale: Locale; role: Role }) {
  return (
    <section class="card">
      <h2 id="role-title">{t(locale, 'optionsRole')}</h2>
      <select name="role" aria-labelledby="role-title" value={role} onChange={(event) => void roleSetting.setValue((event.target as HTMLSelectElement).value as Role)}>
        <option value="teacher">{t(locale, 'roleTeacher')}</option>
        <option value="homeroom">{t(locale, 'roleHomeroom')}</option>
        <option value="staff">{t(locale, 'roleStaff')}</option>
      </select>
    </section>
  );
}

const SECTIONS = [
  ['#current-term', 'optCurrentTermNav'],
  ['#policy', 'optPolicyTitle'],
  ['#reference-date', 'optRefTitle'],
  ['#course-plan', 'optPlanTitle'],
  ['#site-overrides', 'optOverridesTitle'],
  ['#school-key', 'optKeyTitle'],
] as const;

/**
 * Settings: first-run choices, language, role, the school's policy, the 檢核基準日, the course plan,
 * per-site reading adjustments and the sites checking runs on.
 */
export function Options() {
  const locale = useLocale();
  const role = useStoredValue(roleSetting);
  if (role === undefined) return null;
  if (role === null) {
    return (
      <main>
        <section class="card">
          <FirstRunSetup locale={locale} full />
        </section>
      </main>
    );
  }
  return (
    <>
      <header class="top">
        <h1>{t(locale, 'optionsTitle')}</h1>
      </header>
      <main>
        <section class="card">
          <h2 id="language-title">{t(locale, 'optionsLanguage')}</h2>
          <select aria-labelledby="language-title" value={locale} onChange={(event) => void localeSetting.setValue((event.target as HTMLSelectElement).value as Locale)}>
            <option value="zh_TW">繁體中文</option>
            <option value="en">English</option>
          </select>
        </section>
        <RoleSection locale={locale} role={role} />
        <StaffNameSetting locale={locale} />
        <nav class="card toc" aria-label={t(locale, 'optContents')}>
          {SECTIONS.map(([href, key]) => (
            <a key={href} href={href}>
              {t(locale, key)}
            </a>
          ))}
        </nav>
        <CurrentTermCalendar locale={locale} />
        <PolicyEditor locale={locale} />
        <ReferenceDateSetting locale={locale} />
        <CoursePlanImport locale={locale} />
        <SiteOverridesEditor locale={locale} />
        <SchoolKeySetting locale={locale} />
        <SitesSection locale={locale} />
      </main>
    </>
  );
}
