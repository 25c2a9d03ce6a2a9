import type { Basis, Finding, RuleFamily, Severity } from '@/lib/model/finding';
import type { Localized } from '@/lib/model/localized';
import type { TaskStatus } from '@/lib/model/records';
import type { SchoolPolicy } from '@/lib/policy/schema';
import { certPendingPastDeadline } from './cert/pending-past-deadline';
import { certRejectedForQuality } from './cert/rejected-for-quality';
import { certSelectedUncertified } from './cert/selected-uncertified';
import { courseCodeCheckOverdue } from './course/code-check-overdue';
import { courseCodeCheckUnmatched } from './course/code-check-unmatched';
import { courseCodeMalformed } from './course/code-malformed';
import { courseCodeNotInPlan } from './course/code-not-in-plan';
import { coursePlanMismatch } from './course/plan-mismatch';
import { fileTooLarge } from './format/file-too-large';
import { fileTypeMismatch } from './format/file-type-mismatch';
import { fileTypeNotAllowed } from './format/file-type-not-allowed';
import { summaryTooLong } from './format/summary-too-long';
import { duplicateStudent } from './identity/duplicate-student';
import { idNumberInvalid } from './identity/id-number-invalid';
import { outcomeSelectedOverCap } from './quota/outcome-selected-over-cap';
import { outcomeUploadedOverCap } from './quota/outcome-uploaded-over-cap';
import { performanceSelectedOverCap } from './quota/performance-selected-over-cap';
import { performanceUploadedOverCap } from './quota/performance-uploaded-over-cap';
import { precheckNotPassed } from './schedule/precheck-not-passed';
import { receiptDisputed } from './schedule/receipt-disputed';
import { receiptPeriodTooShort } from './schedule/receipt-period-too-short';
import { taskOverdue } from './schedule/task-overdue';
import { uploadWindowTooShort } from './schedule/upload-window-too-short';
import type { PageRule, PolicyRule, Rule, RuleContext, RuleInput } from './types';

/** Every rule the extension runs, in the order their marks are listed. */
export const RULES: readonly Rule[] = [
  outcomeUploadedOverCap,
  outcomeSelectedOverCap,
  performanceUploadedOverCap,
  performanceSelectedOverCap,
  fileTypeNotAllowed,
  fileTooLarge,
  fileTypeMismatch,
  summaryTooLong,
  courseCodeMalformed,
  courseCodeNotInPlan,
  coursePlanMismatch,
  courseCodeCheckOverdue,
  courseCodeCheckUnmatched,
  certPendingPastDeadline,
  certRejectedForQuality,
  certSelectedUncertified,
  precheckNotPassed,
  receiptDisputed,
  uploadWindowTooShort,
  receiptPeriodTooShort,
  taskOverdue,
  idNumberInvalid,
  duplicateStudent,
];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((rule) => rule.id === id);
}

const PAGE_RULES = RULES.filter((rule): rule is PageRule => rule.scope === 'page');
const POLICY_RULES = RULES.filter((rule): rule is PolicyRule => rule.scope === 'policy');

/** Runs every page rule over one page's (or file's) records. */
export function runRules(input: RuleInput, policy: SchoolPolicy, context: RuleContext): Finding[] {
  return PAGE_RULES.flatMap((rule) => rule.check(input, policy, context));
}

/**
 * Runs the schedule rules over the school's own policy (calendar and task table) and the task
 * progress the dashboard keeps. Calendar findings have recordIndex null and the policy path in
 * `field`; task findings have the index into `tasks` as recordIndex.
 */
export function checkPolicy(policy: SchoolPolicy, context: RuleContext, tasks: TaskStatus[] = []): Finding[] {
  return POLICY_RULES.flatMap((rule) => rule.check({ tasks }, policy, context));
}

export interface CatalogEntry {
  id: string;
  family: RuleFamily;
  severity: Severity;
  scope: Rule['scope'];
  title: Localized;
  basis: Basis;
}

/** The rule table (README, options page): one row per rule, in registry order. */
export function ruleCatalog(): CatalogEntry[] {
  return RULES.map(({ id, family, severity, scope, title, basis }) => ({ id, family, severity, scope, title, basis }));
}
