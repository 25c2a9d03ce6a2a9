import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useStoredValue } from '@/components/hooks';
import { exportOverrides, importOverrides, overrideFor, type SiteOverride } from '@/lib/adapters/overrides';
import { FIELD_NAMES, type Field } from '@/lib/adapters/vocabulary';
import { t } from '@/lib/i18n';
import { pick, type Locale } from '@/lib/model/localized';
import { PAGE_KINDS, type PageKind } from '@/lib/page-kinds';
import { draftFrom, EMPTY_DRAFT, mergeOverrides, overrideFrom, type DraftError, type OverrideDraft } from '@/lib/options/override-draft';
import { siteOverridesSetting } from '@/lib/settings';
import { downloadText } from '@/components/download';
import { TableTester, type TesterInput } from './TableTester';
import { fieldLabel } from '@/lib/options/field-label';
import { prefillDraft, sampleTsv, takeTablePrefill, type TableSample } from '@/lib/options/table-prefill';
import { FileButton } from '@/components/FileButton';

const FIELDS = Object.keys(FIELD_NAMES) as Field[];
const KINDS = Object.keys(PAGE_KINDS) as PageKind[];

function Problems({ errors, path }: { errors: readonly DraftError[]; path: string }) {
  const own = errors.filter((error) => error.path === path);
  if (own.length === 0) return null;
  return (
    <ul class="field-problems" data-path={path}>
      {own.map((error) => (
        <li key={error.message} class="error-text">
          {error.message}
        </li>
      ))}
    </ul>
  );
}

/** The form for one override, with the table tester reading through it as it is typed. */
function OverrideForm({
  locale,
  initial,
  tester,
  onSave,
  onCancel,
}: {
  locale: Locale;
  initial: OverrideDraft;
  /** the page's own table, when the form was opened from the popup */
  tester?: TesterInput;
  onSave: (override: SiteOverride) => void;
  onCancel: () => void;
}) {
  const [draft, setDraft] = useState(initial);
  const [tried, setTried] = useState(false);
  const result = useMemo(() => overrideFrom(draft), [draft]);
  // The tester reads with what is typed so far, even before the address is filled in.
  const testing = useMemo(() => {
    const probe = overrideFrom({ ...draft, match: draft.match.trim() || 'https://example.invalid/' });
    return probe.ok ? probe.override : undefined;
  }, [draft]);
  const errors = tried && !result.ok ? result.errors : [];
  const set = (patch: Partial<OverrideDraft>) => setDraft((current) => ({ ...current, ...patch }));
  const setColumn = (i: number, patch: Partial<OverrideDraft['columns'][number]>) =>
    set({ columns: draft.columns.map((row, j) => (j === i ? { ...row, ...patch } : row)) });
  return (
    <form
      class="override-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setTried(true);
        if (result.ok) onSave(result.override);
      }}
    >
      <fieldset class="policy-group">
        <legend>{t(locale, 'optOverrideFormLegend')}</legend>
        {tester && (
          <p class="help" data-prefilled="">
            {t(locale, 'optPrefillNote')}
          </p>
        )}
        <label class="block">
          {t(locale, 'optOverrideMatch')}
          <input type="url" name="match" placeholder="https://sis.example.edu.tw/lp/" value={draft.match} onInput={(e) => set({ match: (e.target as HTMLInputElement).value })} />
        </label>
        <p class="help">{t(locale, 'optOverrideMatchHelp')}</p>
        <Problems errors={errors} path="match" />
        <label class="block">
          {t(locale, 'optOverrideLabel')}
          <input type="text" name="label" value={draft.label} onInput={(e) => set({ label: (e.target as HTMLInputElement).value })} />
        </label>
        <Problems errors={errors} path="label" />
        <div class="row">
          <label>
            {t(locale, 'optOverrideKind')}
            <select name="pageKind" value={draft.pageKind} onChange={(e) => set({ pageKind: (e.target as HTMLSelectElement).value as PageKind | '' })}>
              <option value="">{t(locale, 'optOverrideKindAuto')}</option>
              {KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {pick(PAGE_KINDS[kind], locale)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t(locale, 'optOverrideSelector')}
            <input type="text" name="tableSelector" placeholder="table#grid" value={draft.tableSelector} onInput={(e) => set({ tableSelector: (e.target as HTMLInputElement).value })} />
          </label>
        </div>
        <Problems errors={errors} path="pageKind" />
        <Problems errors={errors} path="tableSelector" />
        <fieldset class="inline-set columns">
          <legend>{t(locale, 'optOverrideColumns')}</legend>
          <p class="help">{t(locale, 'optOverrideColumnsHelp')}</p>
          {draft.columns.map((row, i) => (
            <div key={i} class="row column-row">
              <input
                type="text"
                aria-label={t(locale, 'optOverrideColumnHeader', i + 1)}
                placeholder={t(locale, 'optOverrideColumnHeaderPlaceholder')}
                value={row.header}
                onInput={(e) => setColumn(i, { header: (e.target as HTMLInputElement).value })}
              />
              <span aria-hidden="true">→</span>
              <select aria-label={t(locale, 'optOverrideColumnField', i + 1)} value={row.field} onChange={(e) => setColumn(i, { field: (e.target as HTMLSelectElement).value as Field | '' })}>
                <option value="">{t(locale, row.suggested ? 'optPrefillNotRead' : 'optOverrideChooseField')}</option>
                {FIELDS.map((field) => (
                  <option key={field} value={field}>
                    {fieldLabel(field)}
                  </option>
                ))}
              </select>
              <button type="button" class="secondary small" onClick={() => set({ columns: draft.columns.filter((_, j) => j !== i) })}>
                {t(locale, 'optRemove')}
              </button>
              <Problems errors={errors} path={`columns.${i}`} />
            </div>
          ))}
          <button type="button" class="secondary" onClick={() => set({ columns: [...draft.columns, { header: '', field: '' }] })}>
            {t(locale, 'optOverrideAddColumn')}
          </button>
        </fieldset>
        <Problems errors={errors} path="columns" />
        <div class="row">
          <button type="submit">{t(locale, 'optOverrideSave')}</button>
          <button type="button" class="secondary" onClick={onCancel}>
            {t(locale, 'optCancel')}
          </button>
        </div>
        {errors.length > 0 && <p class="error-text">{t(locale, 'optOverrideInvalid', errors.length)}</p>}
      </fieldset>
      <TableTester locale={locale} override={testing} initial={tester} />
    </form>
  );
}

/** 網站設定: per-site adjustments to how pages are read (issue 3), listed, edited, exported and imported. */
export function SiteOverridesEditor({ locale }: { locale: Locale }) {
  const overrides = useStoredValue(siteOverridesSetting);
  const [editing, setEditing] = useState<{ index: number | null; draft: OverrideDraft; tester?: TesterInput } | null>(null);
  const [importErrors, setImportErrors] = useState<string[]>([]);
  const [status, setStatus] = useState('');
  const section = useRef<HTMLElement>(null);
  // A page's table handed over from the popup opens the form for that page (the setting that applies to it, if any).
  const [prefill, setPrefill] = useState<TableSample | null>(null);
  useEffect(() => void takeTablePrefill().then(setPrefill), []);
  useEffect(() => {
    if (!prefill || !overrides) return;
    const existing = overrideFor(prefill.match, overrides);
    setEditing({
      index: existing ? overrides.indexOf(existing) : null,
      draft: prefillDraft(prefill, existing),
      tester: { text: sampleTsv(prefill), title: prefill.title },
    });
    setPrefill(null);
    section.current?.scrollIntoView({ block: 'start' });
  }, [prefill, overrides]);
  if (!overrides) return null;

  const save = async (override: SiteOverride) => {
    const index = editing?.index ?? null;
    const next = index === null ? [...overrides.filter((o) => o.match !== override.match), override] : overrides.map((o, i) => (i === index ? override : o));
    await siteOverridesSetting.setValue(next);
    setEditing(null);
    setStatus(t(locale, 'optOverrideSaved', override.match));
  };
  const remove = async (index: number) => {
    const removed = overrides[index]!;
    await siteOverridesSetting.setValue(overrides.filter((_, i) => i !== index));
    setStatus(t(locale, 'optOverrideRemoved', removed.match));
  };
  const importFile = async (file: File) => {
    const result = importOverrides((await file.text()).replace(/^\uFEFF/, ''));
    if (!result.ok) {
      setImportErrors(result.errors);
      setStatus(t(locale, 'optOverrideImportFailed', file.name));
      return;
    }
    await siteOverridesSetting.setValue(mergeOverrides(overrides, result.sites));
    setImportErrors([]);
    setStatus(t(locale, 'optOverrideImported', result.sites.length));
  };

  return (
    <section class="card" id="site-overrides" aria-labelledby="site-overrides-title" ref={section}>
      <h2 id="site-overrides-title">{t(locale, 'optOverridesTitle')}</h2>
      <p class="help">{t(locale, 'optOverridesHelp')}</p>
      {overrides.length === 0 ? (
        <p class="help">{t(locale, 'optOverridesNone')}</p>
      ) : (
        <table class="data compact overrides">
          <thead>
            <tr>
              <th scope="col">{t(locale, 'optOverrideMatch')}</th>
              <th scope="col">{t(locale, 'optOverrideLabel')}</th>
              <th scope="col">{t(locale, 'optOverrideKind')}</th>
              <th scope="col">{t(locale, 'optOverrideSummary')}</th>
              <th scope="col">
                <span class="visually-hidden">{t(locale, 'optActions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {overrides.map((override, i) => (
              <tr key={override.match} data-match={override.match}>
                <td>{override.match}</td>
                <td>{override.label ?? ''}</td>
                <td>{override.pageKind ? pick(PAGE_KINDS[override.pageKind], locale) : t(locale, 'optOverrideKindAuto')}</td>
                <td>
                  {override.tableSelector ? `${t(locale, 'optOverrideSelector')}：${override.tableSelector}` : ''}
                  {Object.entries(override.columns ?? {}).map(([header, field]) => (
                    <div key={header}>
                      {header} → {fieldLabel(field)}
                    </div>
                  ))}
                </td>
                <td class="actions">
                  <button type="button" class="secondary small" onClick={() => setEditing({ index: i, draft: draftFrom(override) })}>
                    {t(locale, 'optEdit')}
                  </button>
                  <button type="button" class="secondary small" data-action="remove-override" onClick={() => void remove(i)}>
                    {t(locale, 'optRemove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div class="row file-actions">
        {!editing && (
          <button type="button" data-action="add-override" onClick={() => setEditing({ index: null, draft: { ...EMPTY_DRAFT, columns: [] } })}>
            {t(locale, 'optOverrideAdd')}
          </button>
        )}
        <button type="button" class="secondary" data-action="export-overrides" disabled={overrides.length === 0} onClick={() => downloadText(exportOverrides(overrides), 'lp-checker-網站設定.json', 'application/json;charset=utf-8')}>
          {t(locale, 'optOverridesExport')}
        </button>
        <FileButton label={t(locale, 'optOverridesImport')} accept=".json,application/json" action="import-overrides" onFile={importFile} />
      </div>
      {status && (
        <p role="status" class={importErrors.length ? 'error-text' : 'ok-text'}>
          {status}
        </p>
      )}
      {importErrors.length > 0 && (
        <ul class="error-text import-errors">
          {importErrors.map((error, i) => (
            <li key={i}>{error}</li>
          ))}
        </ul>
      )}
      {/* A form opened from the popup is a form of its own, even over one being typed. */}
      {editing && (
        <OverrideForm
          key={`${editing.tester ? 'page' : 'form'}:${editing.index ?? 'new'}`}
          locale={locale}
          initial={editing.draft}
          tester={editing.tester}
          onSave={(override) => void save(override)}
          onCancel={() => setEditing(null)}
        />
      )}
      {!editing && <TableTester locale={locale} override={undefined} />}
    </section>
  );
}
