import { BarController, BarElement, CategoryScale, Chart, type ChartConfiguration, Legend, LinearScale, Tooltip } from 'chart.js';
import type { Rate } from '@/lib/stats/completion';
import { ChartFigure } from './ChartFigure';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

interface Props {
  rates: Rate[];
  label: (key: string) => string;
  title: string;
  labels: { completion: string; onTime: string; png: string };
  /** PNG file name without extension */
  pngName: string;
}

/** 完成率 and 準時率 per group as horizontal bars (0–100 %). Renders what it is given. */
export function RateBarChart({ rates, label, title, labels, pngName }: Props) {
  const height = Math.max(160, 48 + rates.length * 34);
  const config = (): ChartConfiguration => {
    const pct = (rate: number | null) => (rate === null ? null : Math.round(rate * 1000) / 10);
    return {
      type: 'bar',
      data: {
        labels: rates.map((rate) => label(rate.key)),
        datasets: [
          { label: labels.completion, data: rates.map((rate) => pct(rate.completion)), backgroundColor: '#2b6cb0' },
          { label: labels.onTime, data: rates.map((rate) => pct(rate.onTimeRate)), backgroundColor: '#2f855a' },
        ],
      },
      options: {
        indexAxis: 'y',
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        scales: { x: { min: 0, max: 100, ticks: { callback: (value) => `${value}%` } } },
        plugins: { legend: { position: 'bottom' } },
      },
    };
  };
  return <ChartFigure title={title} config={config} deps={[rates, label, labels]} png={{ label: labels.png, name: pngName }} height={height} />;
}
