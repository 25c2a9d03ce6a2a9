import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TableTester } from '@/entrypoints/options/TableTester';
import { documentFromTsv, splitTsv } from '@/lib/options/table-from-tsv';
import { RENWU_POLICY } from '@/lib/policy/presets';
import { referenceDateSetting } from '@/lib/settings';
import { policySetting } from '@/lib/policy/setting';

const HEADERS = ['學年度', '學期', '科目名稱', '課程代碼', '成果名稱', '簡述', '檔案', '上傳日期', '認證狀態'];
const row = (n: number, summary = '課堂報告的簡短說明。') =>
  ['114', '1', '國語文', '112093301101001010101', `報告 ${n}`, summary, `報告${n}.pdf 1.2 MB`, '2025-12-18', '已認證'].join('\t');
const SEVEN_ROWS = [HEADERS.join('\t'), ...Array.from({ length: 7 }, (_, i) => row(i + 1))].join('\n');

describe('pasted table → document', () => {
  it('splits tab-separated lines, dropping blank ones', () => {
    expect(splitTsv('a\tb\r\n\r\n1\t2\n')).toEqual([['a', 'b'], ['1', '2']]);
  });

  it('builds the table from text only: markup in a cell stays text', () => {
    const doc = documentFromTsv('成果名稱\t簡述\n<img src=x onerror=alert(1)>\t<b>粗</b>', '頁面');
    expect(doc.querySelectorAll('img, b')).toHaveLength(0);
    expect(doc.querySelector('tbody td')!.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(Array.from(doc.querySelectorAll('thead th'), (th) => th.textContent)).toEqual(['成果名稱', '簡述']);
    expect(doc.title).toBe('頁面');
    expect(doc.querySelector('h1')!.textContent).toBe('頁面');
  });
});

describe('the table tester', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await policySetting.setValue(RENWU_POLICY);
    await referenceDateSetting.setValue('2026-01-26');
  });
  afterEach(cleanup);

  const paste = (text: string) => fireEvent.input(screen.getByLabelText(/貼上表格/), { target: { value: text } });

  it('shows the page kind, the header mapping, the first records and the findings under the policy', async () => {
    render(<TableTester locale="zh_TW" override={undefined} />);
    await waitFor(() => screen.getByLabelText(/貼上表格/));
    paste(SEVEN_ROWS);
    await screen.findByText('讀成「課程學習成果上傳清單」，共 7 筆。');
    const mapping = Array.from(document.querySelectorAll('.header-map tbody tr'), (tr) => tr.getAttribute('data-field'));
    expect(mapping).toEqual(['schoolYear', 'semester', 'courseName', 'courseCode', 'title', 'summary', 'files', 'uploadedAt', 'certStatus']);
    expect(document.querySelectorAll('.tester-records > li')).toHaveLength(5);
    expect(document.querySelector('.tester-records')!.textContent).toContain('報告 1');
    // 仁武 caps uploads at 6 per term: the seventh row is over.
    const over = document.querySelectorAll('.tester-findings [data-rule="quota.outcome.uploaded-over-cap"]');
    expect(over.length).toBe(1);
    expect(over[0]!.textContent).toMatch(/^第 7 列：/);
  });

  it('says why a table it cannot read is not checked', async () => {
    render(<TableTester locale="zh_TW" override={undefined} />);
    await waitFor(() => screen.getByLabelText(/貼上表格/));
    // 作品名稱 / 作品說明 / 附檔 are understood by their parts now: a table of notices is not.
    paste('公告\t發布單位\t備註\n停課\t教務處\t颱風');
    await screen.findByText(/^無法檢核：此頁沒有找到可檢核的表格/);
    expect(document.querySelector('.tester-result')!.getAttribute('data-status')).toBe('unrecognized');
  });

  it('reads the same table with the column names and page kind of the override being edited', async () => {
    render(
      <TableTester
        locale="zh_TW"
        override={{ match: 'https://sis.example.edu.tw/', pageKind: 'outcome-list', columns: { 作品名稱: 'title', 作品說明: 'summary', 附檔: 'files' } }}
      />,
    );
    await waitFor(() => screen.getByLabelText(/貼上表格/));
    paste(`作品名稱\t作品說明\t附檔\n海報\t${'長'.repeat(101)}\tposter.pdf`);
    await screen.findByText('讀成「課程學習成果上傳清單」，共 1 筆。');
    const mapping = Array.from(document.querySelectorAll('.header-map tbody tr'), (tr) => tr.getAttribute('data-field'));
    expect(mapping).toEqual(['title', 'summary', 'files']);
    expect(document.querySelector('.tester-findings [data-rule="format.summary.too-long"]')).not.toBeNull();
  });
});
