import { t } from '@/lib/i18n';
import type { Locale } from '@/lib/model/localized';
import { onTimeGapOf, type OnTimeGap, type Rate } from '@/lib/stats/completion';

/** 0.9583 → "95.8%"; null → "—". Display only: the figures come from lib/stats. */
export function percent(rate: number | null): string {
  return rate === null ? '—' : `${(Math.round(rate * 1000) / 10).toFixed(1)}%`;
}

const GAP_KEY = { 'no-deadline': 'onTimeGapNoDeadline', 'no-dates': 'onTimeGapNoDates' } as const;

/** Why items have no on-time count, in words. */
export function gapReason(gap: OnTimeGap, locale: Locale): string {
  return t(locale, GAP_KEY[gap]);
}

/**
 * A 準時率 as shown: the percentage, or 「無資料」 with the reason — never 0 % or a bare dash. `note`
 * says why items were left out even when the rate is known (some slices lack dates).
 */
export function onTimeText(rate: Pick<Rate, 'onTimeRate' | 'onTimeGaps'>, locale: Locale): { text: string; note: string } {
  const gap = onTimeGapOf(rate);
  const note = gap ? gapReason(gap, locale) : '';
  return rate.onTimeRate === null ? { text: t(locale, 'onTimeNoData'), note } : { text: percent(rate.onTimeRate), note };
}
