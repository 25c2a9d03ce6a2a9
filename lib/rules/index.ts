import type { Finding } from '@/lib/model/finding';
import type { SchoolPolicy } from '@/lib/policy/schema';
import { summaryTooLong } from './format/summary-too-long';
import type { Rule, RuleContext, RuleInput } from './types';

/** Every rule the extension runs, in the order their marks are listed. */
export const RULES: readonly Rule[] = [summaryTooLong];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((rule) => rule.id === id);
}

/** Runs every rule over one page's (or file's) records. */
export function runRules(input: RuleInput, policy: SchoolPolicy, context: RuleContext): Finding[] {
  return RULES.flatMap((rule) => rule.check(input, policy, context));
}
