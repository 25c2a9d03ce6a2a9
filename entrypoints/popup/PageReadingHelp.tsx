import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { downloadText } from '@/components/download';
import { pageSample } from '@/lib/export/page-sample';
import type { PageSampleAnswer, PageSampleRequest } from '@/lib/export/page-snapshot';
import { t } from '@/lib/i18n';
import type { PageSummary, TableSummary } from '@/lib/messaging/protocol';
import { pick, type Locale } from '@/lib/model/localized';
import { fieldLabel, isField } from '@/lib/options/field-label';
import { storeTablePrefill, tableToMap, type TableSample, type TableSampleRequest } from '@/lib/options/table-prefill';
import { PAGE_KINDS } from '@/lib/page-kinds';

/** The lists the page shows: each column's header and what the checker took it for, or 「未辨識」. */
function TablesSeen({ tables, locale }: { tables: readonly TableSummary[]; locale: Locale }) {
  if (tables.length === 0) return <p class="note">{t(locale, 'popupSeenNone')}</p>;
  return (
    <>
      {tables.map((table, i) => (
        <table key={i} class="data compact seen" data-table={i}>
          <caption>
            {table.pageKind
              ? t(locale, 'popupSeenTableKind', i + 1, pick(PAGE_KINDS[table.pageKind], locale), table.rows)
              : t(locale, 'popupSeenTable', i + 1, table.rows)}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t(locale, 'popupSeenHeader')}</th>
              <th scope="col">{t(locale, 'popupSeenField')}</th>
            </tr>
          </thead>
          <tbody>
            {table.headers.map((header, j) => (
              <tr key={j} data-field={header.field ?? ''}>
                <td>{header.text || '—'}</td>
                <td class={isField(header.field) ? '' : 'warning-text'}>{isField(header.field) ? fieldLabel(header.field) : t(locale, 'popupSeenUnknown')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </>
  );
}

/**
 * The way out for a page the checker cannot read, or reads only in part: what it saw, and one
 * button that opens the site-adjustment editor with this page's table filled in. On every page:
 * 「匯出匿名頁面樣本」, the page saved without student data, to send to whoever helps.
 */
export function PageReadingHelp({ summary, tabId, locale }: { summary: PageSummary; tabId: number; locale: Locale }) {
  const [note, setNote] = useState<{ ok: boolean; text: string } | null>(null);
  // Rows or lists it could not read (a page may also be partial for a rule's missing input: no headers to map then);
  // a list still loading is not one of them.
  const unread = !summary.waiting && (summary.status === 'unrecognized' || summary.unread > 0);

  const mapColumns = async () => {
    const request: TableSampleRequest = { type: 'get-table-sample', table: tableToMap(summary.tables, summary.pageKind) };
    const sample = (await browser.tabs.sendMessage(tabId, request).catch(() => undefined)) as TableSample | undefined;
    if (!sample) {
      setNote({ ok: false, text: t(locale, 'popupMapFailed') });
      return;
    }
    await storeTablePrefill(sample);
    await browser.tabs.create({ url: browser.runtime.getURL('/options.html#site-overrides') });
  };

  const exportSample = async () => {
    const request: PageSampleRequest = { type: 'export-page-sample' };
    const answer = (await browser.tabs.sendMessage(tabId, request).catch(() => undefined)) as PageSampleAnswer | undefined;
    if (!answer) {
      setNote({ ok: false, text: t(locale, 'popupExportNoPage') });
      return;
    }
    if (!answer.ok) {
      setNote({ ok: false, text: t(locale, 'popupExportFailed', answer.error) });
      return;
    }
    // The page hands over its snapshot; the sample is made here, so the content script carries none of it.
    let html: string;
    try {
      html = pageSample(answer.snapshot);
    } catch (error) {
      setNote({ ok: false, text: t(locale, 'popupExportFailed', (error as Error).message) });
      return;
    }
    downloadText(html, answer.filename, 'text/html;charset=utf-8');
    setNote({ ok: true, text: t(locale, 'popupExportDone', answer.filename) });
  };

  return (
    <section class="reading-help">
      {unread && (
        <>
          <h2>{t(locale, 'popupSeenTitle')}</h2>
          <TablesSeen tables={summary.tables} locale={locale} />
          {summary.tables.length > 0 && (
            <>
              <button type="button" data-action="map-columns" onClick={() => void mapColumns()}>
                {t(locale, 'popupMapColumns')}
              </button>
              <p class="note">{t(locale, 'popupMapColumnsHelp')}</p>
            </>
          )}
        </>
      )}
      <button type="button" class="secondary" data-action="export-sample" onClick={() => void exportSample()}>
        {t(locale, 'popupExportSample')}
      </button>
      <p class="note">{t(locale, 'popupExportHelp')}</p>
      {note && (
        <p role="status" class={note.ok ? 'note' : 'error-text'}>
          {note.text}
        </p>
      )}
    </section>
  );
}
