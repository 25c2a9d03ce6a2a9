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

/**
 * The header-driven adapter: finds the tables whose header texts name known
 * fields, detects the page kind from those fields, and reads each body row into
 * a zod-validated record. Ids, classes and column positions are never used
 * (a site override may name a table selector and extra column names).
 */
export function readPage(doc: Document, override?: SiteOverride): PageRead {
  const titleText = `${doc.title} ${Array.from(doc.querySelectorAll('h1,h2,h3'), (h) => h.textContent ?? '').join(' ')}`;
  const extra: ExtraNames = new Map(Object.entries(override?.columns ?? {}).map(([name, field]) => [headerKey(name), field]));
  const candidates = Array.from(doc.querySelectorAll<HTMLTableElement>(override?.tableSelector ?? 'table'))
    .filter((table) => table.tagName === 'TABLE')
    .map((table) => readColumns(table, extra))
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
  const rows: ReadRow[] = [];
  const skipped: SkippedRow[] = [];

  if (pageKind === 'precheck') {
    // The error list is its own table; its rows are joined to their batch.
    const errorTables = tables.filter((layout) => layout.columns.errorMessage !== undefined);
    const errors = errorTables.flatMap((layout) => eachRow(layout).map(({ cells }) => toPrecheckError(cells)).filter((e): e is PrecheckError => e !== undefined));
    for (const layout of tables.filter((t) => !errorTables.includes(t))) readRows(layout, (cells) => toPrecheckBatch(cells, errors), rows, skipped);
  } else {
    for (const layout of tables) readRows(layout, mapperFor(pageKind, layout, context), rows, skipped);
  }

  if (pageKind === 'course-code-check' && context.comparedAt) {
    const run = CourseCodeRun.parse({ type: 'course-code-run', ranAt: context.comparedAt, ...(context.term ? { term: context.term } : {}) });
    rows.push({ record: run, row: tables[0]!.table, cells: {} });
  }
  return { status: 'checked', pageKind, rows, skipped, context };
}

type Mapper = (cells: RowCells) => Mapped;

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

/** The data rows of a table, each with its cells by field. Pager, total and 查無資料 rows are left out. */
function eachRow(layout: TableColumns): { row: HTMLTableRowElement; cells: RowCells; index: number }[] {
  const width = Object.keys(layout.columns).length;
  return bodyRows(layout)
    .map(({ row, cells }, index) => ({ row, cells, index }))
    .filter(({ cells }) => new Set(cells).size >= Math.min(width, MIN_FIELDS))
    .map(({ row, cells, index }) => {
      const byField: Partial<Record<Field, HTMLTableCellElement>> = {};
      for (const [field, column] of Object.entries(layout.columns) as [Field, number][]) {
        if (cells[column]) byField[field] = cells[column];
      }
      return { row, cells: new RowCells(byField), index };
    });
}

function readRows(layout: TableColumns, map: Mapper, rows: ReadRow[], skipped: SkippedRow[]): void {
  for (const { row, cells, index } of eachRow(layout)) {
    const result = map(cells);
    if (result.ok) rows.push({ record: result.record, row, cells: cells.used });
    else skipped.push({ rowNumber: index + 1, reason: result.reason });
  }
}
