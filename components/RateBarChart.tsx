import { useEffect, useRef } from 'preact/hooks';
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import type { Rate } from '@/lib/stats/completion';
import { canvasPng, downloadBlob } from './download';

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
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current) return undefined;
    const pct = (rate: number | null) => (rate === null ? null : Math.round(rate * 1000) / 10);
    const chart = new Chart(canvas.current, {
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
    });
    return () => chart.destroy();
  }, [rates, label, labels]);
  const height = Math.max(160, 48 + rates.length * 34);
  return (
    <figure class="chart">
      <figcaption>
        {title}
        <button type="button" class="link no-print" data-action="png" onClick={() => canvas.current && void canvasPng(canvas.current).then((blob) => downloadBlob(blob, `${pngName}.png`))}>
          {labels.png}
        </button>
      </figcaption>
      <div class="chart-box" style={{ height: `${height}px` }}>
        <canvas ref={canvas} role="img" aria-label={title} />
      </div>
    </figure>
  );
}
