import type { Localized } from './localized';

export type Severity = 'error' | 'warning' | 'info';

export type RuleFamily = 'quota' | 'format' | 'course' | 'cert' | 'schedule' | 'identity';

/** The seed document and clause a rule enforces. */
export interface Basis {
  /** file name in shared/seeds, e.g. 000_cc713951fbe3d705.txt */
  seed: string;
  /** clause inside it, e.g. 附件二 */
  clause: string;
  /** the clause in plain words, for whoever checks the rule against its source; marks show only the seed and clause (left out of the content script: build/basis-quotes.ts) */
  text: Localized;
}

/** What a rule found about one record (recordIndex) or about the page as a whole (null). */
export interface Finding {
  ruleId: string;
  severity: Severity;
  recordIndex: number | null;
  /** the record field the mark sits beside, e.g. 'summary' */
  field?: string;
  message: Localized;
}
