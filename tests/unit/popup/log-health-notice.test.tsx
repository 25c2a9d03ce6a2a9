import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LogHealthNotice } from '@/entrypoints/popup/LogHealthNotice';
import { logHealthSetting, noteProblem } from '@/lib/db/health';

describe('the popup’s notice of log problems', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(cleanup);

  it('is not there when all is well', async () => {
    const { container } = render(<LogHealthNotice locale="zh_TW" />);
    await waitFor(() => expect(container.innerHTML).toBe(''));
  });

  it('counts failed writes and says which page, until the user dismisses it', async () => {
    const at = new Date(2026, 0, 5, 9, 30).getTime();
    await noteProblem({ kind: 'quota', page: 'http://127.0.0.1:5180/a/teacher/Certify.aspx', error: 'QuotaExceededError' }, at);
    await noteProblem({ kind: 'quota', page: 'http://127.0.0.1:5180/a/teacher/Certify.aspx', error: 'QuotaExceededError' }, at);
    await noteProblem({ kind: 'too-large', page: 'http://127.0.0.1:5180/b/big.html', size: 25_000, limit: 20_000 }, at - 1);
    render(<LogHealthNotice locale="zh_TW" />);
    const quota = await screen.findByText(/電腦的儲存空間不足，有 2 次紀錄沒能寫入/);
    expect(quota.textContent).toContain('（頁面：http://127.0.0.1:5180/a/teacher/Certify.aspx）');
    expect(screen.getByText(/有 1 個頁面太大，沒有寫入紀錄：最近一頁有 25000 筆，上限是 20000 筆。/)).toBeTruthy();
    expect(screen.getByRole('alert')).toBeTruthy();
    fireEvent.click(screen.getByText('知道了'));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect((await logHealthSetting.getValue()).problems).toEqual([]);
  });
});
