import { useStoredValue } from '@/components/hooks';
import { STAFF_NAME_MAX } from '@/lib/dismissals/reasons';
import { t } from '@/lib/i18n';
import type { Locale } from '@/lib/model/localized';
import { staffNameSetting } from '@/lib/settings';

/**
 * The name kept with each finding this person marks 「已確認，無需更正」, so the working group can review
 * dismissals per person (the dismiss form asks for it when it is empty). Saved trimmed when the field is left.
 */
export function StaffNameSetting({ locale }: { locale: Locale }) {
  const name = useStoredValue(staffNameSetting);
  if (name === undefined) return null;
  return (
    <section class="card">
      <h2 id="staff-name-title">{t(locale, 'optStaffNameTitle')}</h2>
      <p class="help">{t(locale, 'optStaffNameHelp')}</p>
      <input
        name="staffName"
        aria-labelledby="staff-name-title"
        maxLength={STAFF_NAME_MAX}
        value={name}
        onChange={(event) => void staffNameSetting.setValue((event.target as HTMLInputElement).value.replace(/\s+/g, ' ').trim())}
      />
    </section>
  );
}
