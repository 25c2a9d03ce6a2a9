import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CoursePlanImport } from '@/components/CoursePlanImport';
import { coursePlanSetting } from '@/lib/settings';

const PORTAL_PLAN = readFileSync(join(import.meta.dirname, '../../portal/pages/data/course-plan.csv'));

function chooseFile(input: HTMLElement, file: File) {
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

const fileInput = () => document.querySelector<HTMLInputElement>('input[data-action="import-plan"]')!;

describe('the course plan import', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(cleanup);

  it('reads the sample portal’s export, says how many courses, stores it with the approval date', async () => {
    render(<CoursePlanImport locale="zh_TW" />);
    await screen.findByText(/尚未匯入課程計畫/);
    fireEvent.change(screen.getByLabelText('此檔案的核定（備查）日期（可不填）'), { target: { value: '2025-08-20' } });
    chooseFile(fileInput(), new File([PORTAL_PLAN], 'course-plan.csv', { type: 'text/csv' }));
    const count = PORTAL_PLAN.toString('utf8').trim().split('\n').length - 1;
    await screen.findByText(`已從「course-plan.csv」讀入 ${count} 門課程並儲存。`);
    const plan = (await coursePlanSetting.getValue())!;
    expect(plan.entries).toHaveLength(count);
    expect(plan.changedAt).toBe('2025-08-20');
    await screen.findByText(`目前的課程計畫：${count} 門課程，最近一次核定（備查）日期 2025-08-20。`);
  });

  it('lists each bad row as 第 N 列「欄位」 and keeps the current plan', async () => {
    await coursePlanSetting.setValue({ entries: [{ code: 'X', name: '國語文' }] });
    render(<CoursePlanImport locale="zh_TW" />);
    const csv = '課程代碼,科目名稱,學分\n114093301101001010101,國語文,4\n,英語文,abc\n';
    chooseFile(fileInput(), new File([csv], 'bad.csv', { type: 'text/csv' }));
    await screen.findByText(/「bad.csv」有 2 個問題，未匯入/);
    const items = Array.from(document.querySelectorAll('.plan-errors li'), (li) => li.textContent);
    expect(items).toEqual(['第 3 列「課程代碼」欄不可空白', '第 3 列「學分」欄的「abc」必須是 0 以上的數字（例如 2）']);
    expect((await coursePlanSetting.getValue())!.entries).toHaveLength(1);
  });

  it('reads a Big5 file', async () => {
    render(<CoursePlanImport locale="zh_TW" />);
    // 課程代碼,科目名稱 / one course 國文, in Big5
    const big5 = new Uint8Array([
      0xbd, 0xd2, 0xb5, 0x7b, 0xa5, 0x4e, 0xbd, 0x58, 0x2c, 0xac, 0xec, 0xa5, 0xd8, 0xa6, 0x57, 0xba, 0xd9, 0x0a,
      0x31, 0x31, 0x34, 0x30, 0x39, 0x33, 0x33, 0x30, 0x31, 0x2c, 0xb0, 0xea, 0xa4, 0xe5, 0x0a,
    ]);
    chooseFile(fileInput(), new File([big5], 'big5.csv', { type: 'text/csv' }));
    await screen.findByText('已從「big5.csv」讀入 1 門課程並儲存。');
    expect((await coursePlanSetting.getValue())!.entries[0]).toEqual({ code: '114093301', name: '國文' });
  });

  it('shows what it read from the platform’s TXT before saving, and saves credits per semester on confirmation', async () => {
    render(<CoursePlanImport locale="zh_TW" />);
    await screen.findByText(/尚未匯入課程計畫/);
    const txt = '108011302H11101A1010101 國語文 DDDDZZ\n108011302H11101A1020101 數學 DDDDCC\n';
    chooseFile(fileInput(), new File([txt], 'codes.txt', { type: 'text/plain' }));
    await screen.findByText('「codes.txt」讀到 2 門課程，請確認後儲存');
    expect(screen.getByText(/^欄位判讀：/).textContent).toBe('欄位判讀：第 1 欄：課程代碼（依內容判斷）、第 2 欄：科目名稱（依內容判斷）、第 3 欄：授課學期學分節數（依內容判斷）');
    const rows = Array.from(document.querySelectorAll('.plan-preview tbody tr'), (tr) => Array.from(tr.querySelectorAll('td'), (td) => td.textContent));
    expect(rows).toEqual([
      ['1', '108011302H11101A1010101', '國語文', '4 / 4 / 4 / 4 / 0 / 0'],
      ['2', '108011302H11101A1020101', '數學', '4 / 4 / 4 / 4 / 3 / 3'],
    ]);
    expect(await coursePlanSetting.getValue()).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '儲存這份課程計畫' }));
    await screen.findByText('已從「codes.txt」讀入 2 門課程並儲存。');
    expect((await coursePlanSetting.getValue())!.entries).toEqual([
      { code: '108011302H11101A1010101', name: '國語文', creditsByTerm: [4, 4, 4, 4, 0, 0], credits: 4 },
      { code: '108011302H11101A1020101', name: '數學', creditsByTerm: [4, 4, 4, 4, 3, 3] },
    ]);
  });

  it('changes the approval date of the stored plan and removes the plan', async () => {
    await coursePlanSetting.setValue({ entries: [{ code: 'X', name: '國語文' }] });
    render(<CoursePlanImport locale="zh_TW" />);
    fireEvent.change(await screen.findByLabelText('最近一次核定（備查）日期'), { target: { value: '2026-02-01' } });
    await waitFor(async () => expect((await coursePlanSetting.getValue())!.changedAt).toBe('2026-02-01'));
    fireEvent.click(screen.getByRole('button', { name: '移除課程計畫' }));
    await waitFor(async () => expect(await coursePlanSetting.getValue()).toBeNull());
    await screen.findByText(/尚未匯入課程計畫/);
  });
  it('says so when the settings storage is full, and keeps the plan stored before', async () => {
    await coursePlanSetting.setValue({ entries: [{ code: '114093301101001010101', name: '國語文', credits: 4 }] });
    vi.spyOn(coursePlanSetting, 'setValue').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    render(<CoursePlanImport locale="zh_TW" />);
    await screen.findByText(/1 門/);
    chooseFile(fileInput(), new File([PORTAL_PLAN], 'course-plan.csv', { type: 'text/csv' }));
    await screen.findByText('擴充功能的儲存空間不足，課程計畫沒有儲存；原本的課程計畫沒有變動。');
    expect((await coursePlanSetting.getValue())!.entries).toHaveLength(1);
  });
});
