import type { Basis, RuleFamily, Severity } from '@/lib/model/finding';
import type { Localized } from '@/lib/model/localized';
import { PAGE_RULES } from './index';
import { POLICY_RULES } from './policy-rules';
import { ROSTER_RULES } from './roster-rules';
import type { DismissalPolicy, Rule } from './types';

/** Every rule there is: over pages (and rosters), over roster files alone, over the school's policy. */
export const RULES: readonly Rule[] = [...PAGE_RULES, ...ROSTER_RULES, ...POLICY_RULES];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((rule) => rule.id === id);
}

export interface CatalogEntry {
  id: string;
  family: RuleFamily;
  severity: Severity;
  scope: Rule['scope'];
  dismissal: DismissalPolicy;
  title: Localized;
  basis: Basis;
}

/** The rule table (README, options page): one row per rule, in registry order. */
export function ruleCatalog(): CatalogEntry[] {
  return RULES.map(({ id, family, severity, scope, dismissal, title, basis }) => ({ id, family, severity, scope, dismissal, title, basis }));
}
