import type { SummaryFinding } from '@/lib/messaging/protocol';
import { t } from '@/lib/i18n';
import { pageProblemTable, type PageProblemsOptions } from './page-problems';
import { workbookBytes } from './workbook';

/**
 * One page's problems as an .xlsx workbook of one sheet, every cell text (a title starting with = stays
 * text). Kept apart from ./page-problems.ts so the popup loads exceljs only when this is asked for.
 */
export async function pageProblemsXlsx(findings: readonly SummaryFinding[], options: PageProblemsOptions, created: Date): Promise<ArrayBuffer> {
  const { header, rows } = pageProblemTable(findings, options);
  const sheet = { name: t(options.locale, 'problemsSheet'), columns: header.map((text) => ({ header: text, kind: 'text' as const })), rows };
  return workbookBytes([sheet], { creator: t(options.locale, 'extName'), created });
}
