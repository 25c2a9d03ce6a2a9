import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Dismissal } from '@/lib/dismissals/lifecycle';
import { dismissalsSheet } from '@/lib/export/dashboard-sheets';
import { fromCsv } from '@/lib/export/csv';
import { DISMISSAL_HEADER_ZH, dismissalsCsv, type DismissalWords } from '@/lib/export/report-tables';
import { workbookBytes } from '@/lib/export/workbook';

const rows: Dismissal[] = [
  {
    id: 'a', at: Date.UTC(2026, 11, 1, 1, 0), origin: 'http://127.0.0.1:5180', path: '/a/student/Performance.aspx', pageKind: 'performance-list',
    subject: '9f'.repeat(32), ruleId: 'format.file.type-mismatch', field: 'files', fingerprint: 'ab'.repeat(32), choice: 'other', note: '=檔案實為 PDF',
    role: 'staff', staffName: '王怡君', endedAt: Date.UTC(2026, 11, 2, 1, 0), ended: 'value-changed',
  },
  {
    id: 'b', at: Date.UTC(2026, 11, 3, 1, 0), origin: 'http://127.0.0.1:5180', path: '/a/student/outcomes.html', pageKind: 'outcome-list',
    subject: '8e'.repeat(32), ruleId: 'format.summary.too-long', field: 'summary', fingerprint: 'cd'.repeat(32), choice: 'reported-officer', note: '',
    role: '', staffName: '陳志明', endedAt: 0, ended: '',
  },
];
const words: DismissalWords = {
  describe: (ruleId) => (ruleId === 'format.summary.too-long' ? { title: '簡述超過字數上限', severity: '錯誤' } : { title: '副檔名與標示的檔案類型不一致', severity: '提醒' }),
  reason: (d) => (d.choice === 'other' ? d.note : '已通報承辦人'),
  role: (role) => (role === 'staff' ? '行政人員' : ''),
  status: (d) => (d.endedAt === 0 ? '有效' : '已失效（資料已變更）'),
  when: (at) => new Date(at).toISOString().slice(0, 10),
};
const expected = [
  ['2026-12-01', '副檔名與標示的檔案類型不一致', 'format.file.type-mismatch', '提醒', '=檔案實為 PDF', '王怡君', '行政人員', 'http://127.0.0.1:5180/a/student/Performance.aspx', '已失效（資料已變更）', '2026-12-02'],
  ['2026-12-03', '簡述超過字數上限', 'format.summary.too-long', '錯誤', '已通報承辦人', '陳志明', '', 'http://127.0.0.1:5180/a/student/outcomes.html', '有效', ''],
];

describe('dismissals in the dashboard’s exports', () => {
  it('CSV: one row per dismissal, read back with PapaParse; no keyed hash in it, formulas defused', () => {
    const text = dismissalsCsv(rows, words);
    const { header, rows: read } = fromCsv(text);
    expect(header).toEqual(['標記時間', '問題', '規則代號', '嚴重度', '理由', '標記者', '身分', '頁面', '狀態', '結束時間']);
    expect(DISMISSAL_HEADER_ZH).toEqual(header);
    expect(read).toEqual([["2026-12-01", ...expected[0]!.slice(1, 4), "'=檔案實為 PDF", ...expected[0]!.slice(5)], expected[1]]);
    expect(text).not.toContain('9f9f');
  });

  it('xlsx: the same rows as text cells', async () => {
    const bytes = await workbookBytes([dismissalsSheet('已確認無需更正', DISMISSAL_HEADER_ZH, rows, words)], { creator: 'lp-checker', created: new Date('2026-12-04T10:00:00') });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes);
    const sheet = book.getWorksheet('已確認無需更正')!;
    expect(sheet.getRow(1).values).toEqual([undefined, ...DISMISSAL_HEADER_ZH]);
    expect(sheet.getRow(2).values).toEqual([undefined, ...expected[0]!]);
    expect(sheet.getRow(3).values).toEqual([undefined, ...expected[1]!]);
    expect(sheet.rowCount).toBe(3);
  });
});
