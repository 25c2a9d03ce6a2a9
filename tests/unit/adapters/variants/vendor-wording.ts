/**
 * How real portals word and write things, taken from /work/shared/domain.md (its "Vocabulary the adapters
 * should know", "Markup and words seen on real portals", "Vendors and workflow facts" and the note on sizes
 * and dates) — never from lib/adapters/vocabulary.ts, so that the generated variants do not merely
 * repeat what the adapter already knows. A column missing here is shown only with its canonical header.
 */

/** What a column of a canonical list holds (the test's own names). */
export type ColumnName =
  | 'schoolYear'
  | 'semester'
  | 'className'
  | 'seat'
  | 'studentNo'
  | 'studentName'
  | 'nationalId'
  | 'courseName'
  | 'courseCode'
  | 'credits'
  | 'grade'
  | 'title'
  | 'summary'
  | 'files'
  | 'uploadedAt'
  | 'certStatus'
  | 'certReason'
  | 'teacher'
  | 'selected'
  | 'category'
  | 'source'
  | 'outcomesUploaded'
  | 'outcomesCertified'
  | 'outcomesSelected'
  | 'receiptStatus'
  | 'receiptDate'
  | 'compareResult'
  | 'compareNote'
  | 'rosterType'
  | 'submittedAt'
  | 'rowCount'
  | 'precheckResult'
  | 'errorCount';

/**
 * Header synonyms per column, as domain.md lists them ("Vocabulary …", and the national platform's
 * labels 學年 / 學科 / 檔案名稱 / 成果簡述). The first name is the canonical page's header.
 * 證明文件 is left out of the file synonyms: domain.md's format table uses it for proof documents
 * only (pdf, jpg, png), so a video under it is a real type mismatch, not a rewording.
 */
export const HEADER_SYNONYMS: Partial<Record<ColumnName, readonly string[]>> = {
  schoolYear: ['學年度', '學年'],
  semester: ['學期'],
  className: ['班級'],
  seat: ['座號'],
  studentNo: ['學號'],
  studentName: ['姓名'],
  nationalId: ['身分證號', '身分證統一編號', '證號'],
  courseName: ['科目名稱', '課程名稱', '學科'],
  courseCode: ['課程代碼', '課程代號', '科目代碼'],
  credits: ['學分', '學分數'],
  grade: ['年級'],
  title: ['成果名稱', '標題'],
  summary: ['簡述', '內容簡述', '成果簡述', '說明'],
  files: ['檔案', '附件', '檔案名稱'],
  uploadedAt: ['上傳日期', '上傳時間'],
  certStatus: ['認證狀態', '狀態'],
  teacher: ['任課教師', '認證教師'],
  selected: ['勾選', '已勾選', '提交'],
  category: ['多元表現類別', '類別'],
  source: ['資料來源', '登錄者'],
  receiptStatus: ['確認狀態', '收訖確認'],
};

/** A file-size column's own header (domain.md: 檔案大小 / 大小). */
export const SIZE_HEADERS = ['檔案大小', '大小'] as const;

/** A group header over a file's name and size (檔案 › 名稱 / 大小). */
export const FILE_GROUP = { group: '檔案', name: '名稱', size: '大小' } as const;

/** Group headers that say nothing about the columns under them (a vendor's 「基本資料」 band). */
export const NEUTRAL_GROUPS = ['基本資料', '詳細資料'] as const;

/** 認證狀態 words (domain.md: 未認證, 已認證, 認證通過, 認證未通過 / 不通過, 退回). */
export const CERT_WORDS = {
  pending: ['未認證'],
  certified: ['已認證', '認證通過'],
  rejected: ['認證未通過', '不通過', '退回'],
} as const;

/**
 * 收訖 answers: domain.md's 已確認 / 有疑義 / 未確認, and the 收訖 system's own words — each student
 * reports 正確 or 錯誤 (學生回報資料正確 / 學生回報資料錯誤); a student who does not answer counts as confirmed
 * by the rules but shows as not yet answered.
 */
export const RECEIPT_WORDS = {
  confirmed: ['已確認', '正確', '學生回報資料正確'],
  disputed: ['有疑義', '錯誤', '學生回報資料錯誤'],
  pending: ['未確認'],
} as const;

/** 資料來源 / 登錄者 values (domain.md: 學生, 學校, 校外機構). */
export const SOURCE_WORDS = { student: ['學生'], school: ['學校'], agency: ['校外機構'] } as const;

/** Extra columns vendors add that name no field of the list. */
export const EXTRA_COLUMNS = ['序號', '操作', '備註'] as const;
export type ExtraColumn = (typeof EXTRA_COLUMNS)[number];

/**
 * How a term is written (domain.md: 114-1, 114學年度第1學期, terms like 114/下), in one column, or as a
 * 學年度 column and a 學期 column whose semester is 1 / 2 or 上 / 下.
 */
export const TERM_FORMS = ['dash', 'words', 'half'] as const;
export type TermForm = (typeof TERM_FORMS)[number];

export function termText(year: number, semester: 1 | 2, form: TermForm): string {
  if (form === 'dash') return `${year}-${semester}`;
  if (form === 'words') return `${year}學年度第${semester}學期`;
  return `${year}/${semester === 1 ? '上' : '下'}`;
}

/**
 * How a page states its term above the list (the heading or a line under it). domain.md's forms; a
 * 「學期：」 label is how a vendor's filter line shows it.
 */
export const HEADING_TERMS = ['114學年度第1學期', '114學年度 第1學期', '114 學年度第 1 學期', '學期：114-1', '學期：114/上'] as const;

/**
 * 課程代碼比對 results for a match and a mismatch: the vendor's 相符 / 不符 and the words 004 item 7 uses
 * (比對結果正確 / 如有錯誤).
 */
export const COMPARE_WORDS = [
  ['相符', '不符'],
  ['符合', '不符合'],
  ['正確', '錯誤'],
] as const;

/**
 * 預檢結果 for passed and failed. domain.md found no 預檢 wording; these are the status stems the issue
 * lists (通過 / 成功 done; 未通過 / 不通過 / 失敗 refused).
 */
export const PRECHECK_WORDS = [
  ['通過', '未通過'],
  ['通過', '不通過'],
  ['成功', '失敗'],
] as const;
