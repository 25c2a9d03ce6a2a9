import { browser } from 'wxt/browser';
import type { PageRead } from '@/lib/adapters/read-page';
import { pageSnapshot, pageText, type PageSampleAnswer } from '@/lib/export/page-snapshot';
import { SAMPLE_ROWS, type TableSample } from '@/lib/options/table-prefill';
import { answersHere } from './answering-frame';
import { isoDateOf } from '@/lib/policy/calendar';

/**
 * The popup's two requests about the page itself, answered from the latest reading:
 * `get-table-sample` (one list's headers and first rows as text, for the site-adjustment editor)
 * and `export-page-sample` (the page's snapshot, which the popup makes the anonymous sample of). Returns the function the content script
 * calls with each new reading.
 */
export function servePageSamples(): (read: PageRead) => void {
  let latest: PageRead | undefined;
  browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse) => {
    const type = (message as { type?: string } | null)?.type;
    if ((type !== 'get-table-sample' && type !== 'export-page-sample') || !latest || !answersHere(latest.status)) return undefined;
    if (type === 'get-table-sample') sendResponse(tableSample(latest, (message as { table?: unknown }).table));
    else sendResponse(exportAnswer(latest));
    return undefined;
  });
  return (read) => {
    latest = read;
  };
}

function tableSample(read: PageRead, index: unknown): TableSample | undefined {
  const table = typeof index === 'number' ? read.tables[index] : undefined;
  if (!table) return undefined;
  return {
    match: `${location.origin}${location.pathname}`,
    title: document.title,
    headers: table.headers.map(({ text, field }) => ({ text, field: field ?? null })),
    rows: table
      .body()
      .slice(0, SAMPLE_ROWS)
      .map(({ cells }) => table.headers.map((_, i) => (cells[i] ? pageText(cells[i]!) : ''))),
  };
}

function exportAnswer(read: PageRead): PageSampleAnswer {
  try {
    const date = isoDateOf(new Date());
    return { ok: true, snapshot: pageSnapshot(document, read), filename: `lp-checker-匿名頁面樣本-${location.hostname}-${date}.html` };
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
}
