/**
 * Column names the portals use, with the synonyms seen across vendors
 * (shared/domain.md, "Vocabulary the adapters should know", extended with the
 * sample portal's two vendor styles). Header texts are compared after
 * headerKey(): NFKC, no spaces or sort marks. A name belongs to one field;
 * the page kind's mapper decides what a shared word such as 說明 means there.
 */
export const FIELD_NAMES = {
  schoolYear: ['學年度', '學年'],
  semester: ['學期'],
  term: ['學年期', '學年度學期', '學年度/學期', '學期別'],
  grade: ['年級'],
  className: ['班級', '班別', '開課班級', '班級名稱'],
  seat: ['座號'],
  studentNo: ['學號'],
  studentName: ['姓名', '學生姓名'],
  nationalId: ['身分證號', '身分證統一編號', '證號', '身分證字號', '統一證號', '居留證號'],
  courseName: ['科目名稱', '課程名稱', '科目'],
  courseCode: ['課程代碼', '課程代號', '科目代碼'],
  credits: ['學分', '學分數'],
  title: ['成果名稱', '標題', '表現名稱', '名稱'],
  summary: ['簡述', '內容簡述', '成果簡述', '說明'],
  files: ['檔案', '附件', '檔案名稱', '上傳檔案'],
  proofFiles: ['證明文件'],
  mediaFiles: ['影音檔', '影音檔案'],
  fileSize: ['檔案大小', '大小'],
  fileType: ['檔案類型', '檔案格式', '類型'],
  link: ['外部連結', '連結'],
  uploadedAt: ['上傳日期', '上傳時間'],
  certStatus: ['認證狀態', '狀態'],
  certDate: ['認證日期', '認證時間'],
  certReason: ['未通過原因', '不通過原因', '退回原因', '原因', '認證說明'],
  teacher: ['認證教師', '任課教師', '授課教師'],
  selected: ['勾選', '已勾選', '提交', '勾選狀態'],
  category: ['多元表現類別', '類別', '項目類別'],
  source: ['資料來源', '登錄者', '來源'],
  outcomesUploaded: ['成果上傳數', '成果上傳件數'],
  outcomesCertified: ['成果已認證', '成果認證數'],
  outcomesSelected: ['成果已勾選', '成果勾選數'],
  performancesUploaded: ['多元表現上傳數', '多元表現上傳件數'],
  performancesSelected: ['多元表現已勾選', '多元表現勾選數'],
  receiptStatus: ['收訖確認', '確認狀態', '收訖狀態'],
  receiptDate: ['確認日期', '回覆時間', '確認時間'],
  receiptNote: ['疑義說明', '疑義內容'],
  compareResult: ['比對結果', '結果'],
  compareNote: ['差異說明', '不符說明'],
  rosterType: ['名冊別', '名冊類型', '名冊'],
  submittedAt: ['提交時間', '提交日期'],
  rowCount: ['資料筆數', '筆數'],
  precheckResult: ['預檢結果', '預檢狀態'],
  errorCount: ['錯誤筆數', '錯誤數'],
  errorRow: ['列號', '第幾筆'],
  errorField: ['欄位'],
  errorMessage: ['錯誤說明', '錯誤訊息'],
} as const;

export type Field = keyof typeof FIELD_NAMES;

/**
 * Sub-headers read under a group header: 檔案 › 大小 is the file size,
 * 課程學習成果 › 已認證 the count of certified outcomes.
 */
const UNDER_GROUP: Record<string, Record<string, Field>> = {
  檔案: { 名稱: 'files', 檔名: 'files', 大小: 'fileSize', 類型: 'fileType', 格式: 'fileType' },
  附件: { 名稱: 'files', 檔名: 'files', 大小: 'fileSize', 類型: 'fileType', 格式: 'fileType' },
  課程學習成果: { 已上傳: 'outcomesUploaded', 上傳數: 'outcomesUploaded', 已認證: 'outcomesCertified', 已勾選: 'outcomesSelected' },
  多元表現: { 已上傳: 'performancesUploaded', 上傳數: 'performancesUploaded', 已勾選: 'performancesSelected' },
};

const BY_KEY = new Map<string, Field>();
for (const [field, names] of Object.entries(FIELD_NAMES) as [Field, readonly string[]][]) {
  for (const name of names) BY_KEY.set(name, field);
}

/** Extra header → field names for one site (from its override), compared as header keys. */
export type ExtraNames = ReadonlyMap<string, Field>;

/** The field a column header names, given the group header above it (if any). Site names win. */
export function fieldForHeader(key: string, groupKey?: string, extra?: ExtraNames): Field | undefined {
  const own = extra?.get(key);
  if (own) return own;
  const sub = groupKey ? UNDER_GROUP[groupKey]?.[key] : undefined;
  return sub ?? BY_KEY.get(key);
}
