import { useEffect, useState } from 'preact/hooks';
import { t, type MessageKey } from '@/lib/i18n';
import { parseTypes } from '@/lib/options/policy-edit';
import type { FileCategory } from '@/lib/policy/schema';
import { FieldProblems, NumberInput, PolicyGroup, type PolicyFormProps } from './PolicyParts';

const CATEGORIES: { category: FileCategory; key: MessageKey }[] = [
  { category: 'outcome', key: 'optFilesOutcome' },
  { category: 'performance', key: 'optFilesPerformance' },
  { category: 'consultation', key: 'optFilesConsultation' },
];

const GROUP_NAME: Record<string, MessageKey> = { document: 'optGroupDocument', media: 'optGroupMedia', consultation: 'optGroupConsultation' };

/** A list of extensions typed as text; the text stays as typed while the list follows it. */
function TypesInput({ label, types, onTypes }: { label: string; types: string[]; onTypes: (types: string[]) => void }) {
  const [text, setText] = useState(types.join(', '));
  useEffect(() => {
    if (parseTypes(text).join(',') !== types.join(',')) setText(types.join(', '));
  }, [types.join(',')]);
  return (
    <input
      type="text"
      aria-label={label}
      value={text}
      onInput={(event) => {
        const next = (event.target as HTMLInputElement).value;
        setText(next);
        onTypes(parseTypes(next));
      }}
    />
  );
}

/** File rules: how MB is counted, then per category the allowed types, MB limits and 外部連結. */
export function PolicyFiles({ locale, policy, errors, edit }: PolicyFormProps) {
  return (
    <PolicyGroup legend={t(locale, 'optFilesLegend')} source={policy.sources.files} locale={locale}>
      <fieldset class="inline-set">
        <legend>{t(locale, 'optMebibyte')}</legend>
        <label class="inline">
          <input type="radio" name="mebibyte" checked={policy.files.mebibyte} onChange={() => edit(['files', 'mebibyte'], true)} />
          {t(locale, 'optMebibyteBinary')}
        </label>
        <label class="inline">
          <input type="radio" name="mebibyte" checked={!policy.files.mebibyte} onChange={() => edit(['files', 'mebibyte'], false)} />
          {t(locale, 'optMebibyteDecimal')}
        </label>
      </fieldset>
      <FieldProblems locale={locale} errors={errors} path={['files', 'mebibyte']} />
      <table class="data compact">
        <thead>
          <tr>
            <th scope="col">{t(locale, 'optFilesCategory')}</th>
            <th scope="col">{t(locale, 'optFilesGroup')}</th>
            <th scope="col">{t(locale, 'optFilesTypes')}</th>
            <th scope="col">{t(locale, 'optFilesMaxMB')}</th>
          </tr>
        </thead>
        <tbody>
          {CATEGORIES.flatMap(({ category, key }) => {
            const files = policy.files[category];
            const rows = files.groups.map((group, g) => {
              const base = ['files', category, 'groups', g];
              const name = `${t(locale, key)} ${t(locale, GROUP_NAME[group.group] ?? 'optGroupDocument')}`;
              return (
                <tr key={`${category}-${g}`}>
                  {g === 0 && (
                    <th scope="row" rowSpan={files.groups.length + 1}>
                      {t(locale, key)}
                    </th>
                  )}
                  <td>{t(locale, GROUP_NAME[group.group] ?? 'optGroupDocument')}</td>
                  <td>
                    <TypesInput label={`${name} ${t(locale, 'optFilesTypes')}`} types={group.types} onTypes={(types) => edit([...base, 'types'], types)} />
                    <FieldProblems locale={locale} errors={errors} path={[...base, 'types']} />
                  </td>
                  <td>
                    <NumberInput
                      class="narrow"
                      label={`${name} ${t(locale, 'optFilesMaxMB')}`}
                      value={group.maxMB}
                      step="0.1"
                      min="0"
                      onValue={(value) => edit([...base, 'maxMB'], value)}
                    />
                    <FieldProblems locale={locale} errors={errors} path={[...base, 'maxMB']} />
                  </td>
                </tr>
              );
            });
            rows.push(
              <tr key={`${category}-links`}>
                <td colSpan={3}>
                  <label class="inline">
                    <input
                      type="checkbox"
                      checked={files.linksAllowed}
                      onChange={(event) => edit(['files', category, 'linksAllowed'], (event.target as HTMLInputElement).checked)}
                    />
                    {t(locale, 'optLinksAllowed')}
                  </label>
                </td>
              </tr>,
            );
            return rows;
          })}
        </tbody>
      </table>
      {CATEGORIES.map(({ category }) => (
        <FieldProblems key={category} locale={locale} errors={errors} path={['files', category, 'groups']} />
      ))}
    </PolicyGroup>
  );
}
