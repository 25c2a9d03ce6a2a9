import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SiteOverridesEditor } from '@/entrypoints/options/SiteOverridesEditor';
import { overrideFrom } from '@/lib/options/override-draft';
import { prefillDraft, sampleTsv, storeTablePrefill, tableToMap, takeTablePrefill, type TableSample } from '@/lib/options/table-prefill';
import { siteOverridesSetting } from '@/lib/settings';
import { policySetting } from '@/lib/policy/setting';
import { NATIONAL_POLICY } from '@/lib/policy/presets';

/** A 收訖 list whose status column has a name the checker does not know (「學生核對」). */
const SAMPLE: TableSample = {
  match: 'https://sis.example.edu.tw/lp/Receipt.aspx',
  title: '收訖明細確認狀態',
  headers: [
    { text: '學號', field: 'studentNo' },
    { text: '姓名', field: 'studentName' },
    { text: '身分證號', field: 'nationalId' },
    { text: '學生核對', field: null },
    { text: '操作', field: null },
  ],
  rows: [
    ['112034', '梁翰軒', 'C177593744', '已確認', '檢視'],
    ['112035', '柯辰志', 'K162411714', '有疑義\t（成績\n有誤）', '檢視'],
  ],
};

describe('a page’s table handed to the site settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('opens a form for the page’s address with a mapping to choose for each header not understood', () => {
    expect(prefillDraft(SAMPLE, undefined)).toEqual({
      match: 'https://sis.example.edu.tw/lp/Receipt.aspx',
      label: '',
      pageKind: '',
      tableSelector: '',
      columns: [
        { header: '學生核對', field: '', suggested: true },
        { header: '操作', field: '', suggested: true },
      ],
    });
  });

  it('edits the setting that already applies to the page, keeping its mappings', () => {
    const existing = { match: 'https://sis.example.edu.tw/lp/', label: '校務系統', columns: { 操作: 'compareNote' as const } };
    expect(prefillDraft(SAMPLE, existing)).toEqual({
      match: 'https://sis.example.edu.tw/lp/',
      label: '校務系統',
      pageKind: '',
      tableSelector: '',
      columns: [
        { header: '操作', field: 'compareNote' },
        { header: '學生核對', field: '', suggested: true },
      ],
    });
  });

  it('saves an offered mapping once a field is chosen, and leaves out one left unchosen', () => {
    const draft = prefillDraft(SAMPLE, undefined);
    draft.columns[0]!.field = 'receiptStatus';
    expect(overrideFrom(draft)).toEqual({ ok: true, override: { match: SAMPLE.match, columns: { 學生核對: 'receiptStatus' } } });
    // A row the user added and left without a field is still an error.
    const typed = { ...draft, columns: [...draft.columns, { header: '備註', field: '' as const }] };
    expect(overrideFrom(typed)).toEqual({ ok: false, errors: [{ path: 'columns.2', message: '第 3 個欄位對應「備註」尚未選擇要讀成哪個欄位' }] });
  });

  it('gives the table tester the headers and rows as tab-separated lines, one line per row', () => {
    expect(sampleTsv(SAMPLE)).toBe(
      '學號\t姓名\t身分證號\t學生核對\t操作\n112034\t梁翰軒\tC177593744\t已確認\t檢視\n112035\t柯辰志\tK162411714\t有疑義 （成績 有誤）\t檢視',
    );
  });

  it('picks the list with a header not understood, preferring the page’s own kind', () => {
    const known = { headers: [{ field: 'title' }], pageKind: 'outcome-list' };
    const unknown = { headers: [{ field: 'title' }, { field: null }], pageKind: null };
    const unknownOfKind = { headers: [{ field: null }], pageKind: 'outcome-list' };
    expect(tableToMap([known, unknown, unknownOfKind], 'outcome-list')).toBe(2);
    expect(tableToMap([known, unknown], 'outcome-list')).toBe(1);
    expect(tableToMap([{ ...known, pageKind: null }, known], 'outcome-list')).toBe(1);
    expect(tableToMap([known, known], null)).toBe(0);
  });

  it('is read once: taking it removes it from session storage', async () => {
    await storeTablePrefill(SAMPLE);
    expect(await fakeBrowser.storage.session.get('tablePrefill')).toEqual({ tablePrefill: SAMPLE });
    expect(await takeTablePrefill()).toEqual(SAMPLE);
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
    expect(await takeTablePrefill()).toBeNull();
  });
});

describe('the site overrides editor opened from the popup', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await policySetting.setValue(NATIONAL_POLICY);
  });
  afterEach(cleanup);

  it('opens the form for the page with its table in the tester; saved, the setting holds the mapping and no student data', async () => {
    await storeTablePrefill(SAMPLE);
    render(<SiteOverridesEditor locale="zh_TW" />);
    await waitFor(() => expect((screen.getByLabelText('網址（開頭）') as HTMLInputElement).value).toBe(SAMPLE.match));
    expect(document.querySelector('[data-prefilled]')!.textContent).toContain('資料只留在這個分頁，不會儲存');
    expect((screen.getByLabelText('第 1 個對應的頁面欄位名稱') as HTMLInputElement).value).toBe('學生核對');
    expect((screen.getByLabelText('第 2 個對應的頁面欄位名稱') as HTMLInputElement).value).toBe('操作');
    expect(screen.getByLabelText('第 1 個對應要讀成的欄位').querySelector('option[value=""]')!.textContent).toBe('（不讀這一欄）');
    expect((document.querySelector('textarea[name="table-text"]') as HTMLTextAreaElement).value).toBe(sampleTsv(SAMPLE));
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});

    fireEvent.change(screen.getByLabelText('第 1 個對應要讀成的欄位'), { target: { value: 'receiptStatus' } });
    fireEvent.click(screen.getByRole('button', { name: '儲存網站設定' }));
    await waitFor(async () => expect(await siteOverridesSetting.getValue()).toEqual([{ match: SAMPLE.match, columns: { 學生核對: 'receiptStatus' } }]));
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toMatch(/112034|梁翰軒|C177593744/);
  });
});
