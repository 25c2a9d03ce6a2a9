// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { servePageSamples } from '@/entrypoints/content/page-sample';
import { readPage } from '@/lib/adapters/read-page';
import { pageSample } from '@/lib/export/page-sample';
import type { PageSampleAnswer } from '@/lib/export/page-snapshot';
import type { TableSample } from '@/lib/options/table-prefill';
// @ts-expect-error plain ES module of the sample portal
import { renderA } from '../../portal/ssr/a.mjs';
import { parseHtml } from '../helpers/portal-page';

/** The sample portal's 收訖 page moved into the test window's document, node by node. */
function loadReceipt(): void {
  const source = parseHtml(renderA('/a/staff/Receipt.aspx', new URLSearchParams()).body.toString());
  document.title = source.title;
  document.body.replaceChildren(...Array.from(source.body.childNodes, (node) => document.importNode(node, true)));
}

/** What the content script answers the popup, as the popup would receive it (undefined: no answer). */
async function ask(message: object): Promise<unknown> {
  let answer: unknown;
  await fakeBrowser.runtime.onMessage.trigger(message, {}, (response: unknown) => {
    answer = response;
  });
  return answer;
}

describe('the page answering the popup about itself', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    loadReceipt();
  });
  afterEach(() => document.body.replaceChildren());

  it('answers nothing before its first reading, or to other messages', async () => {
    const update = servePageSamples();
    expect(await ask({ type: 'export-page-sample' })).toBeUndefined();
    update(readPage(document));
    expect(await ask({ type: 'get-summary' })).toBeUndefined();
    expect(await ask({ type: 'get-table-sample', table: 9 })).toBeUndefined();
  });

  it('gives one list’s headers, what each was taken for, and its first five rows as text without lp-checker’s notes', async () => {
    const update = servePageSamples();
    const firstRow = document.querySelector('#ctl00_MainContent_gvReceipt tr:nth-child(2) td')!;
    const note = document.createElement('lpc-note');
    note.setAttribute('data-lpc-unread', '');
    note.textContent = '未檢核';
    firstRow.append(note);
    update(readPage(document));
    const sample = (await ask({ type: 'get-table-sample', table: 0 })) as TableSample;
    expect(sample.match).toBe(`${location.origin}${location.pathname}`);
    expect(sample.title).toBe(document.title);
    expect(sample.headers.map((header) => `${header.text}:${header.field}`)).toEqual([
      '班級:className',
      '座號:seat',
      '學號:studentNo',
      '姓名:studentName',
      '身分證號:nationalId',
      '收訖確認:receiptStatus',
      '確認日期:receiptDate',
      '疑義說明:receiptNote',
    ]);
    expect(sample.rows).toHaveLength(5);
    expect(sample.rows[0]).toEqual(['302', '1', '112034', '梁翰軒', 'C177593744', '已確認', '114/10/21', '']);
  });

  it('exports the page as an anonymous sample, leaving the page as it is', async () => {
    const update = servePageSamples();
    update(readPage(document));
    const before = document.documentElement.outerHTML;
    const answer = (await ask({ type: 'export-page-sample' })) as PageSampleAnswer;
    expect(answer.ok).toBe(true);
    if (!answer.ok) return;
    expect(answer.filename).toMatch(new RegExp(`^lp-checker-匿名頁面樣本-${location.hostname.replace(/\./g, '\\.')}-\\d{4}-\\d{2}-\\d{2}\\.html$`));
    // The page hands over what it shows; the popup makes the anonymous file from it.
    expect(answer.snapshot.identities).toContainEqual(['梁翰軒', 'name']);
    const html = pageSample(answer.snapshot);
    expect(html).toContain('<!DOCTYPE html>');
    expect(html).not.toMatch(/112034|梁翰軒|C177593744/);
    expect(document.documentElement.outerHTML).toBe(before);
  });
});
