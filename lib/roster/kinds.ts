import type { Localized } from '@/lib/model/localized';

/**
 * The roster files (名冊) a school submits to the central database, as data: what each sheet is
 * called, what its cover rows say it is (名冊別), and its columns with the header texts that name
 * them. The 學期成績名冊 and 重修重讀成績名冊 columns and the 幹部 / 競賽 / 檢定 sheets' columns are
 * verified (shared/domain.md, "Rosters"); the other column lists are not (`verified: false`), and
 * the page says so. The central database's own list of required columns was not found: a column is
 * marked required here when a row means nothing without it.
 */

/** What a whole file is; the `data-kind` of its summary on the page (or `unknown`). */
export type RosterKind = 'students' | 'grades' | 'retakes' | 'outcomes' | 'performances';

export const ROSTER_KIND_LABEL: Record<RosterKind, Localized> = {
  students: { zh: '學生資料名冊', en: 'Student roster' },
  grades: { zh: '學期成績名冊', en: 'Term grades roster' },
  retakes: { zh: '重修重讀成績名冊', en: 'Retake grades roster' },
  outcomes: { zh: '課程學習成果名冊', en: 'Course outcomes roster' },
  performances: { zh: '多元表現名冊', en: 'Diverse performances roster' },
};

/** Fields a roster column can hold. */
export type RosterField =
  | 'idNumber'
  | 'birthDate'
  | 'name'
  | 'studentRef'
  | 'className'
  | 'seat'
  | 'code'
  | 'courseName'
  | 'grade'
  | 'credits'
  | 'score'
  | 'originalYear'
  | 'originalSemester'
  | 'originalCode'
  | 'originalName'
  | 'originalGrade'
  | 'originalCredits'
  | 'retakeScore'
  | 'title'
  | 'summary'
  | 'files'
  | 'startDate'
  | 'endDate'
  /** a column the checks read only for being filled in */
  | 'other';

/** How a column's cells are read: `id` cells are masked when shown; `date` cells are read as dates. */
export type ColumnType = 'text' | 'id' | 'date' | 'number' | 'digits';

export interface RosterColumn {
  field: RosterField;
  /** header texts that name the column (compared without spaces and full-width forms) */
  headers: readonly string[];
  required: boolean;
  type: ColumnType;
}

/** One kind of sheet: a roster, or one category sheet of the 多元表現 roster. */
export interface SheetSpec {
  id: string;
  kind: RosterKind;
  label: Localized;
  /** sheet names and 名冊別 words that say this is the sheet (compared without spaces) */
  names: readonly string[];
  columns: readonly RosterColumn[];
  /** whether the column list is verified from a real roster (shared/domain.md) */
  verified: boolean;
  /** for 多元表現 sheets: the category the items belong to */
  category?: string;
}

const column = (field: RosterField, headers: readonly string[], required: boolean, type: ColumnType = 'text'): RosterColumn => ({ field, headers, required, type });

const ID = column('idNumber', ['身分證號', '身分證統一編號', '身分證字號', '統一編號', '證號', '身分證明號碼'], true, 'id');
const BIRTH = column('birthDate', ['出生日期', '生日', '出生年月日'], true, 'date');
const NAME = column('name', ['姓名', '學生姓名'], false);
const SUMMARY = column('summary', ['內容簡述', '簡述', '成果簡述'], false);
const START = (headers: readonly string[], required: boolean) => column('startDate', headers, required, 'date');
const END = column('endDate', ['結束日期', '迄日'], false, 'date');

const GRADE_COLUMNS = [
  column('code', ['課程代碼', '課程代號', '科目代碼'], true, 'digits'),
  column('courseName', ['科目名稱', '課程名稱'], true),
  column('grade', ['開課年級'], true, 'number'),
  column('credits', ['修課學分', '學分', '學分數'], true, 'number'),
];

export const SHEET_SPECS: readonly SheetSpec[] = [
  {
    id: 'students',
    kind: 'students',
    label: ROSTER_KIND_LABEL.students,
    names: ['學生資料名冊', '學生資料', '學生基本資料名冊'],
    verified: false,
    columns: [
      ID,
      BIRTH,
      NAME,
      column('studentRef', ['學號'], false, 'digits'),
      column('className', ['班級', '班級名稱', '班級代碼'], false),
      column('seat', ['座號'], false, 'number'),
    ],
  },
  {
    id: 'grades',
    kind: 'grades',
    label: ROSTER_KIND_LABEL.grades,
    names: ['學期成績名冊', '學生成績名冊', '成績名冊', '學生學期成績名冊'],
    verified: true,
    columns: [
      ID,
      BIRTH,
      ...GRADE_COLUMNS,
      column('score', ['學期學業成績', '學業成績', '學期成績'], true, 'number'),
      column('other', ['成績及格'], false),
      column('other', ['補考成績'], false, 'number'),
      column('other', ['補考及格'], false),
      column('other', ['是否採計學分'], true),
      column('other', ['質性文字描述'], false),
      column('other', ['備註'], false),
    ],
  },
  {
    id: 'retakes',
    kind: 'retakes',
    label: ROSTER_KIND_LABEL.retakes,
    names: ['重修重讀成績名冊', '學生重修重讀成績名冊', '重修成績名冊'],
    verified: true,
    columns: [
      ID,
      BIRTH,
      column('originalYear', ['原修課學年度'], true, 'number'),
      column('originalSemester', ['原修課學期'], true, 'number'),
      column('originalCode', ['原課程代碼'], true, 'digits'),
      column('originalName', ['原科目名稱'], true),
      column('originalGrade', ['原開課年級'], true, 'number'),
      column('originalCredits', ['原修課學分'], true, 'number'),
      column('other', ['重修方式'], true),
      column('retakeScore', ['重修成績'], true, 'number'),
      column('other', ['重修及格'], false),
      column('other', ['備註'], false),
    ],
  },
  {
    id: 'outcomes',
    kind: 'outcomes',
    label: ROSTER_KIND_LABEL.outcomes,
    names: ['課程學習成果名冊', '學生課程學習成果名冊', '重修重讀課程學習成果名冊'],
    verified: false,
    columns: [
      ID,
      BIRTH,
      column('code', ['課程代碼', '課程代號', '科目代碼'], true, 'digits'),
      column('courseName', ['科目名稱', '課程名稱'], false),
      column('title', ['成果名稱', '成果標題', '標題'], false),
      column('summary', ['成果簡述', '內容簡述', '簡述'], true),
      column('files', ['檔案名稱', '成果檔案', '檔案'], false),
    ],
  },
  ...performanceSheets(),
];

/** The nine 多元表現 category sheets (shared/domain.md lists them; the first three with their columns). */
function performanceSheets(): SheetSpec[] {
  const sheet = (id: string, category: string, en: string, verified: boolean, columns: RosterColumn[]): SheetSpec => ({
    id: `performance-${id}`,
    kind: 'performances',
    label: { zh: `多元表現名冊：${category}`, en: `Diverse performances: ${en}` },
    names: [category, category.replace(/紀錄$/, '')],
    category,
    verified,
    columns: [ID, BIRTH, ...columns],
  });
  return [
    sheet('cadre', '幹部經歷暨事蹟紀錄', 'cadre experience', true, [
      column('title', ['單位名稱'], true),
      START(['開始日期', '起日'], true),
      END,
      column('other', ['擔任職務'], true),
      SUMMARY,
      column('other', ['幹部等級'], false),
    ]),
    sheet('competition', '競賽參與紀錄', 'competitions', true, [
      column('title', ['競賽名稱'], true),
      column('other', ['項目'], false),
      column('other', ['競賽等級代碼'], true),
      column('other', ['獎項'], false),
      START(['結果公布日期'], true),
      column('other', ['團體參與代碼'], false),
      SUMMARY,
    ]),
    sheet('certificate', '檢定證照紀錄', 'certificates', true, [
      column('title', ['證照代碼'], true),
      column('other', ['分數'], false),
      column('other', ['分項結果'], false),
      START(['取得證照日期'], true),
      column('other', ['證照字號'], false),
      column('other', ['檢定組別'], false),
      SUMMARY,
    ]),
    sheet('service', '服務學習紀錄', 'service learning', false, [
      column('title', ['服務名稱', '服務內容', '活動名稱'], true),
      column('other', ['服務單位', '服務機關'], false),
      START(['開始日期', '服務日期'], true),
      END,
      column('other', ['服務時數', '時數'], false, 'number'),
      SUMMARY,
    ]),
    sheet('flexible', '彈性學習時間紀錄', 'flexible learning time', false, [
      column('title', ['名稱', '課程名稱', '活動名稱', '學習內容'], true),
      START(['開始日期'], false),
      END,
      column('other', ['時數'], false, 'number'),
      SUMMARY,
    ]),
    sheet('group', '團體活動時間紀錄', 'group activity time', false, [
      column('title', ['名稱', '活動名稱', '社團名稱'], true),
      START(['開始日期'], false),
      END,
      column('other', ['時數'], false, 'number'),
      SUMMARY,
    ]),
    sheet('work', '作品成果紀錄', 'works', false, [column('title', ['作品名稱', '名稱'], true), START(['完成日期', '日期'], false), SUMMARY, column('files', ['檔案名稱', '檔案'], false)]),
    sheet('advanced', '大學及技專校院先修課程紀錄', 'advanced placement courses', false, [
      column('title', ['課程名稱', '先修課程名稱'], true),
      column('other', ['開設單位', '開課學校'], false),
      column('other', ['學分數', '學分'], false, 'number'),
      column('other', ['成績'], false),
      START(['開始日期'], false),
      END,
      SUMMARY,
    ]),
    sheet('other', '其他多元表現紀錄', 'other performances', false, [
      column('title', ['名稱', '表現名稱'], true),
      START(['開始日期', '日期'], false),
      END,
      SUMMARY,
    ]),
  ];
}

/** File names / 名冊別 words of a whole 多元表現 workbook (its sheets say which category each is). */
export const PERFORMANCE_FILE_NAMES = ['學生自填多元表現名冊', '多元表現名冊', '多元表現'];

/** Cover-row labels: what the rows above the header say about the whole file. */
export const COVER_LABELS = {
  schoolCode: ['學校代碼', '學校代號'],
  year: ['學年度', '學年'],
  semester: ['學期'],
  rosterType: ['名冊別', '名冊類別', '名冊類型'],
} as const;

/** Header text compared without spaces, full-width forms, line breaks, a trailing colon or a * for "required". */
export function headerKey(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\s*＊:：]/g, '')
    .replace(/\(.*?\)$/, '');
}
