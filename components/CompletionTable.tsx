import type { Locale } from '@/lib/model/localized';
import { t } from '@/lib/i18n';
import type { Rate } from '@/lib/stats/completion';
import { ratesCsv } from '@/lib/export/report-tables';
import { downloadText } from './download';
import { percent } from './format';

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

/** Completion and on-time per task / unit / teacher / class, with a CSV download. Renders; computes nothing. */
export function CompletionTable({ rates, locale, itemHeader, label, caption, csvName, name }: Props) {
  const download = () => {
    const header = [itemHeader, t(locale, 'colTotal'), t(locale, 'colDone'), t(locale, 'colPending'), `${t(locale, 'colCompletion')}(%)`, t(locale, 'colOnTime'), `${t(locale, 'colOnTimeRate')}(%)`];
    downloadText(ratesCsv(rates, label, header), `${csvName}.csv`, 'text/csv;charset=utf-8');
  };
  return (
    <div class="table-wrap">
      <table class="data rates" data-table={name}>
        <caption>
          {caption}
          <button type="button" class="link no-print" data-action="csv" onClick={download}>
            {t(locale, 'dashDownloadCsv')}
          </button>
        </caption>
        <thead>
          <tr>
            <th>{itemHeader}</th>
            <th class="num">{t(locale, 'colTotal')}</th>
            <th class="num">{t(locale, 'colDone')}</th>
            <th class="num">{t(locale, 'colPending')}</th>
            <th class="num">{t(locale, 'colCompletion')}</th>
            <th class="num">{t(locale, 'colOnTimeRate')}</th>
          </tr>
        </thead>
        <tbody>
          {rates.map((rate) => (
            <tr key={rate.key} data-key={rate.key}>
              <td>{label(rate.key)}</td>
              <td class="num" data-col="total">{rate.total}</td>
              <td class="num" data-col="done">{rate.done}</td>
              <td class="num" data-col="pending">{rate.pending}</td>
              <td class="num" data-col="completion">
                <span class="bar" style={{ '--w': `${Math.round((rate.completion ?? 0) * 100)}%` }} />
                <span class="pct">{percent(rate.completion)}</span>
              </td>
              <td class="num" data-col="on-time">{percent(rate.onTimeRate)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
