import { Chart, type ChartConfiguration, BarController, BarElement, CategoryScale, Legend, LinearScale, Tooltip } from 'chart.js';
import type { RuleTrend } from '@/lib/stats/findings-by-rule';
import { ChartFigure } from './ChartFigure';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

const COLORS = ['#c81e1e', '#2b6cb0', '#b7791f', '#2f855a', '#6b46c1', '#c05621', '#2c7a7b', '#97266d'];
/** the grey of a dismissed mark (entrypoints/content/dismiss-form.ts) */
const DISMISSED_COLOR = '#94a3b8';

interface Props {
  trend: RuleTrend;
  /** legend label for a rule id */
  label: (ruleId: string) => string;
  /** legend label for the findings marked 「已確認，無需更正」 (「已確認無需更正」) */
  dismissedLabel: string;
  title: string;
  subtitle: string;
  png: { label: string; name: string };
  /** why there is nothing to draw */
  empty: string;
}

/**
 * Problems per rule per day as stacked bars, with the findings marked 「已確認，無需更正」 in one grey bar
 * on top (not among the problems) when there are any. Renders what it is given; computes nothing.
 */
export function TrendChart({ trend, label, dismissedLabel, title, subtitle, png, empty }: Props) {
  const config = (): ChartConfiguration => ({
    type: 'bar',
    data: {
      labels: trend.days,
      datasets: [
        ...trend.series.map((series, i) => ({
          label: label(series.ruleId),
          data: series.counts,
          backgroundColor: COLORS[i % COLORS.length],
        })),
        ...(trend.dismissed.some((count) => count > 0) ? [{ label: dismissedLabel, data: trend.dismissed, backgroundColor: DISMISSED_COLOR }] : []),
      ],
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } },
      plugins: { legend: { position: 'bottom' } },
    },
  });
  return <ChartFigure title={title} subtitle={subtitle} config={config} deps={[trend, label, dismissedLabel]} png={png} empty={trend.days.length === 0 ? empty : undefined} />;
}
