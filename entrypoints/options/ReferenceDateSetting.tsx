import { useStoredValue } from '@/components/hooks';
import { t } from '@/lib/i18n';
import { pick, type Locale } from '@/lib/model/localized';
import { describeDeadline, isoDateOf, resolveDeadline, termAt, termLabel } from '@/lib/policy/calendar';
import { referenceDateSetting } from '@/lib/settings';
import { policySetting } from '@/lib/policy/setting';

/** The task table's deadlines in the term the date falls in, each marked passed or not by then. */
function DeadlinePreview({ locale, date }: { locale: Locale; date: string }) {
  const policy = useStoredValue(policySetting);
  if (!policy) return null;
  const entry = termAt(policy, date);
  if (!entry) return <p class="help">{t(locale, 'optRefNoTerm', date)}</p>;
  const rows = policy.tasks
    .filter((task) => !task.semesters || task.semesters.includes(entry.term.semester))
    .map((task) => ({ task, due: resolveDeadline(task.deadline, policy, entry.term) }))
    .filter((row): row is { task: typeof row.task; due: string } => row.due !== null)
    .sort((a, b) => (a.due < b.due ? -1 : 1));
  return (
    <table class="data compact deadline-preview">
      <caption>{t(locale, 'optRefPreview', pick(termLabel(entry.term), locale), date)}</caption>
      <thead>
        <tr>
          <th scope="col">{t(locale, 'optTaskName')}</th>
          <th scope="col">{t(locale, 'optTaskDeadline')}</th>
          <th scope="col">{t(locale, 'optRefDue')}</th>
          <th scope="col">{t(locale, 'optRefState')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ task, due }) => (
          <tr key={task.id}>
            <td>{task.task}</td>
            <td>{pick(describeDeadline(task.deadline), locale)}</td>
            <td>{due}</td>
            <td class={due < date ? 'warning-text' : ''}>{t(locale, due < date ? 'optRefPassed' : 'optRefOpen')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** 檢核基準日: check pages as of a chosen date instead of today. */
export function ReferenceDateSetting({ locale }: { locale: Locale }) {
  const stored = useStoredValue(referenceDateSetting);
  if (stored === undefined) return null;
  const date = stored ?? isoDateOf(new Date());
  return (
    <section class="card" id="reference-date" aria-labelledby="reference-date-title">
      <h2 id="reference-date-title">{t(locale, 'optRefTitle')}</h2>
      <p class="help">{t(locale, 'optRefHelp')}</p>
      <div class="row">
        <label>
          {t(locale, 'optRefLabel')}
          <input
            type="date"
            name="reference-date"
            value={stored ?? ''}
            onChange={(event) => {
              const value = (event.target as HTMLInputElement).value;
              void referenceDateSetting.setValue(value === '' ? null : value);
            }}
          />
        </label>
        {stored && (
          <button type="button" class="secondary" onClick={() => void referenceDateSetting.setValue(null)}>
            {t(locale, 'optRefToday')}
          </button>
        )}
      </div>
      <p>{stored ? t(locale, 'optRefUsing', stored) : t(locale, 'optRefUsingToday')}</p>
      <DeadlinePreview locale={locale} date={date} />
    </section>
  );
}
