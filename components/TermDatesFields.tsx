import { t, type MessageKey } from '@/lib/i18n';
import { pick, type Locale } from '@/lib/model/localized';
import { checkTermDates, nationalLimits, type TermDateField, type TermDates } from '@/lib/policy/current-term';

const FIELDS: { field: TermDateField; key: MessageKey }[] = [
  { field: 'start', key: 'termDateStart' },
  { field: 'closingCeremony', key: 'termDateClosing' },
  { field: 'uploadEnd', key: 'termDateUpload' },
  { field: 'certificationEnd', key: 'termDateCertification' },
  { field: 'selectionEnd', key: 'termDateSelection' },
];

/**
 * The current term's key dates as a school enters them, each with the national limit beside it and what
 * is wrong with it in words (lib/policy/current-term.ts). Controlled: the caller keeps the dates.
 */
export function TermDatesFields({ locale, dates, onDates }: { locale: Locale; dates: TermDates; onDates: (next: TermDates) => void }) {
  const limits = nationalLimits(dates);
  const problems = checkTermDates(dates);
  return (
    <div class="term-dates">
      {FIELDS.map(({ field, key }) => {
        const own = problems.filter((problem) => problem.field === field);
        return (
          <div class="term-date" key={field} data-term-date={field}>
            <label>
              {t(locale, key)}
              <input type="date" name={`term-${field}`} value={dates[field]} onChange={(event) => onDates({ ...dates, [field]: (event.target as HTMLInputElement).value })} />
            </label>
            {limits[field] && <span class="help limit">{pick(limits[field]!, locale)}</span>}
            {own.map((problem, i) => (
              <span key={i} class={problem.severity === 'error' ? 'error-text' : 'warning-text'} role="alert" data-term-problem={problem.severity}>
                {pick(problem.message, locale)}
              </span>
            ))}
          </div>
        );
      })}
    </div>
  );
}
