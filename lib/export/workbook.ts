import ExcelJS from 'exceljs';

/**
 * One Excel workbook for the meeting: a sheet per dashboard table, headers bold, columns sized, counts
 * as numbers and rates as percentages (numbers 0–1 shown with 0.0%), so a sheet sorts and sums in
 * Excel. A rate the log cannot give is an empty cell with its reason in the next column. Page and file
 * text is written as text values, never as formulas.
 */
export type ColumnKind = 'text' | 'count' | 'rate';

export interface SheetColumn {
  header: string;
  kind: ColumnKind;
}

export interface SheetSpec {
  /** the sheet's tab name (at most 31 characters, no []:*?/\) */
  name: string;
  columns: SheetColumn[];
  rows: (string | number | null)[][];
}

const FORMAT: Record<ColumnKind, string | undefined> = { text: '@', count: '0', rate: '0.0%' };

/** Excel's tab names: at most 31 characters, none of []:*?/\ . */
export function sheetName(name: string): string {
  return name.replace(/[[\]:*?/\\]/g, '_').slice(0, 31);
}

/** Width in characters: the longest text in the column (a CJK character counts as two), within 8–40. */
function width(values: readonly (string | number | null)[]): number {
  const longest = Math.max(...values.map((value) => [...String(value ?? '')].reduce((n, ch) => n + (ch.charCodeAt(0) > 0x2e7f ? 2 : 1), 0)));
  return Math.min(40, Math.max(8, longest + 2));
}

/** The workbook as the bytes of an .xlsx file. */
export async function workbookBytes(sheets: readonly SheetSpec[], meta: { creator: string; created: Date }): Promise<ArrayBuffer> {
  const book = new ExcelJS.Workbook();
  book.creator = meta.creator;
  book.created = meta.created;
  for (const spec of sheets) {
    const sheet = book.addWorksheet(sheetName(spec.name), { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = spec.columns.map((column, i) => ({
      header: column.header,
      width: width([column.header, ...spec.rows.map((row) => row[i] ?? null)]),
      style: { numFmt: FORMAT[column.kind] },
    }));
    sheet.getRow(1).font = { bold: true };
    for (const row of spec.rows) {
      // A text cell stays text (a name starting with = is not a formula); numbers stay numbers.
      sheet.addRow(row.map((value, i) => (value === null ? null : spec.columns[i]!.kind === 'text' ? String(value) : value)));
    }
  }
  return (await book.xlsx.writeBuffer()) as ArrayBuffer;
}
