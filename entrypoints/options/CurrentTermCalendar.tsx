import { useEffect, useState } from 'preact/hooks';
import { useStoredValue } from '@/components/hooks';
import { TermDatesFields } from '@/components/TermDatesFields';
import { t } from '@/lib/i18n';
import { pick, type Locale } from '@/lib/model/localized';
import { calendarName, calendarState, isoDateOf, legalTerm, termLabel } from '@/lib/policy/calendar';
import { checkTermDates, termDatesOf, withTermDates, type TermDates } from '@/lib/policy/current-term';
import { policySetting } from '@/lib/policy/setting';

/**
 * 本學期行事曆: the term today is in, whether the school's policy has its dates, and a form for the key
 * dates with the national limits beside them. Saved into the policy's calendar.
 */
export function CurrentTermCalendar({ locale }: { locale: Locale }) {
  const policy = useStoredValue(policySetting);
  const term = legalTerm(isoDateOf(new Date()));
  const [dates, setDates] = useState<TermDates | null>(null);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    if (policy && dates === null) setDates(termDatesOf(policy, term));
  }, [policy]);
  if (!policy || !dates) return null;
  const state = calendarState(policy, term);
  const blocked = dates.start === '' || checkTermDates(dates).some((problem) => problem.severity === 'error');
  const save = async () => {
    await policySetting.setValue(withTermDates(policy, term, dates));
    setSaved(true);
  };
  return (
    <section class="card" id="current-term" aria-labelledby="current-term-title" data-calendar-state={state}>
      <h2 id="current-term-title">{t(locale, 'termDatesTitle', pick(termLabel(term), locale))}</h2>
      <p class={state === 'set' ? 'help' : 'warning-text'} data-calendar-name>
        {state === 'set' ? t(locale, 'termDatesSet', pick(calendarName(policy, term), locale)) : t(locale, 'termDatesMissing', pick(calendarName(policy, term), locale))}
      </p>
      <TermDatesFields
        locale={locale}
        dates={dates}
        onDates={(next) => {
          setDates(next);
          setSaved(false);
        }}
      />
      <div class="row">
        <button type="button" data-action="save-term-dates" disabled={blocked} onClick={() => void save()}>
          {t(locale, 'termDatesSave')}
        </button>
        {saved && (
          <span role="status" data-saved>
            {t(locale, 'termDatesSaved')}
          </span>
        )}
      </div>
      <fieldset class="deadline-source">
        <legend>{t(locale, 'deadlineSourceLegend')}</legend>
        {(['policy', 'portal'] as const).map((source) => (
          <label key={source} class="inline">
            <input
              type="radio"
              name="deadline-source"
              value={source}
              checked={(policy.deadlineSource ?? 'policy') === source}
              onChange={() => void policySetting.setValue({ ...policy, deadlineSource: source })}
            />
            {t(locale, source === 'policy' ? 'deadlineSourcePolicy' : 'deadlineSourcePortal')}
          </label>
        ))}
        <p class="help">{t(locale, 'deadlineSourceHelp')}</p>
      </fieldset>
    </section>
  );
}
