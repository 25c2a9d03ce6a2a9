import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { write, utils } from '@e965/xlsx';
import { NATIONAL_POLICY } from '@/lib/policy/presets';
import { precheckRosters } from '@/lib/roster/precheck';
import { MAX_BYTES, readRosterFile } from '@/lib/roster/read-file';

const ROOT = join(import.meta.dirname, '../../portal/pages/rosters/errors');
const bytes = (name: string) => new Uint8Array(readFileSync(join(ROOT, name)));
const CONTEXT = { now: new Date('2026-01-10T12:00:00') };
const check = (name: string, data: Uint8Array) => precheckRosters([{ name, bytes: data }], { policy: NATIONAL_POLICY, context: CONTEXT }).check;

describe('files that cannot be read say why, naming the file', () => {
  it('an old .xls: how to save it as .xlsx', () => {
    const read = readRosterFile('old-format.xls', bytes('old-format.xls'));
    expect(read).toEqual({
      ok: false,
      id: 'read.file.xls',
      message: {
        zh: '「old-format.xls」是舊版 Excel 格式（.xls），中央資料庫與本工具都只收 .xlsx。請用 Excel 開啟，選「檔案 → 另存新檔」，存檔類型選「Excel 活頁簿 (*.xlsx)」後再選一次檔案。',
        en: '"old-format.xls" is in the old Excel format (.xls); the central database and this tool take .xlsx. Open it in Excel, choose File → Save As, pick "Excel Workbook (*.xlsx)", then choose the saved file.',
      },
    });
  });

  it('a password-protected workbook, a damaged one and another format', () => {
    const locked = readRosterFile('password.xlsx', bytes('password.xlsx'));
    expect(locked.ok ? '' : [locked.id, locked.message.zh]).toEqual(['read.file.encrypted', '「password.xlsx」設有開啟密碼，無法讀取。請用 Excel 輸入密碼開啟，在「檔案 → 資訊 → 保護活頁簿 → 以密碼加密」清除密碼並儲存後，再選一次檔案。']);
    const damaged = readRosterFile('damaged.xlsx', bytes('damaged.xlsx'));
    expect(damaged.ok ? '' : damaged.id).toBe('read.file.corrupt');
    expect(damaged.ok ? '' : damaged.message.zh).toContain('「damaged.xlsx」無法以 Excel 活頁簿開啟');
    const pdf = readRosterFile('名冊.pdf', new TextEncoder().encode('%PDF-1.4'));
    expect(pdf.ok ? '' : pdf.message.zh).toBe('「名冊.pdf」不是名冊檔案：請選擇 Excel 活頁簿（.xlsx）或 CSV 檔（.csv）。');
    const half = readRosterFile('半個.xlsx', new TextEncoder().encode('not a zip'));
    expect(half.ok ? '' : half.message.zh).toBe('「半個.xlsx」不是完整的 Excel 檔，可能已損壞或下載不完全。請重新從校務系統下載。');
  });

  it('a file over 50 MB is not read, and says its size', () => {
    const read = readRosterFile('大檔.xlsx', new Uint8Array(MAX_BYTES + 1));
    expect(read.ok ? '' : [read.id, read.message.zh]).toEqual(['read.file.too-large', '「大檔.xlsx」有 50.0 MB，超過可檢查的 50 MB。請依年級或班級分成幾個檔案後再檢查。']);
  });

  it('unreadable files are listed as 請先更正 with one problem each', () => {
    const result = precheckRosters(
      ['old-format.xls', 'password.xlsx', 'damaged.xlsx'].map((name) => ({ name, bytes: bytes(name) })),
      { policy: NATIONAL_POLICY, context: CONTEXT },
    ).check;
    expect(result.files.map((f) => [f.file, f.kind, f.verdict, f.errors])).toEqual([
      ['old-format.xls', 'unknown', 'fix', 1],
      ['password.xlsx', 'unknown', 'fix', 1],
      ['damaged.xlsx', 'unknown', 'fix', 1],
    ]);
    expect(result.problems.map((p) => [p.file, p.ruleId, p.row])).toEqual([
      ['old-format.xls', 'read.file.xls', null],
      ['password.xlsx', 'read.file.encrypted', null],
      ['damaged.xlsx', 'read.file.corrupt', null],
    ]);
  });
});

describe('sheets that are not rosters, or hold no rows', () => {
  it('an empty workbook and a sheet of other columns say what was seen', () => {
    expect(check('empty.xlsx', bytes('empty.xlsx')).problems.map((p) => [p.ruleId, p.message.zh])).toEqual([['read.file.empty', '「empty.xlsx」的每個工作表都是空的。']]);
    const unknown = check('unknown.xlsx', bytes('unknown.xlsx'));
    expect(unknown.files[0]).toMatchObject({ kind: 'unknown', verdict: 'fix' });
    expect(unknown.problems.map((p) => [p.sheet, p.ruleId, p.message.zh])).toEqual([
      ['名單', 'read.file.unknown', '無法辨識「名單」工作表是哪一種名冊：看到的欄位有：座號、姓名、電話。最接近「學生資料名冊」，但缺少必要欄位「身分證號」、「出生日期」。請確認標題列的欄位名稱與校務系統匯出的名冊相同。'],
    ]);
  });

  it('a roster sheet with a header and no data rows, and a notes sheet beside a roster', () => {
    const book = utils.book_new();
    utils.book_append_sheet(book, utils.aoa_to_sheet([['學年度', 114], ['學期', 1], ['身分證號', '出生日期', '姓名']]), '學生資料名冊');
    utils.book_append_sheet(book, utils.aoa_to_sheet([['說明'], ['本檔由校務系統匯出']]), '說明');
    const result = check('空名冊.xlsx', new Uint8Array(write(book, { type: 'array', bookType: 'xlsx' })));
    expect(result.files[0]).toMatchObject({ kind: 'students', rows: 0, verdict: 'fix' });
    expect(result.problems.map((p) => [p.sheet, p.row, p.ruleId])).toEqual([
      ['說明', null, 'read.sheet.unknown'],
      ['學生資料名冊', 3, 'read.sheet.no-rows'],
    ]);
    expect(result.problems[0]!.message.zh).toContain('此工作表未檢查');
  });
});

describe('CSV rosters', () => {
  it('reads a Big5 CSV saved by Excel on zh-TW Windows', () => {
    const data = bytes('students-big5.csv');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(data)).toThrow();
    const result = check('students-big5.csv', data);
    expect(result.files[0]).toMatchObject({ kind: 'students', rows: 3, errors: 0, verdict: 'ok' });
    expect(result.problems.map((p) => p.ruleId)).toEqual(['read.cover.missing']);
  });

  it('reads a UTF-8 CSV with BOM, cover rows and a header, and finds its errors', () => {
    const csv = '\uFEFF學校代碼,093301\n學年度,114\n學期,1\n名冊別,學生資料名冊\n身分證號,出生日期,學號\nA123456788,2009/3/4,113001\nA123456789,98/03/04,113002\n';
    const result = check('學生.csv', new TextEncoder().encode(csv));
    expect(result.files[0]).toMatchObject({ kind: 'students', rows: 2, schoolCode: '093301', term: { year: 114, semester: 1 } });
    expect(result.problems.map((p) => [p.row, p.column, p.value, p.ruleId])).toEqual([[6, '身分證號', 'A12****788', 'identity.id-number.invalid']]);
  });
});
