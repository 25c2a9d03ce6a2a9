import { describe, expect, it, vi } from 'vitest';
import { OVERSCAN, VirtualList } from '@/entrypoints/content/panel/virtual-list';

interface Row {
  key: string;
  text: string;
}

const rows = (n: number): Row[] => Array.from({ length: n }, (_, i) => ({ key: `k${i}`, text: `item ${i}` }));

function make(height = 240) {
  let drawn = 0;
  const list = new VirtualList<Row>(document, 24, () => height, (row) => {
    drawn += 1;
    const li = document.createElement('li');
    li.textContent = row.text;
    return li;
  });
  document.body.replaceChildren(list.viewport);
  return { list, drawn: () => drawn, texts: () => Array.from(list.viewport.querySelectorAll('li'), (li) => li.textContent) };
}

describe('VirtualList', () => {
  it('puts only the lines in view and a few either side in the DOM, in a spacer as tall as all of them', () => {
    const { list, texts } = make();
    list.setLines(rows(1250));
    // 240 px / 24 px = 10 lines in view, plus OVERSCAN below (none above at the top)
    expect(OVERSCAN).toBe(8);
    expect(texts()).toHaveLength(18);
    expect(texts()[0]).toBe('item 0');
    expect(list.viewport.querySelector<HTMLElement>('.spacer')!.style.height).toBe('30000px');
  });

  it('draws the lines at the scroll position once a frame, placed at their offset', async () => {
    const { list, texts } = make();
    list.setLines(rows(1250));
    list.viewport.scrollTop = 24 * 600;
    list.viewport.dispatchEvent(new Event('scroll'));
    list.viewport.dispatchEvent(new Event('scroll'));
    await vi.waitFor(() => expect(texts()[0]).toBe('item 592'));
    expect(texts().at(-1)).toBe('item 617');
    expect(list.viewport.querySelector<HTMLElement>('ol')!.style.top).toBe(`${592 * 24}px`);
  });

  it('scrolls the fewest pixels to reveal a line', () => {
    const { list, texts } = make();
    list.setLines(rows(1250));
    list.reveal(100);
    // line 100 is the last in view: its bottom at the viewport's bottom
    expect(list.viewport.scrollTop).toBe(101 * 24 - 240);
    expect(texts()).toContain('item 100');
    list.reveal(95);
    expect(list.viewport.scrollTop).toBe(101 * 24 - 240);
    list.reveal(3);
    expect(list.viewport.scrollTop).toBe(72);
  });

  it('keeps the elements of lines that did not change', () => {
    const { list, drawn } = make();
    const lines = rows(50);
    list.setLines(lines);
    const first = list.nodeOf('k0');
    const count = drawn();
    list.setLines(lines);
    expect(drawn()).toBe(count);
    expect(list.nodeOf('k0')).toBe(first);
    list.setLines([{ key: 'k0', text: 'changed' }, ...lines.slice(1)]);
    expect(drawn()).toBe(count + 1);
    expect(list.nodeOf('k0')!.textContent).toBe('changed');
  });
});
