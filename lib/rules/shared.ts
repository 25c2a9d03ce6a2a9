import type { Finding } from '@/lib/model/finding';
import type { Localized } from '@/lib/model/localized';
import type { Rule } from './types';

export const KIND_LABEL = {
  outcome: { zh: '課程學習成果', en: 'course learning outcome' },
  performance: { zh: '多元表現', en: 'diverse performance' },
  consultation: { zh: '課程諮詢紀錄', en: 'course consultation record' },
} as const satisfies Record<string, Localized>;

/** A finding of `rule` with its id and severity filled in. */
export function finding(rule: Rule, recordIndex: number | null, message: Localized, field?: string): Finding {
  return field === undefined
    ? { ruleId: rule.id, severity: rule.severity, recordIndex, message }
    : { ruleId: rule.id, severity: rule.severity, recordIndex, field, message };
}

/** Joins a message's sentences and its citation. */
export function say(parts: Localized[]): Localized {
  return { zh: parts.map((p) => p.zh).join(''), en: parts.map((p) => p.en).join(' ') };
}
