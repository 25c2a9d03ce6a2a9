import Papa from 'papaparse';
import { z } from 'zod';
import { CoursePlanEntry, type CoursePlan } from '@/lib/model/records';
import { isIsoDate } from '@/lib/policy/calendar';
import { decodeText } from './decode';

/**
 * The approved course plan from a CSV or JSON export (課程計畫平臺 / the vendor's course list):
 * columns found by header text with synonyms, every row validated, every problem reported with
 * its row number and column name in zh-TW. Nothing is guessed: a file with any bad row is rejected.
 */

export interface ImportError {
  /** 1-based line of the CSV (the header is row 1), or item number of a JSON list; null for the whole file */
  row: number | null;
  /** the column as the file names it; null when the problem is not one column's */
  column: string | null;
  /** zh-TW */
  message: string;
}

export type CoursePlanImport = { ok: true; plan: CoursePlan } | { ok: false; errors: ImportError[] };

type Field = 'code' | 'name' | 'credits' | 'grade' | 'semester';

const HEADERS: Record<Field, { label: string; names: string[]; required: boolean }> = {
  code: { label: '課程代碼', names: ['課程代碼', '課程代號', '科目代碼', '代碼', 'code', 'coursecode'], required: true },
  name: { label: '科目名稱', names: ['科目名稱', '課程名稱', '科目', '名稱', 'name', 'coursename'], required: true },
  credits: { label: '學分', names: ['學分', '學分數', 'credits'], required: false },
  grade: { label: '年級', names: ['年級', 'grade'], required: false },
  semester: { label: '學期', names: ['學期', 'semester', 'term'], required: false },
};

const normalizeHeader = (text: string) => text.normalize('NFKC').replace(/\s+/g, '').toLowerCase();

function fieldOf(header: string): Field | undefined {
  const normal = normalizeHeader(header);
  return (Object.keys(HEADERS) as Field[]).find((field) => HEADERS[field].names.some((name) => normalizeHeader(name) === normal));
}

const GRADE_WORDS: Record<string, number> = { 高一: 10, 高二: 11, 高三: 12, 一: 10, 二: 11, 三: 12, 一年級: 10, 二年級: 11, 三年級: 12 };
const SEMESTER_WORDS: Record<string, number> = { 上: 1, 下: 2, 上學期: 1, 下學期: 2, 第一學期: 1, 第二學期: 2 };

/** Cell text → the value zod validates; words the plan exports use are mapped, anything else passes through to fail. */
const CELL: Record<Field, (text: string) => unknown> = {
  code: (text) => text,
  name: (text) => text,
  credits: (text) => (text === '' ? undefined : /^\d+(\.\d+)?$/.test(text) ? Number(text) : text),
  grade: (text) => {
    if (text === '') return undefined;
    if (GRADE_WORDS[text] !== undefined) return GRADE_WORDS[text];
    if (!/^\d+$/.test(text)) return text;
    const n = Number(text);
    return n >= 1 && n <= 3 ? n + 9 : n;
  },
  semester: (text) => (text === '' ? undefined : SEMESTER_WORDS[text] ?? (/^\d+$/.test(text) ? Number(text) : text)),
};

const ROW = CoursePlanEntry.extend({
  code: z.string().trim().min(1),
  name: z.string().trim().min(1),
});

const EXPECT: Record<Field, string> = {
  code: '不可空白',
  name: '不可空白',
  credits: '必須是 0 以上的數字（例如 2）',
  grade: '必須是 1、2、3 或 10、11、12（高一至高三）',
  semester: '必須是 1 或 2（上、下學期）',
};

function validateRows(
  rows: Array<{ row: number; cells: Partial<Record<Field, string>> }>,
  columnName: Record<Field, string>,
): { entries: CoursePlanEntry[]; errors: ImportError[] } {
  const entries: CoursePlanEntry[] = [];
  const errors: ImportError[] = [];
  const seen = new Map<string, number>();
  for (const { row, cells } of rows) {
    const candidate = Object.fromEntries(
      (Object.keys(cells) as Field[]).map((field) => [field, CELL[field]((cells[field] ?? '').trim())]),
    );
    const parsed = ROW.safeParse(candidate);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path[0] as Field;
        const value = (cells[field] ?? '').trim();
        errors.push({
          row,
          column: columnName[field],
          message: `第 ${row} 列「${columnName[field]}」欄${value ? `的「${value}」` : ''}${EXPECT[field]}`,
        });
      }
      continue;
    }
    const first = seen.get(parsed.data.code);
    if (first !== undefined) {
      errors.push({
        row,
        column: columnName.code,
        message: `第 ${row} 列「${columnName.code}」欄的「${parsed.data.code}」與第 ${first} 列重複，同一課程代碼只能出現一次`,
      });
      continue;
    }
    seen.set(parsed.data.code, row);
    entries.push(parsed.data);
  }
  return { entries, errors };
}

function mapHeaders(headers: string[]): { index: Partial<Record<Field, number>>; errors: ImportError[] } {
  const index: Partial<Record<Field, number>> = {};
  headers.forEach((header, i) => {
    const field = fieldOf(header);
    if (field && index[field] === undefined) index[field] = i;
  });
  const errors = (Object.keys(HEADERS) as Field[])
    .filter((field) => HEADERS[field].required && index[field] === undefined)
    .map((field) => ({
      row: 1,
      column: HEADERS[field].label,
      message: `找不到「${HEADERS[field].label}」欄；第 1 列應為欄位名稱，可用的名稱有：${HEADERS[field].names.filter((n) => /[^\x00-\x7f]/.test(n)).join('、')}`,
    }));
  return { index, errors };
}

function parseCsv(text: string): { entries: CoursePlanEntry[]; errors: ImportError[]; changedAt?: string } {
  const result = Papa.parse<string[]>(text, { header: false, skipEmptyLines: 'greedy' });
  const syntax = result.errors.map((error) => ({
    row: error.row === undefined ? null : error.row + 1,
    column: null,
    message: `${error.row === undefined ? '' : `第 ${error.row + 1} 列`}CSV 格式有誤（${error.code === 'MissingQuotes' ? '引號沒有成對' : error.code === 'TooManyFields' ? '欄位比標題多' : error.code === 'TooFewFields' ? '欄位比標題少' : error.message}）`,
  }));
  const [headerRow, ...body] = result.data;
  if (!headerRow) return { entries: [], errors: [{ row: null, column: null, message: '檔案是空的，沒有任何課程' }] };
  const { index, errors } = mapHeaders(headerRow);
  if (errors.length) return { entries: [], errors: [...syntax, ...errors] };
  const columnName = Object.fromEntries(
    (Object.keys(HEADERS) as Field[]).map((field) => [field, index[field] === undefined ? HEADERS[field].label : (headerRow[index[field]] ?? '').trim()]),
  ) as Record<Field, string>;
  const rows = body.map((cells, i) => ({
    row: i + 2,
    cells: Object.fromEntries(
      (Object.entries(index) as Array<[Field, number]>).map(([field, at]) => [field, cells[at] ?? '']),
    ) as Partial<Record<Field, string>>,
  }));
  const validated = validateRows(rows, columnName);
  return { entries: validated.entries, errors: [...syntax, ...validated.errors] };
}

function parseJson(text: string): { entries: CoursePlanEntry[]; errors: ImportError[]; changedAt?: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { entries: [], errors: [{ row: null, column: null, message: '檔案不是有效的 JSON 格式' }] };
  }
  const list = Array.isArray(data) ? data : (data as { entries?: unknown })?.entries;
  const changedAt = Array.isArray(data) ? undefined : (data as { changedAt?: unknown })?.changedAt;
  if (!Array.isArray(list)) return { entries: [], errors: [{ row: null, column: null, message: 'JSON 檔應是一份課程清單（陣列）' }] };
  const keys = [...new Set(list.flatMap((item) => (item && typeof item === 'object' ? Object.keys(item) : [])))];
  const { index, errors } = mapHeaders(keys);
  if (errors.length) return { entries: [], errors: errors.map((e) => ({ ...e, row: null, message: e.message.replace('第 1 列應為欄位名稱，', '') })) };
  const columnName = Object.fromEntries(
    (Object.keys(HEADERS) as Field[]).map((field) => [field, index[field] === undefined ? HEADERS[field].label : keys[index[field]]]),
  ) as Record<Field, string>;
  const rows = list.map((item, i) => ({
    row: i + 1,
    cells: Object.fromEntries(
      (Object.entries(index) as Array<[Field, number]>).map(([field, at]) => {
        const value = (item as Record<string, unknown>)?.[keys[at] as string];
        return [field, value === undefined || value === null ? '' : String(value)];
      }),
    ) as Partial<Record<Field, string>>,
  }));
  const validated = validateRows(rows, columnName);
  return { ...validated, changedAt: typeof changedAt === 'string' ? changedAt : undefined };
}

/** Most courses a plan may hold: far above a school's (hundreds), small enough for the settings storage. */
export const MAX_PLAN_ENTRIES = 20_000;

/**
 * Reads a course-plan export. `input` is the file's bytes (UTF-8 or Big5) or its text.
 * `changedAt` (ISO date of the plan's last approved change) lets `course.code-check.overdue`
 * ask for a re-run of the 課程代碼比對.
 */
export function parseCoursePlan(input: string | Uint8Array | ArrayBuffer, options: { changedAt?: string } = {}): CoursePlanImport {
  const text = (typeof input === 'string' ? input : decodeText(input)).replace(/^\uFEFF/, '');
  const json = /^\s*[[{]/.test(text);
  const result = json ? parseJson(text) : parseCsv(text);
  const changedAt: string | undefined = options.changedAt ?? result.changedAt;
  if (changedAt !== undefined && !isIsoDate(changedAt)) {
    result.errors.push({ row: null, column: null, message: `課程計畫修正日期「${changedAt}」不是有效的日期（格式 yyyy-mm-dd）` });
  }
  if (result.errors.length) return { ok: false, errors: result.errors };
  if (result.entries.length === 0) return { ok: false, errors: [{ row: null, column: null, message: '檔案中沒有任何課程' }] };
  if (result.entries.length > MAX_PLAN_ENTRIES) {
    const message = `檔案有 ${result.entries.length} 門課程，超過上限 ${MAX_PLAN_ENTRIES} 門；請確認選的是本校的課程計畫。`;
    return { ok: false, errors: [{ row: null, column: null, message }] };
  }
  return { ok: true, plan: changedAt ? { entries: result.entries, changedAt } : { entries: result.entries } };
}
