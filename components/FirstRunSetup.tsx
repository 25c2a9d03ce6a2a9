import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { Locale } from '@/lib/model/localized';
import { POLICY_PRESETS } from '@/lib/policy/presets';
import { policySetting, roleSetting, type Role } from '@/lib/settings';

const ROLES: { role: Role; key: 'roleTeacher' | 'roleHomeroom' | 'roleStaff'; help: 'roleTeacherHelp' | 'roleHomeroomHelp' | 'roleStaffHelp' }[] = [
  { role: 'teacher', key: 'roleTeacher', help: 'roleTeacherHelp' },
  { role: 'homeroom', key: 'roleHomeroom', help: 'roleHomeroomHelp' },
  { role: 'staff', key: 'roleStaff', help: 'roleStaffHelp' },
];

/** First run: who uses this browser, and which school's rules apply. Both can be changed later in 設定. */
export function FirstRunSetup({ locale, onDone }: { locale: Locale; onDone?: () => void }) {
  const [role, setRole] = useState<Role>('teacher');
  const [policyId, setPolicyId] = useState(POLICY_PRESETS[0]!.id);
  const save = async () => {
    const policy = POLICY_PRESETS.find((preset) => preset.id === policyId)!;
    await policySetting.setValue(policy);
    await roleSetting.setValue(role);
    onDone?.();
  };
  return (
    <form
      class="first-run"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <h2>{t(locale, 'firstRunTitle')}</h2>
      <fieldset>
        <legend>{t(locale, 'firstRunRole')}</legend>
        {ROLES.map((entry) => (
          <label key={entry.role} class="choice">
            <input type="radio" name="role" value={entry.role} checked={role === entry.role} onChange={() => setRole(entry.role)} />
            <span>
              <strong>{t(locale, entry.key)}</strong> — {t(locale, entry.help)}
            </span>
          </label>
        ))}
      </fieldset>
      <label class="field">
        {t(locale, 'firstRunPolicy')}
        <select name="policy" value={policyId} onChange={(event) => setPolicyId((event.target as HTMLSelectElement).value)}>
          {POLICY_PRESETS.map((preset) => (
            <option key={preset.id} value={preset.id}>
              {preset.name}
            </option>
          ))}
        </select>
      </label>
      <button type="submit">{t(locale, 'firstRunSave')}</button>
    </form>
  );
}
