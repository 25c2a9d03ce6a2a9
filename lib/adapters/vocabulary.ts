/**
 * Column names the portals use, with the synonyms seen across vendors
 * (shared/domain.md, "Vocabulary the adapters should know"). Header texts are
 * compared after headerKey(): NFKC, no spaces or sort marks.
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
  nationalId: ['身分證號', '身分證統一編號', '證號', '身分證字號', '統一證號'],
  courseName: ['科目名稱', '課程名稱', '科目'],
  courseCode: ['課程代碼', '課程代號', '科目代碼'],
  credits: ['學分', '學分數'],
  title: ['成果名稱', '標題', '表現名稱', '名稱'],
  summary: ['簡述', '內容簡述', '成果簡述', '說明'],
  files: ['檔案', '附件', '證明文件', '檔案名稱', '上傳檔案', '影音檔'],
  fileSize: ['檔案大小', '大小'],
  fileType: ['檔案類型', '檔案格式', '類型'],
  link: ['外部連結', '連結'],
  uploadedAt: ['上傳日期', '上傳時間'],
  certStatus: ['認證狀態', '狀態'],
  certDate: ['認證日期', '認證時間'],
  certReason: ['未通過原因', '退回原因', '原因', '認證說明'],
  teacher: ['認證教師', '任課教師', '授課教師'],
  selected: ['勾選', '已勾選', '提交', '勾選狀態'],
  category: ['多元表現類別', '類別', '項目類別'],
  source: ['資料來源', '登錄者', '來源'],
} as const;

export type Field = keyof typeof FIELD_NAMES;

/** Sub-headers under a group header: 檔案 › 名稱 is the file name, 檔案 › 大小 its size. */
const UNDER_GROUP: Partial<Record<Field, Record<string, Field>>> = {
  files: { 名稱: 'files', 檔名: 'files', 大小: 'fileSize', 類型: 'fileType', 格式: 'fileType' },
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
  const group = groupKey ? (extra?.get(groupKey) ?? BY_KEY.get(groupKey)) : undefined;
  const sub = group ? UNDER_GROUP[group]?.[key] : undefined;
  return sub ?? BY_KEY.get(key);
}
