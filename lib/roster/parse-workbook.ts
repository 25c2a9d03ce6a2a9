import type { Localized } from '@/lib/model/localized';
import type { Term } from '@/lib/model/records';
import { COVER_LABELS, headerKey, PERFORMANCE_FILE_NAMES, ROSTER_KIND_LABEL, SHEET_SPECS, type ColumnType, type RosterField, type RosterKind, type SheetSpec } from './kinds';
import type { ReadNote, ReadNoteId } from './notes';
import { coverTerm, maskId, rosterDate, serialDate } from './values';
import { rangeText, type RawCell, type RawSheet, type RawWorkbook } from './workbook';

/**
 * Header-driven reading of a roster workbook: each sheet's kind from its name, its cover rows
 * (學校代碼, 學年度, 學期, 名冊別) and its header row; then every data row's cells as text in the
 * sheet's column order. Says why a sheet cannot be placed (the headers it saw, the columns missing)
 * and which cells Excel changed (formulas, error values, dates or codes stored as numbers).
 */

export interface ParsedColumn {
  field: RosterField;
  /** the header text as the file writes it */
  header: string;
  /** 0-based column in the sheet */
  index: number;
  type: ColumnType;
  required: boolean;
}

export interface ParsedRow {
  /** the row number Excel shows */
  row: number;
  /** cell texts in `columns` order; dates as ISO when they read as dates */
  cells: string[];
}

export interface ParsedSheet {
  name: string;
  spec: SheetSpec;
  /** the header row as Excel numbers it */
  headerRow: number;
  columns: ParsedColumn[];
  rows: ParsedRow[];
  /** position in `columns` of each field read into records (the first column of a field) */
  at: Partial<Record<RosterField, number>>;
}

export interface CoverCell {
  value: string;
  row: number;
  label: string;
}

export interface Cover {
  schoolCode?: CoverCell;
  year?: CoverCell;
  semester?: CoverCell;
  rosterType?: CoverCell;
  term?: Term;
}

export interface ParsedFile {
  name: string;
  kind: RosterKind | 'unknown';
  cover: Cover;
  sheets: ParsedSheet[];
  notes: ReadNote[];
}

/** How far down a sheet the header row is looked for. */
const HEADER_SCAN = 30;

/** A cell's value as text: strings trimmed, numbers as written, error cells as their code. */
export function cellText(cell: RawCell | undefined): string {
  if (!cell || cell.v === undefined || cell.v === null) return '';
  switch (cell.t) {
    case 's':
      return (cell.v as string).trim();
    case 'n':
      return String(cell.v);
    case 'b':
      return cell.v ? 'TRUE' : 'FALSE';
    case 'e':
      return cell.w ?? '#錯誤';
    case 'd':
      return (cell.v as Date).toISOString().slice(0, 10);
    default:
      return '';
  }
}

/** True for a number format that shows a date (yyyy/mm/dd, m/d/yy, 民國 e/mm/dd, Excel's built-in date formats). */
function isDateFormat(format: string | number | undefined): boolean {
  if (typeof format === 'number') return (format >= 14 && format <= 22) || (format >= 27 && format <= 36) || (format >= 45 && format <= 47) || (format >= 50 && format <= 58);
  if (!format || /^general$/i.test(format)) return false;
  const plain = format.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '');
  return /[ymde]/i.test(plain) && !/^[#0.,%]+$/.test(plain);
}

const isBlankRow = (cells: ReadonlyArray<RawCell | undefined> | undefined) => !cells || cells.every((cell) => cellText(cell) === '');

const keyHas = (haystack: string, needles: readonly string[]) => needles.some((name) => haystack.includes(headerKey(name)));

const COVER_KEYS = Object.entries(COVER_LABELS).flatMap(([field, labels]) => labels.map((label) => [headerKey(label), field as keyof typeof COVER_LABELS] as const));

/** The cover rows above the header: a label cell followed by its value, or 「學校代碼：011302」 in one cell. */
function readCover(sheet: RawSheet, before: number): { cover: Cover; numericSchoolCode: boolean } {
  const cover: Cover = {};
  let numericSchoolCode = false;
  for (let r = 0; r < Math.min(before, sheet.rows.length); r += 1) {
    const cells = sheet.rows[r];
    if (!cells) continue;
    for (let c = 0; c < cells.length; c += 1) {
      const text = cellText(cells[c]);
      if (!text) continue;
      const colon = /^([^:：]+)[:：]\s*(.+)$/.exec(text);
      const label = colon ? colon[1]! : text;
      const field = COVER_KEYS.find(([key]) => key === headerKey(label))?.[1];
      if (!field || cover[field]) continue;
      let value = colon ? colon[2]!.trim() : '';
      let valueCell: RawCell | undefined;
      if (!colon) {
        for (let v = c + 1; v < cells.length && !value; v += 1) {
          value = cellText(cells[v]);
          valueCell = cells[v];
        }
      }
      if (!value) continue;
      if (field === 'schoolCode' && valueCell?.t === 'n') numericSchoolCode = true;
      cover[field] = { value, row: r + 1, label: text.replace(/[:：].*$/, '') };
    }
  }
  if (cover.year && cover.semester) {
    const term = coverTerm(cover.year.value, cover.semester.value);
    if (term) cover.term = term;
  }
  return { cover, numericSchoolCode };
}

interface HeaderGuess {
  spec: SheetSpec;
  row: number;
  /** position in `spec.columns` → 0-based column of the sheet */
  found: Map<number, number>;
  score: number;
  complete: boolean;
}

/** The best (spec, header row) pair in the first rows, preferring specs the sheet name or 名冊別 names. */
function findHeader(sheet: RawSheet, hints: string[]): { best: HeaderGuess | null; seen: string[] } {
  let best: HeaderGuess | null = null;
  let seen: string[] = [];
  let seenCount = 0;
  const hinted = (spec: SheetSpec) =>
    hints.some((hint) => keyHas(hint, spec.names) || spec.names.some((name) => hint !== '' && headerKey(name).includes(hint))) ||
    (spec.kind === 'performances' && hints.some((hint) => keyHas(hint, PERFORMANCE_FILE_NAMES)));
  for (let r = 0; r < Math.min(HEADER_SCAN, sheet.rows.length); r += 1) {
    const cells = sheet.rows[r];
    if (!cells) continue;
    const keys = cells.map((cell) => headerKey(cellText(cell)));
    const texts = cells.map((cell) => cellText(cell)).filter(Boolean);
    for (const spec of SHEET_SPECS) {
      const found = new Map<number, number>();
      spec.columns.forEach((column, i) => {
        const at = keys.findIndex((key) => key !== '' && column.headers.some((name) => headerKey(name) === key));
        if (at >= 0) found.set(i, at);
      });
      if (found.size < 2) continue;
      const complete = spec.columns.every((column, i) => !column.required || found.has(i));
      const score = found.size + (hinted(spec) ? 3 : 0) + (complete ? 100 : 0);
      if (!best || score > best.score) best = { spec, row: r, found, score, complete };
    }
    if (texts.length > seenCount) {
      seen = texts;
      seenCount = texts.length;
    }
  }
  return { best, seen };
}

/** Per column of a sheet: cells Excel changed, counted, with the first row where it happened. */
class CellNotes {
  private readonly counts = new Map<string, { id: ReadNoteId; column: ParsedColumn; count: number; row: number; value: string; extra: string }>();
  add(id: ReadNoteId, column: ParsedColumn, row: number, value: string, extra = '') {
    const key = `${id}\u0000${column.index}`;
    const known = this.counts.get(key);
    if (known) known.count += 1;
    else this.counts.set(key, { id, column, count: 1, row, value, extra });
  }
  notes(sheet: string): ReadNote[] {
    return [...this.counts.values()].map(({ id, column, count, row, value, extra }) => ({
      id,
      sheet,
      row,
      column: column.header,
      value: column.type === 'id' ? maskId(value) : value,
      message: cellMessage(id, sheet, column.header, count, row, value, extra),
    }));
  }
}

function cellMessage(id: ReadNoteId, sheet: string, header: string, count: number, row: number, value: string, extra: string): Localized {
  const where = `「${sheet}」工作表「${header}」欄`;
  const first = count > 1 ? `共 ${count} 格，第一格在第 ${row} 列` : `第 ${row} 列`;
  const firstEn = count > 1 ? `${count} cells, the first on row ${row}` : `row ${row}`;
  switch (id) {
    case 'read.cell.formula':
      return {
        zh: `${where}有公式（${first}：${extra}），已讀取 Excel 上次存檔時的計算結果。上傳前請把公式改成數值（複製後「選擇性貼上 → 值」）。`,
        en: `Column "${header}" of sheet "${sheet}" holds formulas (${firstEn}: ${extra}); the results Excel last saved were read. Paste them as values before uploading.`,
      };
    case 'read.cell.error':
      return {
        zh: `${where}有錯誤值（${first}：${value}），這些儲存格沒有資料。請修正公式或重新輸入。`,
        en: `Column "${header}" of sheet "${sheet}" holds error values (${firstEn}: ${value}); those cells have no data. Fix the formula or re-enter them.`,
      };
    case 'read.cell.date-number':
      return {
        zh: `${where}的日期存成了數字（${first}：${value}），已當作 Excel 日期序號讀成 ${extra}。請確認日期正確，並把欄位設為日期或文字格式（yyyy/mm/dd）。`,
        en: `Column "${header}" of sheet "${sheet}" stores dates as numbers (${firstEn}: ${value}), read as Excel date serials (${extra}). Check them and format the column as dates or text.`,
      };
    default:
      return {
        zh: `${where}有數字比同欄其他值短（${first}：「${value}」，應為 ${extra} 碼），可能是 Excel 把開頭的 0 去掉了。請把欄位設為「文字」格式後重新輸入完整的值。`,
        en: `Column "${header}" of sheet "${sheet}" has numbers shorter than the others (${firstEn}: "${value}", expected ${extra} digits); Excel probably dropped leading zeros. Format the column as text and re-enter the full values.`,
      };
  }
}

/** One data cell as text, by the column's type; notes what Excel changed. */
function readCell(cell: RawCell | undefined, column: ParsedColumn, row: number, notes: CellNotes, numbers: Array<[number, string]>): string {
  if (!cell) return '';
  if (cell.f !== undefined) notes.add('read.cell.formula', column, row, cellText(cell), `=${cell.f}`);
  if (cell.t === 'e') {
    notes.add('read.cell.error', column, row, cellText(cell));
    return '';
  }
  if (column.type === 'date') {
    if (cell.t === 'n') {
      const serial = cell.v as number;
      const digits = String(serial);
      if (isDateFormat(cell.z)) return serialDate(serial);
      if (/^\d{7,8}$/.test(digits)) return rosterDate(digits);
      const iso = serialDate(serial);
      notes.add('read.cell.date-number', column, row, digits, iso);
      return iso;
    }
    if (cell.t === 'd') return cellText(cell);
    return rosterDate(cellText(cell));
  }
  const text = cellText(cell);
  if (column.type === 'digits' && cell.t === 'n') numbers.push([row, text]);
  return text;
}

function unknownSheetMessage(sheet: RawSheet, guess: HeaderGuess | null, seen: string[]): Localized {
  const saw = seen.length ? `看到的欄位有：${seen.slice(0, 12).join('、')}${seen.length > 12 ? '…' : ''}` : '前 30 列沒有任何文字';
  const sawEn = seen.length ? `headers seen: ${seen.slice(0, 12).join(', ')}` : 'no text in the first 30 rows';
  if (guess) {
    const missing = guess.spec.columns.filter((column, i) => column.required && !guess.found.has(i)).map((column) => column.headers[0]!);
    return {
      zh: `無法辨識「${sheet.name}」工作表是哪一種名冊：${saw}。最接近「${guess.spec.label.zh}」，但缺少必要欄位「${missing.join('」、「')}」。請確認標題列的欄位名稱與校務系統匯出的名冊相同。`,
      en: `Cannot tell which roster sheet "${sheet.name}" is: ${sawEn}. Closest is ${guess.spec.label.en}, but required columns are missing: ${missing.join(', ')}.`,
    };
  }
  return {
    zh: `無法辨識「${sheet.name}」工作表是哪一種名冊：${saw}。名冊的標題列應有「身分證號」「出生日期」等欄位。`,
    en: `Cannot tell which roster sheet "${sheet.name}" is: ${sawEn}. A roster's header row has columns such as 身分證號 and 出生日期.`,
  };
}

/** Reads every sheet of a workbook into recognised, header-mapped rows. */
export function parseWorkbook(name: string, book: RawWorkbook): ParsedFile {
  const notes: ReadNote[] = [];
  const sheets: ParsedSheet[] = [];
  let fileCover: Cover = {};
  const unknown: Array<{ sheet: RawSheet; message: Localized }> = [];
  for (const sheet of book.sheets) {
    if (sheet.rows.every(isBlankRow)) continue;
    const first = readCover(sheet, HEADER_SCAN);
    const hints = [headerKey(sheet.name), first.cover.rosterType ? headerKey(first.cover.rosterType.value) : ''].filter(Boolean);
    const { best, seen } = findHeader(sheet, hints);
    if (!best || !best.complete) {
      unknown.push({ sheet, message: unknownSheetMessage(sheet, best, seen) });
      continue;
    }
    const { cover, numericSchoolCode } = readCover(sheet, best.row);
    if (numericSchoolCode && cover.schoolCode && /^\d{1,5}$/.test(cover.schoolCode.value)) {
      const padded = cover.schoolCode.value.padStart(6, '0');
      notes.push({
        id: 'read.cell.leading-zero',
        sheet: sheet.name,
        row: cover.schoolCode.row,
        column: cover.schoolCode.label,
        value: cover.schoolCode.value,
        message: {
          zh: `「${sheet.name}」工作表第 ${cover.schoolCode.row} 列的學校代碼「${cover.schoolCode.value}」只有 ${cover.schoolCode.value.length} 碼：Excel 把它當成數字，去掉了開頭的 0。學校代碼是 6 碼，已當作「${padded}」比對；請把儲存格設為「文字」格式後輸入「${padded}」。`,
          en: `The school code "${cover.schoolCode.value}" on row ${cover.schoolCode.row} of sheet "${sheet.name}" has ${cover.schoolCode.value.length} digits: Excel stored it as a number and dropped the leading zeros. Compared as "${padded}"; format the cell as text and enter "${padded}".`,
        },
      });
      cover.schoolCode = { ...cover.schoolCode, value: padded };
    }
    if (!fileCover.schoolCode && !fileCover.term) fileCover = cover;
    const cells = sheet.rows[best.row]!;
    const columns: ParsedColumn[] = [];
    const at: ParsedSheet['at'] = {};
    best.spec.columns.forEach((column, i) => {
      const index = best.found.get(i);
      if (index === undefined) return;
      if (at[column.field] === undefined && column.field !== 'other') at[column.field] = columns.length;
      columns.push({ field: column.field, header: cellText(cells[index]), index, type: column.type, required: column.required });
    });
    const merged = sheet.merges.filter((range) => range.s.r <= best.row && range.e.r >= best.row);
    if (merged.length > 0) {
      notes.push({
        id: 'read.header.merged',
        sheet: sheet.name,
        row: best.row + 1,
        column: '',
        value: merged.map(rangeText).join('、'),
        message: {
          zh: `「${sheet.name}」工作表的標題列（第 ${best.row + 1} 列）有合併儲存格（${merged.map(rangeText).join('、')}），合併範圍內只讀得到第一格的欄位名稱。中央資料庫的名冊每欄各有一個標題，請取消合併後再上傳。`,
          en: `The header row (row ${best.row + 1}) of sheet "${sheet.name}" has merged cells (${merged.map(rangeText).join(', ')}); only the first cell's name is read. Unmerge them before uploading.`,
        },
      });
    }
    const cellNotes = new CellNotes();
    const rows: ParsedRow[] = [];
    const numbers = columns.map((): Array<[number, string]> => []);
    const longest = columns.map(() => 0);
    for (let r = best.row + 1; r < sheet.rows.length; r += 1) {
      const raw = sheet.rows[r];
      if (isBlankRow(raw)) continue;
      const row = r + 1;
      const texts = new Array<string>(columns.length);
      for (let c = 0; c < columns.length; c += 1) {
        const column = columns[c]!;
        const text = readCell(raw![column.index], column, row, cellNotes, numbers[c]!);
        texts[c] = text;
        if (column.type === 'digits' && text.length > longest[c]!) longest[c] = text.length;
      }
      rows.push({ row, cells: texts });
    }
    columns.forEach((column, c) => {
      for (const [row, text] of numbers[c]!) if (text.length < longest[c]!) cellNotes.add('read.cell.leading-zero', column, row, text, String(longest[c]));
    });
    notes.push(...cellNotes.notes(sheet.name));
    if (rows.length === 0) {
      notes.push({
        id: 'read.sheet.no-rows',
        sheet: sheet.name,
        row: best.row + 1,
        column: '',
        value: '',
        message: {
          zh: `「${sheet.name}」工作表是${best.spec.label.zh}，但標題列（第 ${best.row + 1} 列）以下沒有任何資料。請確認匯出時有選取學生。`,
          en: `Sheet "${sheet.name}" is a ${best.spec.label.en} but has no rows below its header (row ${best.row + 1}).`,
        },
      });
    }
    if (!cover.term) {
      notes.push({
        id: 'read.cover.missing',
        sheet: sheet.name,
        row: null,
        column: '',
        value: '',
        message: {
          zh: `「${sheet.name}」工作表標題列上方找不到「學年度」與「學期」，無法核對日期與課程代碼的學年度。校務系統匯出的名冊封面列應有這兩項。`,
          en: `Sheet "${sheet.name}" has no 學年度 and 學期 above its header; dates and course-code years cannot be checked against the term.`,
        },
      });
    }
    sheets.push({ name: sheet.name, spec: best.spec, headerRow: best.row + 1, columns, rows, at });
  }
  const kinds = [...new Set(sheets.map((sheet) => sheet.spec.kind))];
  for (const { sheet, message } of unknown) {
    // A roster file may carry a notes sheet; it is listed as unchecked, never passed over in silence.
    notes.push({ id: sheets.length ? 'read.sheet.unknown' : 'read.file.unknown', sheet: sheet.name, row: null, column: '', value: '', message: sheets.length ? { zh: `${message.zh}此工作表未檢查。`, en: `${message.en} This sheet was not checked.` } : message });
  }
  if (sheets.length === 0 && unknown.length === 0) {
    notes.push({ id: 'read.file.empty', sheet: '', row: null, column: '', value: '', message: { zh: `「${name}」的每個工作表都是空的。`, en: `Every sheet of "${name}" is empty.` } });
  }
  if (kinds.length > 1) {
    notes.push({
      id: 'read.file.mixed',
      sheet: '',
      row: null,
      column: '',
      value: '',
      message: {
        zh: `「${name}」同時含有${kinds.map((kind) => ROSTER_KIND_LABEL[kind].zh).join('與')}。中央資料庫每種名冊各上傳一個檔案，請分開存檔。`,
        en: `"${name}" holds ${kinds.map((kind) => ROSTER_KIND_LABEL[kind].en).join(' and ')}; the central database takes one file per roster.`,
      },
    });
  }
  return { name, kind: kinds[0] ?? 'unknown', cover: fileCover, sheets, notes };
}
