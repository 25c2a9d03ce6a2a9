import { defineItem } from '@/lib/storage-item';
import type { SiteOverride } from '@/lib/adapters/overrides';
import type { Field } from '@/lib/adapters/vocabulary';
import type { OverrideDraft } from './override-draft';

/**
 * 「對應欄位」 from the popup: a page the checker cannot read (or reads only in part) opens the
 * site-adjustment editor with its own table filled in — its address as the match, its headers as
 * column mappings to choose, and its first rows in the table tester. The rows are student data:
 * they travel in the browser's session storage (memory only, extension pages only), are taken out
 * once the options page has read them, and never reach the log or the saved settings.
 */

/** How many of the table's first data rows go to the table tester. */
export const SAMPLE_ROWS = 5;

/** What the popup asks the page for: one of the lists the page summary named (by its index there). */
export interface TableSampleRequest {
  type: 'get-table-sample';
  table: number;
}

/** One list of the page as text: headers with what each was taken for, and its first rows' cell texts. */
export interface TableSample {
  /** the page's origin and path (no query: it may name a student), the site setting's match */
  match: string;
  /** the page's title, for the table tester (page kinds are partly read from it) */
  title: string;
  headers: { text: string; field: Field | null }[];
  /** up to SAMPLE_ROWS rows, each cell's text by column */
  rows: string[][];
}

/**
 * Which of the page's lists to hand to the editor: one with a header the checker did not
 * understand, preferring the list of the page's kind; failing that, the list of the page's kind;
 * failing that, the first.
 */
export function tableToMap(tables: readonly { headers: readonly { field: string | null }[]; pageKind: string | null }[], pageKind: string | null): number {
  let best = 0;
  let bestScore = -1;
  tables.forEach((table, i) => {
    const score = (table.headers.some((header) => header.field === null) ? 2 : 0) + (pageKind !== null && table.pageKind === pageKind ? 1 : 0);
    if (score > bestScore) [best, bestScore] = [i, score];
  });
  return best;
}

const prefillItem = defineItem<TableSample | null>('session:tablePrefill', { fallback: null });

/** Hands a page's table to the options page (which opens next). */
export async function storeTablePrefill(sample: TableSample): Promise<void> {
  await prefillItem.setValue(sample);
}

/** The table the popup handed over, if any; it is removed as it is read. */
export async function takeTablePrefill(): Promise<TableSample | null> {
  const sample = await prefillItem.getValue();
  if (sample) await prefillItem.removeValue();
  return sample;
}

/**
 * The editor's form for this page: the existing setting for the same address if there is one,
 * plus a mapping row to choose for every header the checker did not understand. Rows it adds are
 * suggestions: one left without a field is not saved (and not an error).
 */
export function prefillDraft(sample: TableSample, existing: SiteOverride | undefined): OverrideDraft {
  const columns: OverrideDraft['columns'] = Object.entries(existing?.columns ?? {}).map(([header, field]) => ({ header, field }));
  const mapped = new Set(columns.map((row) => row.header));
  for (const { text, field } of sample.headers) {
    const header = text.trim();
    if (field === null && header && !mapped.has(header)) {
      columns.push({ header, field: '', suggested: true });
      mapped.add(header);
    }
  }
  return {
    match: existing?.match ?? sample.match,
    label: existing?.label ?? '',
    pageKind: existing?.pageKind ?? '',
    tableSelector: existing?.tableSelector ?? '',
    columns,
  };
}

/** The table as the tester takes it: tab-separated, headers first, each cell on one line. */
export function sampleTsv(sample: TableSample): string {
  const line = (cells: readonly string[]) => cells.map((cell) => cell.replace(/\s+/g, ' ').trim()).join('\t');
  return [line(sample.headers.map((header) => header.text)), ...sample.rows.map(line)].join('\n');
}
