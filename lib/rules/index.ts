import type { Finding } from '@/lib/model/finding';
import type { Localized } from '@/lib/model/localized';
import { isoDateOf } from '@/lib/policy/calendar';
import type { PageKind } from '@/lib/page-kinds';
import type { SchoolPolicy } from '@/lib/policy/schema';
import { certPendingPastDeadline } from './cert/pending-past-deadline';
import { certRejectedForQuality } from './cert/rejected-for-quality';
import { certSelectedUncertified } from './cert/selected-uncertified';
import { courseCodeCheckOverdue } from './course/code-check-overdue';
import { courseCodeCheckUnmatched } from './course/code-check-unmatched';
import { courseCodeMalformed } from './course/code-malformed';
import { courseCodeNotInPlan } from './course/code-not-in-plan';
import { coursePlanMismatch } from './course/plan-mismatch';
import { courseCodeStructureInvalid } from './course/code-structure-invalid';
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
import type { PageRule, RuleContext, RuleInput } from './types';

/**
 * The rules over what pages show (each lists 'page' among its `sources`), in the order their marks are
 * listed: all the content script carries. Rules for roster files alone are in roster-rules.ts, rules over
 * the school's policy in policy-rules.ts; catalog.ts lists them all.
 */
export const PAGE_RULES: readonly PageRule[] = [
  outcomeUploadedOverCap,
  outcomeSelectedOverCap,
  performanceUploadedOverCap,
  performanceSelectedOverCap,
  fileTypeNotAllowed,
  fileTooLarge,
  fileTypeMismatch,
  summaryTooLong,
  courseCodeMalformed,
  courseCodeStructureInvalid,
  courseCodeNotInPlan,
  coursePlanMismatch,
  courseCodeCheckOverdue,
  courseCodeCheckUnmatched,
  certPendingPastDeadline,
  certRejectedForQuality,
  certSelectedUncertified,
  precheckNotPassed,
  receiptDisputed,
  idNumberInvalid,
  duplicateStudent,
];

/** A rule over what pages show, by id (a page's findings come only from these). */
export function pageRuleById(id: string): PageRule | undefined {
  return PAGE_RULES.find((rule) => rule.id === id);
}

/** Runs every page rule over one page's (or file's) records. */
export function runRules(input: RuleInput, policy: SchoolPolicy, context: RuleContext): Finding[] {
  return PAGE_RULES.flatMap((rule) => rule.check(input, policy, context));
}

/**
 * What this page kind's rules could not check for want of an input (the approved course plan, the 學校代碼),
 * one note per rule (each rule states its need).
 */
export function uncheckedInputs(pageKind: PageKind, have: { plan: boolean; schoolCode: boolean }): Localized[] {
  return PAGE_RULES.flatMap(({ needs }) => (needs && needs.pageKinds.includes(pageKind) && !have[needs.input] ? [needs.unchecked] : []));
}

/** Shared by every record the record-local rules found nothing about (most of them). */
const NOTHING: readonly (Finding[] | undefined)[] = Object.freeze([]);

/** What the record-local rules found about one record, when it sat at `index`. */
interface RecordMemo {
  index: number;
  /** by slot among the record-local rules; undefined where the rule found nothing */
  found: readonly (Finding[] | undefined)[];
}

/**
 * runRules with memory: record-local rules are run only over records it has not seen (records of
 * unchanged rows are the same objects from one reading to the next; see PageReader), and their
 * findings reused; whole-page rules run every time over every record. The result equals runRules'
 * for the same arguments, finding for finding and in the same order. What it remembers is
 * forgotten when the policy or plan object, the day of `context.now` or the page kind changes.
 * Records and findings are treated as immutable.
 */
export interface RuleRunner {
  (input: RuleInput, policy: SchoolPolicy, context: RuleContext): Finding[];
  /**
   * Only the record-local rules' findings, in the same order as the runner gives them (what a check
   * can show about the rows read so far, before it has read the whole page); remembered for the runner.
   */
  local(input: RuleInput, policy: SchoolPolicy, context: RuleContext): Finding[];
}

export function createRuleRunner(): RuleRunner {
  const rules = PAGE_RULES;
  const local = rules.map((rule) => rule.recordLocal);
  const slots: number[] = [];
  rules.forEach((_, i) => {
    if (local[i]) slots[i] = slots.filter((slot) => slot !== undefined).length;
  });
  const localRules = rules.filter((_, i) => local[i]);
  let memo = new WeakMap<object, RecordMemo>();
  let key: { policy: SchoolPolicy; plan: RuleContext['plan']; day: string; pageKind: RuleInput['pageKind'] } | undefined;

  /** What each record-local rule found about each record, by record index (run over the records not seen yet). */
  const localEntries = (input: RuleInput, policy: SchoolPolicy, context: RuleContext): RecordMemo[] => {
    const day = isoDateOf(context.now);
    if (!key || key.policy !== policy || key.plan !== context.plan || key.day !== day || key.pageKind !== input.pageKind) {
      memo = new WeakMap();
      key = { policy, plan: context.plan, day, pageKind: input.pageKind };
    }
    const { records } = input;
    const entries: RecordMemo[] = new Array(records.length);
    const missing: number[] = [];
    for (let i = 0; i < records.length; i += 1) {
      const entry = memo.get(records[i]!);
      if (entry === undefined) {
        missing.push(i);
        continue;
      }
      if (entry.index !== i) {
        // Same record at another place (a row above was added or removed): the same findings, re-pointed.
        const moved: RecordMemo = { index: i, found: entry.found.length === 0 ? NOTHING : entry.found.map((list) => list?.map((f) => ({ ...f, recordIndex: i }))) };
        memo.set(records[i]!, moved);
        entries[i] = moved;
      } else entries[i] = entry;
    }
    if (missing.length > 0) {
      // One run of each local rule over the records not seen yet, its findings shared out by record.
      const fresh = missing.map((i) => records[i]!);
      const found = new Map<number, (Finding[] | undefined)[]>();
      localRules.forEach((rule, slot) => {
        for (const f of rule.check({ pageKind: input.pageKind, records: fresh }, policy, context)) {
          if (f.recordIndex === null) throw new Error(`${rule.id} is listed as record-local but made a page-level finding`);
          const index = missing[f.recordIndex]!;
          let lists = found.get(index);
          if (!lists) found.set(index, (lists = []));
          (lists[slot] ??= []).push(index === f.recordIndex ? f : { ...f, recordIndex: index });
        }
      });
      for (const i of missing) {
        const entry: RecordMemo = { index: i, found: found.get(i) ?? NOTHING };
        // A record shown twice is remembered at its last place (the earlier one is re-pointed next time).
        memo.set(records[i]!, entry);
        entries[i] = entry;
      }
    }
    return entries;
  };

  const collect = (input: RuleInput, policy: SchoolPolicy, context: RuleContext, wholePage: boolean): Finding[] => {
    // Most records have no finding: only the ones that have are visited for each rule.
    const entries = localEntries(input, policy, context).filter((entry) => entry.found.length > 0);
    const findings: Finding[] = [];
    rules.forEach((rule, r) => {
      if (!local[r]) {
        if (wholePage) for (const f of rule.check(input, policy, context)) findings.push(f);
        return;
      }
      const slot = slots[r]!;
      for (const entry of entries) {
        const list = entry.found[slot];
        if (list !== undefined) for (const f of list) findings.push(f);
      }
    });
    return findings;
  };
  const runner = ((input, policy, context) => collect(input, policy, context, true)) as RuleRunner;
  runner.local = (input, policy, context) => collect(input, policy, context, false);
  return runner;
}
