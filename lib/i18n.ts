import zhTW from '@/public/_locales/zh_TW/messages.json';
import en from '@/public/_locales/en/messages.json';
import type { Locale } from '@/lib/model/localized';

/**
 * UI strings come from the extension's _locales files, so the manifest and the
 * pages share one catalog. The locale is the user's choice (zh-TW by default),
 * not the browser's, because school computers are often set to English.
 */
type Catalog = Record<string, { message: string }>;
const CATALOGS: Record<Locale, Catalog> = { zh_TW: zhTW, en };

export type MessageKey = keyof typeof zhTW;

/** Looks up a message and fills $1, $2 … with the given values (as text). */
export function t(locale: Locale, key: MessageKey, ...values: (string | number)[]): string {
  const template = CATALOGS[locale][key]?.message ?? zhTW[key].message;
  return template.replace(/\$(\d)/g, (_, n: string) => String(values[Number(n) - 1] ?? ''));
}
