/** 0.9583 → "95.8%"; null → "—". Display only: the figures come from lib/stats. */
export function percent(rate: number | null): string {
  return rate === null ? '—' : `${(Math.round(rate * 1000) / 10).toFixed(1)}%`;
}
