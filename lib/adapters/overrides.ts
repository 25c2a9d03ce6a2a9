import { z } from 'zod';
import { PAGE_KINDS, type PageKind } from '@/lib/page-kinds';
import { FIELD_NAMES, type Field } from './vocabulary';

/**
 * Per-site adjustments to the header-driven adapter, as data a school can edit
 * in the options page: extra column names, a page-kind hint, which table to
 * read. Never code: a site needing more than this is a vocabulary change.
 */

const ZH_TW = z.locales.zhTW();

const fieldNames = Object.keys(FIELD_NAMES) as [Field, ...Field[]];
const pageKinds = Object.keys(PAGE_KINDS) as [PageKind, ...PageKind[]];

export const SiteOverride = z.object({
  /** what the override applies to: an origin, optionally with a path prefix, e.g. https://sis.school.edu.tw/lp/ */
  match: z
    .string()
    .trim()
    .regex(/^https?:\/\/[^/\s]+(\/\S*)?$/, { message: '網址必須以 http:// 或 https:// 開頭，例如 https://sis.example.edu.tw/' }),
  /** a note for people: which page this is for */
  label: z.string().optional(),
  /** read this page as this kind, when its title or columns don't say */
  pageKind: z.enum(pageKinds, { message: '頁面類型不在清單中' }).optional(),
  /** read only tables matching this CSS selector */
  tableSelector: z.string().trim().min(1).optional(),
  /** header text → field, for names the built-in vocabulary lacks (e.g. 作品名稱 → title) */
  columns: z.record(z.string().min(1), z.enum(fieldNames, { message: '欄位名稱不在清單中' })).optional(),
});
export type SiteOverride = z.infer<typeof SiteOverride>;

export const OVERRIDES_VERSION = 1;

export const OverridesFile = z.object({
  kind: z.literal('lp-checker-site-overrides', { message: '這不是學習歷程檢核助手的網站設定檔' }),
  version: z.literal(OVERRIDES_VERSION, { message: `設定檔版本不符（需要第 ${OVERRIDES_VERSION} 版）` }),
  sites: z.array(SiteOverride),
});
export type OverridesFile = z.infer<typeof OverridesFile>;

export { overrideFor } from './override-for';

export function exportOverrides(sites: SiteOverride[]): string {
  const file: OverridesFile = { kind: 'lp-checker-site-overrides', version: OVERRIDES_VERSION, sites };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export type ImportResult = { ok: true; sites: SiteOverride[] } | { ok: false, errors: string[] };

/** Reads an exported file; every problem is a zh-TW sentence naming where it is. */
export function importOverrides(text: string): ImportResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [`檔案不是有效的 JSON：${(error as Error).message}`] };
  }
  const parsed = OverridesFile.safeParse(json, { error: ZH_TW.localeError });
  if (parsed.success) return { ok: true, sites: parsed.data.sites };
  return {
    ok: false,
    errors: parsed.error.issues.map((issue) => {
      const [, index, ...rest] = issue.path;
      const where = issue.path[0] === 'sites' && typeof index === 'number' ? `第 ${index + 1} 個網站${rest.length ? `的「${rest.join('.')}」` : ''}` : issue.path.join('.') || '檔案';
      return `${where}：${issue.message}`;
    }),
  };
}
