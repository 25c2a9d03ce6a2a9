import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SiteOverridesEditor } from '@/entrypoints/options/SiteOverridesEditor';
import { exportOverrides, type SiteOverride } from '@/lib/adapters/overrides';
import { mergeOverrides, overrideFrom } from '@/lib/options/override-draft';
import { siteOverridesSetting } from '@/lib/settings';

const SITE: SiteOverride = {
  match: 'https://sis.example.edu.tw/lp/',
  label: '成果清單',
  pageKind: 'outcome-list',
  tableSelector: 'table#grid',
  columns: { 作品名稱: 'title', 作品說明: 'summary' },
};

function chooseFile(input: HTMLElement, file: File) {
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

describe('site override drafts', () => {
  it('validate with zh-TW messages naming the field', () => {
    const result = overrideFrom({ match: 'sis.example.edu.tw', label: '', pageKind: '', tableSelector: 'table[', columns: [{ header: '作品名稱', field: '' }] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      { path: 'columns.0', message: '第 1 個欄位對應「作品名稱」尚未選擇要讀成哪個欄位' },
      { path: 'tableSelector', message: '「table[」不是有效的 CSS 選擇器（例如 table#grid 或 .result table）' },
      { path: 'match', message: '網址必須以 http:// 或 https:// 開頭，例如 https://sis.example.edu.tw/' },
    ]);
  });

  it('merge an imported file over the list by address', () => {
    const other: SiteOverride = { match: 'https://other.example/' };
    expect(mergeOverrides([other, { match: SITE.match }], [SITE])).toEqual([other, SITE]);
  });
});

describe('the site overrides editor', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(cleanup);

  it('adds an override in the form, exports it, and the exported file imports back after removal', async () => {
    const downloads: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      downloads.push(blob as Blob);
      return 'blob:test';
    });
    render(<SiteOverridesEditor locale="zh_TW" />);
    fireEvent.click(await screen.findByRole('button', { name: '新增網站設定' }));
    fireEvent.input(screen.getByLabelText('網址（開頭）'), { target: { value: SITE.match } });
    fireEvent.input(screen.getByLabelText('說明（給人看的）'), { target: { value: SITE.label } });
    fireEvent.change(screen.getByLabelText('頁面類型'), { target: { value: 'outcome-list' } });
    fireEvent.input(screen.getByLabelText('表格選擇器（CSS）'), { target: { value: SITE.tableSelector } });
    for (const [i, [header, field]] of Object.entries(SITE.columns!).entries()) {
      fireEvent.click(screen.getByRole('button', { name: '新增欄位對應' }));
      fireEvent.input(screen.getByLabelText(`第 ${i + 1} 個對應的頁面欄位名稱`), { target: { value: header } });
      fireEvent.change(screen.getByLabelText(`第 ${i + 1} 個對應要讀成的欄位`), { target: { value: field } });
    }
    fireEvent.click(screen.getByRole('button', { name: '儲存網站設定' }));
    await waitFor(async () => expect(await siteOverridesSetting.getValue()).toEqual([SITE]));

    fireEvent.click(screen.getByRole('button', { name: '匯出網站設定（.json）' }));
    expect(downloads).toHaveLength(1);
    const exported = await downloads[0]!.text();
    expect(exported).toBe(exportOverrides([SITE]));

    const row = document.querySelector(`tr[data-match="${SITE.match}"]`) as HTMLElement;
    fireEvent.click(within(row).getByRole('button', { name: '移除' }));
    await waitFor(async () => expect(await siteOverridesSetting.getValue()).toEqual([]));

    chooseFile(document.querySelector('input[data-action="import-overrides"]')!, new File([exported], 'sites.json'));
    await waitFor(async () => expect(await siteOverridesSetting.getValue()).toEqual([SITE]));
    await screen.findByText('已匯入 1 項網站設定（相同網址的設定已被取代）。');
  });

  it('shows the schema’s zh-TW message beside the address and does not save', async () => {
    render(<SiteOverridesEditor locale="zh_TW" />);
    fireEvent.click(await screen.findByRole('button', { name: '新增網站設定' }));
    fireEvent.input(screen.getByLabelText('網址（開頭）'), { target: { value: 'sis.example.edu.tw' } });
    fireEvent.click(screen.getByRole('button', { name: '儲存網站設定' }));
    await waitFor(() =>
      expect(document.querySelector('[data-path="match"]')!.textContent).toBe('網址必須以 http:// 或 https:// 開頭，例如 https://sis.example.edu.tw/'),
    );
    expect(await siteOverridesSetting.getValue()).toEqual([]);
  });

  it('lists an import file’s problems in zh-TW and keeps the list', async () => {
    await siteOverridesSetting.setValue([SITE]);
    render(<SiteOverridesEditor locale="zh_TW" />);
    await screen.findByText(SITE.match);
    const bad = JSON.stringify({ kind: 'lp-checker-site-overrides', version: 1, sites: [{ match: 'ftp://x' }] });
    chooseFile(document.querySelector('input[data-action="import-overrides"]')!, new File([bad], 'bad.json'));
    await screen.findByText('無法匯入「bad.json」：');
    expect(document.querySelector('.import-errors')!.textContent).toContain('第 1 個網站的「match」：網址必須以 http:// 或 https:// 開頭');
    expect(await siteOverridesSetting.getValue()).toEqual([SITE]);
  });
});
