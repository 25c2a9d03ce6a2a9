import type { Severity } from '@/lib/model/finding';
import type { Localized } from '@/lib/model/localized';

/**
 * What reading a file found before any rule ran: a file that cannot be opened, a sheet that is not
 * a roster, cells Excel changed (formulas, numbers that were dates or codes). Each is shown like a
 * rule's finding, with its own id under `read.`, and says where it applies.
 */
export const READ_NOTES = {
  'read.file.too-large': { severity: 'error', title: { zh: '檔案過大', en: 'File too large' } },
  'read.file.xls': { severity: 'error', title: { zh: '舊版 Excel 檔（.xls）', en: 'Old Excel file (.xls)' } },
  'read.file.encrypted': { severity: 'error', title: { zh: '檔案有密碼保護', en: 'Password-protected file' } },
  'read.file.corrupt': { severity: 'error', title: { zh: '檔案無法開啟', en: 'File cannot be opened' } },
  'read.file.unsupported': { severity: 'error', title: { zh: '不是名冊檔案格式', en: 'Not a roster file format' } },
  'read.file.empty': { severity: 'error', title: { zh: '檔案沒有資料', en: 'File has no data' } },
  'read.file.unknown': { severity: 'error', title: { zh: '無法辨識名冊種類', en: 'Roster kind not recognised' } },
  'read.file.mixed': { severity: 'warning', title: { zh: '同一檔案含有不同名冊', en: 'One file holds different rosters' } },
  'read.sheet.unknown': { severity: 'warning', title: { zh: '工作表未檢查', en: 'Sheet not checked' } },
  'read.sheet.no-rows': { severity: 'error', title: { zh: '名冊沒有資料列', en: 'Roster has no data rows' } },
  'read.header.merged': { severity: 'warning', title: { zh: '標題列有合併儲存格', en: 'Merged header cells' } },
  'read.cover.missing': { severity: 'warning', title: { zh: '封面列缺少學年度或學期', en: 'Cover rows lack the term' } },
  'read.cell.formula': { severity: 'warning', title: { zh: '儲存格是公式', en: 'Cells hold formulas' } },
  'read.cell.error': { severity: 'error', title: { zh: '儲存格是錯誤值', en: 'Cells hold error values' } },
  'read.cell.date-number': { severity: 'warning', title: { zh: '日期存成數字', en: 'Dates stored as numbers' } },
  'read.cell.leading-zero': { severity: 'error', title: { zh: '開頭的 0 被去掉', en: 'Leading zeros dropped' } },
} as const satisfies Record<string, { severity: Severity; title: Localized }>;

export type ReadNoteId = keyof typeof READ_NOTES;

export interface ReadNote {
  id: ReadNoteId;
  sheet: string;
  /** the row Excel shows, or null for the whole file or sheet */
  row: number | null;
  /** the column's header text, or '' */
  column: string;
  /** the cell's text (masked when it is an ID), or '' */
  value: string;
  message: Localized;
}

/** Where reading notes come from, in the problem list's source column. */
export const READ_SOURCE: Localized = { zh: '讀取檔案時發現', en: 'Found while reading the file' };

/** How to save an old .xls or a protected workbook as a plain .xlsx, in Excel's own words. */
export const SAVE_AS_XLSX: Localized = {
  zh: '請用 Excel 開啟，選「檔案 → 另存新檔」，存檔類型選「Excel 活頁簿 (*.xlsx)」後再選一次檔案。',
  en: 'Open it in Excel, choose File → Save As, pick "Excel Workbook (*.xlsx)", then choose the saved file.',
};
