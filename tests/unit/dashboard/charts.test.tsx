import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { CompletionTrendChart } from '@/entrypoints/dashboard/CompletionTrendChart';
import { RateBarChart, type ChartWords } from '@/entrypoints/dashboard/RateBarChart';
import type { Rate } from '@/lib/stats/completion';

const words: ChartWords = {
  completion: '完成率',
  onTime: '準時率',
  png: '下載圖片',
  subtitle: '範例高級中學｜114 學年度第 1 學期｜全部處室',
  empty: '這個學期、這個範圍還沒有資料，所以沒有圖。',
  missingOnTime: (rates) => (rates.some((rate) => rate.onTimeRate === null) ? `準時率沒有長條的項目：${rates.filter((rate) => rate.onTimeRate === null).map((rate) => rate.key).join('、')}` : ''),
};

const rate = (key: string, onTimeRate: number | null): Rate => ({
  key,
  total: 10,
  done: 5,
  pending: 5,
  onTime: onTimeRate === null ? 0 : 5,
  onTimeOf: onTimeRate === null ? 0 : 10,
  completion: 0.5,
  onTimeRate,
  onTimeGaps: { 'no-deadline': 0, 'no-dates': onTimeRate === null ? 10 : 0, 'not-yet-due': 0 },
  slices: 1,
});

describe('charts say why they are empty or missing bars', () => {
  afterEach(cleanup);

  it('an empty chart shows its reason instead of blank axes, and offers no image', () => {
    const { container } = render(<RateBarChart rates={[]} label={(key) => key} title="各處室完成率與準時率" words={words} pngName="x" />);
    expect(container.querySelector('[data-chart-empty]')!.textContent).toBe('這個學期、這個範圍還沒有資料，所以沒有圖。');
    expect(container.querySelector('canvas')).toBeNull();
    expect(container.querySelector('[data-action="png"]')).toBeNull();
  });

  it('a bar chart names the groups whose on-time bar is missing', () => {
    const { container } = render(<RateBarChart rates={[rate('教務處註冊組', null), rate('任課教師', 0.5)]} label={(key) => key} title="各處室" words={words} pngName="x" />);
    expect(container.querySelector('[data-chart-note]')!.textContent).toBe('準時率沒有長條的項目：教務處註冊組');
    expect(container.querySelector('canvas')!.getAttribute('aria-label')).toBe('各處室（範例高級中學｜114 學年度第 1 學期｜全部處室）');
  });

  it('a trend of one day says it needs two', () => {
    const trend = { days: ['2026-01-26'], overall: [{ day: '2026-01-26', completion: 0.5, onTimeRate: 1, total: 10, done: 5, notYetDue: 5 }], byTask: [] };
    const { container } = render(<CompletionTrendChart trend={trend} taskLabel={(id) => id} title="趨勢" words={{ ...words, oneDay: '目前只有 2026-01-26 一天的資料，趨勢至少要兩天的紀錄才畫得出來。' }} pngName="x" locale="zh_TW" />);
    expect(container.querySelector('[data-chart-empty]')!.textContent).toBe('目前只有 2026-01-26 一天的資料，趨勢至少要兩天的紀錄才畫得出來。');
  });

  it('a trend offers its daily figures as a table, one row a day', () => {
    const trend = {
      days: ['2026-01-25', '2026-01-26'],
      overall: [
        { day: '2026-01-25', completion: 0.4, onTimeRate: null, total: 10, done: 4, notYetDue: 6 },
        { day: '2026-01-26', completion: 0.5, onTimeRate: 0.9, total: 10, done: 5, notYetDue: 0 },
      ],
      byTask: [],
    };
    const { container } = render(<CompletionTrendChart trend={trend} taskLabel={(id) => id} title="完成率趨勢" words={{ ...words, oneDay: '' }} pngName="x" locale="zh_TW" />);
    expect(container.querySelector('[data-chart-table] summary')!.textContent).toBe('以表格查看每日數字');
    const table = container.querySelector('table[data-table="trend"]')!;
    expect([...table.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual(['日期', '完成率', '準時率', '尚未到期（件）']);
    expect([...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((cell) => cell.textContent))).toEqual([
      ['2026-01-25', '40.0%', '—', '6'],
      ['2026-01-26', '50.0%', '90.0%', '0'],
    ]);
  });
});
