import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { problemsSheet, ratesSheet } from '@/lib/export/dashboard-sheets';
import { sheetName, workbookBytes } from '@/lib/export/workbook';
import { latestSnapshots, onTimeGapOf, ratesBy } from '@/lib/stats/completion';
import { obs } from '../stats/build';

const words = { total: '應完成', done: '已完成', pending: '待完成', completion: '完成率', onTime: '準時完成', onTimeRate: '準時率', onTimeNote: '準時率說明', note: (rate: Parameters<typeof onTimeGapOf>[0]) => (onTimeGapOf(rate) ? `無資料：${onTimeGapOf(rate)}` : '') };

describe('the xlsx workbook', () => {
  it('has a sheet per table, bold headers, widths, counts as numbers and rates as percentages, read back', async () => {
    const snapshots = latestSnapshots(
      [
        obs({ day: '2026-02-01', total: 12, done: 11, pending: 1, onTime: 10 }),
        obs({ day: '2026-02-20', person: '張志明', course: '數學', total: 8, done: 2, pending: 6, onTime: null }),
      ],
      { year: 114, semester: 1 },
    );
    const bytes = await workbookBytes(
      [
        ratesSheet('教師', '教師／承辦人', ratesBy(snapshots, 'person', '2026-02-21'), (key) => key, words),
        problemsSheet('檢核問題', ['問題', '規則代號', '嚴重度', '發現', '仍待改正', '已確認無需更正', '已改正', '首次發現', '最近發現', '依據'], [{ ruleId: 'format.summary.too-long', seen: 3, open: 1, dismissed: 1, fixed: 1, firstSeen: '2026-01-12', lastSeen: '2026-01-26' }], () => ({
          title: '簡述超過字數上限',
          severity: '錯誤',
          source: '國教署 學習歷程檔案資料格式規定',
        })),
      ],
      { creator: 'lp-checker', created: new Date('2026-02-21T10:00:00') },
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes);
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(['教師', '檢核問題']);
    const teachers = book.getWorksheet('教師')!;
    expect(teachers.getRow(1).values).toEqual([undefined, '教師／承辦人', '應完成', '已完成', '待完成', '完成率', '準時完成', '準時率', '準時率說明']);
    expect(teachers.getRow(1).font?.bold).toBe(true);
    expect(teachers.getColumn(1).width).toBe(14);
    // lowest completion first: 張志明 2/8, then 王怡君 11/12
    expect(teachers.getRow(2).values).toEqual([undefined, '張志明', 8, 2, 6, 0.25, undefined, undefined, '無資料：no-dates']);
    expect(teachers.getRow(3).values).toEqual([undefined, '王怡君', 12, 11, 1, 11 / 12, 10, 10 / 12, '']);
    expect(teachers.getCell('E3').numFmt).toBe('0.0%');
    expect(teachers.getCell('B3').numFmt).toBe('0');
    expect(typeof teachers.getCell('B3').value).toBe('number');
    const problems = book.getWorksheet('檢核問題')!;
    expect(problems.getRow(2).values).toEqual([undefined, '簡述超過字數上限', 'format.summary.too-long', '錯誤', 3, 1, 1, 1, '2026-01-12', '2026-01-26', '國教署 學習歷程檔案資料格式規定']);
  });

  it('keeps a name that looks like a formula as text, and tab names within Excel’s rules', async () => {
    const bytes = await workbookBytes([{ name: '完成率/班級:114-1', columns: [{ header: '班級', kind: 'text' }], rows: [['=HYPERLINK("x")']] }], { creator: 'x', created: new Date(0) });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes);
    expect(book.worksheets[0]!.name).toBe('完成率_班級_114-1');
    expect(book.worksheets[0]!.getCell('A2').value).toBe('=HYPERLINK("x")');
    expect(sheetName('x'.repeat(40))).toHaveLength(31);
  });
});
