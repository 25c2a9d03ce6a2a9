import type { Basis, Finding, RuleFamily, Severity } from '@/lib/model/finding';
import type { Localized } from '@/lib/model/localized';
import type { PageKind } from '@/lib/page-kinds';
import type { CoursePlan, PageRecord, TaskStatus } from '@/lib/model/records';
import type { SchoolPolicy } from '@/lib/policy/schema';

/** What a page rule sees: the records read from one page or one file. */
export interface RuleInput {
  pageKind: PageKind;
  records: PageRecord[];
}

/** What a policy rule sees: the school's own calendar and task table (in the policy) plus task progress. */
export interface PolicyRuleInput {
  /** progress of the task table's tasks; a finding's recordIndex points into this list */
  tasks: TaskStatus[];
}

export interface RuleContext {
  /** the moment of the check; rules never read the clock themselves */
  now: Date;
  /** the approved course plan, when the school imported one (lib/csv/course-plan.ts) */
  plan?: CoursePlan;
  /**
   * The 認證期限 the page itself states (「認證期限：115/02/10」), yyyy-mm-dd. When it differs from the school
   * calendar's, deadline marks show both, and `policy.deadlineSource` says which applies.
   */
  statedCertificationDeadline?: string;
}

/**
 * How a finding of the rule may be marked 「已確認，無需更正」 (lib/dismissals): `reported-only` for errors
 * the national rules make binding (the central database refuses the data, or the rule admits no
 * exception) — only with a reason saying the problem was passed on (「已通報承辦人」 and kin);
 * `any-reason` for the others, with any short reason.
 */
export type DismissalPolicy = 'reported-only' | 'any-reason';

interface RuleMeta {
  /** stable id beginning with the family, e.g. `format.summary.too-long` */
  id: string;
  family: RuleFamily;
  severity: Severity;
  dismissal: DismissalPolicy;
  title: Localized;
  basis: Basis;
}

/**
 * An input a rule cannot check without. On these page kinds a page checked without it is `partial` and
 * says what was left unchecked, instead of showing "no problems" (a 開課資料 page with no course plan).
 */
export interface RuleNeed {
  input: 'plan' | 'schoolCode';
  pageKinds: PageKind[];
  /** what was not checked, e.g. 「未匯入核定課程計畫：課程代碼未比對」 */
  unchecked: Localized;
}

/** Where records come from: a page read in the browser, or a roster file (名冊預檢). */
export type RecordSource = 'page' | 'roster';

/** A rule over a page's records. Findings point at records (recordIndex) or the page (null). */
export interface PageRule extends RuleMeta {
  scope: 'page';
  /**
   * Whose records the rule reads: pages', roster files', or both. The content script carries only the
   * rules that read pages (lib/rules/index.ts); those for roster files alone are in roster-rules.ts.
   */
  sources: readonly RecordSource[];
  /**
   * Whether what the rule finds about a record depends only on that record (and the page kind, policy,
   * plan and day): then a re-check runs it over changed records only (createRuleRunner). Rules that
   * count over the whole page (quotas, duplicates, past deadlines) are not.
   */
  recordLocal: boolean;
  needs?: RuleNeed;
  check(input: RuleInput, policy: SchoolPolicy, context: RuleContext): Finding[];
}

/**
 * A rule over the school's policy itself (calendar, task table). Findings carry the policy path in
 * `field` (e.g. `calendar.terms.0.windows.upload`) and, for task findings, the index into
 * `input.tasks` as recordIndex.
 */
export interface PolicyRule extends RuleMeta {
  scope: 'policy';
  check(input: PolicyRuleInput, policy: SchoolPolicy, context: RuleContext): Finding[];
}

/** One rule: pure, no DOM, no database, no clock. One rule per file under lib/rules/<family>/. */
export type Rule = PageRule | PolicyRule;
