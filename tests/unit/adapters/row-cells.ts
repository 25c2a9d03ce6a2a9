import { RowCells } from '@/lib/adapters/mappers/cells';
import type { SizeUnit } from '@/lib/adapters/values';
import type { Field } from '@/lib/adapters/vocabulary';
import { parseHtml } from '../helpers/portal-page';

/**
 * One body row's cells by field, each cell holding the given markup (plain text is markup too), as
 * the adapter hands them to a mapper; `units` as a size column's header would state them.
 */
export function rowCells(values: Partial<Record<Field, string>>, units: Partial<Record<Field, SizeUnit>> = {}): RowCells {
  const entries = Object.entries(values) as [Field, string][];
  const doc = parseHtml(`<table><tr>${entries.map(([, html]) => `<td>${html}</td>`).join('')}</tr></table>`);
  const tds = Array.from(doc.querySelectorAll('td'));
  const byField: Partial<Record<Field, HTMLTableCellElement>> = {};
  entries.forEach(([field], i) => (byField[field] = tds[i]));
  return new RowCells(byField, units);
}
