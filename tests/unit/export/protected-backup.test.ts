import { describe, expect, it } from 'vitest';
import { logVisit } from '@/lib/db/log-visit';
import { keyedHasher, storedKey } from '@/lib/db/secret';
import { BackupError, BackupFormatError, parseBackup, restoreLog } from '@/lib/export/backup';
import { fullBackup, openFullBackup } from '@/lib/export/protected-backup';
import type { PageReport } from '@/lib/messaging/protocol';
import { freshLogs } from '../helpers/fresh-logs';

const report: PageReport = {
  type: 'page-report', url: 'http://127.0.0.1:5180/a/student/outcomes.html', pageKind: 'outcome-list', status: 'checked', policyId: 'national',
  subjects: ['artifact\u001foutcome\u001f112045\u001f114-1\u001fA'], findings: [{ ruleId: 'format.summary.too-long', severity: 'error', recordIndex: 0 }],
};
const PASSPHRASE = 'correct horse battery';

const { fresh } = freshLogs('protected');

describe('the passphrase-protected full backup', { timeout: 60_000 }, () => {
  it('moves the log and its key to a new browser, where the same problem is matched again', async () => {
    const old = fresh();
    await logVisit(old, report, await keyedHasher(old), Date.parse('2026-01-05T09:00:00'));
    const { hex } = await storedKey(old);
    const file = await fullBackup(old, PASSPHRASE, 7);
    // it says what it is; the key and the log are not readable in it
    expect(JSON.parse(file)).toMatchObject({ format: 'lp-checker-log-protected', note: expect.stringContaining('含這台電腦的雜湊金鑰') });
    expect(file).not.toContain(hex);
    expect(file).not.toContain('outcome-list');

    const next = fresh();
    await storedKey(next);
    const { backup, key } = await openFullBackup(file, PASSPHRASE);
    expect(await restoreLog(next, backup, key)).toEqual({ keyMatches: true });
    expect((await storedKey(next)).hex).toBe(hex);
    // the same problem seen again on the new computer continues the restored finding
    await logVisit(next, report, await keyedHasher(next), Date.parse('2026-01-09T09:00:00'));
    expect(await next.findings.toArray()).toMatchObject([{ firstSeen: Date.parse('2026-01-05T09:00:00'), lastSeen: Date.parse('2026-01-09T09:00:00') }]);
  });

  it('opens with the right passphrase only, and not when a byte was changed', async () => {
    const db = fresh();
    const file = await fullBackup(db, PASSPHRASE, 1);
    await expect(openFullBackup(file, 'wrong passphrase!')).rejects.toThrow(new BackupError('密碼不對，或檔案已損壞；沒有匯入任何資料。'));
    const envelope = JSON.parse(file) as { data: string };
    const flipped = envelope.data[5] === 'A' ? 'B' : 'A';
    const tampered = JSON.stringify({ ...envelope, data: `${envelope.data.slice(0, 5)}${flipped}${envelope.data.slice(6)}` });
    await expect(openFullBackup(tampered, PASSPHRASE)).rejects.toThrow(BackupError);
  });

  it('refuses settings a crafted file could use to hang the browser or weaken the key', async () => {
    const envelope = JSON.parse(await fullBackup(fresh(), PASSPHRASE, 1)) as { kdf: object };
    for (const iterations of [1_000, 1e12]) {
      await expect(openFullBackup(JSON.stringify({ ...envelope, kdf: { ...envelope.kdf, iterations } }), PASSPHRASE)).rejects.toThrow(BackupFormatError);
    }
  });

  it('needs a passphrase of ten characters or more', async () => {
    await expect(fullBackup(fresh(), 'short', 1)).rejects.toThrow(RangeError);
  });

  it('is not taken for a plain backup: the dashboard points to the settings page', async () => {
    const file = await fullBackup(fresh(), PASSPHRASE, 1);
    expect(() => parseBackup(file)).toThrow(/請到「設定」頁的「學校金鑰與完整備份」輸入密碼還原/);
  });
});
