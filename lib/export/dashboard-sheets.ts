import type { Rate, Snapshot } from '@/lib/stats/completion';
import type { RuleTotal } from '@/lib/stats/findings-by-rule';
import type { SheetSpec } from './workbook';
import type { Dismissal } from '@/lib/dismissals/lifecycle';
import { dismissalRows, type DismissalWords } from './report-tables';

/** Headers and words the sheets use, in the reader's language (the dashboard passes its messages). */
export interface SheetWords {
  total: string;
  done: string;
  pending: string;
  completion: string;
  onTime: string;
  onTimeRate: string;
  onTimeNote: string;
  /** what a rate leaves out of its 準時率 and why, in words ('' for nothing) */
  note: (rate: Rate) => string;
}

/** A rates table (by task, unit, teacher or class) as a sheet: counts as numbers, rates as fractions shown as %. */
export function ratesSheet(name: string, itemHeader: string, rates: readonly Rate[], label: (key: string) => string, words: SheetWords): SheetSpec {
  return {
    name,
    columns: [
      { header: itemHeader, kind: 'text' },
      { header: words.total, kind: 'count' },
      { header: words.done, kind: 'count' },
      { header: words.pending, kind: 'count' },
      { header: words.completion, kind: 'rate' },
      { header: words.onTime, kind: 'count' },
      { header: words.onTimeRate, kind: 'rate' },
      { header: words.onTimeNote, kind: 'text' },
    ],
    rows: rates.map((rate) => [label(rate.key), rate.total, rate.done, rate.pending, rate.completion, rate.onTimeOf > 0 ? rate.onTime : null, rate.onTimeRate, words.note(rate)]),
  };
}

/** Problems per rule: title, id, severity, counts, days and source in words. */
export function problemsSheet(name: string, headers: readonly string[], totals: readonly RuleTotal[], describe: (ruleId: string) => { title: string; severity: string; source: string }): SheetSpec {
  const kinds = ['text', 'text', 'text', 'count', 'count', 'count', 'count', 'text', 'text', 'text'] as const;
  return {
    name,
    columns: headers.map((header, i) => ({ header, kind: kinds[i] ?? 'text' })),
    rows: totals.map((total) => {
      const rule = describe(total.ruleId);
      return [rule.title, total.ruleId, rule.severity, total.seen, total.open, total.dismissed, total.fixed, total.firstSeen, total.lastSeen, rule.source];
    }),
  };
}

/** Every commendation candidate's evidence: one row per slice behind the figures. */
export function evidenceSheet(
  name: string,
  headers: readonly string[],
  candidates: readonly { name: string; evidence: readonly Snapshot[] }[],
  taskLabel: (taskId: string) => string,
): SheetSpec {
  const kinds = ['text', 'text', 'text', 'text', 'count', 'count', 'count', 'text', 'text'] as const;
  return {
    name,
    columns: headers.map((header, i) => ({ header, kind: kinds[i] ?? 'text' })),
    rows: candidates.flatMap((candidate) =>
      candidate.evidence.map((row) => [candidate.name, taskLabel(row.taskId), row.className, row.course, row.total, row.done, row.onTime, row.due, row.day]),
    ),
  };
}

/** Every dismissal (「已確認，無需更正」) with its reason, who, page and status: the same rows as the CSV. */
export function dismissalsSheet(name: string, headers: readonly string[], rows: readonly Dismissal[], words: DismissalWords): SheetSpec {
  return { name, columns: headers.map((header) => ({ header, kind: 'text' as const })), rows: dismissalRows(rows, words) };
}
