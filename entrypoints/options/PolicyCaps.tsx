import { t, type MessageKey } from '@/lib/i18n';
import type { PerformanceSource } from '@/lib/model/records';
import { FieldProblems, NumberInput, PolicyGroup, type PolicyFormProps } from './PolicyParts';

type CapName = 'outcomeUpload' | 'outcomeSelect' | 'performanceUpload' | 'performanceSelect';

const CAPS: { name: CapName; legend: MessageKey; sources: boolean }[] = [
  { name: 'outcomeUpload', legend: 'optCapOutcomeUpload', sources: false },
  { name: 'outcomeSelect', legend: 'optCapOutcomeSelect', sources: false },
  { name: 'performanceUpload', legend: 'optCapPerformanceUpload', sources: true },
  { name: 'performanceSelect', legend: 'optCapPerformanceSelect', sources: true },
];

const SOURCES: { source: PerformanceSource; key: MessageKey }[] = [
  { source: 'student', key: 'optSourceStudent' },
  { source: 'school', key: 'optSourceSchool' },
  { source: 'agency', key: 'optSourceAgency' },
];

/** The four caps: a number or 不設上限, per 學期 or 學年, and which sources don't count. */
export function PolicyCaps({ locale, policy, errors, findings, edit }: PolicyFormProps) {
  return (
    <div class="caps">
      {CAPS.map(({ name, legend, sources }) => {
        const cap = policy.caps[name];
        const base = ['caps', name];
        const unlimited = cap.max === null;
        return (
          <PolicyGroup key={name} legend={t(locale, legend)} source={policy.sources[`caps.${name}`]} locale={locale}>
            <div class="row">
              <label>
                {t(locale, 'optCapMax')}
                <NumberInput
                  label={`${t(locale, legend)} ${t(locale, 'optCapMax')}`}
                  value={cap.max ?? Number.NaN}
                  min="1"
                  disabled={unlimited}
                  onValue={(value) => edit([...base, 'max'], value)}
                />
              </label>
              <label class="inline">
                <input
                  type="checkbox"
                  checked={unlimited}
                  onChange={(event) => edit([...base, 'max'], (event.target as HTMLInputElement).checked ? null : 6)}
                />
                {t(locale, 'optCapUnlimited')}
              </label>
              <label>
                {t(locale, 'optCapPer')}
                <select value={cap.per} onChange={(event) => edit([...base, 'per'], (event.target as HTMLSelectElement).value)}>
                  <option value="term">{t(locale, 'optPerTerm')}</option>
                  <option value="year">{t(locale, 'optPerYear')}</option>
                </select>
              </label>
            </div>
            <FieldProblems locale={locale} errors={errors} findings={findings} path={[...base, 'max']} />
            <FieldProblems locale={locale} errors={errors} path={[...base, 'per']} />
            {sources && (
              <fieldset class="inline-set">
                <legend>{t(locale, 'optCapExcluded')}</legend>
                {SOURCES.map(({ source, key }) => (
                  <label key={source} class="inline">
                    <input
                      type="checkbox"
                      checked={cap.excludedSources.includes(source)}
                      onChange={(event) => {
                        const on = (event.target as HTMLInputElement).checked;
                        const next = on ? [...cap.excludedSources, source] : cap.excludedSources.filter((s) => s !== source);
                        edit([...base, 'excludedSources'], SOURCES.map((s) => s.source).filter((s) => next.includes(s)));
                      }}
                    />
                    {t(locale, key)}
                  </label>
                ))}
              </fieldset>
            )}
            <FieldProblems locale={locale} errors={errors} path={[...base, 'excludedSources']} />
          </PolicyGroup>
        );
      })}
    </div>
  );
}
