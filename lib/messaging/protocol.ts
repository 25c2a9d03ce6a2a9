import { z } from 'zod';
import { PAGE_KINDS, type PageKind } from '@/lib/page-kinds';

/**
 * Messages between the content script, the background and the popup. The
 * background validates every message it receives with these schemas.
 */

const pageKind = z.enum(Object.keys(PAGE_KINDS) as [PageKind, ...PageKind[]]);
const severity = z.enum(['error', 'warning', 'info']);

/**
 * What a staff page shows for one slice of one task, as counts: e.g. 王怡君's 英語文 uploads in
 * class 302 waiting for certification. No student appears here, only counts. Made by
 * `observationsFromRecords` (lib/stats/observe.ts).
 */
export const PageObservation = z.object({
  /** the task-table id (policy.tasks) or a built-in id such as `receipt-confirm` */
  taskId: z.string().min(1),
  /** 學年度 / 學期 the counts belong to */
  year: z.number().int(),
  semester: z.union([z.literal(1), z.literal(2)]),
  /** the responsible unit (處室/組) as the task table names it; '' when unknown */
  unit: z.string(),
  /** the responsible teacher or staff member; '' when the page shows none */
  person: z.string(),
  className: z.string(),
  course: z.string(),
  total: z.number().int().nonnegative(),
  done: z.number().int().nonnegative(),
  pending: z.number().int().nonnegative(),
  /** items done by the deadline, when the page's dates (or the day it was seen) tell; null = unknown */
  onTime: z.number().int().nonnegative().nullable(),
  /** the task's deadline, yyyy-mm-dd; '' when the policy does not give one */
  due: z.string(),
});
export type PageObservation = z.infer<typeof PageObservation>;

export const PageReport = z.object({
  type: z.literal('page-report'),
  url: z.string().url(),
  pageKind: pageKind.nullable(),
  /** `partial`: some data rows could not be read (counted in `unread`, never as clean) */
  status: z.enum(['checked', 'partial', 'unrecognized']),
  /** data rows on the page that could not be read */
  unread: z.number().int().nonnegative().optional(),
  policyId: z.string(),
  /**
   * One identity per record read, made of what the page shows (學號, term, course
   * code, title). The background turns each into a keyed hash before logging.
   */
  subjects: z.array(z.string()),
  findings: z.array(
    z.object({
      ruleId: z.string(),
      severity,
      recordIndex: z.number().int().nonnegative().nullable(),
    }),
  ),
  /** counts per task / teacher / class / course the page shows (staff pages only); optional */
  observations: z.array(PageObservation).optional(),
});
export type PageReport = z.infer<typeof PageReport>;

export const SitesChanged = z.object({ type: z.literal('sites-changed') });

/**
 * One reading of a teacher's certification page: per upload a key (學號 and
 * title, hashed by the background before it is kept), course, class and
 * whether it still waits. The background merges readings of the list's pages.
 */
export const CertificationRowsReport = z.object({
  type: z.literal('certification-rows'),
  url: z.string().url(),
  rows: z.array(
    z.object({
      identity: z.string(),
      courseName: z.string(),
      className: z.string(),
      pending: z.boolean(),
      status: z.enum(['pending', 'certified', 'rejected']).optional(),
      teacher: z.string().optional(),
      certifiedAt: z.string().optional(),
      term: z.object({ year: z.number().int(), semester: z.union([z.literal(1), z.literal(2)]) }).optional(),
    }),
  ),
  statedTotal: z.number().int().nonnegative().optional(),
  term: z.object({ year: z.number().int(), semester: z.union([z.literal(1), z.literal(2)]) }).optional(),
});
export type CertificationRowsReport = z.infer<typeof CertificationRowsReport>;

export const BackgroundMessage = z.discriminatedUnion('type', [PageReport, SitesChanged, CertificationRowsReport]);
export type BackgroundMessage = z.infer<typeof BackgroundMessage>;

/** What the popup asks a tab's content script, and what it answers. */
export interface SummaryRequest {
  type: 'get-summary';
}

/** A list the page shows, as the popup explains it: each column's header and what it was taken for. */
export interface TableSummary {
  headers: { text: string; field: string | null }[];
  /** data rows in the list */
  rows: number;
  /** what the list was read as; null when it was not recognised */
  pageKind: PageKind | null;
}

export interface PageSummary {
  status: 'checked' | 'partial' | 'unrecognized';
  pageKind: PageKind | null;
  errors: number;
  warnings: number;
  /** data rows that could not be read (each is marked 「未檢核」 on the page) */
  unread: number;
  /** zh/en note when unrecognized */
  reason?: { zh: string; en: string };
  /** what the rules could not check for want of an input (「未匯入核定課程計畫：課程代碼未比對」) */
  unchecked?: { zh: string; en: string }[];
  findings: { ruleId: string; severity: 'error' | 'warning' | 'info'; message: { zh: string; en: string } }[];
  /** every list the page shows that looked like data, recognised or not */
  tables: TableSummary[];
}
