import { useState } from 'preact/hooks';
import { downloadBlob, downloadText } from '@/components/download';
import { pageProblemsCsv, pageProblemsFileName } from '@/lib/export/page-problems';
import { t } from '@/lib/i18n';
import { SummaryFindings, type PageSummary } from '@/lib/messaging/protocol';
import { pick, type Locale } from '@/lib/model/localized';
import { PAGE_KINDS } from '@/lib/page-kinds';
import { isoDateOf } from '@/lib/policy/calendar';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';


/**
 * 「匯出本頁問題」: this page's findings as CSV or xlsx, each row named as the page's summary names it;
 * student names only when 「包含學生姓名」 is ticked. The findings come from the content script's answer,
 * checked (shape and size) before anything is written. exceljs is loaded only for the xlsx.
 */
export function PageProblemsExport({ summary, locale }: { summary: PageSummary; locale: Locale }) {
  const [includeNames, setIncludeNames] = useState(false);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  if (summary.status === 'unrecognized') return null;

  const save = async (extension: 'csv' | 'xlsx') => {
    const checked = SummaryFindings.safeParse(summary.findings);
    if (!checked.success) {
      setStatus({ ok: false, text: t(locale, 'problemsTooLarge') });
      return;
    }
    const now = new Date();
    const kind = summary.pageKind ? pick(PAGE_KINDS[summary.pageKind], locale) : '';
    const filename = pageProblemsFileName(locale, kind, isoDateOf(now), extension);
    const options = { locale, includeNames };
    try {
      if (extension === 'csv') downloadText(pageProblemsCsv(checked.data, options), filename, 'text/csv;charset=utf-8');
      else {
        const { pageProblemsXlsx } = await import('@/lib/export/page-problems-xlsx');
        downloadBlob(new Blob([await pageProblemsXlsx(checked.data, options, now)], { type: XLSX_TYPE }), filename);
      }
      setStatus({ ok: true, text: t(locale, 'problemsDone', filename, checked.data.length) });
    } catch (error) {
      setStatus({ ok: false, text: t(locale, 'problemsFailed', error instanceof Error ? error.message : String(error)) });
    }
  };

  return (
    <section class="problems-export" data-export="page-problems">
      <h2>{t(locale, 'problemsTitle')}</h2>
      {summary.findings.length === 0 ? (
        <p class="note">{t(locale, 'problemsNone')}</p>
      ) : (
        <>
          <label class="choice">
            <input type="checkbox" data-field="include-names" checked={includeNames} onChange={(event) => setIncludeNames(event.currentTarget.checked)} />
            {t(locale, 'problemsNames')}
          </label>
          <p class="note">{t(locale, 'problemsHelp')}</p>
          <div class="buttons">
            <button type="button" data-action="export-problems-csv" onClick={() => void save('csv')}>
              {t(locale, 'problemsCsv')}
            </button>
            <button type="button" class="secondary" data-action="export-problems-xlsx" onClick={() => void save('xlsx')}>
              {t(locale, 'problemsXlsx')}
            </button>
          </div>
        </>
      )}
      {status && (
        <p class={status.ok ? 'note' : 'error-text'} role="status">
          {status.text}
        </p>
      )}
    </section>
  );
}
