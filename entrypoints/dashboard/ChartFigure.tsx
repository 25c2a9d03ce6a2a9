import { useEffect, useRef } from 'preact/hooks';
import { Chart, SubTitle, Title, type ChartConfiguration, type Plugin } from 'chart.js';
import { downloadBlob } from '@/components/download';

Chart.register(Title, SubTitle);

/** Paints the chart on white, so a PNG pasted into slides has no transparent background. */
const WHITE_BACKGROUND: Plugin = {
  id: 'lpcWhiteBackground',
  beforeDraw(chart) {
    const { ctx, width, height } = chart;
    ctx.save();
    ctx.globalCompositeOperation = 'destination-over';
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, width, height);
    ctx.restore();
  },
};

/** How many device pixels per CSS pixel the PNG is drawn at: sharp on a projector. */
export const PNG_SCALE = 2;

interface Props {
  title: string;
  /** school, term and unit filter: drawn inside the chart under its title, so an image says what it shows */
  subtitle: string;
  /** builds the chart from the figures it is given; rebuilt when `deps` change */
  config: () => ChartConfiguration;
  deps: unknown[];
  /** a 「下載圖片」 button saving the chart as `${name}.png` */
  png?: { label: string; name: string };
  /** the chart's height in px, when it depends on the number of rows */
  height?: number;
  /** why there is nothing to draw, in words: shown instead of empty axes */
  empty?: string;
  /** what the chart leaves out and why (e.g. bars without an on-time count) */
  note?: string;
}

/** The chart's configuration with the title, subtitle and white background every view and image share. */
function withHeading(config: ChartConfiguration, title: string, subtitle: string): ChartConfiguration {
  const options = config.options ?? {};
  return {
    ...config,
    options: {
      ...options,
      plugins: {
        ...options.plugins,
        title: { display: true, text: title, font: { size: 15, weight: 'bold' }, color: '#1f2937' },
        subtitle: { display: true, text: subtitle, color: '#5b6472', padding: { bottom: 8 } },
      },
    },
    plugins: [...(config.plugins ?? []), WHITE_BACKGROUND],
  } as ChartConfiguration;
}

/**
 * Draws the chart again off screen at PNG_SCALE × the size it has on the page, and hands back the PNG.
 * The canvas is attached (hidden) while it draws, as Chart.js measures fonts in the document.
 */
async function chartPng(config: ChartConfiguration, width: number, height: number): Promise<Blob> {
  const holder = document.createElement('div');
  holder.style.cssText = `position:fixed;left:-10000px;top:0;width:${width}px;height:${height}px`;
  const canvas = document.createElement('canvas');
  holder.append(canvas);
  document.body.append(holder);
  const chart = new Chart(canvas, { ...config, options: { ...config.options, responsive: false, animation: false, devicePixelRatio: PNG_SCALE } } as ChartConfiguration);
  chart.resize(width, height);
  try {
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('toBlob failed'))), 'image/png'));
  } finally {
    chart.destroy();
    holder.remove();
  }
}

/** A Chart.js chart in a captioned figure: one place for the canvas's lifecycle, its heading, the PNG and an empty chart's reason. */
export function ChartFigure({ title, subtitle, config, deps, png, height, empty, note }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!canvas.current || empty) return undefined;
    const chart = new Chart(canvas.current, withHeading(config(), title, subtitle));
    return () => chart.destroy();
  }, [...deps, title, subtitle, empty]);
  const save = async () => {
    const rect = box.current?.getBoundingClientRect();
    const blob = await chartPng(withHeading(config(), title, subtitle), Math.round(rect?.width || 800), Math.round(rect?.height || 320));
    downloadBlob(blob, `${png!.name}.png`);
  };
  return (
    <figure class="chart" data-chart={png?.name ?? title}>
      <figcaption>
        {title}
        {png && !empty && (
          <button type="button" class="link no-print" data-action="png" onClick={() => void save()}>
            {png.label}
          </button>
        )}
      </figcaption>
      {empty ? (
        <p class="chart-empty" data-chart-empty>
          {empty}
        </p>
      ) : (
        <div class="chart-box" ref={box} style={height ? { height: `${height}px` } : undefined}>
          <canvas ref={canvas} role="img" aria-label={`${title}（${subtitle}）`} />
        </div>
      )}
      {note && !empty && (
        <p class="chart-note" data-chart-note>
          {note}
        </p>
      )}
    </figure>
  );
}
