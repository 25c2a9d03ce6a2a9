import { z } from 'zod';
import { PAGE_KINDS, type PageKind } from '@/lib/page-kinds';
import { NOTE_MAX, REASON_CHOICES, STAFF_NAME_MAX, type ReasonChoice } from '@/lib/dismissals/reasons';

/**
 * Messages between the content script, the background and the popup. The
 * background validates every message it receives with these schemas.
 */

const pageKind = z.enum(Object.keys(PAGE_KINDS) as [PageKind, ...PageKind[]]);
const severity = z.enum(['error', 'warning', 'info']);

/**
 * The most a page report may carry. A page beyond them is not logged; the background answers
 * `{ ok: false, error: 'too-large' }` and the popup tells the user (lib/db/health.ts). Far above
 * any real page (the sample portal's biggest lists have 2,000 rows) and small enough to bound
 * what one message can make the background hash and write.
 */
export const LIMITS = {
  /** records (and so identities) of one page */
  records: 20_000,
  /** findings of one page */
  findings: 100_000,
  /** count slices of one page */
  observations: 5_000,
  /** rows of one reading of a certification list */
  certificationRows: 20_000,
  /** an identity: 學號, term, course code, title … joined */
  identity: 4_000,
  /** a name the page shows: course, class, teacher, unit, task */
  name: 500,
  /** a finding's message, in one language */
  message: 10_000,
  url: 8_192,
} as const;

const name = z.string().max(LIMITS.name);
/** the page a message is about */
const url = z.string().max(LIMITS.url).url();
const term = z.object({ year: z.number().int(), semester: z.union([z.literal(1), z.literal(2)]) });

/**
 * What a staff page shows for one slice of one task, as counts: e.g. 王怡君's 英語文 uploads in
 * class 302 waiting for certification. No student appears here, only counts. Made by
 * `observationsFromRecords` (lib/stats/observe.ts).
 */
export const PageObservation = z.object({
  /** the task-table id (policy.tasks) or a built-in id such as `receipt-confirm` */
  taskId: name.min(1),
  /** 學年度 / 學期 the counts belong to */
  year: z.number().int(),
  semester: z.union([z.literal(1), z.literal(2)]),
  /** the responsible unit (處室/組) as the task table names it; '' when unknown */
  unit: name,
  /** the responsible teacher or staff member; '' when the page shows none */
  person: name,
  className: name,
  course: name,
  total: z.number().int().nonnegative(),
  done: z.number().int().nonnegative(),
  pending: z.number().int().nonnegative(),
  /** items done by the deadline, when the page's dates (or the day it was seen) tell; null = unknown */
  onTime: z.number().int().nonnegative().nullable(),
  /** the task's deadline, yyyy-mm-dd; '' when the policy does not give one */
  due: z.string().max(40),
});
export type PageObservation = z.infer<typeof PageObservation>;

export const PageReport = z.object({
  type: z.literal('page-report'),
  url,
  pageKind: pageKind.nullable(),
  /** `partial`: some data rows could not be read (counted in `unread`, never as clean) */
  status: z.enum(['checked', 'partial', 'unrecognized']),
  /** data rows on the page that could not be read */
  unread: z.number().int().nonnegative().optional(),
  policyId: z.string().max(200),
  /**
   * One identity per record read, made of what the page shows (學號, term, course
   * code, title). The background turns each into a keyed hash before logging.
   */
  subjects: z.array(z.string().max(LIMITS.identity)).max(LIMITS.records),
  findings: z
    .array(
      z.object({
        ruleId: z.string().max(200),
        severity,
        recordIndex: z.number().int().nonnegative().max(LIMITS.records).nullable(),
        /** marked 「已確認，無需更正」 with the value the page shows: not an open problem */
        dismissed: z.literal(true).optional(),
      }),
    )
    .max(LIMITS.findings),
  /** counts per task / teacher / class / course the page shows (staff pages only); optional */
  observations: z.array(PageObservation).max(LIMITS.observations).optional(),
});
export type PageReport = z.infer<typeof PageReport>;

/** One finding of a page report. */
export const ReportFinding = PageReport.shape.findings.element;
export type ReportFinding = z.infer<typeof ReportFinding>;
/** A finding as a page delta carries it: under its row, or among the page's own (not about a row). */
const deltaFinding = ReportFinding.omit({ recordIndex: true });
/** A row of a page by its identity and its occurrence (1 for the first row showing that record, 2 for a second …). */
const deltaRow = z.object({ identity: z.string().max(LIMITS.identity), nth: z.number().int().positive().max(LIMITS.records) });

/**
 * What changed on a checked page since its last report (lib/messaging/page-delta.ts): the rows whose
 * findings changed or that are new, with all their findings, and the rows gone. The background keeps
 * each page's rows between deltas and logs the merged page as it logs a page report, so the log is the
 * same; one with `base: null` carries every row. A delta whose base the background does not have (its
 * service worker was restarted) is answered `stale`, and the content script sends every row again.
 */
const deltaSequence = z.object({
  /** one content script in one document, at random */
  session: z.string().regex(/^[0-9a-f]{32}$/),
  /** this delta's number in the session, and the one it applies to (null: every row is in it) */
  seq: z.number().int().positive(),
  base: z.number().int().positive().nullable(),
});

export const PageDelta = deltaSequence.extend({
  type: z.literal('page-delta'),
  url,
  pageKind: PageReport.shape.pageKind,
  status: PageReport.shape.status,
  unread: PageReport.shape.unread,
  policyId: PageReport.shape.policyId,
  rows: z.array(deltaRow.extend({ findings: z.array(deltaFinding).max(LIMITS.findings) })).max(LIMITS.records),
  removed: z.array(deltaRow).max(LIMITS.records),
  /** the findings about the page as a whole, all of them */
  pageFindings: z.array(deltaFinding).max(LIMITS.findings),
  /** the page's counts, all of them (a page has few) */
  observations: PageReport.shape.observations,
});
export type PageDelta = z.infer<typeof PageDelta>;

export const SitesChanged = z.object({ type: z.literal('sites-changed') });

/**
 * One reading of a teacher's certification page: per upload a key (學號 and
 * title, hashed by the background before it is kept), course, class and
 * whether it still waits. The background merges readings of the list's pages.
 */
export const CertificationRowsReport = z.object({
  type: z.literal('certification-rows'),
  url,
  rows: z
    .array(
      z.object({
        identity: z.string().max(LIMITS.identity),
        courseName: name,
        className: name,
        pending: z.boolean(),
        status: z.enum(['pending', 'certified', 'rejected']).optional(),
        teacher: name.optional(),
        certifiedAt: z.string().max(40).optional(),
        term: term.optional(),
      }),
    )
    .max(LIMITS.certificationRows),
  statedTotal: z.number().int().nonnegative().optional(),
  term: term.optional(),
  /** the 認證期限 the page states (「認證期限：115/02/10」), yyyy-mm-dd */
  statedDeadline: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
});
export type CertificationRowsReport = z.infer<typeof CertificationRowsReport>;

/**
 * What changed in a certification list's reading since the last one sent (lib/messaging/rows-delta.ts): the
 * uploads new or changed, and the ones gone, by identity. The background keeps the last reading, merges the
 * delta into it and takes the whole reading as it takes a `certification-rows` message; `stale` and
 * `base: null` as for a page delta. `answer`: whether the content script needs the merged list back (a list
 * shown a page at a time); else the background answers `null`, and 2,000 rows do not travel back each time.
 */
export const CertificationRowsDelta = CertificationRowsReport.omit({ type: true, rows: true }).extend({
  type: z.literal('certification-rows-delta'),
  ...deltaSequence.shape,
  rows: CertificationRowsReport.shape.rows,
  removed: z.array(z.string().max(LIMITS.identity)).max(LIMITS.certificationRows),
  answer: z.boolean(),
});
export type CertificationRowsDelta = z.infer<typeof CertificationRowsDelta>;

const ruleId = z.string().max(200);
/** the record field a finding is about; '' when it names none */
const field = z.string().max(100);
/** lib/dismissals/fingerprint.ts valueDigest */
const digest = z.string().regex(/^[0-9a-f]{16}$/);
const reasonChoice = z.enum(REASON_CHOICES as [ReasonChoice, ...ReasonChoice[]]);
/** Who marks or takes back: the role this browser chose and the name typed (bounded with room for white space the check trims). */
const actor = z.object({
  role: z.enum(['teacher', 'homeroom', 'staff', '']),
  staffName: z.string().max(STAFF_NAME_MAX * 4),
});

/**
 * A finding marked 「已確認，無需更正」 in the page. The identity and the value digest are hashed with
 * the log's key before they are kept; the reason is checked against the rule again (checkReason).
 */
export const DismissRequest = actor.extend({
  type: z.literal('dismiss'),
  url,
  pageKind,
  identity: z.string().max(LIMITS.identity),
  ruleId,
  field,
  digest,
  choice: reasonChoice,
  // Bounded with room for white space the check trims; the check bounds the characters kept.
  note: z.string().max(NOTE_MAX * 4),
});
export type DismissRequest = z.infer<typeof DismissRequest>;

/**
 * 「取消確認」: a dismissal in force (by its id, as the page was told it) taken back by the staff member
 * named; its finding is open again at once. Only a dismissal made on the same site can be taken back from a page.
 */
export const WithdrawRequest = actor.extend({
  type: z.literal('withdraw-dismissal'),
  url,
  id: z.string().min(1).max(100),
});
export type WithdrawRequest = z.infer<typeof WithdrawRequest>;

/**
 * Which of a page's row findings are dismissed: the identities of the records they are about (sent
 * once each) and per finding its record (index into `subjects`), rule, field and value digest.
 * The background answers the dismissals that apply (DismissedFinding[]) and ends those whose value changed.
 */
export const DismissalsQuery = z.object({
  type: z.literal('dismissals-query'),
  url,
  subjects: z.array(z.string().max(LIMITS.identity)).max(LIMITS.records),
  findings: z
    .array(z.object({ subject: z.number().int().nonnegative().max(LIMITS.records), ruleId, field, digest }))
    .max(LIMITS.findings),
});
export type DismissalsQuery = z.infer<typeof DismissalsQuery>;

/** A dismissal that applies to one finding of a query (`index` into its findings): what the grey mark says. */
export interface DismissedFinding {
  index: number;
  id: string;
  choice: (typeof REASON_CHOICES)[number];
  note: string;
  staffName: string;
  /** ms since epoch */
  at: number;
}

export const BackgroundMessage = z.discriminatedUnion('type', [PageReport, PageDelta, SitesChanged, CertificationRowsReport, CertificationRowsDelta, DismissRequest, WithdrawRequest, DismissalsQuery]);
export type BackgroundMessage = z.infer<typeof BackgroundMessage>;

/** What the background answers a page report or a certification reading. */
export type BackgroundAnswer<T = unknown> =
  | { ok: true; result: T }
  | {
      ok: false;
      /** quota: the disk is full; write-failed: another database error; too-large, invalid: refused, sending again cannot help */
      kind: 'quota' | 'write-failed' | 'too-large' | 'invalid';
      /** technical name of the error, for support */
      error: string;
    };

/**
 * For a message the schemas refused: the page it came from and its largest list when that list
 * is over LIMITS (a page too large to log), else null.
 */
export function oversize(message: unknown): { url: string; size: number; limit: number } | null {
  if (typeof message !== 'object' || message === null) return null;
  const m = message as Record<string, unknown>;
  const length = (key: string) => (Array.isArray(m[key]) ? (m[key] as unknown[]).length : 0);
  const lists: [number, number][] =
    m.type === 'page-report'
      ? [
          [length('subjects'), LIMITS.records],
          [length('findings'), LIMITS.findings],
          [length('observations'), LIMITS.observations],
        ]
      : m.type === 'page-delta'
        ? [
            [length('rows'), LIMITS.records],
            [length('removed'), LIMITS.records],
            [length('pageFindings'), LIMITS.findings],
            [length('observations'), LIMITS.observations],
          ]
        : m.type === 'certification-rows' || m.type === 'certification-rows-delta'
          ? [
              [length('rows'), LIMITS.certificationRows],
              [length('removed'), LIMITS.certificationRows],
            ]
          : m.type === 'dismissals-query'
            ? [
                [length('subjects'), LIMITS.records],
                [length('findings'), LIMITS.findings],
              ]
            : [];
  const over = lists.find(([size, limit]) => size > limit);
  if (!over) return null;
  return { url: typeof m.url === 'string' ? m.url : '', size: over[0], limit: over[1] };
}

/**
 * One finding as the popup gets it, with the row it is about named from the row's own fields (「302 班
 * 座號 7」「學號 112045〈…〉」) and the student's name apart, so an export can leave it out; `full` is the
 * whole name as the page's panel says it (「302 班 座號 7 蔡彥恆」), for the popup's list. Never a national
 * ID. The content script's answer is not checked by the background, so the popup checks it with this.
 */
export const SummaryFinding = z.object({
  ruleId: z.string().max(200),
  severity,
  message: z.object({ zh: z.string().max(LIMITS.message), en: z.string().max(LIMITS.message) }),
  row: z.object({ label: name, name: name.optional(), full: name.optional() }).optional(),
  /**
   * marked 「已確認，無需更正」 with the value the page shows — why, by whom, when (ms since epoch): not
   * counted as an error or warning, and an export says so
   */
  dismissed: z
    .object({
      choice: reasonChoice,
      note: DismissRequest.shape.note,
      staffName: DismissRequest.shape.staffName,
      at: z.number(),
    })
    .optional(),
});
export type SummaryFinding = z.infer<typeof SummaryFinding>;

/** A page's findings as the popup accepts them: bounded like a page report's. */
export const SummaryFindings = z.array(SummaryFinding).max(LIMITS.findings);

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
  /** open errors and warnings: findings marked 「已確認，無需更正」 are not among them */
  errors: number;
  warnings: number;
  /** findings marked 「已確認，無需更正」 (「已確認 N 項」) */
  dismissed: number;
  /** data rows that could not be read (each is marked 「未檢核」 on the page) */
  unread: number;
  /** zh/en note when unrecognized */
  reason?: { zh: string; en: string };
  /**
   * The page's list is not drawn yet (a portal that loads its rows after the page) and the check waits for it,
   * up to LIST_WAIT_MS (lib/adapters/list-readiness.ts): not checked yet, not "cannot be checked".
   */
  waiting?: true;
  /** what the rules could not check for want of an input (「未匯入核定課程計畫：課程代碼未比對」) */
  unchecked?: { zh: string; en: string }[];
  findings: SummaryFinding[];
  /** every list the page shows that looked like data, recognised or not */
  tables: TableSummary[];
}
