import type { ComponentChildren } from 'preact';
import type { Locale } from '@/lib/model/localized';
import { t } from '@/lib/i18n';
import { downloadText } from '@/components/download';

export interface Column {
  label: string;
  /** a count or rate: right-aligned */
  num?: boolean;
}

interface Props {
  /** data-table attribute, for tests and print */
  name: string;
  /** classes beside `data` (rates, problems …) */
  kind?: string;
  caption: string;
  /** more in the caption after its text (a print-only note) */
  captionNote?: ComponentChildren;
  /** the table as a CSV file, made only when the button is pressed; no button without it */
  csv?: { name: string; text: () => string };
  columns: readonly Column[];
  locale: Locale;
  /** the body's rows */
  children: ComponentChildren;
}

/**
 * A dashboard table: caption with its CSV download, one header row, the rows the caller renders.
 * Renders; computes nothing.
 */
export function DataTable({ name, kind, caption, captionNote, csv, columns, locale, children }: Props) {
  const download = csv && (() => downloadText(csv.text(), `${csv.name}.csv`, 'text/csv;charset=utf-8'));
  return (
    <table class={kind ? `data ${kind}` : 'data'} data-table={name}>
      <caption>
        {caption}
        {captionNote}
        {download && (
          <button type="button" class="link no-print" data-action="csv" onClick={download}>
            {t(locale, 'dashDownloadCsv')}
          </button>
        )}
      </caption>
      <thead>
        <tr>
          {columns.map((column, i) => (
            <th key={i} scope="col" class={column.num ? 'num' : undefined}>
              {column.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}
