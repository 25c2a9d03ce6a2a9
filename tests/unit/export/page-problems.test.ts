import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import ExcelJS from 'exceljs';
import { pageProblemsCsv, pageProblemsFileName } from '@/lib/export/page-problems';
import { pageProblemsXlsx } from '@/lib/export/page-problems-xlsx';
import { SummaryFindings, type SummaryFinding } from '@/lib/messaging/protocol';

const FINDINGS: SummaryFinding[] = [
  {
    ruleId: 'identity.id-number.invalid',
    severity: 'error',
    message: { zh: '身分證統一編號的檢查碼不正確。', en: 'The ID check digit is wrong.' },
    row: { label: '302 班 座號 20', name: '洪沛若' },
  },
  {
    ruleId: 'format.summary.too-long',
    severity: 'error',
    message: { zh: '=簡述有 120 字，超過上限 100 字。', en: 'Summary too long.' },
    row: { label: '〈古典小說人物分析報告〉' },
  },
  { ruleId: 'quota.outcome.selected-over-cap', severity: 'warning', message: { zh: '勾選超過 6 件。', en: 'Over 6 selected.' } },
];

/** The CSV as Excel reads it: BOM dropped, PapaParse's reading. */
function readCsv(text: string): string[][] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  return Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
}

async function readXlsx(bytes: ArrayBuffer): Promise<{ name: string; rows: string[][] }> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes);
  const sheet = book.worksheets[0]!;
  const rows: string[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((value) => String(value ?? ''))));
  return { name: sheet.name, rows };
}

describe('the page-problems export', () => {
  it('names each row, with rule title, level, message and source in words; no student names unless asked', () => {
    const rows = readCsv(pageProblemsCsv(FINDINGS, { locale: 'zh_TW', includeNames: false }));
    expect(rows).toEqual([
      ['資料列', '規則', '等級', '說明', '依據', '已確認無需更正'],
      ['302 班 座號 20', '身分證明號碼有誤', '錯誤', '身分證統一編號的檢查碼不正確。', '國教署 學生學習歷程檔案作業要點 三(一)', ''],
      ['〈古典小說人物分析報告〉', '簡述超過字數上限', '錯誤', "'=簡述有 120 字，超過上限 100 字。", '國教署 學習歷程檔案資料格式規定（見仁武高中 補充規定附件二）', ''],
      ['整頁', '課程學習成果勾選超過 6 件', '提醒', '勾選超過 6 件。', '國教署 學生學習歷程檔案作業要點 四(二)2', ''],
    ]);
    expect(rows.flat().join(' ')).not.toContain('洪沛若');
  });

  it('adds a 學生姓名 column when 「包含學生姓名」 is ticked', () => {
    const rows = readCsv(pageProblemsCsv(FINDINGS, { locale: 'zh_TW', includeNames: true }));
    expect(rows.map((row) => row.slice(0, 2))).toEqual([
      ['資料列', '學生姓名'],
      ['302 班 座號 20', '洪沛若'],
      ['〈古典小說人物分析報告〉', ''],
      ['整頁', ''],
    ]);
  });

  it('writes English headers and words for an English user', () => {
    const rows = readCsv(pageProblemsCsv(FINDINGS.slice(0, 1), { locale: 'en', includeNames: false }));
    expect(rows).toEqual([
      ['Row', 'Rule', 'Severity', 'Message', 'Basis', 'Marked as needing no correction'],
      ['302 班 座號 20', 'Invalid ID number', 'Error', 'The ID check digit is wrong.', "the K-12 Education Administration's learning-portfolio rules, 三(一)", ''],
    ]);
  });

  it('writes the same table as an xlsx sheet, every cell text', async () => {
    const { name, rows } = await readXlsx(await pageProblemsXlsx(FINDINGS, { locale: 'zh_TW', includeNames: true }, new Date('2026-12-02T08:00:00Z')));
    expect(name).toBe('本頁問題');
    expect(rows).toEqual([
      ['資料列', '學生姓名', '規則', '等級', '說明', '依據', '已確認無需更正'],
      ['302 班 座號 20', '洪沛若', '身分證明號碼有誤', '錯誤', '身分證統一編號的檢查碼不正確。', '國教署 學生學習歷程檔案作業要點 三(一)', ''],
      ['〈古典小說人物分析報告〉', '', '簡述超過字數上限', '錯誤', '=簡述有 120 字，超過上限 100 字。', '國教署 學習歷程檔案資料格式規定（見仁武高中 補充規定附件二）', ''],
      ['整頁', '', '課程學習成果勾選超過 6 件', '提醒', '勾選超過 6 件。', '國教署 學生學習歷程檔案作業要點 四(二)2', ''],
    ]);
  });

  it('keeps a finding marked 「已確認，無需更正」 in its place, saying why, by whom and on which day', async () => {
    // 12:00 UTC: 1 December wherever the test runs between UTC−11 and UTC+11 (20:00 in Taiwan)
    const at = Date.UTC(2026, 11, 1, 12, 0);
    const dismissed: SummaryFinding[] = [
      { ...FINDINGS[0]!, dismissed: { choice: 'reported-officer', note: '', staffName: '王怡君', at } },
      { ...FINDINGS[1]!, dismissed: { choice: 'other', note: '=學生已於紙本更正', staffName: '陳志明', at } },
      FINDINGS[2]!,
    ];
    const rows = readCsv(pageProblemsCsv(dismissed, { locale: 'zh_TW', includeNames: false }));
    expect(rows.map((row) => [row[0], row.at(-1)])).toEqual([
      ['資料列', '已確認無需更正'],
      ['302 班 座號 20', '已通報承辦人（王怡君，2026-12-01）'],
      ['〈古典小說人物分析報告〉', "'=學生已於紙本更正（陳志明，2026-12-01）"],
      ['整頁', ''],
    ]);
    const english = readCsv(pageProblemsCsv(dismissed.slice(0, 1), { locale: 'en', includeNames: false }));
    expect(english[1]!.at(-1)).toBe('Reported to the officer in charge (王怡君, 2026-12-01)');
    const { rows: sheet } = await readXlsx(await pageProblemsXlsx(dismissed, { locale: 'zh_TW', includeNames: false }, new Date(at)));
    expect(sheet.map((row) => row.at(-1))).toEqual(['已確認無需更正', '已通報承辦人（王怡君，2026-12-01）', '=學生已於紙本更正（陳志明，2026-12-01）', '']);
  });

  it('refuses a dismissal the page names with a reason it does not know', () => {
    expect(SummaryFindings.safeParse([{ ...FINDINGS[0], dismissed: { choice: 'reported-officer', note: '', staffName: '王怡君', at: 0 } }]).success).toBe(true);
    expect(SummaryFindings.safeParse([{ ...FINDINGS[0], dismissed: { choice: 'because', note: '', staffName: '王怡君', at: 0 } }]).success).toBe(false);
    expect(SummaryFindings.safeParse([{ ...FINDINGS[0], dismissed: true }]).success).toBe(false);
  });

  it('names the file by what, page kind and day', () => {
    expect(pageProblemsFileName('zh_TW', '班級進度', '2026-12-02', 'csv')).toBe('本頁問題-班級進度-2026-12-02.csv');
    expect(pageProblemsFileName('en', 'Class progress', '2026-12-02', 'xlsx')).toBe('Page problems-Class progress-2026-12-02.xlsx');
  });

  it('refuses an answer from the page that is not a bounded list of findings', () => {
    expect(SummaryFindings.safeParse(FINDINGS).success).toBe(true);
    expect(SummaryFindings.safeParse([{ ...FINDINGS[0], row: { label: 'x'.repeat(501) } }]).success).toBe(false);
    expect(SummaryFindings.safeParse(Array.from({ length: 100_001 }, () => FINDINGS[2])).success).toBe(false);
  });
});
