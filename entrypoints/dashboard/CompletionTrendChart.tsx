import { CategoryScale, Chart, type ChartConfiguration, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js';
import type { CompletionTrend } from '@/lib/stats/completion';
import type { Locale } from '@/lib/model/localized';
import { t } from '@/lib/i18n';
import { ChartFigure } from './ChartFigure';
import { DataTable } from './DataTable';
import { percent } from './format';
import type { ChartWords } from './RateBarChart';

Chart.register(LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend, Tooltip);

const COLORS = ['#c05621', '#6b46c1', '#2c7a7b', '#97266d', '#b7791f'];

interface Props {
  trend: CompletionTrend;
  taskLabel: (taskId: string) => string;
  title: string;
  words: ChartWords & { oneDay: string };
  pngName: string;
  locale: Locale;
}

/**
 * Completion and on-time over the term, overall and per task. Renders what it is given; a single day is no
 * trend and says so. The overall figures of every day are in a table under the chart (folded away, and
 * not printed), for screen readers and for anyone who wants the numbers behind a point.
 */
export function CompletionTrendChart({ trend, taskLabel, title, words, pngName, locale }: Props) {
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
  const columns = [t(locale, 'colDay'), words.completion, words.onTime, t(locale, 'colNotYetDue')].map((label, i) => ({ label, num: i > 0 }));
  return (
    <>
      <ChartFigure title={title} subtitle={words.subtitle} config={config} deps={[trend, taskLabel, words]} png={{ label: words.png, name: pngName }} empty={empty} />
      {trend.days.length > 0 && (
        <details class="chart-table no-print" data-chart-table>
          <summary>{t(locale, 'dashTrendTable')}</summary>
          <div class="table-wrap">
            <DataTable name="trend" kind="trend" caption={title} columns={columns} locale={locale}>
              {trend.overall.map((point) => (
                <tr key={point.day} data-key={point.day}>
                  <th scope="row" class="label">
                    {point.day}
                  </th>
                  <td class="num" data-col="completion">
                    {percent(point.completion)}
                  </td>
                  <td class="num" data-col="on-time">
                    {percent(point.onTimeRate)}
                  </td>
                  <td class="num" data-col="not-yet-due">
                    {point.notYetDue}
                  </td>
                </tr>
              ))}
            </DataTable>
          </div>
        </details>
      )}
    </>
  );
}
