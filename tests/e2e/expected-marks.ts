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

/** Every rule id PROBLEM_RULES maps a problem to: the marks an e2e test compares row by row. */
export const MAPPED_RULES: ReadonlySet<string> = new Set(Object.values(PROBLEM_RULES).flatMap((byKind) => Object.values(byKind)));

/** The rule ids a row with these problem codes must be marked with, on a page of this kind (sorted, no repeats). */
export function expectedRules(problems: readonly string[], pageKind: string): string[] {
  const ids = problems.map((problem) => PROBLEM_RULES[problem]?.[pageKind] ?? PROBLEM_RULES[problem]?.any).filter((id): id is string => Boolean(id));
  return [...new Set(ids)].sort();
}
