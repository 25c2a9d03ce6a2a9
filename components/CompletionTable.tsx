import type { Locale } from '@/lib/model/localized';
import { t } from '@/lib/i18n';
import type { Rate } from '@/lib/stats/completion';
import { ratesCsv } from '@/lib/export/report-tables';
import { downloadText } from './download';
import { gapReason, onTimeText, percent } from './format';

/** Rows a printed table keeps: the lowest completion first, so the ones needing a push. */
export const PRINT_ROWS = 10;

interface Props {
  rates: Rate[];
  locale: Locale;
  /** header of the first column (工作項目, 處室, 教師, 班級) */
  itemHeader: string;
  label: (key: string) => string;
  caption: string;
  /** file name for the CSV, without extension */
  csvName: string;
  /** data-table attribute, for tests and print */
  name: string;
}

/**
 * Completion and on-time per task / unit / teacher / class, with a CSV download. Renders; computes
 * nothing. Printed, a long table keeps its ten lowest rows and says where the rest are.
 */
export function CompletionTable({ rates, locale, itemHeader, label, caption, csvName, name }: Props) {
  const download = () => {
    const header = [itemHeader, t(locale, 'colTotal'), t(locale, 'colDone'), t(locale, 'colPending'), `${t(locale, 'colCompletion')}(%)`, t(locale, 'colOnTime'), `${t(locale, 'colOnTimeRate')}(%)`, t(locale, 'colOnTimeNote')];
    downloadText(ratesCsv(rates, label, (gap) => gapReason(gap, locale), header), `${csvName}.csv`, 'text/csv;charset=utf-8');
  };
  const condensed = rates.length > PRINT_ROWS;
  return (
    <div class="table-wrap">
      <table class="data rates" data-table={name}>
        <caption>
          {caption}
          {condensed && <span class="print-inline condensed-note">{t(locale, 'dashPrintCondensed', PRINT_ROWS, rates.length)}</span>}
          <button type="button" class="link no-print" data-action="csv" onClick={download}>
            {t(locale, 'dashDownloadCsv')}
          </button>
        </caption>
        <thead>
          <tr>
            <th scope="col">{itemHeader}</th>
            <th scope="col" class="num">{t(locale, 'colTotal')}</th>
            <th scope="col" class="num">{t(locale, 'colDone')}</th>
            <th scope="col" class="num">{t(locale, 'colPending')}</th>
            <th scope="col" class="num">{t(locale, 'colCompletion')}</th>
            <th scope="col" class="num">{t(locale, 'colOnTimeRate')}</th>
          </tr>
        </thead>
        <tbody>
          {rates.map((rate, i) => {
            const onTime = onTimeText(rate, locale);
            return (
              <tr key={rate.key} data-key={rate.key} class={i >= PRINT_ROWS ? 'print-skip' : undefined}>
                <th scope="row" class="label">{label(rate.key)}</th>
                <td class="num" data-col="total">{rate.total}</td>
                <td class="num" data-col="done">{rate.done}</td>
                <td class="num" data-col="pending">{rate.pending}</td>
                <td class="num" data-col="completion">
                  <span class="bar" style={{ '--w': `${Math.round((rate.completion ?? 0) * 100)}%` }} />
                  <span class="pct">{percent(rate.completion)}</span>
                </td>
                <td class="num" data-col="on-time" title={onTime.note || undefined} data-gap={onTime.note ? '' : undefined}>
                  {onTime.text}
                  {rate.onTimeRate === null && onTime.note && <span class="gap-note">{onTime.note}</span>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
