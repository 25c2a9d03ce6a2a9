import type { Finding } from '@/lib/model/finding';
import type { Localized } from '@/lib/model/localized';
import type { Rule } from './types';

export const KIND_LABEL = {
  outcome: { zh: '課程學習成果', en: 'course learning outcome' },
  performance: { zh: '多元表現', en: 'diverse performance' },
  consultation: { zh: '課程諮詢紀錄', en: 'course consultation record' },
} as const satisfies Record<string, Localized>;

/**
 * Directional formatting characters (RLO, isolates, marks) from page text would
 * reorder the rest of a message (「report‮fdp.exe」 reads as 「reportexe.pdf」).
 * Messages show them as visible codes instead, which also reveals the trick.
 */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

export function visibleControls(text: string): string {
  return text.replace(BIDI_CONTROLS, (char) => `[U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}]`);
}

/** A finding of `rule` with its id and severity filled in. */
export function finding(rule: Rule, recordIndex: number | null, text: Localized, field?: string): Finding {
  const message = { zh: visibleControls(text.zh), en: visibleControls(text.en) };
  return field === undefined
    ? { ruleId: rule.id, severity: rule.severity, recordIndex, message }
    : { ruleId: rule.id, severity: rule.severity, recordIndex, field, message };
}

/** Joins a message's sentences and its citation. */
export function say(parts: Localized[]): Localized {
  return { zh: parts.map((p) => p.zh).join(''), en: parts.map((p) => p.en).join(' ') };
}
