import { cellText, headerKey } from './text';
import { fieldForHeader, type ExtraNames, type Field } from './vocabulary';

export interface TableColumns {
  table: HTMLTableElement;
  /** header rows, top to bottom */
  headerRows: HTMLTableRowElement[];
  /** field → column index (first column wins when two name the same field) */
  columns: Partial<Record<Field, number>>;
  /** header texts that name no known field, for the "what it missed" note */
  unknownHeaders: string[];
}

/**
 * Whether this DOM's tr.cells lists only the row's own cells, as the HTML standard says (browsers do;
 * happy-dom also lists a nested table's cells). Found out once per document type with a tiny
 * detached table, so that a conforming DOM is not asked for each cell's parent.
 */
const cellsConform = new WeakMap<object, boolean>();

function rowCellsConform(row: HTMLTableRowElement): boolean {
  const doc = row.ownerDocument;
  const key = doc.defaultView?.HTMLTableRowElement ?? doc;
  let conform = cellsConform.get(key);
  if (conform === undefined) {
    const probe = doc.createElement('table');
    const outer = probe.insertRow();
    const inner = doc.createElement('table');
    inner.insertRow().insertCell();
    outer.insertCell().append(inner);
    conform = outer.cells.length === 1 && outer.cells[0]?.parentElement === outer;
    cellsConform.set(key, conform);
  }
  return conform;
}

/** Whether this DOM's table.rows leaves out the rows of nested tables, as the HTML standard says (browsers do). */
const rowsConform = new WeakMap<object, boolean>();

function tableRowsConform(table: HTMLTableElement): boolean {
  const doc = table.ownerDocument;
  const key = doc.defaultView?.HTMLTableElement ?? doc;
  let conform = rowsConform.get(key);
  if (conform === undefined) {
    const probe = doc.createElement('table');
    const inner = doc.createElement('table');
    inner.insertRow().insertCell();
    probe.insertRow().insertCell().append(inner);
    conform = probe.rows.length === 1 && probe.rows[0]?.parentElement?.parentElement === probe;
    rowsConform.set(key, conform);
  }
  return conform;
}

/** A row's own cells, never those of a table nested inside one of them. */
export function ownCells(row: HTMLTableRowElement): HTMLTableCellElement[] {
  // tr.cells holds exactly the row's own td and th children; indexed access is the cheap way through it.
  const live = row.cells;
  const cells: HTMLTableCellElement[] = new Array(live.length);
  if (rowCellsConform(row)) {
    for (let i = 0; i < live.length; i += 1) cells[i] = live[i]!;
    return cells;
  }
  for (let i = 0; i < live.length; i += 1) {
    const cell = live[i]!;
    // Some DOMs (happy-dom) also list the cells of a table nested in the row: then filter the children.
    if (cell.parentElement !== row) return Array.from(row.children).filter((child): child is HTMLTableCellElement => child.tagName === 'TD' || child.tagName === 'TH');
    cells[i] = cell;
  }
  return cells;
}

const SECTIONS = new Set(['THEAD', 'TBODY', 'TFOOT']);

/** The rows of a table in document order, without those of nested tables. */
export function ownRows(table: HTMLTableElement): HTMLTableRowElement[] {
  const live = table.rows;
  const rows: HTMLTableRowElement[] = [];
  if (tableRowsConform(table)) {
    for (let i = 0; i < live.length; i += 1) rows.push(live[i]!);
    return rows;
  }
  for (let i = 0; i < live.length; i += 1) {
    const row = live[i]!;
    // table.rows already leaves nested tables' rows out in browsers; checked here for DOMs that don't.
    const parent = row.parentElement;
    if (parent === table || (parent && SECTIONS.has(parent.tagName) && parent.parentElement === table) || row.closest('table') === table) rows.push(row);
  }
  return rows;
}

function isHeaderRow(row: HTMLTableRowElement, index: number, extra?: ExtraNames): boolean {
  const cells = ownCells(row);
  if (cells.length === 0) return false;
  if (row.parentElement?.tagName === 'THEAD') return true;
  if (cells.every((cell) => cell.tagName === 'TH')) return true;
  // Older pages draw the header as a first row of <td><b>…</b></td>: accept it
  // only when at least two of its texts are column names we know.
  if (index > 0) return false;
  const known = cells.filter((cell) => fieldForHeader(headerKey(cellText(cell)), undefined, extra) !== undefined);
  return known.length >= 2;
}

/**
 * Lays the header rows out on a grid (honouring colspan and rowspan) and names
 * each column by its lowest header cell, read under its group header if any.
 */
export function readColumns(table: HTMLTableElement, extra?: ExtraNames): TableColumns {
  const rows = ownRows(table);
  const headerRows: HTMLTableRowElement[] = [];
  for (const [index, row] of rows.entries()) {
    if (index >= 3 || !isHeaderRow(row, index, extra)) break;
    headerRows.push(row);
  }

  const grid: string[][] = headerRows.map(() => []);
  headerRows.forEach((row, r) => {
    const line = grid[r]!;
    let c = 0;
    for (const cell of ownCells(row)) {
      while (line[c] !== undefined) c += 1;
      const text = headerKey(cellText(cell));
      const colSpan = Math.max(1, cell.colSpan || 1);
      const rowSpan = Math.max(1, cell.rowSpan || 1);
      for (let dr = 0; dr < rowSpan && r + dr < grid.length; dr += 1) {
        for (let dc = 0; dc < colSpan; dc += 1) grid[r + dr]![c + dc] = text;
      }
      c += colSpan;
    }
  });

  const columns: Partial<Record<Field, number>> = {};
  const unknownHeaders: string[] = [];
  const width = Math.max(0, ...grid.map((row) => row.length));
  for (let c = 0; c < width; c += 1) {
    const stack = grid.map((row) => row[c]).filter((text): text is string => Boolean(text));
    const leaf = stack.at(-1);
    if (!leaf) continue;
    const group = stack.length > 1 && stack[0] !== leaf ? stack[0] : undefined;
    const field = fieldForHeader(leaf, group, extra);
    if (field === undefined) unknownHeaders.push(leaf);
    else if (columns[field] === undefined) columns[field] = c;
  }
  return { table, headerRows, columns, unknownHeaders };
}

/** A body row's cells on the header's grid, and the rows above whose cells reach into it (rowspan). */
export interface BodyRowCells {
  row: HTMLTableRowElement;
  cells: HTMLTableCellElement[];
  /** rows above whose rowspan cells fill some of this row's columns, each once */
  spannedFrom?: HTMLTableRowElement[];
}

/**
 * The body rows' cells laid on the same grid as the header, so that a column
 * index finds the right cell even past a rowspan or colspan.
 */
export function bodyRows(layout: TableColumns): BodyRowCells[] {
  const rows = ownRows(layout.table).slice(layout.headerRows.length);
  // Only cells with a colspan or rowspan attribute span more than one slot: one query finds them all,
  // so the other cells' spans are not asked for one by one.
  const spanning = new Set(layout.table.querySelectorAll('[colspan], [rowspan]'));
  const carried: ({ cell: HTMLTableCellElement; row: HTMLTableRowElement; left: number } | undefined)[] = [];
  const out: BodyRowCells[] = [];
  let spannedFrom: HTMLTableRowElement[] | undefined;
  // A cell from a rowspan above fills column c of this row, if one is still running.
  const takeCarried = (cells: HTMLTableCellElement[], c: number): boolean => {
    const above = carried[c];
    if (!above || above.left <= 0) return false;
    cells[c] = above.cell;
    above.left -= 1;
    if (!spannedFrom) spannedFrom = [above.row];
    else if (!spannedFrom.includes(above.row)) spannedFrom.push(above.row);
    return true;
  };
  for (const row of rows) {
    const cells: HTMLTableCellElement[] = [];
    spannedFrom = undefined;
    let c = 0;
    for (const cell of ownCells(row)) {
      while (takeCarried(cells, c)) c += 1;
      const spans = spanning.has(cell);
      const colSpan = spans ? Math.max(1, cell.colSpan || 1) : 1;
      const rowSpan = spans ? Math.max(1, cell.rowSpan || 1) : 1;
      for (let dc = 0; dc < colSpan; dc += 1) {
        cells[c + dc] = cell;
        carried[c + dc] = rowSpan > 1 ? { cell, row, left: rowSpan - 1 } : undefined;
      }
      c += colSpan;
    }
    while (takeCarried(cells, c)) c += 1;
    if (cells.some((cell) => cell.tagName === 'TD')) out.push(spannedFrom ? { row, cells, spannedFrom } : { row, cells });
  }
  return out;
}
