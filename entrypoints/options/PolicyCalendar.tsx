import { t, type MessageKey } from '@/lib/i18n';
import { pick } from '@/lib/model/localized';
import type { DateWindow, DeadlineWindow, TermCalendar } from '@/lib/policy/schema';
import { FieldProblems, NumberInput, PolicyGroup, type PolicyFormProps } from './PolicyParts';

type DateField = 'start' | 'closingCeremony' | 'gradeEntryDeadline' | 'agencyDeadline';
type WindowPath = ['finalExam'] | ['windows', 'upload' | 'uploadGrade12' | 'certification' | 'selection'];

const DATES: { field: DateField; key: MessageKey }[] = [
  { field: 'start', key: 'optCalStart' },
  { field: 'closingCeremony', key: 'optCalClosing' },
  { field: 'gradeEntryDeadline', key: 'optCalGradeEntry' },
  { field: 'agencyDeadline', key: 'optCalAgency' },
];

const WINDOWS: { path: WindowPath; key: MessageKey }[] = [
  { path: ['finalExam'], key: 'optCalFinalExam' },
  { path: ['windows', 'upload'], key: 'optCalUpload' },
  { path: ['windows', 'uploadGrade12'], key: 'optCalUploadGrade12' },
  { path: ['windows', 'certification'], key: 'optCalCertification' },
  { path: ['windows', 'selection'], key: 'optCalSelection' },
];

function windowAt(entry: TermCalendar, path: WindowPath): DateWindow | DeadlineWindow | undefined {
  return path[0] === 'finalExam' ? entry.finalExam : entry.windows[path[1]];
}

/**
 * A window after one end changed: both ends empty removes it; one empty stays for validation to name,
 * except a deadline window's opening day, which may be left out (the source states only the deadline).
 */
function nextWindow(current: DateWindow | DeadlineWindow | undefined, end: 'start' | 'end', value: string, path: WindowPath): DateWindow | DeadlineWindow | undefined {
  const next = { start: current?.start ?? '', end: current?.end ?? '', [end]: value };
  if (next.start === '' && next.end === '') return undefined;
  return next.start === '' && path[0] === 'windows' ? { end: next.end } : next;
}

function DateInput({ label, value, onValue }: { label: string; value: string | undefined; onValue: (value: string) => void }) {
  return <input type="date" aria-label={label} value={value ?? ''} onChange={(event) => onValue((event.target as HTMLInputElement).value)} />;
}

function TermEditor({ index, entry, props }: { index: number; entry: TermCalendar; props: PolicyFormProps }) {
  const { locale, errors, findings, edit, policy } = props;
  const base = ['calendar', 'terms', index];
  const termName = t(locale, 'optTermName', entry.term.year, entry.term.semester);
  const receipts = entry.windows.receipt ?? [];
  const setReceipts = (next: DateWindow[]) => edit([...base, 'windows', 'receipt'], next.length ? next : undefined);
  return (
    <fieldset class="term" data-term={`${entry.term.year}-${entry.term.semester}`}>
      <legend>{termName}</legend>
      <div class="row">
        <label>
          {t(locale, 'optTermYear')}
          <NumberInput class="narrow" label={`${termName} ${t(locale, 'optTermYear')}`} value={entry.term.year} onValue={(value) => edit([...base, 'term', 'year'], value)} />
        </label>
        <label>
          {t(locale, 'optTermSemester')}
          <select value={String(entry.term.semester)} onChange={(event) => edit([...base, 'term', 'semester'], Number((event.target as HTMLSelectElement).value))}>
            <option value="1">{t(locale, 'optSemester1')}</option>
            <option value="2">{t(locale, 'optSemester2')}</option>
          </select>
        </label>
        <button
          type="button"
          class="secondary"
          onClick={() => edit(['calendar', 'terms'], policy.calendar.terms.filter((_, i) => i !== index))}
        >
          {t(locale, 'optTermRemove', termName)}
        </button>
      </div>
      <FieldProblems locale={locale} errors={errors} path={[...base, 'term']} />
      <table class="data compact">
        <thead>
          <tr>
            <th scope="col">{t(locale, 'optCalItem')}</th>
            <th scope="col">{t(locale, 'optCalFrom')}</th>
            <th scope="col">{t(locale, 'optCalTo')}</th>
          </tr>
        </thead>
        <tbody>
          {DATES.map(({ field, key }) => (
            <tr key={field}>
              <th scope="row">{t(locale, key)}</th>
              <td colSpan={2}>
                <DateInput
                  label={`${termName} ${t(locale, key)}`}
                  value={entry[field]}
                  onValue={(value) => edit([...base, field], value === '' ? undefined : value)}
                />
                <FieldProblems locale={locale} errors={errors} findings={findings} path={[...base, field]} />
              </td>
            </tr>
          ))}
          {WINDOWS.map(({ path, key }) => {
            const window = windowAt(entry, path);
            const at = [...base, ...path];
            return (
              <tr key={key}>
                <th scope="row">{t(locale, key)}</th>
                {(['start', 'end'] as const).map((end) => (
                  <td key={end}>
                    <DateInput
                      label={`${termName} ${t(locale, key)} ${t(locale, end === 'start' ? 'optCalFrom' : 'optCalTo')}`}
                      value={window?.[end]}
                      onValue={(value) => edit(at, nextWindow(window, end, value, path))}
                    />
                    <FieldProblems locale={locale} errors={errors} path={[...at, end]} />
                    {end === 'end' && <FieldProblems locale={locale} errors={errors} findings={findings} path={at} />}
                  </td>
                ))}
              </tr>
            );
          })}
          {receipts.map((window, r) => {
            const at = [...base, 'windows', 'receipt', r];
            const name = t(locale, 'optCalReceipt', r + 1);
            return (
              <tr key={`receipt-${r}`}>
                <th scope="row">
                  {name}{' '}
                  <button type="button" class="secondary small" onClick={() => setReceipts(receipts.filter((_, i) => i !== r))}>
                    {t(locale, 'optRemove')}
                  </button>
                </th>
                {(['start', 'end'] as const).map((end) => (
                  <td key={end}>
                    <DateInput
                      label={`${termName} ${name} ${t(locale, end === 'start' ? 'optCalFrom' : 'optCalTo')}`}
                      value={window[end]}
                      onValue={(value) => setReceipts(receipts.map((w, i) => (i === r ? { ...w, [end]: value } : w)))}
                    />
                    <FieldProblems locale={locale} errors={errors} path={[...at, end]} />
                    {end === 'end' && <FieldProblems locale={locale} errors={errors} findings={findings} path={at} />}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
      <button type="button" class="secondary" onClick={() => setReceipts([...receipts, { start: entry.start ?? '', end: entry.start ?? '' }])}>
        {t(locale, 'optCalAddReceipt')}
      </button>
    </fieldset>
  );
}

/** The school calendar, one table per term, with the schedule rules' findings first. */
export function PolicyCalendar(props: PolicyFormProps) {
  const { locale, policy, findings, edit } = props;
  const terms = policy.calendar.terms;
  const calendarFindings = findings.filter((finding) => finding.field?.startsWith('calendar.'));
  const addTerm = () => {
    const last = terms.at(-1)?.term ?? { year: 114, semester: 2 };
    const term = last.semester === 1 ? { year: last.year, semester: 2 } : { year: last.year + 1, semester: 1 };
    edit(['calendar', 'terms'], [...terms, { term, start: '', windows: {} }]);
  };
  return (
    <PolicyGroup legend={t(locale, 'optCalendarLegend')} source={policy.sources.calendar} locale={locale}>
      <div class="schedule-findings" aria-live="polite">
        {calendarFindings.length === 0 ? (
          <p class="ok-text">{t(locale, 'optCalendarClean')}</p>
        ) : (
          <>
            <p class="error-text">{t(locale, 'optCalendarFindings', calendarFindings.length)}</p>
            <ul>
              {calendarFindings.map((finding) => (
                <li key={finding.field! + finding.ruleId} class={finding.severity === 'error' ? 'error-text' : 'warning-text'} data-rule={finding.ruleId}>
                  {pick(finding.message, locale)}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
      {terms.map((entry, index) => (
        <TermEditor key={index} index={index} entry={entry} props={props} />
      ))}
      <button type="button" class="secondary" onClick={addTerm}>
        {t(locale, 'optTermAdd')}
      </button>
    </PolicyGroup>
  );
}
