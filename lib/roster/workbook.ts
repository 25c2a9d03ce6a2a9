/**
 * A roster file as cells, whatever it was saved as. The cell is the subset of SheetJS's cell object
 * the checks read (xlsx cells are SheetJS's own, unchanged; CSV cells are text), so an xlsx sheet is
 * used exactly as the library hands it over.
 */

export interface RawCell {
  /** s text, n number, b boolean, e error (#N/A …), d date, z blank */
  t: 's' | 'n' | 'b' | 'e' | 'd' | 'z';
  v?: string | number | boolean | Date;
  /** the formula, when the cell holds one (its value is the last result Excel saved) */
  f?: string;
  /** the number format, e.g. yyyy/mm/dd */
  z?: string | number;
  /** the formatted text, when the library made one (error cells) */
  w?: string;
}

/** A cell range, 0-based rows and columns, both ends inclusive. */
export interface CellRange {
  s: { r: number; c: number };
  e: { r: number; c: number };
}

export interface RawSheet {
  name: string;
  /** rows by index (Excel row number − 1); a missing row or cell is blank */
  rows: ReadonlyArray<ReadonlyArray<RawCell | undefined> | undefined>;
  merges: readonly CellRange[];
}

export interface RawWorkbook {
  sheets: RawSheet[];
}

/** Column letters as Excel shows them: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** A range as Excel writes it: B5:C5. */
export function rangeText(range: CellRange): string {
  return `${columnLetter(range.s.c)}${range.s.r + 1}:${columnLetter(range.e.c)}${range.e.r + 1}`;
}
