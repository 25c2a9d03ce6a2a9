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

/**
 * 授課學期學分節數: one character per semester (高一上, 高一下 … 高三下): a digit as itself, Z = 0,
 * A–I = 1–9, R/S/T = 10/11/12 (shared/domain.md). Undefined when a character is none of these.
 */
export function creditsByTermOf(text: string): number[] | undefined {
  const value = text.trim().toUpperCase();
  if (value.length !== 6) return undefined;
  const credits: number[] = [];
  for (const char of value) {
    if (char >= '0' && char <= '9') credits.push(Number(char));
    else if (char === 'Z') credits.push(0);
    else if (char >= 'A' && char <= 'I') credits.push(char.charCodeAt(0) - 64);
    else if (char === 'R' || char === 'S' || char === 'T') credits.push(10 + 'RST'.indexOf(char));
    else return undefined;
  }
  return credits;
}

/** A 23-character course code of the 課程計畫平臺 (3-digit year, 6-digit school code, then letters and digits). */
const PLATFORM_CODE = /^\d{9}[A-Z][0-9A-Z]{13}$/;
const CREDIT_STRING = /^[0-9A-IRSTZ]{6}$/;
const HAS_HAN = /\p{Script=Han}/u;

export interface PlanPreviewEntry extends CoursePlanEntry {
  /** the line (TXT) or row (xlsx) it came from, 1-based */
  line: number;
}

/** What a TXT or xlsx course plan was read as, for the user to confirm before it is saved. */
export interface CoursePlanPreview {
  entries: PlanPreviewEntry[];
  /** what each column was taken for, in zh-TW (第 1 欄：課程代碼 …) */
  columns: string[];
  /** lines with a course code that could not be read, and why (zh-TW) */
  problems: ImportError[];
}

type PlanColumn = 'code' | 'name' | 'creditString' | 'credits' | 'grade' | 'semester';

const PLAN_HEADERS: Record<PlanColumn, { label: string; names: string[] }> = {
  code: { label: '課程代碼', names: ['課程代碼', '課程代號', '科目代碼'] },
  name: { label: '科目名稱', names: ['科目名稱', '課程名稱', '科目'] },
  creditString: { label: '授課學期學分節數', names: ['授課學期學分節數', '學分節數', '各學期學分'] },
  credits: { label: '學分', names: ['學分', '學分數'] },
  grade: { label: '年級', names: ['年級'] },
  semester: { label: '學期', names: ['學期'] },
};

/** The column most rows agree on for a test, among those not taken yet. */
function voteColumn(rows: string[][], test: (cell: string, row: string[]) => boolean, taken: Set<number>): number | undefined {
  const votes = new Map<number, number>();
  for (const row of rows) row.forEach((cell, i) => !taken.has(i) && test(cell.trim(), row) && votes.set(i, (votes.get(i) ?? 0) + 1));
  let best: number | undefined;
  for (const [i, count] of votes) if (count * 2 > rows.length && (best === undefined || count > votes.get(best)!)) best = i;
  return best;
}

/**
 * Reads a course plan laid out as rows of cells (the platform's 「產生課程代碼TXT」, whose exact layout
 * is unverified, or an xlsx sheet): finds the rows that carry a 23-character course code, then the
 * columns around it — by their header when a header row names them, else by what their cells look
 * like (a name in 漢字, a 6-character 授課學期學分節數). Nothing is saved here: the caller shows the
 * result and saves it only when the user confirms.
 */
export function readCoursePlanRows(rows: string[][]): CoursePlanPreview {
  const header = rows.find((row) => row.some((cell) => PLAN_HEADERS.code.names.includes(normalizeHeader(cell))));
  const at: Partial<Record<PlanColumn, number>> = {};
  if (header) {
    header.forEach((cell, i) => {
      const key = normalizeHeader(cell);
      const column = (Object.keys(PLAN_HEADERS) as PlanColumn[]).find((c) => PLAN_HEADERS[c].names.some((name) => normalizeHeader(name) === key));
      if (column && at[column] === undefined) at[column] = i;
    });
  }
  const withCode = rows.map((row, i) => ({ row, line: i + 1 })).filter(({ row }) => row.some((cell) => PLATFORM_CODE.test(cell.trim())));
  const body = withCode.map(({ row }) => row);
  const taken = new Set<number>();
  at.code ??= voteColumn(body, (cell) => PLATFORM_CODE.test(cell), taken);
  if (at.code !== undefined) taken.add(at.code);
  for (const i of Object.values(at)) if (i !== undefined) taken.add(i);
  at.name ??= voteColumn(body, (cell) => HAS_HAN.test(cell), taken);
  if (at.name !== undefined) taken.add(at.name);
  // A 6-character credit string, not the school code repeated from the course code.
  at.creditString ??= voteColumn(body, (cell, row) => CREDIT_STRING.test(cell.toUpperCase()) && cell !== (row[at.code!] ?? '').trim().slice(3, 9), taken);

  const columns = (Object.keys(PLAN_HEADERS) as PlanColumn[])
    .filter((column) => at[column] !== undefined)
    .sort((a, b) => at[a]! - at[b]!)
    .map((column) => `第 ${at[column]! + 1} 欄：${PLAN_HEADERS[column].label}${header ? '' : '（依內容判斷）'}`);
  const problems: ImportError[] = [];
  const entries: PlanPreviewEntry[] = [];
  const seen = new Map<string, number>();
  if (at.code === undefined) {
    return { entries, columns, problems: [{ row: null, column: null, message: '檔案中找不到 23 碼的課程代碼（例如 108011302H11101A1010101）。請確認選的是課程計畫平臺產生的課程代碼檔。' }] };
  }
  for (const { row, line } of withCode) {
    const code = (row[at.code] ?? '').trim();
    if (!PLATFORM_CODE.test(code)) {
      problems.push({ row: line, column: '課程代碼', message: `第 ${line} 列的課程代碼欄「${code}」不是 23 碼的課程代碼` });
      continue;
    }
    const name = at.name === undefined ? '' : (row[at.name] ?? '').trim();
    if (!name) {
      problems.push({ row: line, column: '科目名稱', message: `第 ${line} 列（${code}）沒有科目名稱` });
      continue;
    }
    const first = seen.get(code);
    if (first !== undefined) {
      problems.push({ row: line, column: '課程代碼', message: `第 ${line} 列的課程代碼 ${code} 與第 ${first} 列重複` });
      continue;
    }
    seen.set(code, line);
    const entry: PlanPreviewEntry = { code, name, line };
    if (at.creditString !== undefined) {
      const text = (row[at.creditString] ?? '').trim();
      const credits = creditsByTermOf(text);
      if (!credits) {
        problems.push({ row: line, column: '授課學期學分節數', message: `第 ${line} 列（${code}）的授課學期學分節數「${text}」應為 6 個字元（0–9、Z、A–I、R、S、T）` });
        continue;
      }
      entry.creditsByTerm = credits;
      const taught = [...new Set(credits.filter((n) => n > 0))];
      if (taught.length === 1) entry.credits = taught[0]!;
    } else if (at.credits !== undefined) {
      const credits = CELL.credits((row[at.credits] ?? '').trim());
      if (typeof credits === 'number') entry.credits = credits;
    }
    if (at.grade !== undefined) {
      const grade = CELL.grade((row[at.grade] ?? '').trim());
      if (typeof grade === 'number' && grade >= 10 && grade <= 12) entry.grade = grade;
    }
    if (at.semester !== undefined) {
      const semester = CELL.semester((row[at.semester] ?? '').trim());
      if (semester === 1 || semester === 2) entry.semester = semester;
    }
    entries.push(entry);
  }
  return { entries, columns, problems };
}

/** The rows of a TXT course-code file: tab- or comma-separated when it is, else split at runs of spaces. */
export function coursePlanTxtRows(input: string | Uint8Array): string[][] {
  const text = (typeof input === 'string' ? input : decodeText(input)).replace(/^\uFEFF/, '');
  const lines = text.split(/\r?\n/);
  if (lines.some((line) => line.includes('\t'))) return lines.map((line) => line.split('\t'));
  if (lines.some((line) => line.includes(','))) return Papa.parse<string[]>(text, { header: false }).data;
  return lines.map((line) => line.trim().split(/\s+/));
}

/** A confirmed preview as the plan the rules read. */
export function planFromPreview(preview: CoursePlanPreview, changedAt?: string): CoursePlan {
  const entries = preview.entries.map(({ line: _line, ...entry }) => entry);
  return changedAt ? { entries, changedAt } : { entries };
}
