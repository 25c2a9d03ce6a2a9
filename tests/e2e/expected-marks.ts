import type { PageRecord } from '@/lib/model/records';

/**
 * How the sample portal's problem codes (tests/portal/pages/data/expected.js)
 * show up as marks: the rule id, by page kind where it differs. Codes with no
 * rule here (a 未確認 receipt still inside its period, an upload still waiting
 * before the deadline) are not marked.
 */
export const PROBLEM_RULES: Record<string, Record<string, string>> = {
  'summary-over-100': { any: 'format.summary.too-long' },
  'file-over-limit': { any: 'format.file.too-large' },
  'file-type-not-allowed': { any: 'format.file.type-not-allowed' },
  'file-ext-mismatch': { any: 'format.file.type-mismatch' },
  'cert-reason-quality': { any: 'cert.rejected.quality-reason' },
  'selected-not-certified': { any: 'cert.selected.uncertified' },
  'id-bad-check-digit': { any: 'identity.id-number.invalid' },
  'duplicate-student': { any: 'identity.student.duplicate' },
  'course-code-unmatched': { 'course-code-check': 'course.code-check.unmatched', any: 'course.code.not-in-plan' },
  'course-code-school-mismatch': { any: 'course.code.malformed' },
  // On the comparison page the vendor's own 不相符 is the mark; elsewhere the plan is compared.
  'course-name-differs': { 'course-code-check': 'course.code-check.unmatched', any: 'course.plan.mismatch' },
  'course-credits-differs': { 'course-code-check': 'course.code-check.unmatched', any: 'course.plan.mismatch' },
  'precheck-failed': { any: 'schedule.precheck.not-passed' },
  'receipt-disputed': { any: 'schedule.receipt.disputed' },
  // pageProblems (expected.js PAGE_PROBLEMS): counted over the page's rows or against the date
  'outcome-selected-over-cap': { any: 'quota.outcome.selected-over-cap' },
  'performance-selected-over-cap': { any: 'quota.performance.selected-over-cap' },
  'cert-pending-past-deadline': { any: 'cert.pending.past-deadline' },
};

/**
 * Rule ids a page test compares every row against, though no row of the sample portal is expected
 * to carry them under the sample school's policy (national caps) on its 檢核基準日: a mark of one of these anywhere is a
 * wrong mark. (Every rule id is compared: a mark whose id is in neither list fails the test as an
 * unknown mark.)
 */
export const NEVER_ON_SAMPLE_PAGES: Record<string, string> = {
  'quota.outcome.uploaded-over-cap': 'the sample school, as the national baseline, sets no upload cap (003 四(二)1: the school sets it)',
  'quota.performance.uploaded-over-cap': 'the sample school sets no upload cap',
  'course.code.structure-invalid': 'every sample 課程代碼 has a well-formed structure (the malformed one is caught as course.code.malformed)',
  'course.grade.not-submittable': 'a roster rule: rosters only',
  'format.roster.cover-mismatch': 'a roster rule: rosters only',
  'format.roster.required-empty': 'a roster rule: rosters only',
  'identity.birth-date.invalid': 'a roster rule: rosters only',
  'identity.roster.student-missing': 'a roster rule: rosters only',
  'schedule.roster.date-outside-term': 'a roster rule: rosters only',
  'schedule.receipt-period.too-short': 'a calendar rule on the school policy, not on a page row',
  'schedule.upload-window.too-short': 'a calendar rule on the school policy, not on a page row',
  'schedule.task.overdue': 'a task rule on the school policy, not on a page row',
};

/**
 * Tables whose rows are joined into other records rather than read as records of their own (a 預檢
 * error list), by the header expected.js keys them with: styles A, B, C, D.
 */
export const JOINED_TABLE_KEYS = ['錯誤說明', '錯誤訊息', '錯誤內容', '錯誤描述'];

/**
 * The key expected.js names a row by: an artifact by its title, or — on a list without a title
 * column (style C's 課程學習成果 list, style D's 認證 list) — by its course name, with the 學號
 * before it where the row names a student (`112045 英語文`); students by 學號, courses by 課程代碼,
 * pre-check batches by 名冊別.
 */
export function rowKey(record: PageRecord): string | undefined {
  switch (record.type) {
    case 'artifact': {
      const name = record.title || record.courseName;
      if (!name) return undefined;
      return record.studentRef ? `${record.studentRef} ${name}` : name;
    }
    case 'class-progress':
    case 'receipt':
      return record.studentRef;
    case 'course-offering':
    case 'course-code-check':
      return record.code;
    case 'precheck':
      return record.rosterType;
    default:
      return undefined;
  }
}

/**
 * Problem codes that deliberately make no mark, with the reason: they are the only codes a row's
 * expected set leaves out (a code in neither list throws, so a new code cannot be dropped silently).
 */
export const UNMARKED_PROBLEMS: Record<string, string> = {
  'receipt-unconfirmed': 'a 未確認 receipt still inside its period is not a problem yet',
  'cert-pending': 'a pending certification before the deadline is not a problem (past it: cert-pending-past-deadline)',
};

/** The rule ids a row with these problem codes must be marked with, on a page of this kind (sorted, no repeats). */
export function expectedRules(problems: readonly string[], pageKind: string): string[] {
  const ids = problems.map((problem) => {
    const id = PROBLEM_RULES[problem]?.[pageKind] ?? PROBLEM_RULES[problem]?.any;
    if (!id && !(problem in UNMARKED_PROBLEMS)) throw new Error(`problem code ${problem} maps to no rule and is not listed as unmarked`);
    return id;
  });
  return [...new Set(ids.filter((id): id is string => Boolean(id)))].sort();
}

/** A row of expected.js: its own problems and those counted over the page or against the date. */
export function expectedRowRules(row: { problems: readonly string[]; pageProblems?: readonly string[] }, pageKind: string): string[] {
  return expectedRules([...row.problems, ...(row.pageProblems ?? [])], pageKind);
}
