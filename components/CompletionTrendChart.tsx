import { useEffect, useRef } from 'preact/hooks';
import { CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js';
import type { CompletionTrend } from '@/lib/stats/completion';
import { canvasPng, downloadBlob } from './download';

Chart.register(LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend, Tooltip);

const COLORS = ['#c05621', '#6b46c1', '#2c7a7b', '#97266d', '#b7791f'];

interface Props {
  trend: CompletionTrend;
  taskLabel: (taskId: string) => string;
  title: string;
  labels: { completion: string; onTime: string; png: string };
  pngName: string;
}

/** Completion and on-time over the term, overall and per task. Renders what it is given. */
export function CompletionTrendChart({ trend, taskLabel, title, labels, pngName }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current) return undefined;
    const pct = (rate: number | null) => (rate === null ? null : Math.round(rate * 1000) / 10);
    const chart = new Chart(canvas.current, {
      type: 'line',
      data: {
        labels: trend.days.map((day) => day.slice(5)),
        datasets: [
          { label: labels.completion, data: trend.overall.map((p) => pct(p.completion)), borderColor: '#2b6cb0', backgroundColor: '#2b6cb0', borderWidth: 3, pointRadius: 0, spanGaps: true },
          { label: labels.onTime, data: trend.overall.map((p) => pct(p.onTimeRate)), borderColor: '#2f855a', backgroundColor: '#2f855a', borderWidth: 3, pointRadius: 0, spanGaps: true },
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
    });
    return () => chart.destroy();
  }, [trend, taskLabel, labels]);
  return (
    <figure class="chart">
      <figcaption>
        {title}
        <button type="button" class="link no-print" data-action="png" onClick={() => canvas.current && void canvasPng(canvas.current).then((blob) => downloadBlob(blob, `${pngName}.png`))}>
          {labels.png}
        </button>
      </figcaption>
      <div class="chart-box">
        <canvas ref={canvas} role="img" aria-label={title} />
      </div>
    </figure>
  );
}
