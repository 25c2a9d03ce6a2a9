import { useMemo, useState } from 'preact/hooks';
import { useStoredValue } from '@/components/hooks';
import type { SiteOverride } from '@/lib/adapters/overrides';
import { readPage } from '@/lib/adapters/read-page';
import { findGrids } from '@/lib/adapters/grids';
import { readColumns } from '@/lib/adapters/table-columns';
import { headerKey } from '@/lib/adapters/text';
import type { Field } from '@/lib/adapters/vocabulary';
import { t } from '@/lib/i18n';
import { pick, type Locale } from '@/lib/model/localized';
import { PAGE_KINDS } from '@/lib/page-kinds';
import type { PageRecord } from '@/lib/model/records';
import { fieldLabel } from '@/lib/options/field-label';
import { documentFromTsv, splitTsv } from '@/lib/options/table-from-tsv';
import { runRules } from '@/lib/rules';
import { checkMoment, coursePlanSetting, referenceDateSetting } from '@/lib/settings';
import { policySetting } from '@/lib/policy/setting';

const SHOWN_ROWS = 5;

/** A record value as text: terms as 114-1, files as name (bytes), lists joined. */
function valueText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.map(valueText).join('、');
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if ('year' in o && 'semester' in o) return `${String(o.year)}-${String(o.semester)}`;
    if ('name' in o) return [o.name, o.type, o.bytes !== undefined ? `${String(o.bytes)} B` : undefined].filter((x) => x !== undefined && x !== '').join(' ');
    return JSON.stringify(value);
  }
  return String(value);
}

function recordEntries(record: PageRecord): [string, string][] {
  return Object.entries(record)
    .filter(([key, value]) => key !== 'type' && value !== undefined && !(Array.isArray(value) && value.length === 0))
    .map(([key, value]) => [key, valueText(value)]);
}

/** The row's number in the pasted table (1 = first line under the headers), when the record came from a row. */
function rowNumber(element: Element | undefined): number | undefined {
  return element?.tagName === 'TR' ? (element as HTMLTableRowElement).sectionRowIndex + 1 : undefined;
}

/** Which field each pasted header is read as, with the site's own names applied. */
function headerFields(doc: Document, override: SiteOverride | undefined): { header: string; field: Field | undefined }[] {
  const grid = findGrids(doc)[0];
  if (!grid) return [];
  const extra = new Map(Object.entries(override?.columns ?? {}).map(([name, field]) => [headerKey(name), field]));
  return readColumns(grid, extra).headers.map(({ text, field }) => ({ header: text, field }));
}

/** A table to start the tester with (a page's own, handed over from the popup). */
export interface TesterInput {
  text: string;
  title: string;
}

/**
 * 「貼上表格試讀」: paste a table copied from a portal page (tab-separated, first line the
 * headers) and see what the adapter reads with the override being edited, and what it would mark.
 * A page the checker could not read fills it in from the popup (`initial`).
 */
export function TableTester({ locale, override, initial }: { locale: Locale; override: SiteOverride | undefined; initial?: TesterInput }) {
  const [text, setText] = useState(initial?.text ?? '');
  const [title, setTitle] = useState(initial?.title ?? '');
  const policy = useStoredValue(policySetting);
  const plan = useStoredValue(coursePlanSetting);
  const referenceDate = useStoredValue(referenceDateSetting);

  const outcome = useMemo(() => {
    if (splitTsv(text).length === 0 || !policy) return null;
    const doc = documentFromTsv(text, title.trim());
    const read = readPage(doc, override);
    const headers = headerFields(doc, override);
    if (read.status === 'unrecognized') return { read, headers, findings: [] };
    const context = { now: checkMoment(referenceDate ?? null), ...(plan ? { plan } : {}) };
    const findings = runRules({ pageKind: read.pageKind, records: read.rows.map((row) => row.record) }, policy, context);
    return { read, headers, findings };
  }, [text, title, override, policy, plan, referenceDate]);

  return (
    <fieldset class="policy-group table-tester">
      <legend>{t(locale, 'optTesterTitle')}</legend>
      <p class="help">{t(locale, 'optTesterHelp')}</p>
      <label class="block">
        {t(locale, 'optTesterPageTitle')}
        <input type="text" value={title} onInput={(event) => setTitle((event.target as HTMLInputElement).value)} />
      </label>
      <label class="block">
        {t(locale, 'optTesterPaste')}
        <textarea name="table-text" rows={6} value={text} onInput={(event) => setText((event.target as HTMLTextAreaElement).value)} />
      </label>
      {outcome && (
        <div class="tester-result" aria-live="polite" data-status={outcome.read.status} data-page-kind={outcome.read.status !== 'unrecognized' ? outcome.read.pageKind : ''}>
          {outcome.read.status !== 'unrecognized' ? (
            <p>
              {t(locale, 'optTesterKind', pick(PAGE_KINDS[outcome.read.pageKind], locale), outcome.read.rows.length)}
            </p>
          ) : (
            <p class="warning-text">{t(locale, 'optTesterUnrecognized', pick(outcome.read.reason, locale))}</p>
          )}
          <table class="data compact header-map">
            <caption>{t(locale, 'optTesterHeaders')}</caption>
            <thead>
              <tr>
                <th scope="col">{t(locale, 'optTesterHeader')}</th>
                <th scope="col">{t(locale, 'optTesterField')}</th>
              </tr>
            </thead>
            <tbody>
              {outcome.headers.map(({ header, field }, i) => (
                <tr key={i} data-field={field ?? ''}>
                  <td>{header}</td>
                  <td class={field ? '' : 'help'}>{field ? fieldLabel(field) : t(locale, 'optTesterUnmapped')}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {outcome.read.status !== 'unrecognized' && (
            <>
              <h4>{t(locale, 'optTesterRows', Math.min(SHOWN_ROWS, outcome.read.rows.length))}</h4>
              <ol class="tester-records">
                {outcome.read.rows.slice(0, SHOWN_ROWS).map((row, i) => (
                  <li key={i}>
                    <dl>
                      {recordEntries(row.record).map(([key, value]) => (
                        <div key={key} class="pair">
                          <dt>{key}</dt>
                          <dd>{value}</dd>
                        </div>
                      ))}
                    </dl>
                  </li>
                ))}
              </ol>
              {outcome.read.skipped.map((skip) => (
                <p key={skip.rowNumber} class="warning-text">
                  {t(locale, 'optTesterSkipped', skip.rowNumber, pick(skip.reason, locale))}
                </p>
              ))}
              <h4>{t(locale, 'optTesterFindings', outcome.findings.length)}</h4>
              <ul class="tester-findings">
                {outcome.findings.map((finding, i) => {
                  const row = finding.recordIndex === null || outcome.read.status === 'unrecognized' ? undefined : rowNumber(outcome.read.rows[finding.recordIndex]?.row);
                  return (
                    <li key={i} class={finding.severity === 'error' ? 'error-text' : 'warning-text'} data-rule={finding.ruleId}>
                      {row ? `${t(locale, 'optTesterRowNo', row)} ` : ''}
                      {pick(finding.message, locale)} <span class="rule-id">{finding.ruleId}</span>
                    </li>
                  );
                })}
              </ul>
            </>
          )}
        </div>
      )}
    </fieldset>
  );
}
