import { colSpanOf, isDataCell, isSpacerRow, ownCells, ownRows, rowSpanOf, topHeaderRows, type GridSource } from './grids';
import { cellText, headerKey } from './text';
import type { SizeUnit } from './values';
import { matchHeader, type ExtraNames, type Field } from './vocabulary';

export interface TableColumns {
  grid: GridSource;
  /** header rows, top to bottom */
  headerRows: Element[];
  /** field → column index (the best-matching header wins when two name the same field; the first on a tie) */
  columns: Partial<Record<Field, number>>;
  /** the size unit a header states for its cells (「大小(KB)」), by field */
  units: Partial<Record<Field, SizeUnit>>;
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

/** The header rows of a list: the top rows of its head that are header rows (every row of a widget's header table). */
function headerRowsOf(grid: GridSource, extra?: ExtraNames): Element[] {
  if (grid.head !== grid.body) return ownRows(grid.head).filter((row) => ownCells(row).length > 0);
  return topHeaderRows(grid.head, extra);
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
  const scores: Partial<Record<Field, number>> = {};
  const units: Partial<Record<Field, SizeUnit>> = {};
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
    const shownStack = shown.map((row) => row[c]).filter((text): text is string => Boolean(text));
    const text = shownStack.at(-1) ?? leaf;
    const group = stack.length > 1 && stack[0] !== leaf ? shownStack[0] : undefined;
    const match = matchHeader(text, group, extra);
    headers.push(match === undefined ? { text } : { text, field: match.field });
    if (match === undefined) {
      unknownHeaders.push(leaf);
      continue;
    }
    const { field, score, unit } = match;
    if (columns[field] !== undefined && score <= scores[field]!) continue;
    columns[field] = c;
    scores[field] = score;
    if (unit) units[field] = unit;
    else delete units[field];
  }
  return { grid, headerRows, columns, units, unknownHeaders, headers };
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
  return layBody(layout).more();
}

/** A list's body being laid out a part at a time (a check in slices), rowspans carried from one part to the next. */
export interface BodyLayout {
  /**
   * Lays out the next rows — all of them without `until`, else at least `least` and then until
   * performance.now() passes `until` — and returns the data rows among them, as bodyRows would.
   */
  more(until?: number, least?: number): BodyRowCells[];
  /** rows not laid out yet (data rows or not) */
  readonly left: number;
}

export function layBody(layout: TableColumns): BodyLayout {
  const { grid } = layout;
  const all = ownRows(grid.body);
  const rows = grid.head === grid.body ? all.filter((row) => !layout.headerRows.includes(row)) : all;
  // Only cells with a span attribute span more than one slot: one query finds them all,
  // so the other cells' spans are not asked for one by one.
  const spanning = new Set(grid.body.querySelectorAll(grid.aria ? '[aria-colspan], [aria-rowspan]' : '[colspan], [rowspan]'));
  const carried: ({ cell: Element; row: Element; left: number } | undefined)[] = [];
  let next = 0;
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
  const layRow = (row: Element, out: BodyRowCells[]) => {
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
    if (!cells.some(isDataCell) || isSpacerRow(row, own)) return;
    out.push(spannedFrom ? { row, cells, spannedFrom } : { row, cells });
  };
  return {
    more(until?: number, least = 0) {
      const out: BodyRowCells[] = [];
      for (let laid = 0; next < rows.length; laid += 1) {
        if (until !== undefined && laid >= least && performance.now() > until) break;
        layRow(rows[next]!, out);
        next += 1;
      }
      return out;
    },
    get left() {
      return rows.length - next;
    },
  };
}
