import type { Localized } from '@/lib/model/localized';
import type { PageKind } from '@/lib/model/page-kind';
import { Artifact, type PageRecord } from '@/lib/model/records';
import { readFiles } from './files';
import { detectKind } from './page-kinds';
import { bodyRows, readColumns, type TableColumns } from './table-columns';
import { cellLines, cellText } from './text';
import { parseCertStatus, parseDate, parseSource, parseTerm } from './values';
import type { ExtraNames, Field } from './vocabulary';
import type { SiteOverride } from './overrides';
import { headerKey } from './text';

/** One record read from the page, with the elements it came from. */
export interface ReadRow {
  record: PageRecord;
  row: HTMLTableRowElement;
  cells: Partial<Record<Field, HTMLTableCellElement>>;
}

export interface SkippedRow {
  /** 1-based row number within the table's body, as a user would count it */
  rowNumber: number;
  reason: Localized;
}

export type PageRead =
  | { status: 'checked'; pageKind: PageKind; rows: ReadRow[]; skipped: SkippedRow[] }
  | { status: 'unrecognized'; reason: Localized };

/** Tables with fewer recognised columns than this are not data tables. */
const MIN_FIELDS = 3;

/**
 * The header-driven adapter: finds the tables whose header texts name known
 * fields, detects the page kind from those fields, and reads each body row into
 * a zod-validated record. Ids, classes and column positions are never used.
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
        zh: '此頁沒有找到可檢核的表格（需要有「成果名稱」「簡述」「檔案」等欄位名稱的表格）。',
        en: 'No table on this page has the column names lp-checker reads (such as 成果名稱, 簡述, 檔案).',
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
  const rows: ReadRow[] = [];
  const skipped: SkippedRow[] = [];
  for (const { layout } of typed.filter((entry) => entry.kind === pageKind)) {
    readRows(layout, pageKind, rows, skipped);
  }
  return { status: 'checked', pageKind, rows, skipped };
}

function readRows(layout: TableColumns, pageKind: PageKind, rows: ReadRow[], skipped: SkippedRow[]): void {
  const width = Object.keys(layout.columns).length;
  bodyRows(layout).forEach(({ row, cells }, index) => {
    // Pager rows, "共 8 筆" and "查無資料" rows span the table in one or two cells.
    if (new Set(cells).size < Math.min(width, MIN_FIELDS)) return;
    const byField: Partial<Record<Field, HTMLTableCellElement>> = {};
    for (const [field, column] of Object.entries(layout.columns) as [Field, number][]) {
      if (cells[column]) byField[field] = cells[column];
    }
    const result = toRecord(pageKind, byField);
    if (result.ok) rows.push({ record: result.record, row, cells: byField });
    else skipped.push({ rowNumber: index + 1, reason: result.reason });
  });
}

type Mapped = { ok: true; record: PageRecord } | { ok: false; reason: Localized };

function toRecord(pageKind: PageKind, cells: Partial<Record<Field, HTMLTableCellElement>>): Mapped {
  const text = (field: Field) => (cells[field] ? cellText(cells[field]) : undefined);
  const lines = (field: Field) => (cells[field] ? cellLines(cells[field]) : []);
  const orUndefined = (value: string | undefined) => (value ? value : undefined);

  const kind = pageKind === 'performance-list' ? 'performance' : 'outcome';
  const term = parseTerm(text('term') ?? text('schoolYear') ?? '', text('term') ? undefined : text('semester'));
  const candidate = {
    type: 'artifact' as const,
    kind,
    studentRef: orUndefined(text('studentNo')),
    term,
    courseName: orUndefined(text('courseName')),
    courseCode: orUndefined(text('courseCode')),
    category: orUndefined(text('category')),
    title: text('title') ?? '',
    summary: text('summary'),
    files: readFiles(lines('files'), lines('fileSize'), orUndefined(text('fileType'))),
    link: orUndefined(text('link')),
    uploadedAt: parseDate(text('uploadedAt') ?? ''),
    certStatus: parseCertStatus(text('certStatus') ?? ''),
    certReason: orUndefined(text('certReason')),
    teacher: orUndefined(text('teacher')),
    className: orUndefined(text('className')),
    source: parseSource(text('source') ?? ''),
  };
  if (!candidate.title) {
    return { ok: false, reason: { zh: '這一列沒有成果名稱，無法讀取。', en: 'This row has no title and cannot be read.' } };
  }
  const parsed = Artifact.safeParse(candidate);
  if (!parsed.success) {
    const where = parsed.error.issues.map((issue) => issue.path.join('.')).join('、');
    return { ok: false, reason: { zh: `這一列的欄位無法讀取：${where}`, en: `Could not read these fields of the row: ${where}` } };
  }
  return { ok: true, record: parsed.data };
}
