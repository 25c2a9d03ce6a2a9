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
      ['資料列', '規則', '等級', '說明', '依據'],
      ['302 班 座號 20', '身分證明號碼有誤', '錯誤', '身分證統一編號的檢查碼不正確。', '國教署 學生學習歷程檔案作業要點 三(一)'],
      ['〈古典小說人物分析報告〉', '簡述超過字數上限', '錯誤', "'=簡述有 120 字，超過上限 100 字。", '國教署 學習歷程檔案資料格式規定（見仁武高中 補充規定附件二）'],
      ['整頁', '課程學習成果勾選超過 6 件', '提醒', '勾選超過 6 件。', '國教署 學生學習歷程檔案作業要點 四(二)2'],
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
      ['Row', 'Rule', 'Severity', 'Message', 'Basis'],
      ['302 班 座號 20', 'Invalid ID number', 'Error', 'The ID check digit is wrong.', "the K-12 Education Administration's learning-portfolio rules, 三(一)"],
    ]);
  });

  it('writes the same table as an xlsx sheet, every cell text', async () => {
    const { name, rows } = await readXlsx(await pageProblemsXlsx(FINDINGS, { locale: 'zh_TW', includeNames: true }, new Date('2026-12-02T08:00:00Z')));
    expect(name).toBe('本頁問題');
    expect(rows).toEqual([
      ['資料列', '學生姓名', '規則', '等級', '說明', '依據'],
      ['302 班 座號 20', '洪沛若', '身分證明號碼有誤', '錯誤', '身分證統一編號的檢查碼不正確。', '國教署 學生學習歷程檔案作業要點 三(一)'],
      ['〈古典小說人物分析報告〉', '', '簡述超過字數上限', '錯誤', '=簡述有 120 字，超過上限 100 字。', '國教署 學習歷程檔案資料格式規定（見仁武高中 補充規定附件二）'],
      ['整頁', '', '課程學習成果勾選超過 6 件', '提醒', '勾選超過 6 件。', '國教署 學生學習歷程檔案作業要點 四(二)2'],
    ]);
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
