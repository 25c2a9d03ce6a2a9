import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setSeenRows, showChecked, summaryFor } from '@/entrypoints/content/summary-panel';
import { panelLookSetting } from '@/entrypoints/content/panel/remembered';
import type { KeyedFinding } from '@/entrypoints/content/marks';
import type { PageRead, ReadRow } from '@/lib/adapters/read-page';
import type { Finding } from '@/lib/model/finding';

type Checked = PageRead & { status: 'checked' };

/** A 2,000-row class page (three pages of the list in all) with a 「座號」 problem on 1,250 rows. */
function bigPage(doc: Document, rowCount = 2000, findingCount = 1250) {
  const wrapper = doc.createElement('div');
  wrapper.setAttribute('style', 'overflow-x: auto');
  const table = doc.createElement('table');
  wrapper.append(table);
  doc.body.append(wrapper);
  const rows: ReadRow[] = Array.from({ length: rowCount }, (_, i) => {
    const tr = doc.createElement('tr');
    table.append(tr);
    return { record: { type: 'class-progress', studentRef: `11${String(i).padStart(4, '0')}`, seat: i + 1, className: '302', studentName: '王小明' }, row: tr, cells: {} };
  });
  const read: Checked = { status: 'checked', pageKind: 'class-progress', rows, skipped: [], context: { page: 1, pageCount: 3, totalRows: 5500 }, tables: [{ element: table, headers: [], pageKind: 'class-progress', body: () => [] }] };
  const keyed: KeyedFinding[] = Array.from({ length: findingCount }, (_, i) => {
    const error = i % 5 !== 0;
    const finding: Finding = error
      ? { ruleId: 'identity.id-number.invalid', severity: 'error', recordIndex: i, message: { zh: '身分證統一編號的檢查碼不正確', en: 'bad ID check digit' } }
      : { ruleId: 'quota.outcome.selected-over-cap', severity: 'warning', recordIndex: i, message: { zh: '勾選超過上限', en: 'too many selected' } };
    return { key: `k${i}`, finding, row: rows[i] };
  });
  const errors = keyed.filter(({ finding }) => finding.severity === 'error').length;
  return { read, keyed, counts: { errors, warnings: keyed.length - errors }, wrapper, table };
}

function draw(doc: Document, onGoto = vi.fn()) {
  const { read, keyed, counts, wrapper } = bigPage(doc);
  const summary = summaryFor(doc, undefined, read, 'zh_TW', onGoto);
  showChecked(summary, read, keyed, counts, [], 'zh_TW', doc);
  const root = summary.host.shadowRoot!;
  const items = () => Array.from(root.querySelectorAll('li.item'), (li) => li.textContent!);
  const press = (key: 'ArrowDown' | 'ArrowUp') => doc.dispatchEvent(new KeyboardEvent('keydown', { key, altKey: true, bubbles: true, cancelable: true }));
  const buttonNamed = (text: string) => Array.from(root.querySelectorAll('button')).find((node) => node.textContent === text)!;
  return { summary, root, items, press, buttonNamed, onGoto, wrapper };
}

beforeEach(() => fakeBrowser.reset());

describe('the summary panel', () => {
  it('draws only the lines in view of a 2,000-row page’s 1,250 items, each naming its row', () => {
    const doc = document.implementation.createHTMLDocument('t');
    const { root, items } = draw(doc);
    // 320 px of 24-px lines in view, plus 8 below
    expect(root.querySelectorAll('li')).toHaveLength(22);
    expect(items()[0]).toBe('提醒｜302 班 座號 1 王小明：勾選超過上限');
    expect(root.querySelector('li.group')!.textContent).toBe('302 班 座號 1 王小明（1 項）');
    expect(root.querySelector('.position')!.textContent).toBe('共 1250 項');
    expect(root.querySelector('.paging')!.textContent).toBe('第 1 頁，共 3 頁；已看過 2000 / 5500 筆');
  });

  it('counts per level and family and filters by them', () => {
    const doc = document.implementation.createHTMLDocument('t');
    const { root, items, buttonNamed } = draw(doc);
    const filters = Array.from(root.querySelectorAll<HTMLButtonElement>('button.filter'), (node) => [node.textContent, node.getAttribute('aria-pressed'), node.hidden]);
    expect(filters).toEqual([
      ['錯誤 1000', 'true', false],
      ['提醒 250', 'true', false],
      ['說明 0', 'true', true],
      ['件數 250', 'true', false],
      ['格式 0', 'true', true],
      ['課程 0', 'true', true],
      ['認證 0', 'true', true],
      ['期程 0', 'true', true],
      ['身分 1000', 'true', false],
    ]);
    buttonNamed('錯誤 1000').click();
    expect(buttonNamed('錯誤 1000').getAttribute('aria-pressed')).toBe('false');
    expect(root.querySelector('.position')!.textContent).toBe('共 250 項');
    expect(items().every((text) => text.startsWith('提醒｜'))).toBe(true);
    buttonNamed('件數 250').click();
    expect(root.querySelector('.position')!.textContent).toBe('');
    expect(root.querySelector<HTMLElement>('.note:not([hidden])')!.textContent).toBe('沒有符合篩選條件的項目。');
  });

  it('groups by rule on request, with each group’s count', () => {
    const doc = document.implementation.createHTMLDocument('t');
    const { root, items, buttonNamed } = draw(doc);
    buttonNamed('依規則').click();
    expect(buttonNamed('依規則').getAttribute('aria-pressed')).toBe('true');
    // rules in the order they first appear (row 1's is the quota one), rows in page order within each
    expect(root.querySelector('li.group')!.textContent).toBe('課程學習成果勾選超過 6 件（250 項）');
    expect(items().slice(0, 2)).toEqual(['提醒｜302 班 座號 1 王小明：勾選超過上限', '提醒｜302 班 座號 6 王小明：勾選超過上限']);
  });

  it('tells apart the groups of rows that show the same student, with 「第 N 筆」', () => {
    const doc = document.implementation.createHTMLDocument('t');
    const { read, keyed, counts } = bigPage(doc, 4, 4);
    // rows 1 and 3 show the same student (座號 1 王小明), as a duplicated row would
    read.rows[2] = { ...read.rows[2]!, record: read.rows[0]!.record };
    keyed[2] = { ...keyed[2]!, row: read.rows[2] };
    const summary = summaryFor(doc, undefined, read, 'zh_TW', vi.fn());
    showChecked(summary, read, keyed, counts, [], 'zh_TW', doc);
    const root = summary.host.shadowRoot!;
    expect(Array.from(root.querySelectorAll('li.group'), (li) => li.textContent)).toEqual([
      '302 班 座號 1 王小明（第 1 筆）（1 項）',
      '302 班 座號 2 王小明（1 項）',
      '302 班 座號 1 王小明（第 2 筆）（1 項）',
      '302 班 座號 4 王小明（1 項）',
    ]);
    expect(Array.from(root.querySelectorAll('li.item'), (li) => li.textContent)[2]).toBe('錯誤｜302 班 座號 1 王小明（第 2 筆）：身分證統一編號的檢查碼不正確');
  });

  it('moves to the next and previous item with Alt+↓ / Alt+↑ and the buttons, telling onGoto and marking the current one', () => {
    const doc = document.implementation.createHTMLDocument('t');
    const { root, press, buttonNamed, onGoto, summary } = draw(doc);
    press('ArrowDown');
    expect(onGoto).toHaveBeenLastCalledWith('k0');
    press('ArrowDown');
    expect(onGoto).toHaveBeenLastCalledWith('k1');
    expect(summary.host.getAttribute('data-current')).toBe('2');
    expect(root.querySelector('li.current')!.textContent).toBe('錯誤｜302 班 座號 2 王小明：身分證統一編號的檢查碼不正確');
    expect(root.querySelectorAll('li.current')).toHaveLength(1);
    expect(root.querySelector('.position')!.textContent).toBe('第 2 / 1250 項');
    expect(root.querySelector('.now')!.textContent).toBe('錯誤｜302 班 座號 2 王小明：身分證統一編號的檢查碼不正確');
    press('ArrowUp');
    expect(onGoto).toHaveBeenLastCalledWith('k0');
    buttonNamed('上一個').click();
    expect(onGoto).toHaveBeenLastCalledWith('k1249');
    // the last item is brought into the list's view
    expect(root.querySelector('li.current')!.textContent).toContain('座號 1250');
    buttonNamed('下一個').click();
    expect(onGoto).toHaveBeenLastCalledWith('k0');
  });

  it('leaves Alt+↓ alone while the page’s focus is in a text field', () => {
    const doc = document.implementation.createHTMLDocument('t');
    const { press, onGoto } = draw(doc);
    const input = doc.createElement('input');
    doc.body.append(input);
    input.focus();
    press('ArrowDown');
    expect(onGoto).not.toHaveBeenCalled();
    input.blur();
    press('ArrowDown');
    expect(onGoto).toHaveBeenCalledWith('k0');
  });

  it('follows the rows seen across the list’s pages', () => {
    const doc = document.implementation.createHTMLDocument('t');
    const { root } = draw(doc);
    setSeenRows(doc, 4000);
    expect(root.querySelector('.paging')!.textContent).toBe('第 1 頁，共 3 頁；已看過 4000 / 5500 筆');
  });

  it('remembers collapsed and docked per site, and opens that way next time', async () => {
    const doc = document.implementation.createHTMLDocument('t');
    const { summary, buttonNamed } = draw(doc);
    await vi.waitFor(() => expect(buttonNamed('收合')).toBeDefined());
    buttonNamed('收合').click();
    buttonNamed('固定在右側').click();
    expect(summary.host.hasAttribute('data-collapsed')).toBe(true);
    expect(summary.host.hasAttribute('data-docked')).toBe(true);
    expect(summary.body.hidden).toBe(true);
    await vi.waitFor(async () => expect(await panelLookSetting.getValue()).toEqual({ 'http://localhost:3000': { collapsed: true, docked: true } }));

    const again = document.implementation.createHTMLDocument('t');
    const next = draw(again);
    await vi.waitFor(() => expect(next.summary.host.hasAttribute('data-collapsed')).toBe(true));
    expect(next.summary.host.hasAttribute('data-docked')).toBe(true);
    expect(next.buttonNamed('展開').getAttribute('aria-expanded')).toBe('false');
  });

  it('sits outside the scroll area the table is in', () => {
    const { summary, wrapper } = draw(document);
    expect(summary.host.nextElementSibling).toBe(wrapper);
    summary.host.remove();
    wrapper.remove();
  });
});

describe('the current item’s detail: dismissing from the panel', () => {
  /** A 課程代碼比對 page: one result row, and the run's date read from above the list (a page-level record). */
  function comparisonPage(doc: Document) {
    const table = doc.createElement('table');
    const tr = doc.createElement('tr');
    table.append(tr);
    doc.body.append(table);
    const rows: ReadRow[] = [
      { record: { type: 'course-code-check', code: '114093301101001050101', name: '化學', matched: false }, row: tr, cells: {} },
      { record: { type: 'course-code-run', ranAt: '2025-10-02', term: { year: 114, semester: 1 } }, row: table, cells: {}, pageLevel: true },
    ];
    const read: Checked = { status: 'checked', pageKind: 'course-code-check', rows, skipped: [], context: {}, tables: [{ element: table, headers: [], pageKind: 'course-code-check', body: () => [] }] };
    const late: Finding = { ruleId: 'course.code-check.overdue', severity: 'warning', recordIndex: 1, field: 'ranAt', message: { zh: '比對晚於期限', en: 'late run' } };
    const unmatched: Finding = { ruleId: 'course.code-check.unmatched', severity: 'warning', recordIndex: 0, message: { zh: '比對不符', en: 'not matched' } };
    return { read, keyed: [{ key: 'row', finding: unmatched, row: rows[0] }, { key: 'page', finding: late, row: rows[1] }] as KeyedFinding[] };
  }

  it('a page-level finding (no row to carry a mark) gets its dismiss form under the current item, and 取消確認 once dismissed', () => {
    const doc = document.implementation.createHTMLDocument('t');
    const { read, keyed } = comparisonPage(doc);
    const fillDetail = vi.fn((container: HTMLElement, finding: Finding) => container.append(`detail of ${finding.ruleId}`));
    const dismissals = { dismissed: new Map(), keyOf: () => '', fillDetail };
    const summary = summaryFor(doc, undefined, read, 'zh_TW', vi.fn());
    showChecked(summary, read, keyed, { errors: 0, warnings: 2 }, [], 'zh_TW', doc, dismissals);
    const root = summary.host.shadowRoot!;
    const detail = root.querySelector<HTMLElement>('.now-detail')!;
    expect(detail.hidden).toBe(true);
    const pageItem = Array.from(root.querySelectorAll<HTMLButtonElement>('li.item button.goto')).find((node) => node.textContent!.includes('比對晚於期限'))!;
    // grouped by row, the whole page's items come first, with no row named
    expect(pageItem.textContent).toBe('提醒：比對晚於期限');
    pageItem.click();
    expect(detail.hidden).toBe(false);
    expect(detail.textContent).toBe('detail of course.code-check.overdue');
    expect(fillDetail).toHaveBeenLastCalledWith(detail, keyed[1]!.finding, keyed[1]!.row!.record, 'zh_TW');

    // a re-check with nothing changed leaves the detail (and a form being filled in) alone
    showChecked(summary, read, keyed, { errors: 0, warnings: 2 }, [], 'zh_TW', doc, dismissals);
    expect(fillDetail).toHaveBeenCalledTimes(1);

    // dismissed: the item is drawn again with its reason, and the detail filled again (the reason and 取消確認)
    const note = { id: 'd7', choice: 'other' as const, note: '期限前已比對過', staffName: '周美玲', at: 0 };
    const dismissedKeyed = [keyed[0]!, { ...keyed[1]!, dismissed: note }];
    showChecked(summary, read, dismissedKeyed, { errors: 0, warnings: 1, dismissed: 1 }, [], 'zh_TW', doc, dismissals);
    expect(fillDetail).toHaveBeenCalledTimes(2);
    expect(summary.host.getAttribute('data-dismissed')).toBe('1');
    expect(root.querySelector('li.dismissed')!.textContent).toBe('〔已確認，無需更正〕提醒：比對晚於期限（理由：期限前已比對過）');
  });
});
