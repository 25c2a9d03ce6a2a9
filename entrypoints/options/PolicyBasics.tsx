import { t } from '@/lib/i18n';
import { FieldProblems, NumberInput, PolicyGroup, type PolicyFormProps } from './PolicyParts';

/** The policy's name, the 學校代碼 course codes are checked against, and the 簡述 limit. */
export function PolicyBasics({ locale, policy, errors, edit }: PolicyFormProps) {
  return (
    <>
      <PolicyGroup legend={t(locale, 'optSchoolLegend')} source={policy.sources.schoolCode} locale={locale}>
        <div class="row">
          <label>
            {t(locale, 'optPolicyName')}
            <input type="text" value={policy.name} onInput={(event) => edit(['name'], (event.target as HTMLInputElement).value)} />
          </label>
          <label>
            {t(locale, 'optSchoolName')}
            <input
              type="text"
              name="school"
              value={policy.school ?? ''}
              onInput={(event) => {
                const value = (event.target as HTMLInputElement).value.trim();
                edit(['school'], value === '' ? undefined : value);
              }}
            />
          </label>
          <label>
            {t(locale, 'optSchoolCode')}
            <input
              type="text"
              inputMode="numeric"
              size={8}
              value={policy.schoolCode ?? ''}
              onInput={(event) => {
                const value = (event.target as HTMLInputElement).value.trim();
                edit(['schoolCode'], value === '' ? undefined : value);
              }}
            />
          </label>
        </div>
        <p class="help">{t(locale, 'optSchoolCodeHelp')}</p>
        <FieldProblems locale={locale} errors={errors} path={['name']} />
        <FieldProblems locale={locale} errors={errors} path={['school']} />
        <FieldProblems locale={locale} errors={errors} path={['schoolCode']} />
      </PolicyGroup>
      <PolicyGroup legend={t(locale, 'optSummaryLegend')} source={policy.sources['summary.maxChars']} locale={locale}>
        <label>
          {t(locale, 'optSummaryMax')}
          <NumberInput label={t(locale, 'optSummaryMax')} value={policy.summary.maxChars} min="1" onValue={(value) => edit(['summary', 'maxChars'], value)} />
        </label>
        <p class="help">{t(locale, 'optSummaryHelp')}</p>
        <FieldProblems locale={locale} errors={errors} path={['summary', 'maxChars']} />
      </PolicyGroup>
    </>
  );
}
