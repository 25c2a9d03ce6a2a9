import { BarController, BarElement, CategoryScale, Chart, type ChartConfiguration, Legend, LinearScale, Tooltip } from 'chart.js';
import type { Rate } from '@/lib/stats/completion';
import { ChartFigure } from './ChartFigure';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

export interface ChartWords {
  completion: string;
  onTime: string;
  png: string;
  /** the school, term and unit filter, drawn under the title */
  subtitle: string;
  /** why a chart has nothing to draw */
  empty: string;
  /** 「準時率無資料：A、B（reason）」 for groups whose on-time bar is missing; '' when none is */
  missingOnTime: (rates: readonly Rate[]) => string;
}

interface Props {
  rates: Rate[];
  label: (key: string) => string;
  title: string;
  words: ChartWords;
  /** PNG file name without extension */
  pngName: string;
}

/** 完成率 and 準時率 per group as horizontal bars (0–100 %). Renders what it is given; says which bars are missing and why. */
export function RateBarChart({ rates, label, title, words, pngName }: Props) {
  const height = Math.max(200, 96 + rates.length * 34);
  const config = (): ChartConfiguration => {
    const pct = (rate: number | null) => (rate === null ? null : Math.round(rate * 1000) / 10);
    return {
      type: 'bar',
      data: {
        labels: rates.map((rate) => label(rate.key)),
        datasets: [
          { label: words.completion, data: rates.map((rate) => pct(rate.completion)), backgroundColor: '#2b6cb0' },
          { label: words.onTime, data: rates.map((rate) => pct(rate.onTimeRate)), backgroundColor: '#2f855a' },
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
  return (
    <ChartFigure
      title={title}
      subtitle={words.subtitle}
      config={config}
      deps={[rates, label, words]}
      png={{ label: words.png, name: pngName }}
      height={height}
      empty={rates.length === 0 ? words.empty : undefined}
      note={words.missingOnTime(rates)}
    />
  );
}
