import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SchoolKeySetting } from '@/entrypoints/options/SchoolKeySetting';
import { LogDatabase } from '@/lib/db/database';
import { logVisit } from '@/lib/db/log-visit';
import { keyedHasher, setSchoolKey, storedKey } from '@/lib/db/secret';
import type { PageReport } from '@/lib/messaging/protocol';

const PASSPHRASE = '草屯商工學習歷程小組';
// The page's own database (the options page opens the extension's log by its default name).
const db = new LogDatabase();
const report: PageReport = {
  type: 'page-report', url: 'http://127.0.0.1:5180/a/student/outcomes.html', pageKind: 'outcome-list', status: 'checked', policyId: 'national',
  subjects: ['artifact\u001foutcome\u001f112045\u001f114-1\u001fA'], findings: [{ ruleId: 'format.summary.too-long', severity: 'error', recordIndex: 0 }],
};
const type = (name: string, value: string) => fireEvent.input(document.querySelector(`input[name="${name}"]`)!, { target: { value } });

describe('the school key and full backup settings', { timeout: 60_000 }, () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await Promise.all(db.tables.map((table) => table.clear()));
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('sets the school key from the code and passphrase, shows the check code other computers will show, stores no passphrase', async () => {
    render(<SchoolKeySetting locale="zh_TW" />);
    await screen.findByText(/目前使用：這台瀏覽器自己的金鑰/);
    type('school-code', '084309');
    type('school-passphrase', PASSPHRASE);
    type('school-passphrase-again', '草屯商工學習歷程小');
    await screen.findByText('兩次輸入的密語不一樣。');
    type('school-passphrase-again', PASSPHRASE);
    fireEvent.click(screen.getByText('使用這把學校金鑰'));
    const other = new LogDatabase('test-school-key-other');
    const check = (await setSchoolKey(other, PASSPHRASE, '084309', 1)).check;
    await other.delete();
    const shown = `${check.slice(0, 4)}-${check.slice(4, 8)}`.toUpperCase();
    await screen.findByText(`目前使用：學校金鑰（學校代碼 084309，核對碼 ${shown}）。輸入同一把學校金鑰的電腦，核對碼都一樣。`);
    expect(JSON.stringify(await db.meta.toArray())).not.toContain(PASSPHRASE);
  });

  it('asks before changing the key of a log that already holds problems', async () => {
    await logVisit(db, report, await keyedHasher(db), 1);
    const before = (await storedKey(db)).hex;
    const confirm = vi.fn(() => false);
    vi.stubGlobal('confirm', confirm);
    render(<SchoolKeySetting locale="zh_TW" />);
    await screen.findByText(/目前使用：這台瀏覽器自己的金鑰/);
    type('school-code', '084309');
    type('school-passphrase', PASSPHRASE);
    type('school-passphrase-again', PASSPHRASE);
    fireEvent.click(screen.getByText('使用這把學校金鑰'));
    expect(confirm).toHaveBeenCalledWith('換金鑰後，之前記下的問題無法再與新的檢核對應（完成率等統計不受影響）。確定要換嗎？');
    expect((await storedKey(db)).hex).toBe(before);
  });

  it('downloads a full backup protected by a passphrase and restores it, key and all', async () => {
    await logVisit(db, report, await keyedHasher(db), 1);
    const key = (await storedKey(db)).hex;
    let saved: Blob | undefined;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      saved = blob as Blob;
      return 'blob:backup';
    });
    render(<SchoolKeySetting locale="zh_TW" />);
    await screen.findByText(/目前使用/);
    type('backup-passphrase', 'a long backup passphrase');
    type('backup-passphrase-again', 'a long backup passphrase');
    fireEvent.click(screen.getByText('下載完整備份'));
    await screen.findByText(/已下載完整備份/);
    const text = await saved!.text();
    expect(text).not.toContain(key);

    // A new computer: another key, an empty log.
    await Promise.all(db.tables.map((table) => table.clear()));
    await storedKey(db);
    vi.stubGlobal('confirm', vi.fn(() => true));
    type('restore-passphrase', 'a long backup passphrase');
    const input = document.querySelector<HTMLInputElement>('input[data-action="full-restore"]')!;
    Object.defineProperty(input, 'files', { value: [new File([text], 'full.json')], configurable: true });
    fireEvent.change(input);
    await screen.findByText('已還原：1 次頁面紀錄、0 筆件數紀錄。');
    await waitFor(async () => expect((await storedKey(db)).hex).toBe(key));
    expect(await db.findings.count()).toBe(1);
  });
});
