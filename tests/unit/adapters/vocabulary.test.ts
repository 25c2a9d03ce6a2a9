import { describe, expect, it } from 'vitest';
import { readPage } from '@/lib/adapters/read-page';
import { headerKey } from '@/lib/adapters/text';
import { EXACT_SCORE, fieldForHeader, headerUnit, matchHeader, type Field } from '@/lib/adapters/vocabulary';
import { parseHtml } from '../helpers/portal-page';

/**
 * Header wordings as vendors write them: the national platform (學科, 檔案名稱, 成果簡述, 是否驗證,
 * 勾選學年), the 收訖 system (學生回報), grid widgets with sort marks and units in brackets, and
 * the synonyms listed in shared/domain.md.
 */
const VARIANTS: Record<string, readonly string[]> = {
  title: ['成果名稱', '標題', '名稱', '作品名稱', '成果主題', '主題', '成果標題', '表現名稱', '活動名稱', '競賽名稱', '證照名稱', '作品標題', '課程學習成果名稱', '題目'],
  summary: ['簡述', '內容簡述', '成果簡述', '摘要', '內容摘要', '成果摘要', '簡介', '作品簡介', '內容說明', '成果說明', '成果內容', '成果描述', '簡述(100字以內)', '內容簡述（限100字）', '學生自行填寫之成果簡述'],
  files: ['檔案', '附件', '檔案名稱', '上傳檔案', '檔名', '附件名稱', '附件檔案', '成果檔案', '作品檔案', '上傳附件', '檔案下載', '附檔'],
  fileSize: ['大小', '檔案大小', '容量', '檔案容量', '大小(KB)', '檔案大小（MB）', '附件大小', '大小 (bytes)', '檔案大小(位元組)', '檔案容量(MB)', '影音檔大小', '大小 KB'],
  certStatus: ['認證狀態', '狀態', '認證情形', '認證結果', '審核狀態', '審核結果', '驗證狀態', '是否驗證', '是否認證', '教師認證', '認證', '認證與否', '審查狀態', '驗證結果'],
  courseName: ['科目名稱', '課程名稱', '科目', '學科', '課程', '修課科目', '選修科目', '課程科目', '課名', '科目名稱(中文)', '修習科目', '課程名稱 ▲'],
  courseCode: ['課程代碼', '課程代號', '科目代碼', '代碼', '課程編號', '科目代號', '課程碼', '科目編碼', '課程代碼(23碼)', '課程識別碼', '科目編號'],
  studentNo: ['學號', '學生學號', '學 號', '學號▼', '學號(帳號)', '學生編號', '學籍號碼', '學號 *', '學員編號', '學生代號'],
  studentName: ['姓名', '學生姓名', '中文姓名', '學生', '姓 名', '學生名稱', '學員姓名', '姓名(中文)', '學生姓名 ▲', '英文姓名'],
  nationalId: ['身分證號', '身分證統一編號', '證號', '身分證字號', '統一證號', '居留證號', '身份證字號', '身分證號碼', '身分證/居留證號', '身分證', '統一編號'],
  term: ['學年期', '學年度學期', '學年度/學期', '學年學期', '學年/學期', '學年度-學期', '年度學期', '修課學年期', '學年度 學期', '上傳學年期'],
  schoolYear: ['學年度', '學年', '年度', '學年別', '上傳學年', '學年度(民國)', '資料學年度', '認列學年度', '修課學年', '開課學年度'],
  semester: ['學期', '期別', '學期(上/下)', '修課學期', '開課學期', '上傳學期', '學 期', '學期 ▼', '認列學期', '學期（1/2）'],
  selected: ['勾選', '已勾選', '提交', '勾選狀態', '是否勾選', '勾選提交', '選取', '是否提交', '勾選與否', '勾選(最多6件)', '提交勾選'],
  receiptStatus: ['收訖確認', '確認狀態', '收訖狀態', '學生回報', '回報結果', '確認結果', '回覆狀態', '學生確認', '確認情形', '收訖回報', '回報狀態', '是否確認', '資料是否正確', '確認與否'],
  uploadedAt: ['上傳日期', '上傳時間', '上傳日', '繳交日期', '繳交時間', '建立時間', '新增日期', '登錄日期', '上傳日期時間', '更新時間', '最後更新時間', '資料建立日期'],
  certDate: ['認證日期', '認證時間', '審核日期', '驗證日期', '認證完成日', '認證日', '審核時間', '通過日期', '認證完成時間', '核准日期', '驗證時間'],
  teacher: ['認證教師', '任課教師', '授課教師', '教師', '老師', '任課老師', '認證老師', '審核教師', '教師姓名', '授課老師', '驗證人員'],
  certReason: ['未通過原因', '不通過原因', '退回原因', '原因', '認證說明', '不通過理由', '退件原因', '審核意見', '教師意見', '教師評語', '退回說明'],
};

describe('matchHeader: realistic header variants', () => {
  for (const [field, headers] of Object.entries(VARIANTS)) {
    it(`reads ${headers.length} wordings as ${field}`, () => {
      expect(headers.length).toBeGreaterThanOrEqual(10);
      for (const header of headers) expect(matchHeader(header)?.field, header).toBe(field);
    });
  }

  it('keeps fieldForHeader(headerKey(text)) answering as matchHeader does', () => {
    for (const [field, headers] of Object.entries(VARIANTS)) {
      for (const header of headers) expect(fieldForHeader(headerKey(header)), header).toBe(field);
    }
  });

  it.each([
    ['成果簡述', 'summary'],
    ['學科', 'courseName'],
    ['檔案名稱', 'files'],
    ['是否驗證', 'certStatus'],
    ['學年', 'schoolYear'],
    ['學期', 'semester'],
  ])('reads the national platform’s 「%s」 as %s', (header, field) => {
    expect(matchHeader(header)?.field).toBe(field);
  });
});

describe('matchHeader: what must not be taken for a field', () => {
  it.each([
    ['勾選學年', 'the year an item was selected for, not the schoolYear'],
    ['說明欄', 'a generic 說明 with anything after it'],
    ['備註', 'a note'],
    ['備註說明', 'a note'],
    ['操作', 'the actions column'],
    ['功能', 'the actions column'],
    ['操作說明', 'instructions'],
    ['序號', 'a running number'],
    ['項次', 'a running number'],
    ['編輯', 'an action'],
    ['請於期限內上傳課程學習成果並填寫簡述，簡述以一百字為限，逾期將無法勾選', 'a 40-character sentence'],
    ['本表列出學生上傳之成果名稱與簡述供導師查閱', 'prose without punctuation'],
    ['單位名稱', 'a cadre’s unit, not a title'],
    ['日期', 'a date of no known kind'],
    ['', 'an empty header'],
  ])('「%s」 is no field (%s)', (header) => {
    expect(matchHeader(header)).toBeUndefined();
  });

  it('takes 說明 alone for a summary only weakly: any named summary column scores higher', () => {
    const weak = matchHeader('說明');
    expect(weak?.field).toBe('summary');
    for (const header of VARIANTS.summary!) expect(matchHeader(header)!.score, header).toBeGreaterThan(weak!.score);
  });

  it('keeps the vendor’s reason columns apart from the summary', () => {
    expect(matchHeader('差異說明')?.field).toBe('compareNote');
    expect(matchHeader('疑義說明')?.field).toBe('receiptNote');
    expect(matchHeader('錯誤說明')?.field).toBe('errorMessage');
    expect(matchHeader('認證說明')?.field).toBe('certReason');
  });
});

describe('matchHeader: scores', () => {
  it('gives exact names the exact score and partial matches less', () => {
    expect(matchHeader('成果名稱')).toEqual({ field: 'title', score: EXACT_SCORE });
    expect(matchHeader('作品名稱')!.score).toBeLessThan(EXACT_SCORE);
    expect(matchHeader('作品名稱')!.score).toBeGreaterThan(matchHeader('課程學習成果名稱')!.score);
  });

  it('lets a site’s own names win over every built-in meaning', () => {
    const extra = new Map<string, Field>([['名稱', 'courseName'], ['作品', 'title']]);
    expect(matchHeader('名稱', undefined, extra)).toEqual({ field: 'courseName', score: 1000 });
    expect(fieldForHeader('作品', undefined, extra)).toBe('title');
    expect(fieldForHeader('作品')).toBeUndefined();
  });
});

describe('matchHeader under a group header', () => {
  it.each([
    ['名稱', '檔案', 'files'],
    ['檔名', '附件', 'files'],
    ['大小', '附件', 'fileSize'],
    ['類型', '附件', 'fileType'],
    ['格式', '檔案', 'fileType'],
    ['狀態', '收訖確認', 'receiptStatus'],
    ['日期', '認證', 'certDate'],
    ['代碼', '課程', 'courseCode'],
    ['名稱', '課程', 'courseName'],
    ['已上傳', '課程學習成果', 'outcomesUploaded'],
    ['已認證', '課程學習成果', 'outcomesCertified'],
    ['已勾選', '課程學習成果', 'outcomesSelected'],
    ['上傳數', '多元表現', 'performancesUploaded'],
    ['已勾選', '多元表現', 'performancesSelected'],
    ['科目名稱', '課程學習成果', 'courseName'],
    ['學年度', '114學年度第1學期課程學習成果一覽表', 'schoolYear'],
    ['狀態', '課程學習成果', 'certStatus'],
  ])('「%s」 under 「%s」 is %s', (header, group, field) => {
    expect(matchHeader(header, group)?.field).toBe(field);
    expect(fieldForHeader(headerKey(header), headerKey(group))).toBe(field);
  });
});

describe('headerUnit', () => {
  it.each([
    ['大小(KB)', 'KB'],
    ['檔案大小（MB）', 'MB'],
    ['大小 (bytes)', 'B'],
    ['檔案大小(位元組)', 'B'],
    ['容量[GB]', 'GB'],
    ['大小【KB】', 'KB'],
    ['檔案大小(單位:KB)', 'KB'],
    ['大小 KB', 'KB'],
    ['檔案大小/MB', 'MB'],
    ['大小（ＫＢ）', 'KB'],
    ['大小(KiB)', 'KB'],
  ])('「%s」 states %s', (header, unit) => {
    expect(headerUnit(header)).toBe(unit);
  });

  it.each(['大小', '檔案大小', '檔案名稱(PDF)', '成果名稱'])('「%s」 states no unit', (header) => {
    expect(headerUnit(header)).toBeUndefined();
  });

  it('comes with the match of a size column, from the header or its group', () => {
    expect(matchHeader('大小(KB)')).toMatchObject({ field: 'fileSize', unit: 'KB' });
    expect(matchHeader('檔案大小（MB）')).toMatchObject({ field: 'fileSize', unit: 'MB' });
    expect(matchHeader('大小', '附件(KB)')).toMatchObject({ field: 'fileSize', unit: 'KB' });
    expect(matchHeader('檔案大小')).toEqual({ field: 'fileSize', score: EXACT_SCORE });
    expect(matchHeader('成果名稱(KB)')).not.toHaveProperty('unit');
  });
});

describe('the rest of the vocabulary', () => {
  it.each([
    ['班級', 'className'],
    ['就讀班級', 'className'],
    ['座號', 'seat'],
    ['年級', 'grade'],
    ['開課年級', 'grade'],
    ['學分數', 'credits'],
    ['修課學分', 'credits'],
    ['多元表現類別', 'category'],
    ['表現類型', 'category'],
    ['資料來源', 'source'],
    ['登錄者', 'source'],
    ['外部連結', 'link'],
    ['影音連結', 'link'],
    ['證明文件', 'proofFiles'],
    ['佐證資料', 'proofFiles'],
    ['影音檔', 'mediaFiles'],
    ['影片', 'mediaFiles'],
    ['檔案類型', 'fileType'],
    ['副檔名', 'fileType'],
    ['確認日期', 'receiptDate'],
    ['回報時間', 'receiptDate'],
    ['問題回報內容', 'receiptNote'],
    ['比對結果', 'compareResult'],
    ['檢核結果', 'compareResult'],
    ['不符原因', 'compareNote'],
    ['預檢結果', 'precheckResult'],
    ['名冊名稱', 'rosterType'],
    ['提交時間', 'submittedAt'],
    ['資料筆數', 'rowCount'],
    ['錯誤筆數', 'errorCount'],
    ['列號', 'errorRow'],
    ['錯誤欄位', 'errorField'],
    ['錯誤內容', 'errorMessage'],
    ['成果上傳件數', 'outcomesUploaded'],
    ['多元表現勾選件數', 'performancesSelected'],
  ])('「%s」 is %s', (header, field) => {
    expect(matchHeader(header)?.field).toBe(field);
  });
});

describe('a page worded as another vendor words it', () => {
  it('is read through headers understood by their parts and statuses shown as icons', () => {
    const doc = parseHtml(`<html><head><title>課程學習成果</title></head><body><table>
      <tr><th>學年期</th><th>學科</th><th>作品名稱</th><th>內容摘要</th><th>附檔</th><th>檔案容量</th><th>認證情形</th></tr>
      <tr><td>114/上</td><td>物理</td><td>單擺實驗</td><td>測量週期</td><td>單擺.pdf</td><td>3,072 KB</td><td><img src="ok.png" alt="已認證"></td></tr>
      <tr><td>114/上</td><td>化學</td><td>滴定</td><td>酸鹼</td><td>滴定.mp4</td><td>12,800KB</td><td><i class="icon" title="審核中"></i></td></tr>
    </table></body></html>`);
    const read = readPage(doc);
    if (read.status !== 'checked') throw new Error('not read');
    expect(read.pageKind).toBe('outcome-list');
    expect(read.skipped).toEqual([]);
    expect(read.rows.map((row) => row.record)).toMatchObject([
      { term: { year: 114, semester: 1 }, courseName: '物理', title: '單擺實驗', summary: '測量週期', files: [{ name: '單擺.pdf', bytes: 3_145_728 }], certStatus: 'certified' },
      { courseName: '化學', title: '滴定', files: [{ name: '滴定.mp4', bytes: 13_107_200 }], certStatus: 'pending' },
    ]);
  });

  it('reads a 收訖 list whose answers column is called 學生回報', () => {
    const doc = parseHtml(`<html><head><title>收訖明細</title></head><body><table>
      <tr><th>學生學號</th><th>學生姓名</th><th>身分證字號</th><th>學生回報</th><th>回報時間</th></tr>
      <tr><td>112001</td><td>王小明</td><td>A123456789</td><td>資料正確</td><td>2026/03/02 08:00</td></tr>
      <tr><td>112002</td><td>李小華</td><td>B123456780</td><td>資料錯誤</td><td>2026/03/03 09:10</td></tr>
    </table></body></html>`);
    const read = readPage(doc);
    if (read.status !== 'checked') throw new Error('not read');
    expect(read.pageKind).toBe('receipt');
    expect(read.rows.map((row) => row.record)).toMatchObject([
      { studentRef: '112001', status: 'confirmed', confirmedAt: '2026-03-02' },
      { studentRef: '112002', status: 'disputed', confirmedAt: '2026-03-03' },
    ]);
  });
});
