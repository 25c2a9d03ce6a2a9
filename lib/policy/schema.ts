import { z } from 'zod';
import { IsoDate, PerformanceSource, Term } from '@/lib/model/records';

/**
 * A school's policy: the national baseline plus its 補充規定. Rules read numbers
 * from here; no rule hard-codes a school's figure. Validation messages a school
 * secretary reads are produced by `validatePolicy` (./validate.ts).
 */

export const POLICY_SCHEMA_VERSION = 1;

/** A cap on a count of items per period. `max: null` means the school sets none (003 四(二)1, 四(三)1). */
export const Cap = z.object({
  max: z.number().int().min(1).nullable(),
  per: z.enum(['term', 'year']),
  /** sources whose records do not count toward the cap (000 四: 學校 / 校外機構 entries) */
  excludedSources: z.array(PerformanceSource),
});
export type Cap = z.infer<typeof Cap>;

export const FILE_GROUPS = ['consultation', 'document', 'media'] as const;
export type FileGroupName = (typeof FILE_GROUPS)[number];

/** One file group of the format table (000 附件二): which extensions, how large. */
export const FileGroup = z.object({
  group: z.enum(FILE_GROUPS),
  /** lower-case extensions without the dot */
  types: z.array(z.string().regex(/^[a-z0-9]+$/)).min(1),
  /** limit per file in MB; bytes = maxMB × (2^20 when `files.mebibyte`, else 10^6) */
  maxMB: z.number().positive(),
});
export type FileGroup = z.infer<typeof FileGroup>;

export const CategoryFiles = z.object({
  groups: z.array(FileGroup).min(1),
  /** 外部連結 allowed */
  linksAllowed: z.boolean(),
});
export type CategoryFiles = z.infer<typeof CategoryFiles>;

export const FileCategory = z.enum(['outcome', 'performance', 'consultation']);
export type FileCategory = z.infer<typeof FileCategory>;

/** A window of dates, both ends inclusive. */
export const DateWindow = z.object({ start: IsoDate, end: IsoDate });
export type DateWindow = z.infer<typeof DateWindow>;

/**
 * A window that runs until a deadline: its opening day is absent when the source states only the
 * deadline (002 壹七(3): 「113-1 開學日至 114 年 2 月 03 日」 names no 開學日 date).
 */
export const DeadlineWindow = z.object({ start: IsoDate.optional(), end: IsoDate });
export type DeadlineWindow = z.infer<typeof DeadlineWindow>;

/** One term of the school calendar. Every date is ISO (yyyy-mm-dd). */
export const TermCalendar = z.object({
  term: Term,
  /** 開學日; absent when the school's source gives only its deadlines (a preset traced to a seed) */
  start: IsoDate.optional(),
  /** true when only the 開學日 is known, as an estimate: the term has no calendar of the school's yet */
  estimate: z.boolean().optional(),
  finalExam: DateWindow.optional(),
  /** 學期成績登錄截止日 */
  gradeEntryDeadline: IsoDate.optional(),
  /** 休業式 */
  closingCeremony: IsoDate.optional(),
  /** the 國教署 letter's deadline for this term's submission (提交), when known */
  agencyDeadline: IsoDate.optional(),
  windows: z.object({
    /** 課程學習成果 upload, every grade (grade 12 term 2 excepted: `uploadGrade12`) */
    upload: DeadlineWindow.optional(),
    /** 課程學習成果 upload for grade 12 in term 2 (exempt from 004 item 3) */
    uploadGrade12: DeadlineWindow.optional(),
    /** 任課教師認證 */
    certification: DeadlineWindow.optional(),
    /** 勾選 of this school year's items; given on the year's second term even when it falls in the next year */
    selection: DeadlineWindow.optional(),
    /** 收訖明細確認, one window per round */
    receipt: z.array(DateWindow).optional(),
  }),
});
export type TermCalendar = z.infer<typeof TermCalendar>;

/** Dates a deadline rule can count from. `event` is per record (e.g. the consultation's date). */
export const DEADLINE_ANCHORS = [
  'termStart',
  'finalExamStart',
  'finalExamEnd',
  'gradeEntryDeadline',
  'closingCeremony',
  'nextYearStart',
  'agencyDeadline',
  'event',
] as const;
export type DeadlineAnchor = (typeof DEADLINE_ANCHORS)[number];

/** 「開學日後二週內」 = { anchor: 'termStart', offset: { weeks: 2 } }; negative offsets count back. */
export const DeadlineRule = z.object({
  anchor: z.enum(DEADLINE_ANCHORS),
  offset: z.object({
    days: z.number().int().optional(),
    weeks: z.number().int().optional(),
    months: z.number().int().optional(),
  }),
  /** the wording of the school's table, e.g. 開學日後二週內 */
  wording: z.string().optional(),
});
export type DeadlineRule = z.infer<typeof DeadlineRule>;

/** One row of the school's task table (002 十一 is the model). */
export const TaskDef = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  task: z.string().min(1),
  unit: z.string().min(1),
  deadline: DeadlineRule,
  /** terms the task recurs in; both when absent */
  semesters: z.array(z.union([z.literal(1), z.literal(2)])).optional(),
});
export type TaskDef = z.infer<typeof TaskDef>;

/** Where a policy value comes from: a seed file and clause, or the school's own edit (seed null). */
export const PolicySource = z.object({
  seed: z.string().nullable(),
  clause: z.string(),
  note: z.object({ zh: z.string(), en: z.string() }).optional(),
});
export type PolicySource = z.infer<typeof PolicySource>;

/**
 * The sections every preset traces to a source; keys of `policy.sources`. The options page shows
 * the source next to each section.
 */
export const POLICY_SOURCE_KEYS = [
  'caps.outcomeUpload',
  'caps.outcomeSelect',
  'caps.performanceUpload',
  'caps.performanceSelect',
  'files',
  'summary.maxChars',
  'calendar',
  'tasks',
  'schoolCode',
] as const;
export type PolicySourceKey = (typeof POLICY_SOURCE_KEYS)[number];

export const SchoolPolicy = z.object({
  schemaVersion: z.literal(POLICY_SCHEMA_VERSION),
  id: z.string().min(1),
  name: z.string().min(1),
  /** the school's own name, for the report's title (a school preset names its school; the national baseline none) */
  school: z.string().min(1).optional(),
  /**
   * Which deadline applies when a page states its own (the portal's announced 認證期限) and it differs from
   * the calendar's: 'policy' (default) or 'portal' (「以系統公告期限為準」). Both are shown either way.
   */
  deadlineSource: z.enum(['policy', 'portal']).optional(),
  /** 學校代碼 (6 digits), when the policy is for one school; course codes are checked against it */
  schoolCode: z.string().regex(/^\d{6}$/).optional(),
  caps: z.object({
    /** 課程學習成果 uploaded */
    outcomeUpload: Cap,
    /** 課程學習成果 selected (勾選) */
    outcomeSelect: Cap,
    /** 多元表現 uploaded */
    performanceUpload: Cap,
    /** 多元表現 selected (勾選) */
    performanceSelect: Cap,
  }),
  files: z.object({
    /** true: MB = 2^20 bytes; false: MB = 10^6 bytes (which one 附件二 means is unverified) */
    mebibyte: z.boolean(),
    outcome: CategoryFiles,
    performance: CategoryFiles,
    consultation: CategoryFiles,
  }),
  summary: z.object({
    /** 簡述 limit in characters; every character counts as one (000 附件二) */
    maxChars: z.number().int().positive(),
  }),
  calendar: z.object({ terms: z.array(TermCalendar) }),
  tasks: z.array(TaskDef),
  sources: z.partialRecord(z.enum(POLICY_SOURCE_KEYS), PolicySource),
});
export type SchoolPolicy = z.infer<typeof SchoolPolicy>;
