import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import Papa from 'papaparse';
import { PageProblemsExport } from '@/entrypoints/popup/PageProblemsExport';
import type { PageSummary } from '@/lib/messaging/protocol';

const SUMMARY: PageSummary = {
  status: 'checked',
  pageKind: 'class-progress',
  errors: 1,
  warnings: 0,
  dismissed: 0,
  unread: 0,
  findings: [{ ruleId: 'identity.id-number.invalid', severity: 'error', message: { zh: '檢查碼不正確。', en: 'Bad check digit.' }, row: { label: '302 班 座號 20', name: '洪沛若' } }],
  tables: [],
};

/** What the popup handed the browser to download: the file name and its text. */
function catchDownloads() {
  const saved: { name: string; blob: Blob }[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    saved.push({ name: '', blob: blob as Blob });
    return 'blob:test';
  });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.at(-1)!.name = this.download;
  });
  return saved;
}

afterEach(cleanup);

describe('「匯出本頁問題」 in the popup', () => {
  it('downloads the CSV without names, and with them once 「包含學生姓名」 is ticked', async () => {
    const saved = catchDownloads();
    render(<PageProblemsExport summary={SUMMARY} locale="zh_TW" />);
    fireEvent.click(screen.getByRole('button', { name: 'CSV' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]!.name).toMatch(/^本頁問題-班級進度-\d{4}-\d{2}-\d{2}\.csv$/);
    const rows = (text: string) => Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    expect(rows(await saved[0]!.blob.text())[1]).toEqual(['302 班 座號 20', '身分證明號碼有誤', '錯誤', '檢查碼不正確。', '國教署 學生學習歷程檔案作業要點 三(一)', '']);

    fireEvent.click(screen.getByRole('checkbox', { name: '包含學生姓名' }));
    fireEvent.click(screen.getByRole('button', { name: 'CSV' }));
    await waitFor(() => expect(saved).toHaveLength(2));
    expect(rows(await saved[1]!.blob.text())[1]!.slice(0, 2)).toEqual(['302 班 座號 20', '洪沛若']);
    expect(screen.getByRole('status').textContent).toMatch(/^已下載 本頁問題-班級進度-.+\.csv（1 項）。$/);
  });

  it('writes nothing from an answer that is not a bounded list of findings, and says so', async () => {
    const saved = catchDownloads();
    const bad = { ...SUMMARY, findings: [{ ...SUMMARY.findings[0]!, row: { label: 'x'.repeat(600) } }] };
    render(<PageProblemsExport summary={bad} locale="zh_TW" />);
    fireEvent.click(screen.getByRole('button', { name: 'CSV' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('頁面傳來的問題清單不符格式或過大，未匯出。'));
    expect(saved).toEqual([]);
  });

  it('says there is nothing to export on a page without problems, and shows nothing on a page it could not read', () => {
    const { unmount } = render(<PageProblemsExport summary={{ ...SUMMARY, errors: 0, findings: [] }} locale="zh_TW" />);
    expect(screen.getByText('本頁沒有問題可匯出。')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'CSV' })).toBeNull();
    unmount();
    const { container } = render(<PageProblemsExport summary={{ ...SUMMARY, status: 'unrecognized', findings: [] }} locale="zh_TW" />);
    expect(container.textContent).toBe('');
  });
});
