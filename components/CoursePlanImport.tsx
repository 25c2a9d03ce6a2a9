import { useState } from 'preact/hooks';
import { useStoredValue } from '@/components/hooks';
import { t } from '@/lib/i18n';
import type { Locale } from '@/lib/model/localized';
import { coursePlanTxtRows, parseCoursePlan, planFromPreview, readCoursePlanRows, type CoursePlanPreview, type ImportError } from '@/lib/csv/course-plan';
import type { FromRosterWorker, ToRosterWorker } from '@/lib/roster/protocol';
import { coursePlanSetting } from '@/lib/settings';
import { FileButton } from '@/components/FileButton';
import { isQuotaError } from '@/lib/db/errors';
import { newRosterWorker } from '@/components/roster/roster-worker';

type Result = { ok: true; count: number; file: string } | { ok: false; errors: ImportError[]; file: string } | null;

/** Courses listed in the preview; the rest are saved too. */
const PREVIEWED = 30;

/** An xlsx workbook's sheets as rows of text, read by the roster worker (SheetJS stays out of this page's code). */
function workbookRows(file: File, bytes: ArrayBuffer): Promise<{ ok: true; rows: string[][] } | { ok: false; message: string }> {
  return new Promise((resolve) => {
    const worker = newRosterWorker();
    worker.onmessage = (event: MessageEvent<FromRosterWorker>) => {
      const message = event.data;
      worker.terminate();
      if (message.type === 'table') {
        // The sheet that carries course codes (the first one when none does).
        const sheet = message.sheets.find((s) => readCoursePlanRows(s.rows).entries.length > 0) ?? message.sheets[0];
        resolve({ ok: true, rows: sheet?.rows ?? [] });
      } else resolve({ ok: false, message: message.type === 'unreadable' || message.type === 'failed' ? message.message : '' });
    };
    const request: ToRosterWorker = { type: 'read-table', name: file.name, bytes };
    worker.postMessage(request, [bytes]);
  });
}

/**
 * 課程計畫: the approved course plan the course-code rules compare against, imported from the
 * 課程計畫平臺 or the vendor's export (CSV in UTF-8 or Big5, or JSON).
 */
export function CoursePlanImport({ locale }: { locale: Locale }) {
  const plan = useStoredValue(coursePlanSetting);
  const [changedAt, setChangedAt] = useState('');
  const [result, setResult] = useState<Result>(null);
  const [preview, setPreview] = useState<{ file: string; plan: CoursePlanPreview } | null>(null);

  const importFile = async (file: File) => {
    setPreview(null);
    const lower = file.name.toLowerCase();
    if (lower.endsWith('.txt') || lower.endsWith('.xlsx')) {
      // The platform's TXT (layout unverified) and xlsx sheets are read by what their cells look like: shown first, saved on confirmation.
      const rows = lower.endsWith('.txt') ? { ok: true as const, rows: coursePlanTxtRows(new Uint8Array(await file.arrayBuffer())) } : await workbookRows(file, await file.arrayBuffer());
      if (!rows.ok) {
        setResult({ ok: false, errors: [{ row: null, column: null, message: rows.message }], file: file.name });
        return;
      }
      const plan = readCoursePlanRows(rows.rows);
      if (plan.entries.length === 0 || plan.problems.length > 0) {
        setResult({ ok: false, errors: plan.problems.length ? plan.problems : [{ row: null, column: null, message: '檔案中沒有任何課程' }], file: file.name });
        return;
      }
      setResult(null);
      setPreview({ file: file.name, plan });
      return;
    }
    const bytes = new Uint8Array(await file.arrayBuffer());
    const parsed = parseCoursePlan(bytes, changedAt ? { changedAt } : {});
    if (!parsed.ok) {
      setResult({ ok: false, errors: parsed.errors, file: file.name });
      return;
    }
    try {
      await coursePlanSetting.setValue(parsed.plan);
    } catch (error) {
      // storage.local refused it (full): say so; the plan stored before stays.
      const message = isQuotaError(error) ? '擴充功能的儲存空間不足，課程計畫沒有儲存；原本的課程計畫沒有變動。' : `課程計畫沒有儲存（${String(error)}）；原本的課程計畫沒有變動。`;
      setResult({ ok: false, errors: [{ row: null, column: null, message }], file: file.name });
      return;
    }
    setResult({ ok: true, count: parsed.plan.entries.length, file: file.name });
  };
  const savePreview = async () => {
    if (!preview) return;
    await coursePlanSetting.setValue(planFromPreview(preview.plan, changedAt || undefined));
    setResult({ ok: true, count: preview.plan.entries.length, file: preview.file });
    setPreview(null);
  };
  const setPlanDate = async (value: string) => {
    if (!plan) return;
    const { changedAt: _old, ...rest } = plan;
    await coursePlanSetting.setValue(value ? { ...rest, changedAt: value } : rest);
  };

  return (
    <section class="card" id="course-plan" aria-labelledby="course-plan-title">
      <h2 id="course-plan-title">{t(locale, 'optPlanTitle')}</h2>
      <p class="help">{t(locale, 'optPlanHelp')}</p>
      <div class="current-plan" data-plan-size={plan ? plan.entries.length : 0}>
        {plan ? (
          <>
            <p>
              {t(locale, 'optPlanCurrent', plan.entries.length)}
              {plan.changedAt ? t(locale, 'optPlanChangedAt', plan.changedAt) : t(locale, 'optPlanNoDate')}
            </p>
            <div class="row">
              <label>
                {t(locale, 'optPlanApproved')}
                <input type="date" value={plan.changedAt ?? ''} onChange={(event) => void setPlanDate((event.target as HTMLInputElement).value)} />
              </label>
              <button type="button" class="secondary" data-action="remove-plan" onClick={() => void coursePlanSetting.setValue(null).then(() => setResult(null))}>
                {t(locale, 'optPlanRemove')}
              </button>
            </div>
          </>
        ) : (
          <p class="help">{t(locale, 'optPlanNone')}</p>
        )}
      </div>
      <fieldset class="policy-group">
        <legend>{t(locale, 'optPlanImportLegend')}</legend>
        <div class="row">
          <label>
            {t(locale, 'optPlanApprovedNew')}
            <input type="date" name="plan-changed-at" value={changedAt} onChange={(event) => setChangedAt((event.target as HTMLInputElement).value)} />
          </label>
          <FileButton label={t(locale, 'optPlanChooseFile')} accept=".csv,.json,.txt,.xlsx,text/csv,application/json" action="import-plan" onFile={importFile} />
        </div>
        <p class="help">{t(locale, 'optPlanFormatHelp')}</p>
        <p class="help">{t(locale, 'optPlanTxtHelp')}</p>
      </fieldset>
      {preview && <PlanPreview preview={preview} locale={locale} onSave={() => void savePreview()} onDiscard={() => setPreview(null)} />}
      <div aria-live="polite" class="plan-result">
        {result?.ok && (
          <p class="ok-text" data-plan-imported={result.count}>
            {t(locale, 'optPlanImported', result.file, result.count)}
          </p>
        )}
        {result && !result.ok && (
          <>
            <p class="error-text">{t(locale, 'optPlanFailed', result.file, result.errors.length)}</p>
            <ul class="error-text plan-errors">
              {result.errors.map((error, i) => (
                <li key={i}>{error.message}</li>
              ))}
            </ul>
          </>
        )}
      </div>
    </section>
  );
}

function PlanPreview({ preview, locale, onSave, onDiscard }: { preview: { file: string; plan: CoursePlanPreview }; locale: Locale; onSave: () => void; onDiscard: () => void }) {
  const { entries, columns } = preview.plan;
  return (
    <div class="plan-preview" data-plan-preview={entries.length}>
      <p>
        <strong>{t(locale, 'optPlanPreviewTitle', preview.file, entries.length)}</strong>
      </p>
      <p class="help">{t(locale, 'optPlanPreviewNote', columns.join('、'))}</p>
      <table class="data">
        <thead>
          <tr>
            <th>{t(locale, 'optPlanColLine')}</th>
            <th>{t(locale, 'optPlanColCode')}</th>
            <th>{t(locale, 'optPlanColName')}</th>
            <th>{t(locale, 'optPlanColCredits')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.slice(0, PREVIEWED).map((entry) => (
            <tr key={entry.code}>
              <td class="num">{entry.line}</td>
              <td>{entry.code}</td>
              <td>{entry.name}</td>
              <td>{entry.creditsByTerm ? entry.creditsByTerm.join(' / ') : (entry.credits ?? '')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {entries.length > PREVIEWED && <p class="help">{t(locale, 'optPlanPreviewMore', PREVIEWED)}</p>}
      <div class="row">
        <button type="button" data-action="save-plan-preview" onClick={onSave}>
          {t(locale, 'optPlanPreviewSave')}
        </button>
        <button type="button" class="secondary" data-action="discard-plan-preview" onClick={onDiscard}>
          {t(locale, 'optPlanPreviewDiscard')}
        </button>
      </div>
    </div>
  );
}
