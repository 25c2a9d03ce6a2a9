import type { Basis, Finding, RuleFamily, Severity } from '@/lib/model/finding';
import type { Localized } from '@/lib/model/localized';
import type { PageKind } from '@/lib/model/page-kind';
import type { PageRecord } from '@/lib/model/records';
import type { SchoolPolicy } from '@/lib/policy/schema';

/** What a rule sees: the records read from one page or one file. */
export interface RuleInput {
  pageKind: PageKind;
  records: PageRecord[];
}

export interface RuleContext {
  /** the moment of the check; rules never read the clock themselves */
  now: Date;
}

/** One rule: pure, no DOM, no database. One rule per file under lib/rules/<family>/. */
export interface Rule {
  /** stable id beginning with the family, e.g. `format.summary.too-long` */
  id: string;
  family: RuleFamily;
  severity: Severity;
  title: Localized;
  basis: Basis;
  check(input: RuleInput, policy: SchoolPolicy, context: RuleContext): Finding[];
}
