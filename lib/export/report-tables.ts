import type { Rate } from '@/lib/stats/completion';
import type { RuleTotal } from '@/lib/stats/findings-by-rule';
import type { Dismissal } from '@/lib/dismissals/lifecycle';
import { percentText, toCsv } from './csv';

/** The columns of every rates table, in the order the dashboard shows them. */
export const RATE_HEADER_ZH = ['項目', '應完成', '已完成', '待完成', '完成率(%)', '準時完成', '準時率(%)', '準時率說明'];

/**
 * A rates table (by task, unit, teacher or class) as CSV rows for Excel. A 準時率 the log cannot give
 * is an empty cell, never 0; the last column says what the rate leaves out and why (`noteText`).
 */
export function ratesCsv(rates: readonly Rate[], label: (key: string) => string, noteText: (rate: Rate) => string, header: readonly string[] = RATE_HEADER_ZH): string {
  return toCsv(
    header,
    rates.map((rate) => [label(rate.key), rate.total, rate.done, rate.pending, percentText(rate.completion), rate.onTimeOf > 0 ? rate.onTime : '', percentText(rate.onTimeRate), noteText(rate)]),
  );
}

/** The problems table's columns: the rule id stays in the file (for whoever maintains the rules), beside its words. */
export const PROBLEM_HEADER_ZH = ['問題', '規則代號', '嚴重度', '發現', '仍待改正', '已確認無需更正', '已改正', '首次發現', '最近發現', '依據'];

/** Problems per rule as CSV: each rule's title, id, severity, counts, days and source in words. */
export function problemsCsv(
  totals: readonly RuleTotal[],
  describe: (ruleId: string) => { title: string; severity: string; source: string },
  header: readonly string[] = PROBLEM_HEADER_ZH,
): string {
  return toCsv(
    header,
    totals.map((total) => {
      const rule = describe(total.ruleId);
      return [rule.title, total.ruleId, rule.severity, total.seen, total.open, total.dismissed, total.fixed, total.firstSeen, total.lastSeen, rule.source];
    }),
  );
}

/** The dismissals list's columns. */
export const DISMISSAL_HEADER_ZH = ['標記時間', '問題', '規則代號', '嚴重度', '理由', '標記者', '身分', '頁面', '狀態', '結束時間'];

/** How a dismissal's cells are said in the reader's language (the dashboard passes its words). */
export interface DismissalWords {
  describe: (ruleId: string) => { title: string; severity: string };
  reason: (dismissal: Dismissal) => string;
  role: (role: Dismissal['role']) => string;
  status: (dismissal: Dismissal) => string;
  /** a moment (ms) as the file shows it; '' for 0 */
  when: (at: number) => string;
}

/**
 * One row per dismissal: when, the rule in words and its id, why, who (name and role), the page,
 * whether it still applies and when it ended. No student appears: the record is a keyed hash, not shown.
 */
export function dismissalRows(rows: readonly Dismissal[], words: DismissalWords): string[][] {
  return rows.map((row) => {
    const rule = words.describe(row.ruleId);
    return [words.when(row.at), rule.title, row.ruleId, rule.severity, words.reason(row), row.staffName, words.role(row.role), `${row.origin}${row.path}`, words.status(row), row.endedAt === 0 ? '' : words.when(row.endedAt)];
  });
}

/** The dismissals list as CSV for Excel. */
export function dismissalsCsv(rows: readonly Dismissal[], words: DismissalWords, header: readonly string[] = DISMISSAL_HEADER_ZH): string {
  return toCsv(header, dismissalRows(rows, words));
}
