// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { Field } from '@/lib/adapters/vocabulary';
import { pageSample } from '@/lib/export/page-sample';
import { pageSnapshot, type SampleSource } from '@/lib/export/page-snapshot';
import { parseHtml } from '../helpers/portal-page';

/** A class list as a vendor might write it, with everything an export must not carry. */
const PAGE = `<!doctype html><html lang="zh-Hant-TW"><head>
<meta charset="big5"><meta http-equiv="refresh" content="30">
<title>302 班 學生名冊</title>
<base href="https://portal.example.edu.tw/">
<link rel="stylesheet" href="https://cdn.example.com/site.css">
<link rel="icon" href="/favicon.ico">
<style>.grid td { color: #123456; } .logo { background: url(https://cdn.example.com/logo.png); }</style>
<script>window.secret = 'A123456789';</script>
</head><body onload="init()">
<!-- 陳柏翰 112045 -->
<header><span class="who">學生：陳柏翰（302 班 12 號）｜學號：112045</span></header>
<p class="hint" title="聯絡 林雨萱 B287654321">課程代碼 1120450000000000000001 不是學號。</p>
<form action="https://portal.example.edu.tw/save" method="post">
<input type="hidden" name="__VIEWSTATE" value="c2VjcmV0IHN0dWRlbnQgZGF0YQ=="><input type="password" name="pw" value="hunter2">
<table class="grid" id="roster">
<thead><tr><th>學號</th><th>姓名</th><th>身分證號</th><th>備註</th><th>勾選</th></tr></thead>
<tbody>
<tr data-key="112045"><td>112045</td><td><a href="javascript:show('112045')" onclick="show()">陳柏翰</a></td><td>A123456789</td><td>轉入生</td><td><input type="checkbox" name="pick"></td></tr>
<tr data-key="112046"><td>112046</td><td>林雨萱</td><td>B287654321<lpc-mark data-lpc-finding data-rule="identity.id-number.invalid"></lpc-mark></td><td><img src="https://other.example.org/flag.png" alt="已確認"></td><td><input type="checkbox" name="pick" checked></td></tr>
<tr data-key="112047"><td>112047</td><td>陳柏翰</td><td>a123456789</td><td><a href="https://portal.example.edu.tw/help">說明</a></td><td><input type="checkbox" name="pick"></td></tr>
</tbody></table>
<button formaction="https://evil.example/">送出</button>
</form>
<lpc-summary data-lpc-summary data-status="checked"></lpc-summary>
<div data-lpc-unread>此列無法判讀</div>
<img src="/photos/112045.jpg" alt="大頭照" srcset="/photos/112045@2x.jpg 2x">
<svg><use href="https://cdn.example.com/icons.svg#ok"></use><use href="#local"></use></svg>
</body></html>`;

const FIELDS: (Field | undefined)[] = ['studentNo', 'studentName', 'nationalId', undefined, 'selected'];

/** What the adapter would hand over for PAGE: the roster table, its columns and body rows. */
function source(doc: Document): SampleSource {
  const table = doc.getElementById('roster') as HTMLTableElement;
  return {
    tables: [
      {
        headers: FIELDS.map((field) => (field ? { field } : {})),
        body: () => Array.from(table.querySelectorAll('tbody tr'), (row) => ({ cells: Array.from(row.querySelectorAll('td')) })),
      },
    ],
  };
}

function sampleOf(html = PAGE) {
  const doc = parseHtml(html);
  const before = doc.documentElement.outerHTML;
  const text = pageSample(pageSnapshot(doc, source(doc)));
  return { doc, before, text, out: parseHtml(text) };
}

describe('an anonymous page sample', () => {
  it('leaves the live page as it was', () => {
    const { doc, before } = sampleOf();
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('is one HTML file in UTF-8 that may load nothing and run nothing', () => {
    const { text, out } = sampleOf();
    expect(text.startsWith('<!DOCTYPE html>\n<!-- lp-checker 匿名頁面樣本')).toBe(true);
    expect(out.querySelector('meta[charset]')!.getAttribute('charset')).toBe('utf-8');
    expect(out.querySelectorAll('meta[charset]')).toHaveLength(1);
    expect(out.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')).toBe("default-src 'none'; style-src 'unsafe-inline'");
    expect(out.querySelectorAll('script, base, link, meta[http-equiv="refresh"]')).toHaveLength(0);
    expect(text).not.toMatch(/\son[a-z]+=/i);
    expect(text).not.toContain('javascript:');
    expect(text).not.toMatch(/https?:\/\/(?:cdn|ads|other|evil)\.example/);
    expect(out.querySelector('form')!.hasAttribute('action')).toBe(false);
    expect(Array.from(out.querySelectorAll('img'), (img) => [img.getAttribute('src'), img.getAttribute('srcset'), img.getAttribute('alt')])).toEqual([
      [null, null, '已確認'],
      [null, null, '大頭照'],
    ]);
    expect(Array.from(out.querySelectorAll('use'), (use) => use.getAttribute('href'))).toEqual([null, '#local']);
    expect(out.querySelector('a[href="https://portal.example.edu.tw/help"]')!.textContent).toBe('說明');
    expect(out.querySelector('input[type="hidden"]')!.hasAttribute('value')).toBe(false);
    expect(out.querySelector('input[type="password"]')!.hasAttribute('value')).toBe(false);
    expect(text).not.toContain('<!-- 陳柏翰');
  });

  it('keeps a frame as an empty box without its source', () => {
    // (happy-dom prints that it may not load the frame: the unit tests' DOM loads no frames.)
    const { out } = sampleOf(PAGE.replace('</body>', '<iframe src="https://ads.example.com/frame.html" title="廣告">備用文字</iframe></body>'));
    const frame = out.querySelector('iframe')!;
    expect(frame.getAttributeNames()).toEqual(['title']);
    expect(frame.childNodes).toHaveLength(0);
  });

  it('inlines the page’s own style rules but none that would fetch', () => {
    const { out } = sampleOf();
    const css = Array.from(out.querySelectorAll('style'), (style) => style.textContent).join('\n');
    expect(css).toContain('#123456');
    expect(css).not.toContain('url(');
  });

  it('leaves out lp-checker’s own marks, summary and notes', () => {
    const { out, text } = sampleOf();
    expect(out.querySelectorAll('lpc-mark, lpc-summary')).toHaveLength(0);
    expect(text).not.toContain('data-lpc');
    expect(text).not.toContain('此列無法判讀');
  });

  it('keeps the table’s structure and the boxes as they are ticked now', () => {
    const doc = parseHtml(PAGE);
    (doc.querySelectorAll('input[type="checkbox"]')[0] as HTMLInputElement).checked = true;
    (doc.querySelectorAll('input[type="checkbox"]')[1] as HTMLInputElement).checked = false;
    const out = parseHtml(pageSample(pageSnapshot(doc, source(doc))));
    const table = out.getElementById('roster')!;
    expect(Array.from(table.querySelectorAll('tr'), (row) => row.children.length)).toEqual([5, 5, 5, 5]);
    expect(Array.from(table.querySelectorAll('thead th'), (th) => th.textContent)).toEqual(['學號', '姓名', '身分證號', '備註', '勾選']);
    expect(Array.from(out.querySelectorAll('input[type="checkbox"]'), (box) => box.hasAttribute('checked'))).toEqual([true, false, false]);
  });

  it('replaces every name, 學號 and ID number, in cells, prose and attributes, the same way everywhere', () => {
    const { text, out } = sampleOf();
    for (const original of ['陳柏翰', '林雨萱', '112045', '112046', '112047', 'A123456789', 'a123456789', 'B287654321']) {
      expect(text, original).not.toMatch(new RegExp(`(?<![0-9A-Za-z])${original}(?![0-9A-Za-z])`));
    }
    const rows = Array.from(out.querySelectorAll('#roster tbody tr'), (row) => Array.from(row.querySelectorAll('td'), (cell) => cell.textContent!.trim()));
    // 陳柏翰 is on rows 1 and 3: one fake for both; the header names him and his 學號 with the same fakes.
    expect(rows[0]![1]).toBe(rows[2]![1]);
    expect(rows[0]![1]).not.toBe(rows[1]![1]);
    expect(out.querySelector('.who')!.textContent).toBe(`學生：${rows[0]![1]}（302 班 12 號）｜學號：${rows[0]![0]}`);
    expect(out.querySelector('tbody tr')!.getAttribute('data-key')).toBe(rows[0]![0]);
    // The same ID in another case is the same person: one fake, each in its own case.
    expect(rows[2]![2]).toBe(rows[0]![2]!.toLowerCase());
    expect(out.querySelector('.hint')!.getAttribute('title')).toBe(`聯絡 ${rows[1]![1]} ${rows[1]![2]}`);
    // A 學號 inside a longer number (a course code) is not that 學號.
    expect(out.querySelector('.hint')!.textContent).toBe('課程代碼 1120450000000000000001 不是學號。');
    expect(rows.map((row) => row[3])).toEqual(['轉入生', '', '說明']);
  });
});
