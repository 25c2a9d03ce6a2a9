import { z } from 'zod';
import { SiteOverride } from '@/lib/adapters/overrides';
import type { Field } from '@/lib/adapters/vocabulary';
import type { PageKind } from '@/lib/page-kinds';

/**
 * The site-override form's state and its way to and from a SiteOverride: every field a text
 * the user types, columns as rows (header text → field) so a half-typed row can be shown.
 */

export interface ColumnRow {
  header: string;
  field: Field | '';
  /** offered for a header the page showed and the checker did not understand: left without a field, it is not saved */
  suggested?: true;
}

export interface OverrideDraft {
  match: string;
  label: string;
  pageKind: PageKind | '';
  tableSelector: string;
  columns: ColumnRow[];
}

export interface DraftError {
  /** 'match', 'label', 'pageKind', 'tableSelector', or 'columns.<row index>' */
  path: string;
  /** zh-TW */
  message: string;
}

export type DraftResult = { ok: true; override: SiteOverride } | { ok: false; errors: DraftError[] };

export const EMPTY_DRAFT: OverrideDraft = { match: '', label: '', pageKind: '', tableSelector: '', columns: [] };

const ZH_TW = z.locales.zhTW();

export function draftFrom(override: SiteOverride): OverrideDraft {
  return {
    match: override.match,
    label: override.label ?? '',
    pageKind: override.pageKind ?? '',
    tableSelector: override.tableSelector ?? '',
    columns: Object.entries(override.columns ?? {}).map(([header, field]) => ({ header, field })),
  };
}

/** The selector must be one CSS selector the browser understands, or the page would be read wrongly. */
function selectorError(selector: string): string | undefined {
  try {
    document.createDocumentFragment().querySelector(selector);
    return undefined;
  } catch {
    return `「${selector}」不是有效的 CSS 選擇器（例如 table#grid 或 .result table）`;
  }
}

/** Validates the form with the SiteOverride schema (zh-TW messages) plus the checks the schema can't make. */
export function overrideFrom(draft: OverrideDraft): DraftResult {
  const errors: DraftError[] = [];
  const columns: Record<string, string> = {};
  const rowOf = new Map<string, number>();
  draft.columns.forEach((row, i) => {
    const header = row.header.trim();
    if ((!header || row.suggested) && !row.field) return;
    if (!header) errors.push({ path: `columns.${i}`, message: `第 ${i + 1} 個欄位對應缺少頁面上的欄位名稱` });
    else if (!row.field) errors.push({ path: `columns.${i}`, message: `第 ${i + 1} 個欄位對應「${header}」尚未選擇要讀成哪個欄位` });
    else if (rowOf.has(header)) errors.push({ path: `columns.${i}`, message: `欄位名稱「${header}」與第 ${rowOf.get(header)! + 1} 個對應重複` });
    else {
      columns[header] = row.field;
      rowOf.set(header, i);
    }
  });
  const candidate = {
    match: draft.match,
    ...(draft.label.trim() ? { label: draft.label.trim() } : {}),
    ...(draft.pageKind ? { pageKind: draft.pageKind } : {}),
    ...(draft.tableSelector.trim() ? { tableSelector: draft.tableSelector.trim() } : {}),
    ...(Object.keys(columns).length ? { columns } : {}),
  };
  const selector = candidate.tableSelector && selectorError(candidate.tableSelector);
  if (selector) errors.push({ path: 'tableSelector', message: selector });
  const parsed = SiteOverride.safeParse(candidate, { error: ZH_TW.localeError });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const [head, key] = issue.path;
      const path = head === 'columns' && typeof key === 'string' ? `columns.${rowOf.get(key) ?? 0}` : String(head ?? '');
      errors.push({ path, message: issue.message });
    }
  }
  if (errors.length || !parsed.success) return { ok: false, errors };
  return { ok: true, override: parsed.data };
}

/** The list after importing a file: imported sites replace those with the same address, others are kept. */
export function mergeOverrides(current: readonly SiteOverride[], imported: readonly SiteOverride[]): SiteOverride[] {
  const incoming = new Set(imported.map((site) => site.match));
  return [...current.filter((site) => !incoming.has(site.match)), ...imported];
}
