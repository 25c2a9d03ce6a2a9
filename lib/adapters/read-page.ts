import type { Localized } from '@/lib/model/localized';
import type { PageRecord } from '@/lib/model/records';
import { detectKind, pageKindUnit, type PageKind } from '@/lib/page-kinds';
import type { Mapper, TableFacts } from '@/lib/page-kinds/unit';
import { ariaGrids, findGrids, type GridSource } from './grids';
import { RowCells, type Mapped } from './mappers/cells';
import type { SiteOverride } from './overrides';
import { readPageContext, type PageContext } from './page-context';
import { bodyRows, layBody, readColumns, type BodyLayout, type BodyRowCells, type HeaderSeen, type TableColumns } from './table-columns';
import { cellText, headerKey } from './text';
import type { ExtraNames, Field } from './vocabulary';

/** One record read from the page, with the elements it came from. */
export interface ReadRow {
  record: PageRecord;
  /** the row (a tr, or an ARIA grid's row), or for a page-level record (a comparison's run date) the list it is about */
  row: Element;
  /** a record about the page as a whole, not read from a row */
  pageLevel?: true;
  /** record field → the cell it was read from; marks go beside these */
  cells: Record<string, Element>;
}

/** A data row the adapter could not read: it is marked on the page as not checked, never counted as clean. */
export interface SkippedRow {
  /** 1-based row number within the table's body, as a user would count it */
  rowNumber: number;
  /** the row element, where the "not checked" note goes */
  row: Element;
  reason: Localized;
}

/** A table the page shows that looked like a data list: its headers as read, for the "what it saw" view. */
export interface TableSeen {
  /** the table (or grid widget) element */
  element: Element;
  /** each column's header and the field it was taken for */
  headers: HeaderSeen[];
  /** what the table was read as, when it was recognised */
  pageKind?: PageKind;
  /** the table's data rows, each with its cells by column (the headers' indexes); laid out when asked */
  body(): BodyRowCells[];
}

/**
 * One reading of a page. `checked`: every data row was read; `partial`: some were not (each is in
 * `skipped`, and is marked on the page); `unrecognized`: no table could be read as a known page kind,
 * or fewer than half of its rows could (then `pageKind` and `skipped` say which).
 */
export type PageRead =
  | {
      status: 'checked' | 'partial';
      pageKind: PageKind;
      rows: ReadRow[];
      skipped: SkippedRow[];
      context: PageContext;
      tables: TableSeen[];
      /** data rows a limited reading (ReadLimit) left for the next one; absent once every row has been read */
      pending?: number;
    }
  | { status: 'unrecognized'; reason: Localized; pageKind?: PageKind; skipped: SkippedRow[]; tables: TableSeen[] };

/** Lists with fewer recognised columns than this are not data lists. */
const MIN_FIELDS = 3;
/** Rows a limited reading reads whatever the time (ReadLimit). */
const MIN_ROWS_READ = 24;
/** A list whose header has at least this many columns is shown in the "what it saw" view, recognised or not. */
const SEEN_COLUMNS = 3;

/**
 * How much of a long list one reading may read, so that a check can run in slices: the rows in the
 * viewport always, then others in document order until `until` (a performance.now() time). Rows
 * left over are counted in the reading's `pending`; the next reading (with changes `{ nodes: [] }`)
 * keeps the rows read and goes on with the rest.
 */
export interface ReadLimit {
  until: number;
  /** the viewport's height (innerHeight): rows whose box lies within it are read first, whatever the time */
  viewHeight?: number;
}

/** What changed in the document since the last reading: the elements mutations touched (or events came from). */
export interface PageChanges {
  nodes: Iterable<Node>;
  /** false when no element was added to the page (a text changed, a box was ticked): no new list can have appeared */
  elementsAdded?: boolean;
}

/**
 * The header-driven adapter: finds the lists (tables, grid widgets, ARIA grids) whose header texts name
 * known fields, detects the page kind from those fields and the page's own words, and reads each data row
 * into a zod-validated record. Ids, classes and column positions are never used (a site override may
 * name a table selector and extra column names). A row it cannot read is reported, never dropped.
 */
export function readPage(doc: Document, override?: SiteOverride): PageRead {
  return new PageReader().read(doc, override);
}

/** One body row as last read: its cells on the header's grid and what the mapper made of them. */
interface CachedRow {
  /** the list reading it belongs to; a new layout, context or page kind makes a new one */
  table: TableReading;
  gridCells: Element[];
  result: Mapped;
  used: Record<string, Element>;
  /** checkboxes the row's ticks were read from, with the state they had (a tick changes no markup) */
  boxes?: { box: HTMLInputElement; checked: boolean }[];
  /** what the row gave the reading, the same object every time while the row is unchanged */
  read?: ReadRow;
}

/** A list's layout with everything its rows' readings depend on. */
interface TableReading {
  layout: TableColumns;
  /** page kind, context and columns: rows read under another key are read again */
  key: string;
  body?: BodyRow[];
  /** the body's layout while a reading in slices has not laid out every row yet */
  laying?: BodyLayout;
}

interface BodyRow {
  row: Element;
  gridCells: Element[];
  /** rows above whose cells reach into this one (rowspan) */
  spannedFrom?: Element[];
  cells: Partial<Record<Field, Element>>;
  index: number;
  /** the row's last reading through this layout (the same one rowCache holds), found without a WeakMap lookup */
  cached?: CachedRow;
}

/**
 * Reads a page again and again as it changes, re-reading only what changed: a row whose
 * element and cells are the same as last time, and which no mutation touched, keeps its record.
 * Header layouts are kept per list until a header row changes. Without `changes` (or after a
 * different override) everything is read afresh.
 */
export class PageReader {
  /** readings by the element holding a list's data rows */
  private tables = new WeakMap<Element, TableReading>();
  private rowCache = new WeakMap<Element, CachedRow>();
  private overrideKey: string | undefined;
  /** the page's ARIA grids at the last reading, kept while no element is added and none of them is removed */
  private aria: Element[] | undefined;
  /** reads the last reading's lists again, for readMore */
  private resume: ((limit?: ReadLimit) => PageRead) | undefined;
  /** rows read (not taken from the cache) by the last call */
  changedRows = 0;

  read(doc: Document, override?: SiteOverride, changes?: PageChanges, limit?: ReadLimit): PageRead {
    this.changedRows = 0;
    this.resume = undefined;
    const overrideKey = JSON.stringify(override ?? null);
    if (!changes || overrideKey !== this.overrideKey) {
      this.tables = new WeakMap();
      this.rowCache = new WeakMap();
      this.overrideKey = overrideKey;
    }
    const dirty = changes ? touched(changes) : undefined;

    const extra: ExtraNames = new Map(Object.entries(override?.columns ?? {}).map(([name, field]) => [headerKey(name), field]));
    if (!changes || changes.elementsAdded !== false || !this.aria?.every((grid) => grid.isConnected)) this.aria = ariaGrids(doc);
    const layouts = findGrids(doc, override?.tableSelector, this.aria).map((grid) => this.layoutOf(grid, extra, dirty));
    const candidates = layouts.filter((layout) => Object.keys(layout.columns).length >= MIN_FIELDS);
    const hints = candidates.length > 0 ? pageHints(doc) : '';
    const kinds = new Map<TableColumns, PageKind>();
    for (const layout of candidates) {
      const kind = override?.pageKind ?? detectKind(new Set(Object.keys(layout.columns) as Field[]), `${hints} ${gridHints(layout)}`);
      if (kind) kinds.set(layout, kind);
    }
    const seen = (layout: TableColumns): TableSeen => seenOf(layout, kinds.get(layout));
    const tablesSeen = layouts.filter((layout) => kinds.has(layout) || layout.headers.filter((header) => header.text).length >= SEEN_COLUMNS).map(seen);

    if (candidates.length === 0) {
      return {
        status: 'unrecognized',
        skipped: [],
        tables: tablesSeen,
        reason: {
          zh: '此頁沒有找到可檢核的表格（需要有「成果名稱」「簡述」「學號」「課程代碼」等欄位名稱的表格）。',
          en: 'No table on this page has the column names lp-checker reads (such as 成果名稱, 簡述, 學號, 課程代碼).',
        },
      };
    }
    const first = candidates.find((layout) => kinds.has(layout));
    if (!first) {
      const fields = Object.keys(candidates[0]!.columns).join('、');
      return {
        status: 'unrecognized',
        skipped: [],
        tables: tablesSeen,
        reason: {
          zh: `找到表格，但無法判斷是哪一種頁面（讀到的欄位：${fields}）。為避免誤判，本頁不做標示。`,
          en: `Found a table but could not tell which kind of page it is (fields read: ${fields}). Nothing is marked, to avoid guessing.`,
        },
      };
    }

    const pageKind = kinds.get(first)!;
    const unit = pageKindUnit(pageKind);
    const tables = candidates.filter((layout) => kinds.get(layout) === pageKind);
    // Lists joined into the others (a 預檢 error list) are few rows, read afresh each time; a 「共 N 筆」 under one is its own.
    const joinedTables = unit.joins ? tables.filter((layout) => unit.joins!.isJoined(factsOf(layout))) : [];
    const context = readPageContext(doc, tables.map((layout) => layout.grid.element), joinedTables.map((layout) => layout.grid.element));
    const contextKey = `${pageKind}\u001f${JSON.stringify(context)}`;

    const joined = unit.joins ? unit.joins.read(joinedTables.flatMap((layout) => this.bodyOf(this.readingOf(layout, contextKey), dirty).map(({ cells }) => new RowCells(cells, layout.units)))) : [];
    const joinedKey = joined.length > 0 ? `\u001f${JSON.stringify(joined)}` : '';
    if (joinedTables.length === tables.length) {
      // Only a list that joins into others (a 預檢 error list) was found: the list it belongs to was not read.
      return {
        status: 'unrecognized',
        pageKind,
        skipped: [],
        tables: tablesSeen,
        reason: {
          zh: `只讀到「${unit.name.zh}」的明細清單，找不到它所屬的主要清單（欄位名稱不認得）。為避免誤判，本頁不做檢核。`,
          en: `Only the detail list of this ${unit.name.en} page could be read, not the main list it belongs to. The page is not checked, to avoid guessing.`,
        },
      };
    }
    const lists = tables
      .filter((layout) => !joinedTables.includes(layout))
      .map((layout) => ({ reading: this.readingOf(layout, contextKey + joinedKey), map: unit.mapper(factsOf(layout), context, joined) }));
    const pageRecords = unit.pageRecords?.(context) ?? [];
    const readLists = (rowDirty: Touched | undefined, rowLimit: ReadLimit | undefined): PageRead => {
      const rows: ReadRow[] = [];
      const skipped: SkippedRow[] = [];
      const left = { rows: 0, read: 0, outOfTime: false };
      for (const { reading, map } of lists) this.readRows(reading, map, rows, skipped, rowDirty, rowLimit, left);
      const readable = rows.length;
      for (const record of pageRecords) rows.push({ record, row: tables[0]!.grid.element, cells: {}, pageLevel: true });
      // Whether too few rows are readable is said once every row has been read.
      if (left.rows === 0 && skipped.length > 0 && readable < skipped.length) {
        return {
          status: 'unrecognized',
          pageKind,
          skipped,
          tables: tablesSeen,
          reason: {
            zh: `這個「${unit.name.zh}」清單有 ${readable + skipped.length} 列，其中 ${skipped.length} 列無法判讀，不到一半能讀：為避免誤判，本頁不做檢核。請在「網站調整」設定看不懂的欄位。`,
            en: `Of this ${unit.name.en} list's ${readable + skipped.length} rows, ${skipped.length} could not be read — fewer than half are readable, so the page is not checked. Map the columns it could not read in Site adjustments.`,
          },
        };
      }
      const pending = left.rows > 0 ? { pending: left.rows } : {};
      return { status: skipped.length > 0 ? 'partial' : 'checked', pageKind, rows, skipped, context, tables: tablesSeen, ...pending };
    };
    this.resume = (next) => readLists({ rows: new Set(), structural: new Set() }, next);
    return readLists(dirty, limit);
  }

  /**
   * Goes on with the last reading's lists, reading rows it left pending (ReadLimit) without finding
   * the lists, their headers and the page's context again: the next slice of a check. The page may
   * have changed meanwhile; the re-check its changes bring reads it again.
   */
  readMore(limit?: ReadLimit): PageRead | undefined {
    this.changedRows = 0;
    return this.resume?.(limit);
  }

  /** The list's header layout, kept until a mutation touches its header rows or its structure. */
  private layoutOf(grid: GridSource, extra: ExtraNames, dirty: Touched | undefined): TableColumns {
    const known = this.tables.get(grid.body);
    const same = known && known.layout.grid.head === grid.head && known.layout.grid.element === grid.element;
    if (same && dirty && !isStructural(dirty, known.layout) && !known.layout.headerRows.some((row) => dirty.rows.has(row))) return known.layout;
    const layout = readColumns(grid, extra);
    if (same && sameLayout(known.layout, layout)) {
      // Same header: keep the reading (and its rows) but lay the body out again if its structure changed.
      if (dirty && isStructural(dirty, known.layout)) known.body = undefined;
      return known.layout;
    }
    this.tables.set(grid.body, { layout, key: '' });
    return layout;
  }

  /** The list's reading under this key; a different key (page kind, context, columns) starts a new one. */
  private readingOf(layout: TableColumns, key: string): TableReading {
    const known = this.tables.get(layout.grid.body);
    const fullKey = `${key}\u001f${JSON.stringify(layout.columns)}`;
    if (known && known.layout === layout && known.key === fullKey) return known;
    const reading: TableReading = known?.layout === layout ? { layout, key: fullKey, body: known.body, laying: known.laying } : { layout, key: fullKey };
    this.tables.set(layout.grid.body, reading);
    return reading;
  }

  /** The data rows of a list, each with its cells by field. Pager, total, 查無資料 and sizing rows are left out. */
  private bodyOf(reading: TableReading, dirty: Touched | undefined, until?: number): BodyRow[] {
    if (!reading.body || !dirty || isStructural(dirty, reading.layout)) {
      reading.body = [];
      reading.laying = layBody(reading.layout);
    }
    if (!reading.laying) return reading.body;
    const layout = reading.layout;
    const width = Object.keys(layout.columns).length;
    const columns = Object.entries(layout.columns) as [Field, number][];
    const body = reading.body;
    // A reading in slices lays out what its time allows (at least a few rows); the rest waits for the next.
    for (const { row, cells: gridCells, spannedFrom } of reading.laying.more(until, MIN_ROWS_READ)) {
      // A row whose cells merge across the columns (查無資料, a pager, a total) is not a data row.
      if (new Set(gridCells).size < Math.min(width, MIN_FIELDS)) continue;
      const cells: Partial<Record<Field, Element>> = {};
      for (const [field, column] of columns) {
        const cell = gridCells[column];
        if (cell) cells[field] = cell;
      }
      const index = body.length;
      body.push(spannedFrom ? { row, gridCells, cells, index, spannedFrom } : { row, gridCells, cells, index });
    }
    if (reading.laying.left === 0) reading.laying = undefined;
    return body;
  }

  private readRows(
    reading: TableReading,
    map: Mapper,
    rows: ReadRow[],
    skipped: SkippedRow[],
    dirty: Touched | undefined,
    limit: ReadLimit | undefined,
    left: { rows: number; read: number; outOfTime: boolean },
  ): void {
    const bodies = this.bodyOf(reading, dirty, limit?.until);
    // Rows not laid out yet are left for the next reading too.
    left.rows += reading.laying?.left ?? 0;
    let view: [number, number] | undefined;
    for (let b = 0; b < bodies.length; b += 1) {
      const body = bodies[b]!;
      const { row, gridCells, cells, index, spannedFrom } = body;
      let cached = body.cached?.table === reading ? body.cached : this.rowCache.get(row);
      const touchedRow = dirty !== undefined && (dirty.rows.has(row) || (spannedFrom?.some((above) => dirty.rows.has(above)) ?? false));
      if (!cached || cached.table !== reading || touchedRow || !sameCells(cached.gridCells, gridCells) || boxesChanged(cached)) {
        if (limit) {
          view ??= limit.viewHeight === undefined ? [0, 0] : rowsInView(bodies, limit.viewHeight);
          // Every reading reads a few rows at least, so that a check in slices always gets on.
          if ((b < view[0] || b >= view[1]) && left.read >= MIN_ROWS_READ) left.outOfTime ||= performance.now() > limit.until;
          if (left.outOfTime && (b < view[0] || b >= view[1])) {
            // Left for the next reading: neither read nor unread yet (the check says it is still checking).
            left.rows += 1;
            continue;
          }
        }
        left.read += 1;
        const rowCells = new RowCells(cells, reading.layout.units);
        const result = map(rowCells);
        cached = { table: reading, gridCells, result, used: rowCells.used, ...(rowCells.boxes ? { boxes: rowCells.boxes } : {}) };
        this.rowCache.set(row, cached);
        this.changedRows += 1;
      }
      body.cached = cached;
      if (cached.result.ok) rows.push((cached.read ??= { record: cached.result.record, row, cells: cached.used }));
      else skipped.push({ rowNumber: index + 1, row, reason: cached.result.reason });
    }
  }
}

/**
 * The body rows whose box lies in the viewport, as [first, end) indexes: rows go down the page in
 * order, so a binary search finds the first one showing (rows not laid out only upset the order
 * in which rows are read, never what is read).
 */
function rowsInView(bodies: readonly BodyRow[], viewHeight: number): [number, number] {
  let low = 0;
  let high = bodies.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (bodies[mid]!.row.getBoundingClientRect().bottom <= 0) low = mid + 1;
    else high = mid;
  }
  let end = low;
  while (end < bodies.length && bodies[end]!.row.getBoundingClientRect().top < viewHeight) end += 1;
  return [low, end];
}

function factsOf(layout: TableColumns): TableFacts {
  return { has: (field) => layout.columns[field] !== undefined };
}

function seenOf(layout: TableColumns, pageKind: PageKind | undefined): TableSeen {
  let body: BodyRowCells[] | undefined;
  return {
    element: layout.grid.element,
    headers: layout.headers,
    ...(pageKind ? { pageKind } : {}),
    body: () => (body ??= bodyRows(layout)),
  };
}

/**
 * The page's own words about what it is: its title, h1–h3 headings and address. One query per tag is
 * several times faster than a selector list on a 40,000-element page (Blink matches a lone tag name on
 * a fast path).
 */
function pageHints(doc: Document): string {
  const parts = [doc.title];
  for (const tag of ['h1', 'h2', 'h3']) for (const heading of doc.getElementsByTagName(tag)) parts.push(heading.textContent ?? '');
  parts.push(doc.location?.pathname ?? '');
  return parts.join(' ');
}

/** A list's own caption: <caption>, a grid widget's title bar or an ARIA label. */
function gridHints(layout: TableColumns): string {
  const { element, head } = layout.grid;
  const caption = head.querySelector(':scope > caption') ?? element.parentElement?.querySelector('.ui-jqgrid-title, .ui-jqgrid-caption');
  return [caption ? cellText(caption) : '', element.getAttribute('aria-label') ?? '', element.getAttribute('summary') ?? ''].join(' ');
}

/** The rows and lists mutations touched. */
interface Touched {
  /** every row (at any nesting depth) that holds a touched node */
  rows: Set<Element>;
  /** tables and ARIA grids whose rows or cells were added, removed or moved */
  structural: Set<Element>;
}

const STRUCTURE = new Set(['TABLE', 'THEAD', 'TBODY', 'TFOOT', 'TR']);
const ARIA_STRUCTURE = new Set(['grid', 'table', 'treegrid', 'rowgroup', 'row']);

function touched(changes: PageChanges): Touched {
  const rows = new Set<Element>();
  const structural = new Set<Element>();
  for (const node of changes.nodes) {
    const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
    if (!element) continue;
    if (STRUCTURE.has(element.tagName)) {
      const table = element.closest('table');
      if (table) structural.add(table);
    } else if (ARIA_STRUCTURE.has(element.getAttribute('role') ?? '')) {
      const grid = element.closest('[role="grid"], [role="table"], [role="treegrid"]');
      if (grid) structural.add(grid);
    }
    for (let row = element.closest('tr, [role="row"]'); row; row = row.parentElement?.closest('tr, [role="row"]') ?? null) rows.add(row);
  }
  return { rows, structural };
}

function isStructural(dirty: Touched, layout: TableColumns): boolean {
  return dirty.structural.has(layout.grid.body) || dirty.structural.has(layout.grid.head);
}

function sameLayout(a: TableColumns, b: TableColumns): boolean {
  return (
    a.headerRows.length === b.headerRows.length &&
    a.headerRows.every((row, i) => row === b.headerRows[i]) &&
    JSON.stringify(a.columns) === JSON.stringify(b.columns) &&
    JSON.stringify(a.units) === JSON.stringify(b.units) &&
    a.unknownHeaders.join('\u001f') === b.unknownHeaders.join('\u001f')
  );
}

function sameCells(a: readonly Element[], b: readonly Element[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
}

function boxesChanged(row: CachedRow): boolean {
  return row.boxes !== undefined && row.boxes.some(({ box, checked }) => box.checked !== checked);
}
