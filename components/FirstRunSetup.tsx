import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { Locale } from '@/lib/model/localized';
import { pick } from '@/lib/model/localized';
import { isoDateOf, legalTerm, termLabel } from '@/lib/policy/calendar';
import { checkTermDates, termDatesOf, withTermDates, type TermDates } from '@/lib/policy/current-term';
import { POLICY_PRESETS } from '@/lib/policy/presets';
import { roleSetting, type Role } from '@/lib/settings';
import { policySetting } from '@/lib/policy/setting';
import { CoursePlanImport } from './CoursePlanImport';
import { TermDatesFields } from './TermDatesFields';

const ROLES: { role: Role; key: 'roleTeacher' | 'roleHomeroom' | 'roleStaff'; help: 'roleTeacherHelp' | 'roleHomeroomHelp' | 'roleStaffHelp' }[] = [
  { role: 'teacher', key: 'roleTeacher', help: 'roleTeacherHelp' },
  { role: 'homeroom', key: 'roleHomeroom', help: 'roleHomeroomHelp' },
  { role: 'staff', key: 'roleStaff', help: 'roleStaffHelp' },
];

/**
 * First run: who uses this browser (nothing preselected), which school's rules apply, and — each
 * skippable — the school's name and 學校代碼, this term's key dates, and the approved course plan.
 * `full` (the options page) offers every step; the popup, which closes on a file dialog, the first two.
 * All of it can be changed later in 設定.
 */
export function FirstRunSetup({ locale, onDone, full = false }: { locale: Locale; onDone?: () => void; full?: boolean }) {
  const [role, setRole] = useState<Role | null>(null);
  const [policyId, setPolicyId] = useState(POLICY_PRESETS[0]!.id);
  const [school, setSchool] = useState('');
  const [schoolCode, setSchoolCode] = useState('');
  const term = legalTerm(isoDateOf(new Date()));
  const preset = POLICY_PRESETS.find((entry) => entry.id === policyId)!;
  const [dates, setDates] = useState<TermDates>(() => termDatesOf(preset, term));
  const codeOk = schoolCode === '' || /^\d{6}$/.test(schoolCode);
  const datesGiven = dates.start !== '';
  const datesOk = !datesGiven || !checkTermDates(dates).some((problem) => problem.severity === 'error');
  const save = async () => {
    if (!role) return;
    let policy = { ...preset };
    if (school.trim()) policy = { ...policy, school: school.trim() };
    if (schoolCode) policy = { ...policy, schoolCode };
    if (datesGiven) policy = withTermDates(policy, term, dates);
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
      <h1>{t(locale, 'firstRunTitle')}</h1>
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
        <select
          name="policy"
          value={policyId}
          onChange={(event) => {
            const id = (event.target as HTMLSelectElement).value;
            setPolicyId(id);
            setDates(termDatesOf(POLICY_PRESETS.find((entry) => entry.id === id)!, term));
          }}
        >
          {POLICY_PRESETS.map((entry) => (
            <option key={entry.id} value={entry.id}>
              {entry.name}
            </option>
          ))}
        </select>
      </label>
      {full && (
        <>
          <fieldset class="first-run-school">
            <legend>{t(locale, 'firstRunSchool')}</legend>
            {!preset.school && (
              <label class="field">
                {t(locale, 'optSchoolName')}
                <input type="text" name="school" value={school} onInput={(event) => setSchool((event.target as HTMLInputElement).value)} />
              </label>
            )}
            <label class="field">
              {t(locale, 'optSchoolCode')}
              <input type="text" name="school-code" inputMode="numeric" size={8} value={schoolCode} onInput={(event) => setSchoolCode((event.target as HTMLInputElement).value.trim())} />
            </label>
            {!codeOk && (
              <p class="error-text" role="alert">
                {t(locale, 'firstRunSchoolCodeBad')}
              </p>
            )}
            <p class="help">{t(locale, 'firstRunSkippable')}</p>
          </fieldset>
          <fieldset class="first-run-term">
            <legend>{t(locale, 'termDatesTitle', pick(termLabel(term), locale))}</legend>
            <p class="help">{t(locale, 'firstRunTermHelp')}</p>
            <TermDatesFields locale={locale} dates={dates} onDates={setDates} />
          </fieldset>
          <CoursePlanImport locale={locale} />
        </>
      )}
      {!role && <p class="help">{t(locale, 'firstRunChooseRole')}</p>}
      <button type="submit" disabled={!role || !codeOk || !datesOk}>
        {t(locale, 'firstRunSave')}
      </button>
    </form>
  );
}
