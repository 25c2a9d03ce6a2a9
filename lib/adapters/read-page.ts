import type { Localized } from '@/lib/model/localized';
import type { PageKind } from '@/lib/model/page-kind';
import { CourseCodeRun, type PageRecord } from '@/lib/model/records';
import { artifactKind, toArtifact } from './mappers/artifact';
import { RowCells, type Mapped } from './mappers/cells';
import {
  toClassProgress,
  toCodeCheckRow,
  toCourseOffering,
  toPrecheckBatch,
  toPrecheckError,
  toReceipt,
  type PrecheckError,
} from './mappers/school-records';
import type { SiteOverride } from './overrides';
import { readPageContext, type PageContext } from './page-context';
import { detectKind } from './page-kinds';
import { bodyRows, readColumns, type TableColumns } from './table-columns';
import { headerKey } from './text';
import type { ExtraNames, Field } from './vocabulary';

/** One record read from the page, with the elements it came from. */
export interface ReadRow {
  record: PageRecord;
  /** the table row, or for a page-level record (a comparison's run date) the table it is about */
  row: Element;
  /** record field → the cell it was read from; marks go beside these */
  cells: Record<string, Element>;
}

export interface SkippedRow {
  /** 1-based row number within the table's body, as a user would count it */
  rowNumber: number;
  reason: Localized;
}

export type PageRead =
  | { status: 'checked'; pageKind: PageKind; rows: ReadRow[]; skipped: SkippedRow[]; context: PageContext }
  | { status: 'unrecognized'; reason: Localized };

/** Tables with fewer recognised columns than this are not data tables. */
const MIN_FIELDS = 3;

/** What changed in the document since the last reading: the elements mutations touched (or events came from). */
export interface PageChanges {
  nodes: Iterable<Node>;
}

/**
 * The header-driven adapter: finds the tables whose header texts name known
 * fields, detects the page kind from those fields, and reads each body row into
 * a zod-validated record. Ids, classes and column positions are never used
 * (a site override may name a table selector and extra column names).
 */
export function readPage(doc: Document, override?: SiteOverride): PageRead {
  return new PageReader().read(doc, override);
}

/** One body row as last read: its cells on the header's grid and what the mapper made of them. */
interface CachedRow {
  /** the table reading it belongs to; a new layout, context or page kind makes a new one */
  table: TableReading;
  gridCells: HTMLTableCellElement[];
  result: Mapped;
  used: Record<string, Element>;
  /** checkboxes the row's ticks were read from, with the state they had (a tick changes no markup) */
  boxes?: { box: HTMLInputElement; checked: boolean }[];
  /** what the row gave the reading, the same object every time while the row is unchanged */
  read?: ReadRow;
}

/** A table's layout with everything its rows' readings depend on. */
interface TableReading {
  layout: TableColumns;
  /** page kind, context and columns: rows read under another key are read again */
  key: string;
  body?: BodyRow[];
}

interface BodyRow {
  row: HTMLTableRowElement;
  gridCells: HTMLTableCellElement[];
  /** rows above whose cells reach into this one (rowspan) */
  spannedFrom?: Element[];
  cells: Partial<Record<Field, HTMLTableCellElement>>;
  index: number;
  /** the row's last reading through this layout (the same one rowCache holds), found without a WeakMap lookup */
  cached?: CachedRow;
}

/**
 * Reads a page again and again as it changes, re-reading only what changed: a row whose
 * element and cells are the same as last time, and which no mutation touched, keeps its record.
 * Header layouts are kept per table until a header row changes. Without `changes` (or after a
 * different override) everything is read afresh.
 */
export class PageReader {
  private tables = new WeakMap<HTMLTableElement, TableReading>();
  private rowCache = new WeakMap<HTMLTableRowElement, CachedRow>();
  private overrideKey: string | undefined;
  /** rows read (not taken from the cache) by the last call */
  changedRows = 0;

  read(doc: Document, override?: SiteOverride, changes?: PageChanges): PageRead {
    this.changedRows = 0;
    const overrideKey = JSON.stringify(override ?? null);
    if (!changes || overrideKey !== this.overrideKey) {
      this.tables = new WeakMap();
      this.rowCache = new WeakMap();
      this.overrideKey = overrideKey;
    }
    const dirty = changes ? touched(changes) : undefined;

    const titleText = `${doc.title} ${headings(doc).map((h) => h.textContent ?? '').join(' ')}`;
    const extra: ExtraNames = new Map(Object.entries(override?.columns ?? {}).map(([name, field]) => [headerKey(name), field]));
    const candidates = Array.from(doc.querySelectorAll<HTMLTableElement>(override?.tableSelector ?? 'table'))
      .filter((table) => table.tagName === 'TABLE')
      .map((table) => this.layoutOf(table, extra, dirty))
      .filter((layout) => Object.keys(layout.columns).length >= MIN_FIELDS);

    if (candidates.length === 0) {
      return {
        status: 'unrecognized',
        reason: {
          zh: '此頁沒有找到可檢核的表格（需要有「成果名稱」「簡述」「學號」「課程代碼」等欄位名稱的表格）。',
          en: 'No table on this page has the column names lp-checker reads (such as 成果名稱, 簡述, 學號, 課程代碼).',
        },
      };
    }

    const typed = candidates
      .map((layout) => ({ layout, kind: override?.pageKind ?? detectKind(new Set(Object.keys(layout.columns) as Field[]), titleText) }))
      .filter((entry): entry is { layout: TableColumns; kind: PageKind } => entry.kind !== undefined);
    if (typed.length === 0) {
      const seen = Object.keys(candidates[0]!.columns).join('、');
      return {
        status: 'unrecognized',
        reason: {
          zh: `找到表格，但無法判斷是哪一種頁面（讀到的欄位：${seen}）。為避免誤判，本頁不做標示。`,
          en: `Found a table but could not tell which kind of page it is (fields read: ${seen}). Nothing is marked, to avoid guessing.`,
        },
      };
    }

    const pageKind = typed[0]!.kind;
    const tables = typed.filter((entry) => entry.kind === pageKind).map((entry) => entry.layout);
    const context = readPageContext(doc, tables.map((layout) => layout.table));
    const contextKey = `${pageKind}\u001f${JSON.stringify(context)}`;
    const rows: ReadRow[] = [];
    const skipped: SkippedRow[] = [];

    if (pageKind === 'precheck') {
      // The error list is its own table; its rows are joined to their batch, so these few rows are always read afresh.
      const errorTables = tables.filter((layout) => layout.columns.errorMessage !== undefined);
      const errors = errorTables.flatMap((layout) =>
        this.bodyOf(this.readingOf(layout, contextKey), dirty).map(({ cells }) => toPrecheckError(new RowCells(cells))).filter((e): e is PrecheckError => e !== undefined),
      );
      for (const layout of tables.filter((t) => !errorTables.includes(t))) {
        this.readRows(this.readingOf(layout, `${contextKey}\u001f${JSON.stringify(errors)}`), (cells) => toPrecheckBatch(cells, errors), rows, skipped, dirty);
      }
    } else {
      for (const layout of tables) this.readRows(this.readingOf(layout, contextKey), mapperFor(pageKind, layout, context), rows, skipped, dirty);
    }

    if (pageKind === 'course-code-check' && context.comparedAt) {
      const run = CourseCodeRun.parse({ type: 'course-code-run', ranAt: context.comparedAt, ...(context.term ? { term: context.term } : {}) });
      rows.push({ record: run, row: tables[0]!.table, cells: {} });
    }
    return { status: 'checked', pageKind, rows, skipped, context };
  }

  /** The table's header layout, kept until a mutation touches its header rows or its structure. */
  private layoutOf(table: HTMLTableElement, extra: ExtraNames, dirty: Touched | undefined): TableColumns {
    const known = this.tables.get(table);
    if (known && dirty && !dirty.structural.has(table) && !known.layout.headerRows.some((row) => dirty.rows.has(row))) return known.layout;
    const layout = readColumns(table, extra);
    if (known && sameLayout(known.layout, layout)) {
      // Same header: keep the reading (and its rows) but lay the body out again if its structure changed.
      if (dirty?.structural.has(table)) known.body = undefined;
      return known.layout;
    }
    this.tables.set(table, { layout, key: '' });
    return layout;
  }

  /** The table's reading under this key; a different key (page kind, context, columns) starts a new one. */
  private readingOf(layout: TableColumns, key: string): TableReading {
    const known = this.tables.get(layout.table);
    const fullKey = `${key}\u001f${JSON.stringify(layout.columns)}`;
    if (known && known.layout === layout && known.key === fullKey) return known;
    const reading: TableReading = { layout, key: fullKey, body: known?.layout === layout ? known.body : undefined };
    this.tables.set(layout.table, reading);
    return reading;
  }

  /** The data rows of a table, each with its cells by field. Pager, total and 查無資料 rows are left out. */
  private bodyOf(reading: TableReading, dirty: Touched | undefined): BodyRow[] {
    if (reading.body && dirty && !dirty.structural.has(reading.layout.table)) return reading.body;
    const layout = reading.layout;
    const width = Object.keys(layout.columns).length;
    const columns = Object.entries(layout.columns) as [Field, number][];
    const body: BodyRow[] = [];
    bodyRows(layout).forEach(({ row, cells: gridCells, spannedFrom }, index) => {
      if (new Set(gridCells).size < Math.min(width, MIN_FIELDS)) return;
      const cells: Partial<Record<Field, HTMLTableCellElement>> = {};
      for (const [field, column] of columns) {
        const cell = gridCells[column];
        if (cell) cells[field] = cell;
      }
      body.push(spannedFrom ? { row, gridCells, cells, index, spannedFrom } : { row, gridCells, cells, index });
    });
    reading.body = body;
    return body;
  }

  private readRows(reading: TableReading, map: Mapper, rows: ReadRow[], skipped: SkippedRow[], dirty: Touched | undefined): void {
    for (const body of this.bodyOf(reading, dirty)) {
      const { row, gridCells, cells, index, spannedFrom } = body;
      let cached = body.cached?.table === reading ? body.cached : this.rowCache.get(row);
      const touchedRow = dirty !== undefined && (dirty.rows.has(row) || (spannedFrom?.some((above) => dirty.rows.has(above)) ?? false));
      if (!cached || cached.table !== reading || touchedRow || !sameCells(cached.gridCells, gridCells) || boxesChanged(cached)) {
        const rowCells = new RowCells(cells);
        const result = map(rowCells);
        cached = { table: reading, gridCells, result, used: rowCells.used, ...(rowCells.boxes ? { boxes: rowCells.boxes } : {}) };
        this.rowCache.set(row, cached);
        this.changedRows += 1;
      }
      body.cached = cached;
      if (cached.result.ok) rows.push((cached.read ??= { record: cached.result.record, row, cells: cached.used }));
      else skipped.push({ rowNumber: index + 1, reason: cached.result.reason });
    }
  }
}

type Mapper = (cells: RowCells) => Mapped;

/**
 * The page's h1, h2 and h3 in document order, as querySelectorAll('h1,h2,h3') gives them. One query
 * per tag is several times faster than the selector list on a 40,000-element page (Blink matches
 * a lone tag name on a fast path); the lists are merged by document position when more than one has any.
 */
function headings(doc: Document): Element[] {
  const lists = (['h1', 'h2', 'h3'] as const).map((tag) => doc.querySelectorAll(tag)).filter((list) => list.length > 0);
  if (lists.length === 0) return [];
  if (lists.length === 1) return Array.from(lists[0]!);
  return lists.flatMap((list) => Array.from(list)).sort((a, b) => (a.compareDocumentPosition(b) & 4 /* FOLLOWING */ ? -1 : 1));
}

function mapperFor(pageKind: PageKind, layout: TableColumns, context: PageContext): Mapper {
  switch (pageKind) {
    case 'outcome-list':
    case 'performance-list':
    case 'certification':
    case 'selection': {
      const kind = artifactKind({ has: (field) => layout.columns[field] !== undefined }, pageKind);
      // The teacher a page names is the certifier only on the 認證 page.
      const rowContext = pageKind === 'certification' ? context : { ...context, teacher: undefined };
      return (cells) => toArtifact(cells, kind, rowContext);
    }
    case 'course-list':
      return (cells) => toCourseOffering(cells, context);
    case 'class-progress':
      return (cells) => toClassProgress(cells, context);
    case 'receipt':
      return (cells) => toReceipt(cells, context);
    case 'course-code-check':
      return (cells) => toCodeCheckRow(cells);
    case 'precheck':
      return (cells) => toPrecheckBatch(cells, []);
  }
}

/** The rows and tables mutations touched. */
interface Touched {
  /** every row (at any nesting depth) that holds a touched node */
  rows: Set<Element>;
  /** tables whose rows or cells were added, removed or moved */
  structural: Set<Element>;
}

const STRUCTURE = new Set(['TABLE', 'THEAD', 'TBODY', 'TFOOT', 'TR']);

function touched(changes: PageChanges): Touched {
  const rows = new Set<Element>();
  const structural = new Set<Element>();
  for (const node of changes.nodes) {
    const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
    if (!element) continue;
    if (STRUCTURE.has(element.tagName)) {
      const table = element.closest('table');
      if (table) structural.add(table);
    }
    for (let row = element.closest('tr'); row; row = row.parentElement?.closest('tr') ?? null) rows.add(row);
  }
  return { rows, structural };
}

function sameLayout(a: TableColumns, b: TableColumns): boolean {
  return (
    a.headerRows.length === b.headerRows.length &&
    a.headerRows.every((row, i) => row === b.headerRows[i]) &&
    JSON.stringify(a.columns) === JSON.stringify(b.columns) &&
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
