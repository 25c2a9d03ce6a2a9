import type { SummaryFinding } from '@/lib/messaging/protocol';
import { pick, type Locale } from '@/lib/model/localized';
import { ruleById } from '@/lib/rules/catalog';
import { sourceText } from '@/lib/rules/cite';
import { t } from '@/lib/i18n';
import { SEVERITY_KEY } from '@/lib/model/finding-text';
import { reasonText } from '@/lib/dismissals/reasons';
import { isoDateOf } from '@/lib/policy/calendar';
import { toCsv } from './csv';

/**
 * One page's problems as a table to send to a teacher or a 導師: which row (「302 班 座號 7」「學號
 * 112045〈…〉」), the rule's title and level, the message and its source in words. The student's name
 * is a column of its own only when the user asks for it; a national ID is never in it (rows are named
 * without one). A finding marked 「已確認，無需更正」 stays in its place, its last column saying why, by
 * whom and on which day (「已通報承辦人（王怡君，2026-12-01）」); open findings leave that column empty.
 * Shared by the CSV here and the workbook in ./page-problems-xlsx.ts.
 */

export interface PageProblemsOptions {
  locale: Locale;
  /** 「包含學生姓名」 ticked */
  includeNames: boolean;
}


export interface ProblemTable {
  header: string[];
  rows: string[][];
}

export function pageProblemTable(findings: readonly SummaryFinding[], { locale, includeNames }: PageProblemsOptions): ProblemTable {
  const header = [
    t(locale, 'problemsColRow'),
    ...(includeNames ? [t(locale, 'problemsColName')] : []),
    t(locale, 'problemsColRule'),
    t(locale, 'colSeverity'),
    t(locale, 'problemsColMessage'),
    t(locale, 'colBasis'),
    t(locale, 'colDismissedOpen'),
  ];
  const rows = findings.map((finding) => {
    const rule = ruleById(finding.ruleId);
    const row = finding.row ? finding.row.label || t(locale, 'summaryWholePage') : t(locale, 'summaryWholePage');
    return [
      row,
      ...(includeNames ? [finding.row?.name ?? ''] : []),
      rule ? pick(rule.title, locale) : finding.ruleId,
      t(locale, SEVERITY_KEY[finding.severity]),
      pick(finding.message, locale),
      rule ? pick(sourceText(rule.basis), locale) : '',
      finding.dismissed ? dismissedCell(finding.dismissed, locale) : '',
    ];
  });
  return { header, rows };
}

/** 「已通報承辦人（王怡君，2026-12-01）」: the reason, who marked it, the day (in the user's time zone). */
function dismissedCell(dismissed: NonNullable<SummaryFinding['dismissed']>, locale: Locale): string {
  return t(locale, 'problemsDismissedCell', reasonText(dismissed, locale), dismissed.staffName, isoDateOf(new Date(dismissed.at)));
}

/** The table as CSV for Excel: UTF-8 with a byte-order mark (lib/export/csv.ts). */
export function pageProblemsCsv(findings: readonly SummaryFinding[], options: PageProblemsOptions): string {
  const { header, rows } = pageProblemTable(findings, options);
  return toCsv(header, rows);
}

/** 「本頁問題-課程學習成果上傳清單-2026-12-02.csv」: what, which page kind, which day. */
export function pageProblemsFileName(locale: Locale, pageKindName: string, day: string, extension: 'csv' | 'xlsx'): string {
  const safe = pageKindName.replace(/[\\/:*?"<>|]/g, '_');
  return `${[t(locale, 'problemsSheet'), safe, day].filter(Boolean).join('-')}.${extension}`;
}
