import type { PageContext } from '@/lib/adapters/page-context';
import type { Locale } from '@/lib/model/localized';
import { t } from '@/lib/i18n';

/**
 * Where this page sits in a list shown a page at a time: 「第 1 頁，共 3 頁；已看過 20 / 55 筆」, from the
 * page's own 「第 N 頁共 M 頁」 and 「共 N 筆」 and the rows this document has shown across the list's pages.
 * '' when the page states neither and every row seen is on this page.
 */
export function pagingText(context: Pick<PageContext, 'page' | 'pageCount' | 'totalRows'>, rowsHere: number, seen: number, locale: Locale): string {
  const rows = Math.max(rowsHere, seen);
  const page = context.page !== undefined && context.pageCount !== undefined ? t(locale, 'summaryPageOf', context.page, context.pageCount) : undefined;
  const count = context.totalRows !== undefined ? t(locale, 'summarySeenOf', Math.min(rows, context.totalRows), context.totalRows) : rows > rowsHere || page ? t(locale, 'summarySeen', rows) : undefined;
  if (page && count) return t(locale, 'summaryPaging', page, count);
  return page ?? count ?? '';
}
