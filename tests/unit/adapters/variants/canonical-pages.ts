import type { CoursePlan } from '@/lib/model/records';
import type { PageKind } from '@/lib/page-kinds';
import { SAMPLE_SCHOOL_POLICY } from '../../../portal/sample-school-policy';
import type { SchoolPolicy } from '@/lib/policy/schema';
import type { ColumnName } from './vendor-wording';

/**
 * One small list per page kind, from literal rows with known problems, and the findings each must give
 * (worked out by hand from the rules' texts in README.md and the policy below, not by running the rules).
 * Every generated vendor variant of a page must give these findings, or say it read the page only in
 * part or not at all.
 */

/** A file in a 檔案 cell. Sizes are exact in B, KB and MB (to two decimals) and far from the 4 / 10 MB limits, or exactly on one. */
export interface FileCell {
  name: string;
  bytes: number;
}

interface TypedValues {
  schoolYear: number;
  semester: 1 | 2;
  /** ISO dates */
  uploadedAt: string;
  receiptDate: string;
  submittedAt: string;
  files: FileCell[];
  certStatus: 'pending' | 'certified' | 'rejected';
  selected: boolean;
  source: 'student' | 'school' | 'agency';
  receiptStatus: 'confirmed' | 'disputed' | 'pending';
  compareResult: boolean;
  precheckResult: boolean;
}

/** One row: each column's value (text where the column holds text). */
export type RowData = { [K in ColumnName]?: K extends keyof TypedValues ? TypedValues[K] : string };

export interface ExpectedFinding {
  /** the canonical row index, or 'page' for a finding about the page as a whole */
  row: number | 'page';
  rule: string;
  severity: 'error' | 'warning';
}

export interface CanonicalPage {
  kind: PageKind;
  /** the document's <title> */
  title: string;
  /** the heading's words after its term (when `termInHeading`) */
  heading: string;
  /** the heading states the term 114-1 (its wording varies) */
  termInHeading: boolean;
  /** other lines the page shows above the list */
  lines: string[];
  /** a 「比對時間：」 line with this ISO date (its format varies with the page's date format) */
  comparedAt?: string;
  columns: ColumnName[];
  /** headers of columns domain.md gives no synonyms for (or a narrower list for this page) */
  headers?: Partial<Record<ColumnName, readonly string[]>>;
  /** the column whose values identify a row; variants never change them */
  key: ColumnName;
  rows: RowData[];
  /** a second list joined into the first (the 預檢 error list), drawn as a plain table */
  joined?: { headers: string[]; rows: string[][] };
  expected: ExpectedFinding[];
}

/**
 * The sample school's policy (its own calendar, sample-school-policy.json), with small upload and selection caps so that a list of
 * five items goes over them (a school's caps are policy data; 003 四(二)1 lets the school set them).
 */
export const POLICY: SchoolPolicy = {
  ...SAMPLE_SCHOOL_POLICY,
  caps: {
    outcomeUpload: { max: 3, per: 'term', excludedSources: [] },
    outcomeSelect: { max: 2, per: 'year', excludedSources: [] },
    performanceUpload: { max: 3, per: 'year', excludedSources: [] },
    performanceSelect: { max: 2, per: 'year', excludedSources: [] },
  },
};

/** The day of every check: after 114-1's certification window closed (2026-02-10 in the sample school's calendar). */
export const NOW = new Date('2026-02-20T12:00:00');

/** The approved course plan the course pages are compared with. */
export const PLAN: CoursePlan = {
  entries: [
    { code: '114093301101001010101', name: '國語文', credits: 4, grade: 10, semester: 1 },
    { code: '114093301101001020101', name: '英語文', credits: 4, grade: 10, semester: 1 },
    { code: '114093301101001030101', name: '數學', credits: 4, grade: 10, semester: 1 },
    { code: '113093301101001110101', name: '地理', credits: 2, grade: 11, semester: 1 },
    { code: '113093301101004140101', name: '多元選修：英語簡報', credits: 2, grade: 11, semester: 1 },
  ],
};

const KB = 1024;
const MB = 1024 * 1024;
const error = 'error' as const;
const warning = 'warning' as const;

/** 102 characters: over the 100-字 limit. */
const LONG_SUMMARY = '滴定實驗記錄'.repeat(17);
/** 120 characters. */
const LONGER_SUMMARY = '科展作品說明'.repeat(20);

const outcomeList: CanonicalPage = {
  kind: 'outcome-list',
  title: '課程學習成果',
  heading: '課程學習成果上傳紀錄',
  termInHeading: false,
  lines: [],
  columns: ['schoolYear', 'semester', 'courseName', 'title', 'summary', 'files', 'uploadedAt', 'certStatus'],
  key: 'title',
  rows: [
    { schoolYear: 114, semester: 1, courseName: '物理', title: '自由落體實驗', summary: '以手機慢動作錄影量測重力加速度。', files: [{ name: '實驗報告.pdf', bytes: 768 * KB }], uploadedAt: '2025-10-01', certStatus: 'certified' },
    { schoolYear: 114, semester: 1, courseName: '化學', title: '酸鹼滴定', summary: LONG_SUMMARY, files: [{ name: '滴定數據.pdf', bytes: 5.5 * MB }], uploadedAt: '2025-10-05', certStatus: 'pending' },
    {
      schoolYear: 114,
      semester: 1,
      courseName: '英語文',
      title: '英語簡報',
      summary: '以英語介紹家鄉的節慶。',
      files: [
        { name: '簡報錄影.mp4', bytes: 12 * MB },
        { name: '講稿.pdf', bytes: 4 * MB },
      ],
      uploadedAt: '2025-11-02',
      certStatus: 'certified',
    },
    { schoolYear: 114, semester: 1, courseName: '數學', title: '函數作業', summary: '整理指數與對數函數的性質。', files: [{ name: '作業.docx', bytes: 300 * KB }], uploadedAt: '2025-11-20', certStatus: 'certified' },
    { schoolYear: 114, semester: 1, courseName: '地理', title: '等高線地圖', summary: '繪製學校附近的等高線地圖。', files: [{ name: '地圖.png', bytes: 1.5 * MB }], uploadedAt: '2025-09-15', certStatus: 'rejected' },
    { schoolYear: 113, semester: 2, courseName: '國語文', title: '古文閱讀', summary: '比較兩篇古文的寫作手法。', files: [{ name: '閱讀心得.pdf', bytes: 2 * MB }], uploadedAt: '2025-03-10', certStatus: 'pending' },
  ],
  // 114-1 uploads in date order: 等高線地圖, 自由落體實驗, 酸鹼滴定, 英語簡報, 函數作業 — the 4th and 5th are over the cap of 3.
  // 古文閱讀 is 113-2: its own term, which the calendar has no certification window for.
  expected: [
    { row: 1, rule: 'format.summary.too-long', severity: error },
    { row: 1, rule: 'format.file.too-large', severity: error },
    { row: 1, rule: 'cert.pending.past-deadline', severity: error },
    { row: 2, rule: 'format.file.too-large', severity: error },
    { row: 2, rule: 'quota.outcome.uploaded-over-cap', severity: error },
    { row: 3, rule: 'format.file.type-not-allowed', severity: error },
    { row: 3, rule: 'quota.outcome.uploaded-over-cap', severity: error },
  ],
};

const performanceList: CanonicalPage = {
  kind: 'performance-list',
  title: '多元表現',
  heading: '多元表現上傳紀錄',
  termInHeading: false,
  lines: ['學年度：114'],
  columns: ['category', 'title', 'summary', 'files', 'source', 'uploadedAt'],
  key: 'title',
  rows: [
    { category: '幹部經歷', title: '班長', summary: '擔任一年級班長，協助班務。', files: [{ name: '幹部證明.pdf', bytes: 512 * KB }], source: 'student', uploadedAt: '2025-09-10' },
    { category: '競賽參與', title: '科展作品', summary: LONGER_SUMMARY, files: [{ name: '科展影片.mp4', bytes: 11 * MB }], source: 'student', uploadedAt: '2025-10-10' },
    { category: '志工服務', title: '淨灘活動', summary: '參加淨灘並記錄垃圾分類結果。', files: [{ name: '淨灘.gif', bytes: 200 * KB }], source: 'school', uploadedAt: '2025-10-20' },
    { category: '檢定證照', title: '英檢中級', summary: '通過全民英檢中級初試。', files: [{ name: '證書.jpg', bytes: 1.5 * MB }], source: 'agency', uploadedAt: '2025-12-01' },
    {
      category: '競賽參與',
      title: '數學競賽',
      summary: '參加校內數學競賽。',
      files: [
        { name: '獎狀.jpg', bytes: 800 * KB },
        { name: '照片.png', bytes: 3 * MB },
      ],
      source: 'student',
      uploadedAt: '2025-11-05',
    },
  ],
  // In date order: 班長, 科展作品, 淨灘活動, 數學競賽, 英檢中級 — the 4th and 5th are over the cap of 3.
  expected: [
    { row: 1, rule: 'format.file.too-large', severity: error },
    { row: 1, rule: 'format.summary.too-long', severity: error },
    { row: 2, rule: 'format.file.type-not-allowed', severity: error },
    { row: 3, rule: 'quota.performance.uploaded-over-cap', severity: error },
    { row: 4, rule: 'quota.performance.uploaded-over-cap', severity: error },
  ],
};

const selection: CanonicalPage = {
  kind: 'selection',
  title: '勾選課程學習成果',
  heading: '勾選提交課程學習成果',
  termInHeading: true,
  lines: [],
  columns: ['selected', 'courseName', 'title', 'certStatus', 'uploadedAt'],
  key: 'title',
  rows: [
    { selected: true, courseName: '物理', title: '自由落體實驗', certStatus: 'certified', uploadedAt: '2025-10-01' },
    { selected: true, courseName: '化學', title: '酸鹼滴定', certStatus: 'pending', uploadedAt: '2025-10-05' },
    { selected: true, courseName: '英語文', title: '英語簡報', certStatus: 'certified', uploadedAt: '2025-11-02' },
    { selected: false, courseName: '數學', title: '函數作業', certStatus: 'rejected', uploadedAt: '2025-11-20' },
    { selected: true, courseName: '地理', title: '等高線地圖', certStatus: 'certified', uploadedAt: '2025-09-15' },
  ],
  // Uploads in date order: 等高線地圖, 自由落體實驗, 酸鹼滴定, 英語簡報, 函數作業 (cap 3 per term);
  // selected in date order: 等高線地圖, 自由落體實驗, 酸鹼滴定, 英語簡報 (cap 2 per year).
  expected: [
    { row: 1, rule: 'quota.outcome.selected-over-cap', severity: error },
    { row: 1, rule: 'cert.pending.past-deadline', severity: error },
    { row: 1, rule: 'cert.selected.uncertified', severity: error },
    { row: 2, rule: 'quota.outcome.uploaded-over-cap', severity: error },
    { row: 2, rule: 'quota.outcome.selected-over-cap', severity: error },
    { row: 3, rule: 'quota.outcome.uploaded-over-cap', severity: error },
  ],
};

const certification: CanonicalPage = {
  kind: 'certification',
  title: '課程學習成果認證',
  heading: '課程學習成果認證',
  termInHeading: true,
  lines: ['任課教師：王怡君'],
  columns: ['className', 'seat', 'studentNo', 'studentName', 'courseName', 'title', 'uploadedAt', 'certStatus', 'certReason'],
  headers: { certReason: ['不通過原因'] },
  key: 'title',
  rows: [
    { className: '302', seat: '12', studentNo: '112045', studentName: '陳柏翰', courseName: '英語文', title: '閱讀心得', uploadedAt: '2025-10-02', certStatus: 'certified' },
    { className: '302', seat: '13', studentNo: '112046', studentName: '林雨萱', courseName: '英語文', title: '英文作文', uploadedAt: '2025-10-03', certStatus: 'pending' },
    { className: '302', seat: '14', studentNo: '112047', studentName: '王小明', courseName: '英語文', title: '單字卡', uploadedAt: '2025-10-04', certStatus: 'rejected', certReason: '內容太簡略' },
    { className: '201', seat: '5', studentNo: '113038', studentName: '李小華', courseName: '英語文', title: '口說錄音', uploadedAt: '2025-10-05', certStatus: 'rejected', certReason: '非本人作品' },
    { className: '201', seat: '6', studentNo: '113039', studentName: '張家豪', courseName: '英語文', title: '讀書報告', uploadedAt: '2025-10-06', certStatus: 'pending' },
  ],
  expected: [
    { row: 1, rule: 'cert.pending.past-deadline', severity: error },
    { row: 2, rule: 'cert.rejected.quality-reason', severity: warning },
    { row: 4, rule: 'cert.pending.past-deadline', severity: error },
  ],
};

const classProgress: CanonicalPage = {
  kind: 'class-progress',
  title: '班級學習歷程進度',
  heading: '班級學習歷程進度',
  termInHeading: true,
  lines: ['班級：302'],
  columns: ['seat', 'studentNo', 'studentName', 'nationalId', 'outcomesUploaded', 'outcomesCertified', 'outcomesSelected', 'receiptStatus'],
  headers: { outcomesUploaded: ['成果上傳數'], outcomesCertified: ['成果已認證'], outcomesSelected: ['成果已勾選'], receiptStatus: ['收訖確認', '確認狀態'] },
  key: 'studentNo',
  rows: [
    { seat: '1', studentNo: '112034', studentName: '陳冠廷', nationalId: 'F226043183', outcomesUploaded: '3', outcomesCertified: '3', outcomesSelected: '2', receiptStatus: 'confirmed' },
    { seat: '2', studentNo: '112035', studentName: '林詠晴', nationalId: 'B120873365', outcomesUploaded: '2', outcomesCertified: '2', outcomesSelected: '1', receiptStatus: 'confirmed' },
    { seat: '3', studentNo: '112036', studentName: '黃品睿', nationalId: 'H224661238', outcomesUploaded: '4', outcomesCertified: '2', outcomesSelected: '0', receiptStatus: 'pending' },
    { seat: '1', studentNo: '112034', studentName: '陳冠廷', nationalId: 'F226043183', outcomesUploaded: '3', outcomesCertified: '3', outcomesSelected: '2', receiptStatus: 'confirmed' },
    { seat: '5', studentNo: '112038', studentName: '張語彤', nationalId: 'E125087633', outcomesUploaded: '1', outcomesCertified: '1', outcomesSelected: '1', receiptStatus: 'disputed' },
  ],
  // B120873365's check digit should be 9; 陳冠廷 is listed twice.
  expected: [
    { row: 0, rule: 'identity.student.duplicate', severity: error },
    { row: 1, rule: 'identity.id-number.invalid', severity: error },
    { row: 2, rule: 'cert.pending.past-deadline', severity: error },
    { row: 3, rule: 'identity.student.duplicate', severity: error },
  ],
};

const receipt: CanonicalPage = {
  kind: 'receipt',
  title: '收訖明細確認',
  heading: '收訖明細確認狀態',
  termInHeading: false,
  lines: ['班級：302'],
  columns: ['className', 'seat', 'studentNo', 'studentName', 'nationalId', 'receiptStatus', 'receiptDate'],
  headers: { receiptDate: ['確認日期'] },
  key: 'studentNo',
  rows: [
    { className: '302', seat: '1', studentNo: '112034', studentName: '陳冠廷', nationalId: 'F226043183', receiptStatus: 'confirmed', receiptDate: '2025-10-13' },
    { className: '302', seat: '2', studentNo: '112035', studentName: '林詠晴', nationalId: 'R223314255', receiptStatus: 'disputed', receiptDate: '2025-10-14' },
    { className: '302', seat: '3', studentNo: '112036', studentName: '黃品睿', nationalId: 'B120873365', receiptStatus: 'pending' },
    { className: '302', seat: '1', studentNo: '112034', studentName: '陳冠廷', nationalId: 'F226043183', receiptStatus: 'confirmed', receiptDate: '2025-10-13' },
    { className: '302', seat: '5', studentNo: '112038', studentName: '張語彤', nationalId: 'E125087633', receiptStatus: 'disputed', receiptDate: '2025-10-15' },
  ],
  expected: [
    { row: 0, rule: 'identity.student.duplicate', severity: error },
    { row: 1, rule: 'schedule.receipt.disputed', severity: warning },
    { row: 2, rule: 'identity.id-number.invalid', severity: error },
    { row: 3, rule: 'identity.student.duplicate', severity: error },
    { row: 4, rule: 'schedule.receipt.disputed', severity: warning },
  ],
};

const courseCodeCheck: CanonicalPage = {
  kind: 'course-code-check',
  title: '課程代碼比對結果',
  heading: '課程代碼比對結果',
  termInHeading: true,
  lines: [],
  comparedAt: '2025-10-15',
  columns: ['courseCode', 'courseName', 'compareResult', 'compareNote'],
  headers: { courseName: ['科目名稱', '課程名稱'], compareResult: ['比對結果'], compareNote: ['差異說明'] },
  key: 'courseCode',
  rows: [
    { courseCode: '114093301101001010101', courseName: '國語文', compareResult: true },
    { courseCode: '114093301101001020101', courseName: '英語文', compareResult: false, compareNote: '課程計畫無此代碼' },
    { courseCode: '11409330110100103010', courseName: '數學', compareResult: false, compareNote: '代碼長度錯誤' },
    { courseCode: '113093301101004140101', courseName: '多元選修：英語簡報', compareResult: true },
  ],
  // The run on 2025-10-15 was after the 4-week deadline (2025-09-29) of 114-1; the third code has 20 characters, not 21.
  expected: [
    { row: 'page', rule: 'course.code-check.overdue', severity: warning },
    { row: 1, rule: 'course.code-check.unmatched', severity: warning },
    { row: 2, rule: 'course.code.malformed', severity: error },
    { row: 2, rule: 'course.code-check.unmatched', severity: warning },
  ],
};

const courseList: CanonicalPage = {
  kind: 'course-list',
  title: '開課資料',
  heading: '開課資料',
  termInHeading: true,
  lines: [],
  columns: ['courseCode', 'courseName', 'credits', 'grade', 'className', 'teacher'],
  headers: { courseName: ['科目名稱', '課程名稱'], className: ['開課班級'], teacher: ['任課教師'] },
  key: 'courseCode',
  rows: [
    { courseCode: '114093301101001010101', courseName: '國語文', credits: '4', grade: '1', className: '101', teacher: '蔡淑芬' },
    { courseCode: '114093301101001020101', courseName: '英語文', credits: '3', grade: '1', className: '101', teacher: '王怡君' },
    { courseCode: '114093301101001990101', courseName: '程式設計', credits: '2', grade: '1', className: '102', teacher: '張志明' },
    { courseCode: '11309330110100111010', courseName: '地理', credits: '2', grade: '2', className: '201', teacher: '劉佩珊' },
    { courseCode: '114093301101001030101', courseName: '數學甲', credits: '4', grade: '1', className: '101', teacher: '張志明' },
    { courseCode: '113093301101004140101', courseName: '英語簡報', credits: '2', grade: '2', className: '201', teacher: '何佳蓉' },
  ],
  // 英語文 has 4 credits in the plan; 程式設計 is not in it; 地理's code has 20 characters; the plan calls
  // 數學甲 數學; 英語簡報 is the plan's 多元選修：英語簡報 (a category label before a colon is not part of the name).
  expected: [
    { row: 1, rule: 'course.plan.mismatch', severity: warning },
    { row: 2, rule: 'course.code.not-in-plan', severity: error },
    { row: 3, rule: 'course.code.malformed', severity: error },
    { row: 3, rule: 'course.code.not-in-plan', severity: error },
    { row: 4, rule: 'course.plan.mismatch', severity: warning },
  ],
};

const precheck: CanonicalPage = {
  kind: 'precheck',
  title: '名冊預檢結果',
  heading: '名冊預檢結果',
  termInHeading: true,
  lines: [],
  columns: ['rosterType', 'submittedAt', 'rowCount', 'precheckResult', 'errorCount'],
  headers: { rosterType: ['名冊別'], submittedAt: ['提交時間'], rowCount: ['資料筆數'], precheckResult: ['預檢結果'], errorCount: ['錯誤筆數'] },
  key: 'rosterType',
  rows: [
    { rosterType: '學生資料名冊', submittedAt: '2026-01-28', rowCount: '960', precheckResult: true, errorCount: '0' },
    { rosterType: '學生成績名冊', submittedAt: '2026-01-28', rowCount: '9,120', precheckResult: false, errorCount: '2' },
    { rosterType: '學生課程學習成果名冊', submittedAt: '2026-01-29', rowCount: '1,830', precheckResult: true, errorCount: '0' },
    { rosterType: '學生自填多元表現名冊', submittedAt: '2026-01-29', rowCount: '2,410', precheckResult: false, errorCount: '1' },
  ],
  joined: {
    headers: ['名冊別', '列號', '欄位', '錯誤說明'],
    rows: [
      ['學生成績名冊', '12', '學期學業成績', '成績超出範圍'],
      ['學生成績名冊', '30', '身分證號', '檢查碼錯誤'],
      ['學生自填多元表現名冊', '5', '內容簡述', '超過 100 字'],
    ],
  },
  expected: [
    { row: 1, rule: 'schedule.precheck.not-passed', severity: error },
    { row: 3, rule: 'schedule.precheck.not-passed', severity: error },
  ],
};

/** One canonical list for each of the nine page kinds. */
export const CANONICAL_PAGES: readonly CanonicalPage[] = [outcomeList, performanceList, selection, certification, classProgress, receipt, courseCodeCheck, courseList, precheck];
