import { describe, expect, it } from 'vitest';
import { cellLines, cellText, iconText } from '@/lib/adapters/text';
import { parseHtml } from '../helpers/portal-page';

/** The first td of a one-row table holding `html`. */
function cell(html: string): HTMLTableCellElement {
  return parseHtml(`<table><tr><td>${html}</td></tr></table>`).querySelector('td')!;
}

describe('cellText', () => {
  it('collapses source white space but keeps a full-width space the student typed', () => {
    expect(cellText(cell('\n   已認證\n  '))).toBe('已認證');
    expect(cellText(cell('甲　乙'))).toBe('甲　乙');
  });

  it.each([
    ['<img src="ok.gif" alt="已認證">', '已認證'],
    ['<i class="fa fa-check" title="通過"></i>', '通過'],
    ['<span class="icon" aria-label="未通過"></span>', '未通過'],
    ['<span class="el-tag"><i class="el-icon-check" title="已認證"></i></span>', '已認證'],
    ['<img src="a.gif" alt="" title="待認證">', '待認證'],
    ['<svg role="img" aria-label="已勾選"><path d=""></path></svg>', '已勾選'],
    ['<img alt="已認證"><img alt="已勾選">', '已認證 已勾選'],
  ])('reads an icon-only cell %s through its words', (html, text) => {
    expect(cellText(cell(html))).toBe(text);
  });

  it('prefers the text a cell shows to its icons’ words', () => {
    expect(cellText(cell('<i title="2025/12/22 認證"></i> 已認證'))).toBe('已認證');
  });

  it('reads the cell’s own title when it shows nothing else', () => {
    const td = parseHtml('<table><tr><td title="已退回"></td></tr></table>').querySelector('td')!;
    expect(cellText(td)).toBe('已退回');
  });

  it('is empty for an empty cell or an image without words', () => {
    expect(cellText(cell(''))).toBe('');
    expect(cellText(cell('&nbsp;'))).toBe('');
    expect(cellText(cell('<img src="x.gif">'))).toBe('');
    expect(iconText(cell('<img src="x.gif" alt="  ">'))).toBe('');
  });
});

describe('cellLines', () => {
  it('keeps one line per file, from br, block children or newlines', () => {
    expect(cellLines(cell('<a>報告.pdf</a><br><span>1.2 MB</span>'))).toEqual(['報告.pdf', '1.2 MB']);
    expect(cellLines(cell('<div>a.pdf</div><div>b.mp4</div>'))).toEqual(['a.pdf', 'b.mp4']);
    expect(cellLines(cell('a.pdf\nb.mp4'))).toEqual(['a.pdf', 'b.mp4']);
  });
});
