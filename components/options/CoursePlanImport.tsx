import { useState } from 'preact/hooks';
import { useStoredValue } from '@/components/hooks';
import { t } from '@/lib/i18n';
import type { Locale } from '@/lib/model/localized';
import { parseCoursePlan, type ImportError } from '@/lib/csv/course-plan';
import { coursePlanSetting } from '@/lib/settings';
import { FileButton } from '@/components/FileButton';
import { isQuotaError } from '@/lib/db/errors';

type Result = { ok: true; count: number; file: string } | { ok: false; errors: ImportError[]; file: string } | null;

/**
 * 課程計畫: the approved course plan the course-code rules compare against, imported from the
 * 課程計畫平臺 or the vendor's export (CSV in UTF-8 or Big5, or JSON).
 */
export function CoursePlanImport({ locale }: { locale: Locale }) {
  const plan = useStoredValue(coursePlanSetting);
  const [changedAt, setChangedAt] = useState('');
  const [result, setResult] = useState<Result>(null);

  const importFile = async (file: File) => {
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
          <FileButton label={t(locale, 'optPlanChooseFile')} accept=".csv,.json,.txt,text/csv,application/json" action="import-plan" onFile={importFile} />
        </div>
        <p class="help">{t(locale, 'optPlanFormatHelp')}</p>
      </fieldset>
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
