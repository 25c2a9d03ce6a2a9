import { colSpanOf, isDataCell, isHeaderCell, isSpacerRow, ownCells, ownRows, rowSpanOf, type GridSource } from './grids';
import { cellText, headerKey } from './text';
import { fieldForHeader, type ExtraNames, type Field } from './vocabulary';

export interface TableColumns {
  grid: GridSource;
  /** header rows, top to bottom */
  headerRows: Element[];
  /** field → column index (first column wins when two name the same field) */
  columns: Partial<Record<Field, number>>;
  /** header texts that name no known field, for the "what it missed" note */
  unknownHeaders: string[];
  /** each column's lowest header text (as the page shows it) and the field it was taken for */
  headers: HeaderSeen[];
}

/** One column header as the page shows it, and the field the adapter took it for (none: not understood). */
export interface HeaderSeen {
  text: string;
  field?: Field;
}

/** How many rows at the top of a table may be header rows. */
const MAX_HEADER_ROWS = 3;

function isHeaderRow(row: Element, index: number, extra?: ExtraNames): boolean {
  const cells = ownCells(row);
  if (cells.length === 0) return false;
  if (row.parentElement?.tagName === 'THEAD') return true;
  if (cells.every(isHeaderCell)) return true;
  // Older pages draw the header as a first row of <td> (欣河's tr.td_03, or <td><b>…</b></td>): accept it
  // only when at least two of its texts are column names we know.
  if (index > 0) return false;
  const known = cells.filter((cell) => fieldForHeader(headerKey(cellText(cell)), undefined, extra) !== undefined);
  return known.length >= 2;
}

/** The header rows of a list: the top rows of its head that are header rows (every row of a widget's header table). */
function headerRowsOf(grid: GridSource, extra?: ExtraNames): Element[] {
  const rows = ownRows(grid.head);
  if (grid.head !== grid.body) return rows.filter((row) => ownCells(row).length > 0);
  const headerRows: Element[] = [];
  for (const [index, row] of rows.entries()) {
    if (index >= MAX_HEADER_ROWS || !isHeaderRow(row, index, extra)) break;
    headerRows.push(row);
  }
  return headerRows;
}

/**
 * Lays the header rows out on a grid (honouring colspan and rowspan) and names
 * each column by its lowest header cell, read under its group header if any.
 */
export function readColumns(grid: GridSource, extra?: ExtraNames): TableColumns {
  const headerRows = headerRowsOf(grid, extra);
  const keys: string[][] = headerRows.map(() => []);
  const shown: string[][] = headerRows.map(() => []);
  headerRows.forEach((row, r) => {
    const line = keys[r]!;
    let c = 0;
    for (const cell of ownCells(row)) {
      // Element-UI's gutter column only makes room for a scroll bar.
      if (cell.classList.contains('gutter')) continue;
      while (line[c] !== undefined) c += 1;
      const raw = cellText(cell);
      const key = headerKey(raw);
      const colSpan = colSpanOf(cell);
      const rowSpan = rowSpanOf(cell);
      for (let dr = 0; dr < rowSpan && r + dr < keys.length; dr += 1) {
        for (let dc = 0; dc < colSpan; dc += 1) {
          keys[r + dr]![c + dc] = key;
          shown[r + dr]![c + dc] = raw;
        }
      }
      c += colSpan;
    }
  });

  const columns: Partial<Record<Field, number>> = {};
  const unknownHeaders: string[] = [];
  const headers: HeaderSeen[] = [];
  const width = Math.max(0, ...keys.map((row) => row.length));
  for (let c = 0; c < width; c += 1) {
    const stack = keys.map((row) => row[c]).filter((text): text is string => Boolean(text));
    const leaf = stack.at(-1);
    if (!leaf) {
      headers.push({ text: '' });
      continue;
    }
    const group = stack.length > 1 && stack[0] !== leaf ? stack[0] : undefined;
    const field = fieldForHeader(leaf, group, extra);
    const text = shown.map((row) => row[c]).filter(Boolean).at(-1) ?? leaf;
    headers.push(field === undefined ? { text } : { text, field });
    if (field === undefined) unknownHeaders.push(leaf);
    else if (columns[field] === undefined) columns[field] = c;
  }
  return { grid, headerRows, columns, unknownHeaders, headers };
}

/** A body row's cells on the header's grid, and the rows above whose cells reach into it (rowspan). */
export interface BodyRowCells {
  row: Element;
  cells: Element[];
  /** rows above whose rowspan cells fill some of this row's columns, each once */
  spannedFrom?: Element[];
}

/**
 * The data rows' cells laid on the same grid as the header, so that a column index finds the right cell
 * even past a rowspan or colspan. Rows with no data cell, and rows that only size or space the list
 * (jqGrid's first row), are left out.
 */
export function bodyRows(layout: TableColumns): BodyRowCells[] {
  const { grid } = layout;
  const all = ownRows(grid.body);
  const rows = grid.head === grid.body ? all.filter((row) => !layout.headerRows.includes(row)) : all;
  // Only cells with a span attribute span more than one slot: one query finds them all,
  // so the other cells' spans are not asked for one by one.
  const spanning = new Set(grid.body.querySelectorAll(grid.aria ? '[aria-colspan], [aria-rowspan]' : '[colspan], [rowspan]'));
  const carried: ({ cell: Element; row: Element; left: number } | undefined)[] = [];
  const out: BodyRowCells[] = [];
  let spannedFrom: Element[] | undefined;
  // A cell from a rowspan above fills column c of this row, if one is still running.
  const takeCarried = (cells: Element[], c: number): boolean => {
    const above = carried[c];
    if (!above || above.left <= 0) return false;
    cells[c] = above.cell;
    above.left -= 1;
    if (!spannedFrom) spannedFrom = [above.row];
    else if (!spannedFrom.includes(above.row)) spannedFrom.push(above.row);
    return true;
  };
  for (const row of rows) {
    const own = ownCells(row);
    const cells: Element[] = [];
    spannedFrom = undefined;
    let c = 0;
    for (const cell of own) {
      while (takeCarried(cells, c)) c += 1;
      const spans = spanning.has(cell);
      const colSpan = spans ? colSpanOf(cell) : 1;
      const rowSpan = spans ? rowSpanOf(cell) : 1;
      for (let dc = 0; dc < colSpan; dc += 1) {
        cells[c + dc] = cell;
        carried[c + dc] = rowSpan > 1 ? { cell, row, left: rowSpan - 1 } : undefined;
      }
      c += colSpan;
    }
    while (takeCarried(cells, c)) c += 1;
    if (!cells.some(isDataCell) || isSpacerRow(row, own)) continue;
    out.push(spannedFrom ? { row, cells, spannedFrom } : { row, cells });
  }
  return out;
}
