import Papa from 'papaparse';

/**
 * CSV that Excel on Windows opens with the Chinese intact: UTF-8 with a byte-order mark, CRLF line
 * ends, every field quoted when needed (PapaParse). Formula-like cells are prefixed with ' so a
 * name such as "=HYPERLINK(...)" from a page is shown, not run.
 */
export const BOM = '\uFEFF';

export type CsvCell = string | number | null;

export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const safe = (cell: CsvCell) => (typeof cell === 'string' && /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell ?? '');
  return BOM + Papa.unparse({ fields: [...header], data: rows.map((row) => row.map(safe)) }, { newline: '\r\n' });
}

/** Reads a CSV this module wrote (or Excel saved as UTF-8) back into header and rows. */
export function fromCsv(text: string): { header: string[]; rows: string[][] } {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
  const [header = [], ...rows] = parsed.data;
  return { header, rows };
}

/** A rate 0–1 as a percentage with one decimal, e.g. 0.9583 → "95.8"; '' when unknown. */
export function percentText(rate: number | null): string {
  return rate === null ? '' : (Math.round(rate * 1000) / 10).toFixed(1);
}
