import { useEffect, useRef } from 'preact/hooks';
import { Chart, type ChartConfiguration } from 'chart.js';
import { canvasPng, downloadBlob } from './download';

interface Props {
  title: string;
  /** builds the chart from the figures it is given; rebuilt when `deps` change */
  config: () => ChartConfiguration;
  deps: unknown[];
  /** a 「下載圖片」 button saving the chart as `${name}.png` */
  png?: { label: string; name: string };
  /** the chart's height in px, when it depends on the number of rows */
  height?: number;
}

/** A Chart.js chart in a captioned figure: one place for the canvas's lifecycle and the PNG export. */
export function ChartFigure({ title, config, deps, png, height }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current) return undefined;
    const chart = new Chart(canvas.current, config());
    return () => chart.destroy();
  }, deps);
  return (
    <figure class="chart">
      <figcaption>
        {title}
        {png && (
          <button type="button" class="link no-print" data-action="png" onClick={() => canvas.current && void canvasPng(canvas.current).then((blob) => downloadBlob(blob, `${png.name}.png`))}>
            {png.label}
          </button>
        )}
      </figcaption>
      <div class="chart-box" style={height ? { height: `${height}px` } : undefined}>
        <canvas ref={canvas} role="img" aria-label={title} />
      </div>
    </figure>
  );
}
