import { CategoryScale, Chart, type ChartConfiguration, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js';
import type { CompletionTrend } from '@/lib/stats/completion';
import { ChartFigure } from './ChartFigure';
import type { ChartWords } from './RateBarChart';

Chart.register(LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend, Tooltip);

const COLORS = ['#c05621', '#6b46c1', '#2c7a7b', '#97266d', '#b7791f'];

interface Props {
  trend: CompletionTrend;
  taskLabel: (taskId: string) => string;
  title: string;
  words: ChartWords & { oneDay: string };
  pngName: string;
}

/** Completion and on-time over the term, overall and per task. Renders what it is given; a single day is no trend and says so. */
export function CompletionTrendChart({ trend, taskLabel, title, words, pngName }: Props) {
  const config = (): ChartConfiguration => {
    const pct = (rate: number | null) => (rate === null ? null : Math.round(rate * 1000) / 10);
    return {
      type: 'line',
      data: {
        labels: trend.days.map((day) => day.slice(5)),
        datasets: [
          { label: words.completion, data: trend.overall.map((p) => pct(p.completion)), borderColor: '#2b6cb0', backgroundColor: '#2b6cb0', borderWidth: 3, pointRadius: 2, spanGaps: true },
          { label: words.onTime, data: trend.overall.map((p) => pct(p.onTimeRate)), borderColor: '#2f855a', backgroundColor: '#2f855a', borderWidth: 3, pointRadius: 2, spanGaps: true },
          ...trend.byTask.map((series, i) => ({
            label: taskLabel(series.taskId),
            data: series.completion.map(pct),
            borderColor: COLORS[i % COLORS.length],
            backgroundColor: COLORS[i % COLORS.length],
            borderDash: [5, 4],
            borderWidth: 1.5,
            pointRadius: 0,
            spanGaps: true,
          })),
        ],
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        scales: { y: { min: 0, max: 100, ticks: { callback: (value) => `${value}%` } } },
        plugins: { legend: { position: 'bottom' } },
      },
    };
  };
  const empty = trend.days.length === 0 ? words.empty : trend.days.length === 1 ? words.oneDay : undefined;
  return <ChartFigure title={title} subtitle={words.subtitle} config={config} deps={[trend, taskLabel, words]} png={{ label: words.png, name: pngName }} empty={empty} />;
}
