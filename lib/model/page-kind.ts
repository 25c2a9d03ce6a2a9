import type { Localized } from './localized';

/** The kinds of page lp-checker reads. Values are the `data-page-kind` contract. */
export const PAGE_KINDS = {
  'outcome-list': { zh: '課程學習成果上傳清單', en: 'Course learning outcomes list' },
  'performance-list': { zh: '多元表現清單', en: 'Diverse performances list' },
  selection: { zh: '勾選頁', en: 'Selection page' },
  certification: { zh: '課程學習成果認證', en: 'Outcome certification' },
  'class-progress': { zh: '班級進度', en: 'Class progress' },
  'course-list': { zh: '開課資料', en: 'Course offerings' },
  'course-code-check': { zh: '課程代碼比對結果', en: 'Course code comparison' },
  precheck: { zh: '預檢結果', en: 'Pre-check result' },
  receipt: { zh: '收訖明細確認狀態', en: 'Receipt confirmation status' },
} as const satisfies Record<string, Localized>;

export type PageKind = keyof typeof PAGE_KINDS;
