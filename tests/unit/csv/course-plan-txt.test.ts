import { describe, expect, it } from 'vitest';
import { utils, write } from '@e965/xlsx';
import { coursePlanTxtRows, creditsByTermOf, planFromPreview, readCoursePlanRows } from '@/lib/csv/course-plan';
import { cellText } from '@/lib/roster/parse-workbook';
import { readRosterFile } from '@/lib/roster/read-file';

describe('授課學期學分節數', () => {
  it('reads one character per semester: digits, Z = 0, A–I = 1–9, R/S/T = 10–12', () => {
    expect(creditsByTermOf('444440')).toEqual([4, 4, 4, 4, 4, 0]);
    expect(creditsByTermOf('ZZBBAA')).toEqual([0, 0, 2, 2, 1, 1]);
    expect(creditsByTermOf('rstIZ9')).toEqual([10, 11, 12, 9, 0, 9]);
    expect(creditsByTermOf('44444')).toBeUndefined();
    expect(creditsByTermOf('4444J0')).toBeUndefined();
  });
});

describe('the course-plan platform’s TXT (layout unverified): codes found, columns judged by their cells', () => {
  it('reads lines split by spaces without a header, and says how it understood each column', () => {
    const txt = ['課程代碼檔 114 學年度', '108011302H11101A1010101 國語文 1 DDDDZZ 011302', '108011302H11101A1020101 數學 1 DDDDCC 011302', ''].join('\r\n');
    const preview = readCoursePlanRows(coursePlanTxtRows(txt));
    expect(preview.columns).toEqual(['第 1 欄：課程代碼（依內容判斷）', '第 2 欄：科目名稱（依內容判斷）', '第 4 欄：授課學期學分節數（依內容判斷）']);
    expect(preview.entries).toEqual([
      { code: '108011302H11101A1010101', name: '國語文', line: 2, creditsByTerm: [4, 4, 4, 4, 0, 0], credits: 4 },
      { code: '108011302H11101A1020101', name: '數學', line: 3, creditsByTerm: [4, 4, 4, 4, 3, 3] },
    ]);
    expect(preview.problems).toEqual([]);
    expect(planFromPreview(preview, '2025-08-01')).toEqual({
      changedAt: '2025-08-01',
      entries: [
        { code: '108011302H11101A1010101', name: '國語文', creditsByTerm: [4, 4, 4, 4, 0, 0], credits: 4 },
        { code: '108011302H11101A1020101', name: '數學', creditsByTerm: [4, 4, 4, 4, 3, 3] },
      ],
    });
  });

  it('reads a tab-separated file by its header, in Big5 or UTF-8', () => {
    const txt = '序號\t科目名稱\t課程代碼\t授課學期學分節數\n1\t物理\t113093301H111010301040 1\tZZBB00\n';
    const rows = coursePlanTxtRows(txt.replace('0 1', '01'));
    const preview = readCoursePlanRows(rows);
    expect(preview.columns).toEqual(['第 2 欄：科目名稱', '第 3 欄：課程代碼', '第 4 欄：授課學期學分節數']);
    expect(preview.entries).toEqual([{ code: '113093301H1110103010401', name: '物理', line: 2, creditsByTerm: [0, 0, 2, 2, 0, 0], credits: 2 }]);
  });

  it('lists lines it cannot read and finds nothing in a file without 23-character codes', () => {
    const preview = readCoursePlanRows(coursePlanTxtRows('課程代碼,科目名稱,授課學期學分節數\n108011302H11101A1010101,國語文,44X440\n108011302H11101A1010101,國語文,444400\n108011302H11101A1020101,,444400\n'));
    expect(preview.problems.map((p) => p.message)).toEqual([
      '第 2 列（108011302H11101A1010101）的授課學期學分節數「44X440」應為 6 個字元（0–9、Z、A–I、R、S、T）',
      '第 3 列的課程代碼 108011302H11101A1010101 與第 2 列重複',
      '第 4 列（108011302H11101A1020101）沒有科目名稱',
    ]);
    expect(readCoursePlanRows(coursePlanTxtRows('國語文 4\n數學 4\n')).problems[0]!.message).toContain('找不到 23 碼的課程代碼');
  });

  it('reads an xlsx sheet the way the roster worker hands it over', () => {
    const book = utils.book_new();
    utils.book_append_sheet(book, utils.aoa_to_sheet([['課程代碼', '科目名稱', '學分', '年級', '學期'], ['113093301H1110101010101', '國語文', 4, 2, 1]]), '課程');
    const read = readRosterFile('plan.xlsx', new Uint8Array(write(book, { type: 'array', bookType: 'xlsx' })));
    if (!read.ok) throw new Error('unreadable');
    const rows = read.book.sheets[0]!.rows.map((row) => Array.from(row ?? [], cellText));
    expect(readCoursePlanRows(rows).entries).toEqual([{ code: '113093301H1110101010101', name: '國語文', line: 2, credits: 4, grade: 11, semester: 1 }]);
  });
});
