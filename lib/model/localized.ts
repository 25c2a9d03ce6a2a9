/** Text shown to users: zh-TW first, English second. */
export interface Localized {
  zh: string;
  en: string;
}

export type Locale = 'zh_TW' | 'en';

export function pick(text: Localized, locale: Locale): string {
  return locale === 'en' ? text.en : text.zh;
}
