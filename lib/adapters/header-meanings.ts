import type { Field } from './vocabulary';

/**
 * How a header names a field by its meaningful parts, for the wordings FIELD_NAMES does not
 * list (vocabulary.ts scores them; an exact name scores 100 and wins). Data, not code: a vendor's
 * new wording is one more word in one list.
 *
 * A meaning matches a header when each group in `parts` has one of its words in the header, the
 * groups in this order (Chinese puts the head last: 認證日期 is a date, 教師認證 a status), and
 * no word of `not` is there. Its score is `score` less 3 for each Chinese character no matched
 * word explains (「學生自行填寫之成果簡述」 is a summary, less surely than 「成果簡述」); letters,
 * digits and signs (a unit, 「(100字)」's digits) cost nothing.
 */
export interface HeaderMeaning {
  field: Field;
  parts: readonly (readonly string[])[];
  not?: readonly string[];
  score: number;
}

/** Words that keep a header from meaning any field but by its exact name (操作, 備註說明 …). */
export const NEVER_MEANS = ['備註', '操作', '功能', '序號', '項次', '編輯', '刪除', '動作', '管理', '檢視', '下載次數'];

/** Single generic words that name a field only weakly: any better-named column of that field wins. */
export const GENERIC_NAMES: Readonly<Record<string, { field: Field; score: number }>> = {
  說明: { field: 'summary', score: 25 },
  內容: { field: 'summary', score: 40 },
};

const DATE = ['日期', '時間', '日'];
const CERTIFY = ['認證', '驗證', '審核', '審查'];
const COUNT = ['數', '件數'];

export const HEADER_MEANINGS: readonly HeaderMeaning[] = [
  // 學年度 / 學期: 勾選學年 (the year an item was selected for, epf-mlife) is neither.
  { field: 'term', parts: [['學年', '年度'], ['學期']], score: 85 },
  { field: 'term', parts: [['學年期']], score: 90 },
  { field: 'schoolYear', parts: [['學年', '年度']], not: ['學期', '勾選', '入學', '畢業', '提交'], score: 75 },
  { field: 'semester', parts: [['學期', '期別']], not: ['學年', '年度', '成績', ...COUNT], score: 75 },
  { field: 'grade', parts: [['年級']], score: 80 },
  { field: 'className', parts: [['班級', '班別', '班名']], not: ['人數', ...COUNT], score: 75 },
  { field: 'seat', parts: [['座號', '座次']], score: 85 },

  // Who: 學號, 姓名, 身分證號.
  { field: 'studentNo', parts: [['學號']], not: ['身分', '身份'], score: 90 },
  { field: 'studentNo', parts: [['學生', '學員', '學籍'], ['編號', '代號', '號碼']], score: 75 },
  { field: 'studentName', parts: [['姓名']], not: ['教師', '老師', '導師', '家長', '監護', '承辦'], score: 90 },
  { field: 'studentName', parts: [['學生', '學員'], ['名稱', '名字']], score: 85 },
  { field: 'studentName', parts: [['學生', '學員']], not: ['學號', '編號', '代號', '號碼', '回報', '確認', '回覆', '人數', '身分', '身份', '類別', ...COUNT], score: 60 },
  { field: 'nationalId', parts: [['身分證', '身份證', '居留證', '統一證', '統一編號']], score: 90 },
  { field: 'nationalId', parts: [['身分', '身份'], ['號', '編號']], score: 75 },

  // Courses: 學科 is epf-mlife's word; 課程學習成果名稱 is a title, 課程類別 not a course.
  { field: 'courseCode', parts: [['課程', '科目', '課'], ['代碼', '代號', '編號', '編碼', '識別碼', '碼']], score: 85 },
  { field: 'courseCode', parts: [['代碼', '代號']], not: ['學校', '證照', '名冊', '班級', '群科', '類別', '身分'], score: 50 },
  { field: 'courseName', parts: [['科目', '學科', '課程', '課名']], not: ['代碼', '代號', '編號', '編碼', '碼', '類別', '類型', '學分', '屬性', '諮詢', '計畫', '成果', '時數', '節數', '成績'], score: 70 },
  { field: 'courseName', parts: [['科目', '課程'], ['名稱']], not: ['成果'], score: 85 },
  { field: 'credits', parts: [['學分']], not: ['成績', '是否', '採計'], score: 80 },

  // What: title, summary, category, source, link. 單位名稱 (a cadre's unit) is not a title.
  { field: 'title', parts: [['成果', '作品', '表現', '活動', '競賽', '證照', '幹部'], ['名稱', '標題', '主題', '題目']], score: 80 },
  {
    field: 'title',
    parts: [['名稱', '標題', '主題', '題目']],
    not: ['科目', '課程名稱', '檔', '附件', '班級', '名冊', '學校', '單位', '機構', '證明', '影音', '教師', '老師', '學生', '類別'],
    score: 65,
  },
  { field: 'summary', parts: [['簡述', '摘要']], score: 85 },
  { field: 'summary', parts: [['簡介', '描述']], score: 70 },
  {
    field: 'summary',
    parts: [['內容', '成果', '作品', '表現', '活動'], ['說明', '內容']],
    not: ['錯誤', '差異', '疑義', '不符', '認證', '退回', '原因', '檔案', '上傳'],
    score: 65,
  },
  { field: 'category', parts: [['類別', '分類']], not: ['課程', '科目', '身分', '身份', '名冊', '檔案'], score: 70 },
  { field: 'category', parts: [['表現'], ['類型', '項目']], score: 75 },
  { field: 'source', parts: [['來源', '登錄者', '建立者', '填報', '登錄單位', '提供者', '登錄人']], score: 70 },
  { field: 'link', parts: [['連結', '網址', 'url', 'URL', 'Link', 'link']], not: ['檔案', '附件'], score: 75 },

  // Files: 檔案名稱 is the files, 大小 / 容量 with an optional unit the size.
  { field: 'files', parts: [['檔案', '附件', '檔名', '附檔']], not: ['大小', '容量', '類型', '格式', '種類', '副檔名', '數量', '上限', '說明', '影音', '證明', '佐證', ...DATE, ...COUNT], score: 75 },
  { field: 'proofFiles', parts: [['證明', '佐證'], ['文件', '檔案', '附件', '資料']], not: ['大小', '容量'], score: 80 },
  { field: 'mediaFiles', parts: [['影音', '影片', '音訊', '音檔']], not: ['大小', '容量', '類型', '格式', '連結'], score: 75 },
  { field: 'fileSize', parts: [['大小', '容量']], not: ['限制', '上限'], score: 85 },
  { field: 'fileType', parts: [['檔案', '附件', '檔'], ['類型', '格式', '種類', '性質', '類別']], score: 80 },
  { field: 'fileType', parts: [['格式', '副檔名']], not: ['名冊'], score: 60 },
  { field: 'uploadedAt', parts: [['上傳', '繳交', '建立', '新增', '登錄', '填寫', '更新', '修改'], DATE], score: 80 },

  // 認證: 認證 / 審核 / 驗證 with 狀態 / 情形 / 結果, or 是否驗證 (epf-mlife).
  { field: 'certStatus', parts: [CERTIFY, ['狀態', '情形', '結果', '與否']], score: 85 },
  { field: 'certStatus', parts: [['是否'], [...CERTIFY, '通過']], score: 85 },
  { field: 'certStatus', parts: [CERTIFY], not: [...DATE, '人員', '者', '說明', '意見', '原因', '期限', '截止', '已', ...COUNT], score: 55 },
  { field: 'certDate', parts: [[...CERTIFY, '通過', '核准'], DATE], score: 85 },
  { field: 'teacher', parts: [CERTIFY, ['教師', '老師', '人員', '者']], score: 85 },
  { field: 'teacher', parts: [['教師', '老師']], not: ['導師', '諮詢', ...CERTIFY, '意見', '評語', '說明', '原因'], score: 70 },
  { field: 'certReason', parts: [['原因', '理由', '意見', '評語', '回饋']], not: ['錯誤', '不符', '差異'], score: 75 },
  { field: 'certReason', parts: [[...CERTIFY, '退回', '退件'], ['說明', '備註']], score: 75 },

  // 勾選 / counts on a class's progress.
  { field: 'selected', parts: [['勾選', '提交', '選取']], not: ['學年', '上限', '件數', '數', ...DATE], score: 75 },
  { field: 'outcomesUploaded', parts: [['成果'], ['上傳']], not: ['多元', ...DATE, '檔案'], score: 80 },
  { field: 'outcomesCertified', parts: [['成果'], CERTIFY], not: ['多元', ...DATE, '狀態', '教師', '老師'], score: 80 },
  { field: 'outcomesSelected', parts: [['成果'], ['勾選']], not: ['多元'], score: 80 },
  { field: 'performancesUploaded', parts: [['多元'], ['上傳']], not: DATE, score: 85 },
  { field: 'performancesSelected', parts: [['多元'], ['勾選']], score: 85 },

  // 收訖: the answers column (學生回報, 回報結果, 確認結果 …), its date and the dispute's words.
  { field: 'receiptStatus', parts: [['收訖']], not: [...DATE, '說明', '內容', '期限', '截止', '人數'], score: 80 },
  { field: 'receiptStatus', parts: [['回報', '回覆', '確認'], ['狀態', '結果', '情形', '與否']], score: 80 },
  { field: 'receiptStatus', parts: [['學生', '資料'], ['回報', '回覆', '確認']], not: [...DATE, '說明', '內容'], score: 80 },
  { field: 'receiptStatus', parts: [['是否'], ['確認', '正確', '回覆']], score: 80 },
  { field: 'receiptDate', parts: [['確認', '回覆', '回報', '收訖'], DATE], score: 85 },
  { field: 'receiptNote', parts: [['疑義', '問題', '申覆']], not: ['狀態', '結果'], score: 82 },

  // 課程代碼比對 and 預檢.
  { field: 'compareResult', parts: [['比對', '核對', '檢核', '相符']], not: ['說明', '原因', '差異', ...DATE], score: 75 },
  { field: 'compareNote', parts: [['差異', '不符']], score: 80 },
  { field: 'compareNote', parts: [['比對', '核對'], ['說明', '原因']], score: 80 },
  { field: 'precheckResult', parts: [['預檢']], not: [...DATE, '錯誤', '筆數'], score: 85 },
  { field: 'rosterType', parts: [['名冊']], not: [...DATE, '筆數'], score: 85 },
  { field: 'submittedAt', parts: [['提交', '送出', '傳送'], DATE], score: 85 },
  { field: 'rowCount', parts: [['筆數']], not: ['錯誤', '失敗'], score: 80 },
  { field: 'errorCount', parts: [['錯誤', '失敗', '異常'], ['筆數', '數', '件數']], score: 85 },
  { field: 'errorRow', parts: [['列號', '行號', '第幾筆', '資料列', '錯誤列']], score: 80 },
  { field: 'errorField', parts: [['欄位']], score: 80 },
  { field: 'errorMessage', parts: [['錯誤', '異常', '檢核'], ['說明', '訊息', '內容', '原因', '描述']], score: 85 },
  { field: 'errorMessage', parts: [['訊息']], score: 60 },
];
