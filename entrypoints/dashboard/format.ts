import { t } from '@/lib/i18n';
import type { Locale } from '@/lib/model/localized';
import { onTimeGapOf, type OnTimeGap, type Rate } from '@/lib/stats/completion';

/** 0.9583 → "95.8%"; null → "—". Display only: the figures come from lib/stats. */
export function percent(rate: number | null): string {
  return rate === null ? '—' : `${(Math.round(rate * 1000) / 10).toFixed(1)}%`;
}

const GAP_KEY = { 'no-deadline': 'onTimeGapNoDeadline', 'no-dates': 'onTimeGapNoDates', 'not-yet-due': 'onTimeGapNotYetDue' } as const;
const GAP_ORDER: readonly OnTimeGap[] = ['not-yet-due', 'no-deadline', 'no-dates'];

/** Why items are left out of a 準時率, in words. */
export function gapReason(gap: OnTimeGap, locale: Locale): string {
  return t(locale, GAP_KEY[gap]);
}

/**
 * What a 準時率 leaves out, in words: with no rate, the main reason (「尚未到期」 with how many); with a
 * rate, each kind of item left out with its count (「另有 N 件尚未到期」). '' when nothing is left out.
 */
export function onTimeNote(rate: Pick<Rate, 'onTimeRate' | 'onTimeGaps'>, locale: Locale): string {
  if (rate.onTimeRate === null) {
    const gap = onTimeGapOf(rate);
    if (!gap) return '';
    return gap === 'not-yet-due' ? t(locale, 'onTimeAllNotYetDue', rate.onTimeGaps['not-yet-due']) : gapReason(gap, locale);
  }
  return GAP_ORDER.filter((gap) => rate.onTimeGaps[gap] > 0)
    .map((gap) => (gap === 'not-yet-due' ? t(locale, 'onTimeNotYetDue', rate.onTimeGaps[gap]) : t(locale, 'dashKpiOnTimeLeftOut', rate.onTimeGaps[gap], gapReason(gap, locale))))
    .join(t(locale, 'listSeparator'));
}

/**
 * A 準時率 as shown: the percentage, or 「無資料」 with the reason — never 0 % or a bare dash. `note`
 * says what was left out even when the rate is known (items not due yet, slices without dates).
 */
export function onTimeText(rate: Pick<Rate, 'onTimeRate' | 'onTimeGaps'>, locale: Locale): { text: string; note: string } {
  const note = onTimeNote(rate, locale);
  return rate.onTimeRate === null ? { text: t(locale, 'onTimeNoData'), note } : { text: percent(rate.onTimeRate), note };
}
