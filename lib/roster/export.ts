import type { Locale } from '@/lib/model/localized';
import { pick } from '@/lib/model/localized';
import type { RosterProblem } from './check';

/**
 * The problem list as a table for whoever fixes the data: the same columns as the page, one row per
 * problem. ID numbers are already masked in `value`.
 */
export const EXPORT_HEADER: Record<Locale, readonly string[]> = {
  zh_TW: ['檔案', '工作表', '列', '欄位', '儲存格內容', '嚴重度', '規則', '規則代碼', '說明', '依據'],
  en: ['File', 'Sheet', 'Row', 'Column', 'Cell value', 'Severity', 'Rule', 'Rule id', 'Message', 'Source'],
};

const SEVERITY: Record<Locale, Record<RosterProblem['severity'], string>> = {
  zh_TW: { error: '錯誤', warning: '提醒', info: '說明' },
  en: { error: 'error', warning: 'warning', info: 'info' },
};

export function problemRows(problems: readonly RosterProblem[], locale: Locale): Array<Array<string | number | null>> {
  return problems.map((p) => [p.file, p.sheet, p.row, p.column, p.value, SEVERITY[locale][p.severity], pick(p.title, locale), p.ruleId, pick(p.message, locale), pick(p.source, locale)]);
}
