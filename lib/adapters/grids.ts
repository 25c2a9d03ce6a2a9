import { cellText, headerKey } from './text';
import { fieldForHeader, type ExtraNames } from './vocabulary';

/**
 * Where a list's header and rows are, however a vendor draws it:
 * - a plain <table> (header rows of th, a thead, or a styled first row of td as 欣河's classic pages do);
 * - a grid widget that draws the header row in one <table> and the data rows in another — jqGrid
 *   (`table.ui-jqgrid-htable` / `table.ui-jqgrid-btable`, whose first body row `tr.jqgfirstrow` only sizes the
 *   columns) and Element-UI (`table.el-table__header` / `table.el-table__body`, with a `th.gutter` column);
 * - an ARIA grid made of other elements (role="grid" / "table" / "treegrid", rows role="row", header cells
 *   role="columnheader", data cells role="gridcell" / "cell" / "rowheader").
 * Found by structure, not by a vendor's class names: a header-only table followed closely by a header-less table
 * with as many columns is one list. Class names are used only to leave out copies a widget draws for its fixed
 * columns.
 */
export interface GridSource {
  /** what identifies the list: the <table>, the element around a widget's two tables, or the ARIA grid */
  element: Element;
  /** the element whose rows are the header (a <table> or the ARIA grid) */
  head: Element;
  /** the element whose rows are the data (the same as `head` for a plain table or an ARIA grid) */
  body: Element;
  /** rows and cells by ARIA roles rather than table elements */
  aria: boolean;
}

const ARIA_GRID = '[role="grid"], [role="table"], [role="treegrid"]';
const ARIA_CELL = new Set(['columnheader', 'gridcell', 'cell', 'rowheader']);
const ARIA_DATA_CELL = new Set(['gridcell', 'cell', 'rowheader']);
/** Copies of a widget's fixed columns (they repeat cells the main tables hold). */
const FIXED_COPY = '.el-table__fixed, .el-table__fixed-right, .frozen-div, .frozen-bdiv';
/** How far apart (in ancestors) a header table and its body table may sit. */
const PAIR_DEPTH = 4;

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

const SECTIONS = new Set(['THEAD', 'TBODY', 'TFOOT']);

function isTable(element: Element): element is HTMLTableElement {
  return element.tagName === 'TABLE';
}

function isTableRow(element: Element): element is HTMLTableRowElement {
  return element.tagName === 'TR';
}

/** The rows of a table (never those of a nested table) or of an ARIA grid (never those of a nested grid). */
export function ownRows(root: Element): Element[] {
  if (!isTable(root)) {
    const rows: Element[] = [];
    for (const row of root.querySelectorAll('[role="row"]')) if (row.parentElement?.closest(ARIA_GRID) === root) rows.push(row);
    return rows;
  }
  const live = root.rows;
  const rows: Element[] = [];
  if (tableRowsConform(root)) {
    for (let i = 0; i < live.length; i += 1) rows.push(live[i]!);
    return rows;
  }
  for (let i = 0; i < live.length; i += 1) {
    const row = live[i]!;
    const parent = row.parentElement;
    if (parent === root || (parent && SECTIONS.has(parent.tagName) && parent.parentElement === root) || row.closest('table') === root) rows.push(row);
  }
  return rows;
}

/** A row's own cells: td/th of a table row, or the role cells of an ARIA row (never those of something nested). */
export function ownCells(row: Element): Element[] {
  if (!isTableRow(row)) {
    const cells: Element[] = [];
    for (const cell of row.querySelectorAll('[role]')) {
      if (ARIA_CELL.has(cell.getAttribute('role') ?? '') && cell.parentElement?.closest('[role="row"]') === row) cells.push(cell);
    }
    return cells;
  }
  // tr.cells holds exactly the row's own td and th children; indexed access is the cheap way through it.
  const live = row.cells;
  const cells: Element[] = new Array(live.length);
  if (rowCellsConform(row)) {
    for (let i = 0; i < live.length; i += 1) cells[i] = live[i]!;
    return cells;
  }
  for (let i = 0; i < live.length; i += 1) {
    const cell = live[i]!;
    // Some DOMs (happy-dom) also list the cells of a table nested in the row: then filter the children.
    if (cell.parentElement !== row) return Array.from(row.children).filter((child) => child.tagName === 'TD' || child.tagName === 'TH');
    cells[i] = cell;
  }
  return cells;
}

/** A header cell: th, or an ARIA columnheader. */
export function isHeaderCell(cell: Element): boolean {
  return cell.tagName === 'TH' || cell.getAttribute('role') === 'columnheader';
}

/** A data cell: td, or an ARIA gridcell / cell / rowheader. */
export function isDataCell(cell: Element): boolean {
  return cell.tagName === 'TD' || ARIA_DATA_CELL.has(cell.getAttribute('role') ?? '');
}

/** Columns a cell spans (colspan, or aria-colspan in an ARIA grid). */
export function colSpanOf(cell: Element): number {
  const span = cell.tagName === 'TD' || cell.tagName === 'TH' ? (cell as HTMLTableCellElement).colSpan : Number(cell.getAttribute('aria-colspan'));
  return Math.max(1, Math.min(1000, span || 1));
}

/** Rows a cell spans (rowspan, or aria-rowspan). */
export function rowSpanOf(cell: Element): number {
  const span = cell.tagName === 'TD' || cell.tagName === 'TH' ? (cell as HTMLTableCellElement).rowSpan : Number(cell.getAttribute('aria-rowspan'));
  return Math.max(1, Math.min(65534, span || 1));
}

/**
 * A row that only sizes a widget's columns (jqGrid's `tr.jqgfirstrow`) or spaces it out: every cell empty
 * and holding nothing. Such a row is not a data row, so it is neither read nor counted as unread.
 */
export function isSpacerRow(row: Element, cells: readonly Element[]): boolean {
  if (row.classList.contains('jqgfirstrow')) return true;
  for (const cell of cells) if (cell.firstElementChild || (cell.textContent ?? '').trim() !== '') return false;
  return true;
}

/** The body cells of a header-only table's partner must number the header's columns (a widget may add a gutter). */
function columnsOf(table: HTMLTableElement): number {
  let width = 0;
  for (const row of ownRows(table)) {
    let n = 0;
    for (const cell of ownCells(row)) if (!cell.classList.contains('gutter')) n += colSpanOf(cell);
    width = Math.max(width, n);
  }
  return width;
}

function firstDataRowWidth(table: HTMLTableElement): number | undefined {
  for (const row of ownRows(table)) {
    const cells = ownCells(row);
    if (cells.length === 0 || isSpacerRow(row, cells)) continue;
    let n = 0;
    for (const cell of cells) n += colSpanOf(cell);
    return n;
  }
  // Only spacer rows (an empty list): the sizing row still says how many columns there are.
  const first = ownRows(table)[0];
  return first ? ownCells(first).length : undefined;
}

/**
 * Characters (besides those headerKey drops) past which a cell's text is no column header: a name by
 * parts has at most 24 characters and an exact name fewer, and Unicode normalisation shortens text
 * at most threefold (a site's own, longer names raise the bound). Typically a layout table's cell
 * around a whole list: reading all its text would read the list.
 */
const HEADER_TEXT_BOUND = 200;
/** What headerKey() drops: white space, sort marks, brackets and zero-width characters. */
const NOT_COUNTED = /[\s*＊:：▲▼↑↓⇅()（）\u200B-\u200D\u2060\uFEFF]+/g;

/** Whether the cell's text is short enough to be a column header; counts text nodes, stopping past the bound. */
function shortEnoughForHeader(cell: Element, bound: number): boolean {
  const walker = cell.ownerDocument.createTreeWalker(cell, 4 /* NodeFilter.SHOW_TEXT */);
  let length = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    length += (node.nodeValue ?? '').replace(NOT_COUNTED, '').length;
    if (length > bound) return false;
  }
  return true;
}

const boundFor = new WeakMap<ExtraNames, number>();

/** The text bound for these site names: a site may name a column with a longer header. */
function headerTextBound(extra?: ExtraNames): number {
  if (!extra || extra.size === 0) return HEADER_TEXT_BOUND;
  let bound = boundFor.get(extra);
  if (bound === undefined) {
    bound = HEADER_TEXT_BOUND;
    for (const key of extra.keys()) bound = Math.max(bound, key.length * 4);
    boundFor.set(extra, bound);
  }
  return bound;
}

/** Whether a header-row candidate's cell names a known column (its text, or its icons' words when it has none). */
function namesColumn(cell: Element, extra?: ExtraNames): boolean {
  return shortEnoughForHeader(cell, headerTextBound(extra)) && fieldForHeader(headerKey(cellText(cell)), undefined, extra) !== undefined;
}

/** How many rows at the top of a table may be header rows. */
const MAX_HEADER_ROWS = 3;

function isHeaderRow(row: Element, above: readonly Element[], extra?: ExtraNames): boolean {
  const cells = ownCells(row);
  if (cells.length === 0) return false;
  if (row.parentElement?.tagName === 'THEAD') return true;
  if (cells.every(isHeaderCell)) return true;
  // Older pages draw the header as rows of <td> (欣河's tr.td_03, or <td><b>…</b></td>): the first row when
  // at least two of its texts are column names we know; a row below only while a header cell above spans
  // into it or groups columns over it (「基本資料」 over 座號 / 姓名 / 身分證號).
  const named = cells.filter((cell) => namesColumn(cell, extra)).length;
  if (above.length === 0) return named >= 2;
  // A header cell whose rowspan reaches this row makes it a header row; a group cell (colspan) over it does
  // when at least one of its texts names a column.
  const reaching = above.some((upper, i) => ownCells(upper).some((cell) => rowSpanOf(cell) > above.length - i));
  if (reaching) return true;
  return named >= 1 && ownCells(above.at(-1)!).some((cell) => colSpanOf(cell) > 1);
}

/** The header rows at the top of a table (or ARIA grid): a thead's rows, rows of th, or td rows that name columns. */
export function topHeaderRows(table: Element, extra?: ExtraNames): Element[] {
  const headerRows: Element[] = [];
  for (const [index, row] of ownRows(table).entries()) {
    if (index >= MAX_HEADER_ROWS || !isHeaderRow(row, headerRows, extra)) break;
    headerRows.push(row);
  }
  return headerRows;
}

/** A table that holds only a header (a widget's header table, drawn with th or td). */
function headerOnly(table: HTMLTableElement): boolean {
  const rows = ownRows(table);
  return rows.length > 0 && rows.length <= MAX_HEADER_ROWS && topHeaderRows(table).length === rows.length;
}

function hasHeaderRow(table: HTMLTableElement): boolean {
  return ownRows(table).some((row) => row.parentElement?.tagName === 'THEAD' || row.querySelector(':scope > th') !== null);
}

/** The nearest element holding both, if it is at most PAIR_DEPTH ancestors above each. */
function nearCommonAncestor(a: Element, b: Element): Element | undefined {
  let up: Element | null = a.parentElement;
  for (let i = 0; up && i < PAIR_DEPTH; i += 1, up = up.parentElement) {
    if (!up.contains(b)) continue;
    let depth = 0;
    for (let p = b.parentElement; p && p !== up; p = p.parentElement) depth += 1;
    return depth < PAIR_DEPTH ? up : undefined;
  }
  return undefined;
}

/** The ARIA grids made of other elements than tables (one query over the whole document: a re-check keeps the list when no element was added). */
export function ariaGrids(doc: Document): Element[] {
  return Array.from(doc.querySelectorAll(ARIA_GRID)).filter((grid) => !isTable(grid) && !grid.closest(FIXED_COPY));
}

/**
 * Every list on the page, in document order. `aria` is the page's ARIA grids (ariaGrids(doc)), when known. `selector` (a site override's table selector) keeps only
 * the lists whose table, widget or grid matches it or lies inside an element that does.
 */
export function findGrids(doc: Document, selector?: string, aria: readonly Element[] = ariaGrids(doc)): GridSource[] {
  const tables = Array.from(doc.getElementsByTagName('table')).filter((table) => !table.closest(FIXED_COPY));
  const grids: GridSource[] = [];
  const paired = new Set<Element>();
  tables.forEach((table, i) => {
    if (paired.has(table)) return;
    const next = tables[i + 1];
    if (next && !paired.has(next) && headerOnly(table) && !hasHeaderRow(next) && !table.contains(next)) {
      const around = nearCommonAncestor(table, next);
      const width = firstDataRowWidth(next);
      if (around && width !== undefined && width === columnsOf(table)) {
        paired.add(table).add(next);
        grids.push({ element: around, head: table, body: next, aria: false });
        return;
      }
    }
    grids.push({ element: table, head: table, body: table, aria: false });
  });
  for (const grid of aria) grids.push({ element: grid, head: grid, body: grid, aria: true });
  if (grids.length > 1) grids.sort((a, b) => (a.element.compareDocumentPosition(b.element) & 4 /* FOLLOWING */ ? -1 : 1));
  if (!selector) return grids;
  let chosen: Element[];
  try {
    chosen = Array.from(doc.querySelectorAll(selector));
  } catch {
    return [];
  }
  // The list itself, one of its two tables, or an element around it (not a layout table around a data table).
  return grids.filter((grid) =>
    chosen.some((match) => match === grid.element || match === grid.head || match === grid.body || (!isTable(match) && match.contains(grid.element))),
  );
}
