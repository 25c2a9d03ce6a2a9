import type { Locale } from '@/lib/model/localized';
import { t } from '@/lib/i18n';
import type { Rate } from '@/lib/stats/completion';
import { ratesCsv } from '@/lib/export/report-tables';
import { DataTable } from './DataTable';
import { onTimeNote, onTimeText, percent } from './format';

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
 * nothing. A 準時率 says under it what it leaves out (「另有 N 件尚未到期」). Printed, a long table
 * keeps its ten lowest rows and says where the rest are.
 */
export function CompletionTable({ rates, locale, itemHeader, label, caption, csvName, name }: Props) {
  const header = [itemHeader, t(locale, 'colTotal'), t(locale, 'colDone'), t(locale, 'colPending'), `${t(locale, 'colCompletion')}(%)`, t(locale, 'colOnTime'), `${t(locale, 'colOnTimeRate')}(%)`, t(locale, 'colOnTimeNote')];
  const columns = [itemHeader, t(locale, 'colTotal'), t(locale, 'colDone'), t(locale, 'colPending'), t(locale, 'colCompletion'), t(locale, 'colOnTimeRate')].map((text, i) => ({ label: text, num: i > 0 }));
  const condensed = rates.length > PRINT_ROWS;
  return (
    <div class="table-wrap">
      <DataTable
        name={name}
        kind="rates"
        caption={caption}
        captionNote={condensed && <span class="print-inline condensed-note">{t(locale, 'dashPrintCondensed', PRINT_ROWS, rates.length)}</span>}
        csv={{ name: csvName, text: () => ratesCsv(rates, label, (rate) => onTimeNote(rate, locale), header) }}
        columns={columns}
        locale={locale}
      >
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
                <span data-rate>{onTime.text}</span>
                {onTime.note && <span class="gap-note">{onTime.note}</span>}
              </td>
            </tr>
          );
        })}
      </DataTable>
    </div>
  );
}
