import type { ComponentChildren } from 'preact';
import { t } from '@/lib/i18n';
import type { Finding } from '@/lib/model/finding';
import { pick, type Locale } from '@/lib/model/localized';
import type { PolicySource, SchoolPolicy } from '@/lib/policy/schema';
import type { PolicyError } from '@/lib/policy/validate';
import { cite } from '@/lib/rules/cite';
import { errorsAt, pathKey, SCHOOL_EDIT_SOURCE, type PolicyPath } from '@/lib/options/policy-edit';

/** What every part of the policy form gets: the draft, its problems, and a way to change one field. */
export interface PolicyFormProps {
  locale: Locale;
  policy: SchoolPolicy;
  errors: readonly PolicyError[];
  findings: readonly Finding[];
  edit: (path: PolicyPath, value: unknown) => void;
}

/** The validation messages and schedule-rule findings about one field, shown right beside it. */
export function FieldProblems({ locale, errors, findings = [], path }: { locale: Locale; errors: readonly PolicyError[]; findings?: readonly Finding[]; path: PolicyPath }) {
  const own = errorsAt(errors, path);
  const key = pathKey(path);
  const flagged = findings.filter((finding) => finding.field === key);
  if (own.length === 0 && flagged.length === 0) return null;
  return (
    <ul class="field-problems" data-path={key}>
      {own.map((error) => (
        <li key={error.message} class="error-text" data-policy-error={error.path}>
          {pick({ zh: error.message, en: error.en }, locale)}
        </li>
      ))}
      {flagged.map((finding) => (
        <li key={finding.ruleId + finding.message.zh} class={finding.severity === 'error' ? 'error-text' : 'warning-text'} data-rule={finding.ruleId}>
          {pick(finding.message, locale)}
        </li>
      ))}
    </ul>
  );
}

/** 「依據：…」 for a section: the seed clause it came from, or 本校設定 once the school edited it. */
export function SourceLine({ locale, source }: { locale: Locale; source: PolicySource | undefined }) {
  if (!source) return <p class="source">{t(locale, 'optSourceUnknown')}</p>;
  return (
    <p class="source" data-edited={source.seed === null && source.clause === SCHOOL_EDIT_SOURCE.clause ? 'true' : 'false'}>
      {pick(cite(source), locale)}
      {source.note ? `（${pick(source.note, locale)}）` : ''}
    </p>
  );
}

/** A fieldset with its legend and source line. */
export function PolicyGroup({ legend, source, locale, children }: { legend: string; source?: PolicySource; locale: Locale; children: ComponentChildren }) {
  return (
    <fieldset class="policy-group">
      <legend>{legend}</legend>
      <SourceLine locale={locale} source={source} />
      {children}
    </fieldset>
  );
}

/** A controlled number input whose empty value reaches validation (as NaN) instead of vanishing. */
export function NumberInput(props: { label: string; value: number; step?: string; min?: string; disabled?: boolean; onValue: (value: number) => void; class?: string }) {
  return (
    <input
      type="number"
      aria-label={props.label}
      class={props.class}
      step={props.step ?? '1'}
      min={props.min}
      disabled={props.disabled}
      value={Number.isNaN(props.value) ? '' : String(props.value)}
      onInput={(event) => {
        const text = (event.target as HTMLInputElement).value;
        props.onValue(text.trim() === '' ? Number.NaN : Number(text));
      }}
    />
  );
}
