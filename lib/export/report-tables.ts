import type { Rate } from '@/lib/stats/completion';
import { percentText, toCsv } from './csv';

/** The columns of every rates table, in the order the dashboard shows them. */
export const RATE_HEADER_ZH = ['項目', '應完成', '已完成', '待完成', '完成率(%)', '準時完成', '準時率(%)'];

/** A rates table (by task, unit, teacher or class) as CSV rows for Excel. */
export function ratesCsv(rates: readonly Rate[], label: (key: string) => string, header: readonly string[] = RATE_HEADER_ZH): string {
  return toCsv(
    header,
    rates.map((rate) => [label(rate.key), rate.total, rate.done, rate.pending, percentText(rate.completion), rate.onTimeOf > 0 ? rate.onTime : '', percentText(rate.onTimeRate)]),
  );
}
