import { z } from 'zod';

/**
 * The domain model every adapter and parser produces and every rule reads.
 * Values are as the page states them, normalised (dates ISO, sizes in bytes);
 * nothing here is HTML.
 */

/** ISO calendar date, yyyy-mm-dd. */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const Term = z.object({
  /** 學年度, e.g. 114 */
  year: z.number().int().min(90).max(200),
  /** 學期: 1 or 2 */
  semester: z.union([z.literal(1), z.literal(2)]),
});
export type Term = z.infer<typeof Term>;

/** 年級 as 10–12 (高一 … 高三). */
export const Grade = z.number().int().min(10).max(12);

export const FileRef = z.object({
  name: z.string().min(1),
  /** lower-case extension without the dot, from the file name */
  ext: z.string(),
  bytes: z.number().int().nonnegative().optional(),
  /** the type the page states (文件 / 影音 / pdf …), when it states one */
  statedType: z.string().optional(),
});
export type FileRef = z.infer<typeof FileRef>;

export const CertStatus = z.enum(['pending', 'certified', 'rejected']);
export type CertStatus = z.infer<typeof CertStatus>;

/** 資料來源 / 登錄者: the student, the school (校內幹部 …) or an outside agency (競賽, 檢定 …). */
export const PerformanceSource = z.enum(['student', 'school', 'agency']);
export type PerformanceSource = z.infer<typeof PerformanceSource>;

/** A 課程學習成果 (outcome) or 多元表現 (performance) item. */
export const Artifact = z.object({
  type: z.literal('artifact'),
  kind: z.enum(['outcome', 'performance']),
  /** 學號 or another per-school student key as the page shows it (hashed before it is logged) */
  studentRef: z.string().optional(),
  /** 姓名 as the page shows it: only ever shown in the page's own summary panel (and in an export the user asks names in); never logged */
  studentName: z.string().optional(),
  term: Term.optional(),
  grade: Grade.optional(),
  courseName: z.string().optional(),
  courseCode: z.string().optional(),
  category: z.string().optional(),
  title: z.string(),
  /** 簡述 */
  summary: z.string().optional(),
  files: z.array(FileRef),
  link: z.string().optional(),
  /** ISO date (yyyy-mm-dd) */
  uploadedAt: z.string().optional(),
  certStatus: CertStatus.optional(),
  /** ISO date of the teacher's 認證 (or refusal), when the page shows it */
  certifiedAt: z.string().optional(),
  certReason: z.string().optional(),
  teacher: z.string().optional(),
  className: z.string().optional(),
  selected: z.boolean().optional(),
  source: PerformanceSource.optional(),
  /**
   * ISO date a 多元表現 began or happened (開始日期, 結果公布日期, 取得證照日期), as a roster gives it;
   * a roster value that does not read as a date is kept as written so a rule can say so.
   */
  occurredAt: z.string().optional(),
  /** ISO date a 多元表現 ended (結束日期), as a roster gives it (or as written, when not a date) */
  endedAt: z.string().optional(),
});
export type Artifact = z.infer<typeof Artifact>;

/** A 課程諮詢紀錄 (kept in the school platform only; 000 附件二 gives it its own file limit). */
export const Consultation = z.object({
  type: z.literal('consultation'),
  studentRef: z.string().optional(),
  term: Term.optional(),
  /** ISO date of the consultation */
  heldAt: z.string().optional(),
  teacher: z.string().optional(),
  summary: z.string().optional(),
  files: z.array(FileRef),
});
export type Consultation = z.infer<typeof Consultation>;

/** One row of a 開課資料 page (page kind `course-list`) or of the approved course plan. */
export const CourseOffering = z.object({
  type: z.literal('course-offering'),
  /** 課程代碼 */
  code: z.string(),
  /** 科目名稱 / 課程名稱 */
  name: z.string(),
  /** 學分 */
  credits: z.number().nonnegative().optional(),
  grade: Grade.optional(),
  term: Term.optional(),
  /** 開課班級, as the page writes them (e.g. 201, 202) */
  classes: z.array(z.string()).optional(),
  teacher: z.string().optional(),
});
export type CourseOffering = z.infer<typeof CourseOffering>;

/** One student's row on a 班級進度 page (page kind `class-progress`). */
export const ClassProgress = z.object({
  type: z.literal('class-progress'),
  studentRef: z.string(),
  /** 姓名 as the page shows it: only ever shown in the page's own summary panel (and in an export the user asks names in); never logged */
  studentName: z.string().optional(),
  /** 身分證統一編號 / 居留證號 as shown; checked in the page, never logged or sent */
  idNumber: z.string().optional(),
  seat: z.number().int().positive().optional(),
  className: z.string().optional(),
  term: Term.optional(),
  /** 課程學習成果 counts */
  outcomesUploaded: z.number().int().nonnegative().optional(),
  outcomesCertified: z.number().int().nonnegative().optional(),
  outcomesSelected: z.number().int().nonnegative().optional(),
  /** 多元表現 counts */
  performancesUploaded: z.number().int().nonnegative().optional(),
  performancesSelected: z.number().int().nonnegative().optional(),
  /** 收訖明細 confirmed */
  receiptConfirmed: z.boolean().optional(),
});
export type ClassProgress = z.infer<typeof ClassProgress>;

/** The run the 課程代碼比對 page reports (its date, when the page shows one). */
export const CourseCodeRun = z.object({
  type: z.literal('course-code-run'),
  /** ISO date of the comparison run */
  ranAt: z.string().optional(),
  term: Term.optional(),
});
export type CourseCodeRun = z.infer<typeof CourseCodeRun>;

/** One row of a 課程代碼比對結果 page (page kind `course-code-check`). */
export const CourseCodeCheckRow = z.object({
  type: z.literal('course-code-check'),
  code: z.string(),
  name: z.string().optional(),
  matched: z.boolean(),
  /** the vendor's reason for a mismatch, as written */
  reason: z.string().optional(),
});
export type CourseCodeCheckRow = z.infer<typeof CourseCodeCheckRow>;

/** A 預檢結果 (page kind `precheck`): one roster file sent to the central database's pre-check. */
export const PrecheckResult = z.object({
  type: z.literal('precheck'),
  /** 名冊別 */
  rosterType: z.string(),
  /** ISO date or date-time of submission */
  submittedAt: z.string().optional(),
  passed: z.boolean(),
  /** 錯誤筆數 as the page states it (the error list may be on another page) */
  errorCount: z.number().int().nonnegative().optional(),
  errors: z.array(
    z.object({
      row: z.number().int().positive().optional(),
      field: z.string().optional(),
      message: z.string(),
    }),
  ),
});
export type PrecheckResult = z.infer<typeof PrecheckResult>;

export const ReceiptStatus = z.enum(['confirmed', 'disputed', 'pending']);
export type ReceiptStatus = z.infer<typeof ReceiptStatus>;

/** One student's 收訖明細確認 state (page kind `receipt`): 已確認 / 有疑義 / 未確認. */
export const ReceiptConfirmation = z.object({
  type: z.literal('receipt'),
  studentRef: z.string(),
  /** 姓名 as the page shows it: only ever shown in the page's own summary panel (and in an export the user asks names in); never logged */
  studentName: z.string().optional(),
  /** 身分證統一編號 / 居留證號 as shown; checked in the page, never logged or sent */
  idNumber: z.string().optional(),
  className: z.string().optional(),
  status: ReceiptStatus,
  /** ISO date of the confirmation, when shown */
  confirmedAt: z.string().optional(),
});
export type ReceiptConfirmation = z.infer<typeof ReceiptConfirmation>;

/**
 * A student as a roster or list names them. `idNumber` (身分證統一編號 / 居留證號) is the raw
 * value as given: it is only ever checked in the page and never logged or put in a message.
 */
export const StudentIdentity = z.object({
  type: z.literal('student'),
  /** 學號 */
  studentRef: z.string().optional(),
  idNumber: z.string().optional(),
  className: z.string().optional(),
  seat: z.number().int().positive().optional(),
  /** 出生日期 as a roster gives it: ISO yyyy-mm-dd when it reads as a date, else as written */
  birthDate: z.string().optional(),
});
export type StudentIdentity = z.infer<typeof StudentIdentity>;

/**
 * One row of a 學期成績名冊 or 重修重讀成績名冊 (roster files only): a student's grade in one course.
 * `idNumber` is the raw value as given, never logged or put in a message.
 */
export const CourseGrade = z.object({
  type: z.literal('course-grade'),
  idNumber: z.string().optional(),
  term: Term.optional(),
  /** 課程代碼 */
  code: z.string(),
  /** 科目名稱 */
  name: z.string().optional(),
  /** 開課年級 */
  grade: Grade.optional(),
  /** 修課學分 */
  credits: z.number().nonnegative().optional(),
  /** 學期學業成績 (or 重修成績) as written */
  score: z.string().optional(),
  /** true for a 重修重讀 row */
  retake: z.boolean().optional(),
});
export type CourseGrade = z.infer<typeof CourseGrade>;

/** One roster file (名冊) as its cover rows describe it: what cross-file rules compare. */
export const RosterFile = z.object({
  type: z.literal('roster-file'),
  /** the file name as chosen */
  fileName: z.string(),
  /** what the file was recognised as: students, grades, retakes, outcomes or performances */
  kind: z.string(),
  /** the kind in words, e.g. 學生資料名冊 */
  label: z.string(),
  /** 學校代碼 from the cover rows, as written */
  schoolCode: z.string().optional(),
  term: Term.optional(),
});
export type RosterFile = z.infer<typeof RosterFile>;

/** The required columns one roster row leaves empty (header text as the file writes it). */
export const RosterRow = z.object({
  type: z.literal('roster-row'),
  empty: z.array(z.object({ field: z.string(), column: z.string() })),
});
export type RosterRow = z.infer<typeof RosterRow>;

export const PageRecord = z.discriminatedUnion('type', [
  Artifact,
  Consultation,
  CourseOffering,
  ClassProgress,
  CourseCodeRun,
  CourseCodeCheckRow,
  PrecheckResult,
  ReceiptConfirmation,
  StudentIdentity,
  CourseGrade,
  RosterFile,
  RosterRow,
]);
export type PageRecord = z.infer<typeof PageRecord>;

/**
 * Whether (and when) one task of the school's task table was done for one term. Not read from a
 * page: the dashboard keeps these and passes them to the schedule rules.
 */
export const TaskStatus = z.object({
  /** id of the task in `policy.tasks` */
  taskId: z.string(),
  term: Term,
  /** ISO date the task was done; absent while it is still open */
  doneAt: IsoDate.optional(),
  /** ISO date of the event a per-event deadline counts from (e.g. the consultation for 課程諮詢紀錄) */
  eventAt: IsoDate.optional(),
});
export type TaskStatus = z.infer<typeof TaskStatus>;

/** One course of the approved course plan (課程計畫), as imported from the 課程計畫平臺 export. */
export const CoursePlanEntry = z.object({
  code: z.string(),
  name: z.string(),
  credits: z.number().nonnegative().optional(),
  grade: Grade.optional(),
  semester: z.union([z.literal(1), z.literal(2)]).optional(),
  /**
   * Credits per semester from the platform's 授課學期學分節數 (高一上, 高一下 … 高三下; 0 = not taught
   * that semester), when the export gives it.
   */
  creditsByTerm: z.array(z.number().int().nonnegative()).length(6).optional(),
});
export type CoursePlanEntry = z.infer<typeof CoursePlanEntry>;

export const CoursePlan = z.object({
  entries: z.array(CoursePlanEntry),
  /** ISO date the plan was last approved/changed (備查), when the importer knows it */
  changedAt: IsoDate.optional(),
});
export type CoursePlan = z.infer<typeof CoursePlan>;
