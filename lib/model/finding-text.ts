import { t, type MessageKey } from '@/lib/i18n';
import type { Locale } from './localized';
import type { Severity } from './finding';

/** The message key of each severity's word (錯誤 / 提醒 / 說明). */
export const SEVERITY_KEY = { error: 'severityError', warning: 'severityWarning', info: 'severityInfo' } as const satisfies Record<Severity, MessageKey>;

/**
 * One finding as a line of a list, the page's panel and the popup alike: its severity, the row it is
 * about when it is about one (「302 班 座號 7 蔡彥恆」「〈成果標題〉」, see entrypoints/content/row-names.ts)
 * and its message: 「錯誤｜座號 7 蔡彥恆：…」, or 「提醒：…」 for a finding about the page as a whole.
 */
export function findingLine(locale: Locale, severity: Severity, rowName: string | undefined, message: string): string {
  const word = t(locale, SEVERITY_KEY[severity]);
  return rowName === undefined ? `${word}：${message}` : t(locale, 'rowItem', word, rowName, message);
}
