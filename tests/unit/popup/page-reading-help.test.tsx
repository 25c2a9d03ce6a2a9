import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PageSummaryView } from '@/entrypoints/popup/PageSummaryView';
import { PageReadingHelp } from '@/entrypoints/popup/PageReadingHelp';
import type { PageSummary } from '@/lib/messaging/protocol';
import type { TableSample } from '@/lib/options/table-prefill';

const TAB = 7;

/** The tab's answer to the popup's message (the fake browser's tabs.sendMessage is typed as answering nothing). */
const answering = (answer: unknown) => vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(answer as void);

/** A 收訖 list read in part: one header understood by nobody, two rows unread. */
const PARTIAL: PageSummary = {
  status: 'partial',
  pageKind: 'receipt',
  errors: 0,
  warnings: 1,
  dismissed: 0,
  unread: 2,
  findings: [{ ruleId: 'schedule.receipt.disputed', severity: 'warning', message: { zh: '學生對收訖明細有疑義', en: 'Disputed' } }],
  tables: [
    { headers: [{ text: '說明', field: null }], rows: 3, pageKind: null },
    {
      headers: [
        { text: '學號', field: 'studentNo' },
        { text: '學生核對', field: null },
        { text: '', field: null },
      ],
      rows: 33,
      pageKind: 'receipt',
    },
  ],
};

const SAMPLE: TableSample = { match: 'https://sis.example.edu.tw/lp/Receipt.aspx', title: '收訖', headers: [{ text: '學號', field: 'studentNo' }], rows: [['112034']] };

describe('the popup’s way out for a page read in part', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(cleanup);

  it('shows each list’s headers and what each was taken for, or 未辨識', () => {
    render(<PageReadingHelp summary={PARTIAL} tabId={TAB} locale="zh_TW" />);
    const tables = Array.from(document.querySelectorAll('table.seen'));
    expect(tables.map((table) => table.querySelector('caption')!.textContent)).toEqual(['第 1 個表格（3 列資料）', '第 2 個表格：收訖明細確認狀態（33 列資料）']);
    expect(Array.from(tables[1]!.querySelectorAll('tbody tr'), (tr) => Array.from(tr.children, (td) => td.textContent))).toEqual([
      ['學號', '學號（studentNo）'],
      ['學生核對', '未辨識'],
      ['—', '未辨識'],
    ]);
  });

  it('asks the page for the list to map, hands it over in session storage and opens the site settings', async () => {
    const send = answering(SAMPLE);
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    render(<PageReadingHelp summary={PARTIAL} tabId={TAB} locale="zh_TW" />);
    fireEvent.click(screen.getByRole('button', { name: '在網站設定中對應欄位' }));
    await waitFor(() => expect(create).toHaveBeenCalledWith({ url: 'chrome-extension://test-extension-id/options.html#site-overrides' }));
    // The list of the page's kind with a header not understood: the second.
    expect(send).toHaveBeenCalledWith(TAB, { type: 'get-table-sample', table: 1 });
    expect(await fakeBrowser.storage.session.get('tablePrefill')).toEqual({ tablePrefill: SAMPLE });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('says so when the page gives no table', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Could not establish connection'));
    render(<PageReadingHelp summary={PARTIAL} tabId={TAB} locale="zh_TW" />);
    fireEvent.click(screen.getByRole('button', { name: '在網站設定中對應欄位' }));
    expect((await screen.findByRole('status')).textContent).toBe('無法從此頁取得表格，請重新整理頁面後再試一次。');
  });
});

describe('匯出匿名頁面樣本 in the popup', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(cleanup);

  const checked: PageSummary = { ...PARTIAL, status: 'checked', unread: 0 };

  it('is offered on a page whose rows were all read too, without the headers view', () => {
    for (const summary of [checked, { ...checked, status: 'partial' as const }]) {
      render(<PageReadingHelp summary={summary} tabId={TAB} locale="zh_TW" />);
      expect(document.querySelector('table.seen')).toBeNull();
      expect(screen.queryByRole('button', { name: '在網站設定中對應欄位' })).toBeNull();
      expect(screen.getByRole('button', { name: '匯出匿名頁面樣本' })).toBeTruthy();
      cleanup();
    }
  });

  it('offers no column mapping while the page’s list is still loading', () => {
    render(<PageReadingHelp summary={{ ...PARTIAL, status: 'unrecognized', unread: 0, waiting: true }} tabId={TAB} locale="zh_TW" />);
    expect(document.querySelector('table.seen')).toBeNull();
    expect(screen.queryByRole('button', { name: '在網站設定中對應欄位' })).toBeNull();
    expect(screen.getByRole('button', { name: '匯出匿名頁面樣本' })).toBeTruthy();
  });

  it('downloads the file the page makes and names it', async () => {
    const snapshot = { html: '<html><head></head><body><p>學號：112045</p><table><tr><td>陳柏翰</td></tr></table></body></html>', styles: ['p { color: red; }'], identities: [['陳柏翰', 'name']] };
    const send = answering({ ok: true, snapshot, filename: 'lp-checker-匿名頁面樣本-sis.example.edu.tw-2026-01-26.html' });
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:sample';
    });
    render(<PageReadingHelp summary={checked} tabId={TAB} locale="zh_TW" />);
    fireEvent.click(screen.getByRole('button', { name: '匯出匿名頁面樣本' }));
    expect((await screen.findByRole('status')).textContent).toBe('已下載「lp-checker-匿名頁面樣本-sis.example.edu.tw-2026-01-26.html」。寄出前可先打開看看，確認沒有學生資料。');
    expect(send).toHaveBeenCalledWith(TAB, { type: 'export-page-sample' });
    expect(blobs).toHaveLength(1);
    expect(blobs[0]!.type).toBe('text/html;charset=utf-8');
    // The popup makes the anonymous file from the page's snapshot.
    const file = await blobs[0]!.text();
    expect(file.startsWith('<!DOCTYPE html>\n')).toBe(true);
    expect(file).toContain('p { color: red; }');
    expect(file).not.toMatch(/112045|陳柏翰/);
  });

  it('never draws the page’s snapshot, its file name or its error as HTML in the popup: page data are text', async () => {
    // What a hostile page could hand over: markup that runs code the moment it becomes an element.
    const attack = '<img src=x onerror="globalThis.lpcAttacked=1"><svg onload="globalThis.lpcAttacked=2"></svg><script>globalThis.lpcAttacked=3</script>';
    const snapshot = { html: `<html><head></head><body><p>${attack}</p><table><tr><td>陳柏翰</td></tr></table></body></html>`, styles: [], identities: [['陳柏翰', 'name']] };
    const added: string[] = [];
    const watcher = new MutationObserver((records) => {
      for (const record of records) for (const node of Array.from(record.addedNodes)) if (node instanceof Element) added.push(node.localName, ...Array.from(node.querySelectorAll('*'), (inner) => inner.localName));
    });
    watcher.observe(document, { childList: true, subtree: true });
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:sample';
    });
    try {
      answering({ ok: true, snapshot, filename: `${attack}.html` });
      render(<PageReadingHelp summary={checked} tabId={TAB} locale="zh_TW" />);
      fireEvent.click(screen.getByRole('button', { name: '匯出匿名頁面樣本' }));
      // the file name the page gave is shown as the characters it is made of
      expect((await screen.findByRole('status')).textContent).toBe(`已下載「${attack}.html」。寄出前可先打開看看，確認沒有學生資料。`);
      cleanup();

      answering({ ok: false, error: attack });
      render(<PageReadingHelp summary={checked} tabId={TAB} locale="zh_TW" />);
      fireEvent.click(screen.getByRole('button', { name: '匯出匿名頁面樣本' }));
      expect((await screen.findByRole('status')).textContent).toBe(`無法匯出此頁：${attack}`);
    } finally {
      watcher.disconnect();
    }
    await new Promise((resolve) => setTimeout(resolve, 0));
    // No element of the page's markup was made in the popup: only the popup's own (and the download link).
    expect(added.filter((name) => ['img', 'svg', 'iframe', 'script', 'table', 'td'].includes(name))).toEqual([]);
    expect(document.querySelectorAll('img, svg, iframe, script')).toHaveLength(0);
    expect((globalThis as { lpcAttacked?: number }).lpcAttacked).toBeUndefined();
    // The sample file keeps the elements' places but none of the code either.
    const file = await blobs[0]!.text();
    expect(file).toContain('<p><img><svg></svg></p>');
    expect(file).not.toMatch(/onerror|onload|<script|lpcAttacked|\ssrc=/i);
  });

  it('shows why an export failed', async () => {
    answering({ ok: false, error: '無法為「6 個字元」的值產生不重複的代稱。' });
    render(<PageReadingHelp summary={checked} tabId={TAB} locale="zh_TW" />);
    fireEvent.click(screen.getByRole('button', { name: '匯出匿名頁面樣本' }));
    expect((await screen.findByRole('status')).textContent).toBe('無法匯出此頁：無法為「6 個字元」的值產生不重複的代稱。');
  });
});

describe('the page’s check in the popup', () => {
  afterEach(cleanup);

  it('says first how many rows it could not read, and never that a page read in part is clean', () => {
    render(<PageSummaryView summary={{ ...PARTIAL, findings: [], warnings: 0 }} locale="zh_TW" />);
    const section = document.querySelector('section')!;
    expect(section.getAttribute('data-status')).toBe('partial');
    expect(section.firstElementChild!.textContent).toBe('2 列無法判讀，未檢核');
    expect(section.textContent).toContain('讀得到的列沒有發現問題；無法判讀的列不算通過。');
  });

  it('names what the rules could not check on a page whose rows were all read', () => {
    const note = { zh: '未匯入核定課程計畫：課程代碼未比對', en: 'No approved course plan imported: course codes not compared' };
    render(<PageSummaryView summary={{ ...PARTIAL, unread: 0, findings: [], warnings: 0, unchecked: [note] }} locale="zh_TW" />);
    expect(document.querySelector('[data-unread]')).toBeNull();
    expect(document.querySelector('[data-unchecked]')!.textContent).toBe('未匯入核定課程計畫：課程代碼未比對');
    expect(document.querySelector('section')!.textContent).not.toContain('沒有發現問題。');
  });
});
