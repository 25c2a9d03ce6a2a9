import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { LIST_WAIT_MS, listMissingReason, listReadiness } from '@/lib/adapters/list-readiness';
import { readPage, type PageRead } from '@/lib/adapters/read-page';
import { annotate, annotateWaiting, clearAnnotations } from '@/entrypoints/content/annotator';
// @ts-expect-error plain ES module served to the browser
import { startD } from '../../portal/pages/d/views.js';
// @ts-expect-error plain ES module of the sample portal
import { renderA } from '../../portal/ssr/a.mjs';
import { parseHtml } from '../helpers/portal-page';

/**
 * A single-page portal draws its list's header at once and its rows when the data arrives: a reading
 * before then is not a finished check (lib/adapters/list-readiness.ts). Style D's own script runs here,
 * with its data arriving after a delay as an XHR's would.
 */

const D_SHELL = readFileSync(join(import.meta.dirname, '../../portal/pages/d/index.html'), 'utf8');

const windows: InstanceType<typeof Window>[] = [];
afterEach(async () => {
  clearAnnotations(document);
  for (const win of windows.splice(0)) await win.happyDOM.close();
});

/** A style-D route with its script started; `drawn` resolves once its lists show their data. */
function openD(path: string, delay: number): { doc: Document; drawn: Promise<void> } {
  const win = new Window({
    url: `http://127.0.0.1:5180${path}`,
    settings: { disableJavaScriptFileLoading: true, disableCSSFileLoading: true, handleDisabledFileLoadingAsSuccess: true },
  });
  windows.push(win);
  win.document.write(D_SHELL);
  const drawn = startD(win, { delay }) as Promise<void>;
  return { doc: win.document as unknown as Document, drawn };
}

const dataRows = (read: PageRead) => (read.status === 'unrecognized' ? -1 : read.rows.filter((row) => !row.pageLevel).length);

describe('whether a page’s list is drawn yet', () => {
  it('style D’s 課程代碼比對: loading while only the part above the list is there, drawn once the rows come', async () => {
    const { doc, drawn } = openD('/d/staff/course-check', 200);
    const early = readPage(doc);
    // the page is recognised, with its page-level record (the run's date above the list) but no row yet
    expect(early.status).toBe('checked');
    expect(early.pageKind).toBe('course-code-check');
    expect(dataRows(early)).toBe(0);
    expect(listReadiness(early)).toBe('loading');
    await drawn;
    const late = readPage(doc);
    // 114-1's offerings in the sample data: 10 to a page
    expect(dataRows(late)).toBe(10);
    expect(listReadiness(late)).toBe('drawn');
  });

  it('style D’s 勾選 page (two lists, each with its own loading mask): loading until both are drawn', async () => {
    const { doc, drawn } = openD('/d/student/selection', 200);
    expect(listReadiness(readPage(doc))).toBe('loading');
    await drawn;
    expect(listReadiness(readPage(doc))).toBe('drawn');
    // one list drawn, the other's mask up again (its data on its way): loading
    const second = doc.querySelector('#selectPerformanceTable')!;
    const mask = doc.createElement('div');
    mask.className = 'el-loading-mask';
    second.append(mask);
    expect(listReadiness(readPage(doc))).toBe('loading');
    mask.remove();
    expect(listReadiness(readPage(doc))).toBe('drawn');
  });

  it('a list whose header is drawn and whose rows are inserted later: empty, then drawn', () => {
    const doc = parseHtml(
      '<html><head><title>課程學習成果</title></head><body><table><thead><tr><th>成果名稱</th><th>簡述</th><th>檔案</th><th>大小</th></tr></thead><tbody></tbody></table></body></html>',
    );
    const before = readPage(doc);
    expect(before.status).toBe('checked');
    expect(listReadiness(before)).toBe('empty');
    const row = doc.createElement('tr');
    for (const text of ['期末報告', '簡述', 'a.pdf', '1 MB']) row.append(Object.assign(doc.createElement('td'), { textContent: text }));
    doc.querySelector('tbody')!.append(row);
    const after = readPage(doc);
    expect(dataRows(after)).toBe(1);
    expect(listReadiness(after)).toBe('drawn');
  });

  it('a list that says it has no data (style A’s empty term, one 查無資料 row) is drawn: nothing to wait for', () => {
    const doc = parseHtml((renderA('/a/student/outcomes.html', new URLSearchParams('term=1142')) as { body: string }).body);
    const read = readPage(doc);
    expect(dataRows(read)).toBe(0);
    expect(listReadiness(read)).toBe('drawn');
  });

  it('a loading sign counts only while shown (jqGrid keeps its hidden 「讀取中」 box); aria-busy around a list counts', () => {
    const doc = parseHtml(
      '<html><head><title>課程學習成果</title></head><body><div class="ui-jqgrid"><div class="loading" style="display: none">讀取中</div>' +
        '<table><tr><th>成果名稱</th><th>簡述</th><th>檔案</th><th>大小</th></tr><tr><td>期末報告</td><td>簡述</td><td>a.pdf</td><td>1 MB</td></tr></table></div></body></html>',
    );
    expect(listReadiness(readPage(doc))).toBe('drawn');
    (doc.querySelector('.loading') as HTMLElement).style.display = 'block';
    expect(listReadiness(readPage(doc))).toBe('loading');
    (doc.querySelector('.loading') as HTMLElement).style.display = 'none';
    doc.querySelector('.ui-jqgrid')!.setAttribute('aria-busy', 'true');
    expect(listReadiness(readPage(doc))).toBe('loading');
  });

  it('a list that never comes is said not to be checked, never an all-clear', () => {
    const doc = parseHtml('<html><head><title>多元表現</title></head><body><table><tr><th>成果名稱</th><th>簡述</th><th>檔案</th><th>大小</th></tr></table></body></html>');
    const read = readPage(doc);
    if (read.status === 'unrecognized') throw new Error('not read');
    expect(read.pageKind).toBe('performance-list');
    expect(LIST_WAIT_MS).toBe(10_000);
    expect(listMissingReason(read, 'empty').zh).toBe('「多元表現清單」等了 10 秒仍沒有資料列，本頁未檢核（不表示沒有問題）。');
    expect(listMissingReason(read, 'loading').zh).toBe('「多元表現清單」等了 10 秒仍在載入，本頁尚未檢核。');
  });
});

describe('the summary while the list is not drawn', () => {
  it('says 「檢核中…」 with status waiting and no counts, then the counts once the list is checked', async () => {
    const { doc: source, drawn } = openD('/d/staff/course-check', 200);
    // the page as it is before its data arrives, in the test window (where the panel's shadow DOM is drawn)
    document.title = source.title;
    document.body.replaceChildren(document.importNode(source.body, true));
    const early = readPage(document);
    if (early.status === 'unrecognized') throw new Error('not read');
    annotateWaiting(early, 'zh_TW', document);
    const host = document.querySelector('[data-lpc-summary]')!;
    expect(host.getAttribute('data-status')).toBe('waiting');
    expect(host.hasAttribute('data-errors')).toBe(false);
    expect(host.hasAttribute('data-warnings')).toBe(false);
    expect(host.shadowRoot!.textContent).toContain('課程代碼比對結果：檢核中…等待清單載入');
    expect(document.querySelectorAll('[data-lpc-finding]')).toHaveLength(0);

    await drawn;
    document.body.replaceChildren(document.importNode(source.body, true));
    const late = readPage(document);
    annotate(late, [], 'zh_TW', document);
    const checked = document.querySelector('[data-lpc-summary]')!;
    expect(checked.getAttribute('data-status')).toBe('checked');
    expect(checked.getAttribute('data-warnings')).toBe('0');
  });
});
