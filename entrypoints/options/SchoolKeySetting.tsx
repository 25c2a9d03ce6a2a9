import { useState } from 'preact/hooks';
import { useLiveQuery, useStoredValue } from '@/components/hooks';
import { FileButton } from '@/components/FileButton';
import { downloadText } from '@/components/download';
import { LogDatabase } from '@/lib/db/database';
import { localDay } from '@/lib/policy/calendar';
import { keyInfo, normalizePassphrase, SCHOOL_PASSPHRASE_MIN, SchoolCode, setSchoolKey, newBrowserKey, KEY_INFO_KEY, SECRET_KEY } from '@/lib/db/secret';
import { BackupError, restoreLog } from '@/lib/export/backup';
import { fullBackup, openFullBackup } from '@/lib/export/protected-backup';
import { t } from '@/lib/i18n';
import type { Locale } from '@/lib/model/localized';
import { policySetting } from '@/lib/policy/setting';

const db = new LogDatabase();

/** The check value as people compare it aloud: 8 characters in two groups. */
function checkText(check: string): string {
  return `${check.slice(0, 4)}-${check.slice(4, 8)}`.toUpperCase();
}

const longEnough = (passphrase: string) => [...normalizePassphrase(passphrase)].length >= SCHOOL_PASSPHRASE_MIN;

/**
 * 學校金鑰與完整備份: the school key (a passphrase the working group gives its staff, entered once
 * per browser, so merged logs match the same problems) and the passphrase-protected full backup
 * that carries this browser's key to a new computer. No passphrase is ever stored.
 */
export function SchoolKeySetting({ locale }: { locale: Locale }) {
  const policy = useStoredValue(policySetting);
  const state = useLiveQuery(async () => {
    // Re-runs whenever the key rows change (here or in another page).
    await db.meta.bulkGet([SECRET_KEY, KEY_INFO_KEY]);
    return { info: await keyInfo(db), findings: await db.findings.count() };
  });
  const [code, setCode] = useState<string | null>(null);
  const [phrase, setPhrase] = useState('');
  const [again, setAgain] = useState('');
  const [backupPhrase, setBackupPhrase] = useState('');
  const [backupAgain, setBackupAgain] = useState('');
  const [restorePhrase, setRestorePhrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  if (!state || policy === undefined) return null;

  const schoolCode = code ?? state.info.schoolCode ?? policy.schoolCode ?? '';
  const warnLosing = () => state.findings === 0 || window.confirm(t(locale, 'optKeyConfirm'));
  const run = async (work: () => Promise<string>) => {
    setBusy(true);
    setMessage(null);
    try {
      setMessage({ text: await work(), error: false });
    } catch (error) {
      setMessage({ text: error instanceof BackupError ? error.message : t(locale, 'optKeyFailed', String(error)), error: true });
    } finally {
      setBusy(false);
    }
  };

  const problem = !SchoolCode.safeParse(schoolCode).success
    ? t(locale, 'optKeyBadCode')
    : !longEnough(phrase)
      ? t(locale, 'optKeyShort', SCHOOL_PASSPHRASE_MIN)
      : normalizePassphrase(phrase) !== normalizePassphrase(again)
        ? t(locale, 'optKeyMismatch')
        : null;
  const setKey = () => {
    if (problem || !warnLosing()) return;
    void run(async () => {
      const info = await setSchoolKey(db, phrase, schoolCode, Date.now());
      setPhrase('');
      setAgain('');
      return t(locale, 'optKeySet', schoolCode, checkText(info.check));
    });
  };
  const leave = () => {
    if (!warnLosing()) return;
    void run(async () => {
      await newBrowserKey(db, Date.now());
      return t(locale, 'optKeyLeft');
    });
  };

  const backupProblem = !longEnough(backupPhrase)
    ? t(locale, 'optKeyShort', SCHOOL_PASSPHRASE_MIN)
    : normalizePassphrase(backupPhrase) !== normalizePassphrase(backupAgain)
      ? t(locale, 'optKeyMismatch')
      : null;
  const saveFull = () => {
    if (backupProblem) return;
    void run(async () => {
      const text = await fullBackup(db, backupPhrase, Date.now());
      downloadText(text, `lp-checker-full-backup-${localDay(Date.now())}.json`, 'application/json;charset=utf-8');
      setBackupPhrase('');
      setBackupAgain('');
      return t(locale, 'optFullSaved');
    });
  };
  const restoreFull = (file: File) =>
    run(async () => {
      const { backup, key } = await openFullBackup(await file.text(), restorePhrase);
      if (!window.confirm(t(locale, 'dashRestoreConfirm'))) return t(locale, 'optFullCancelled');
      await restoreLog(db, backup, key);
      setRestorePhrase('');
      return t(locale, 'dashRestoreDone', backup.tables.visits.length, backup.tables.observations.length);
    });

  const info = state.info;
  return (
    <section class="card" id="school-key" aria-labelledby="school-key-title" data-key-source={info.source}>
      <h2 id="school-key-title">{t(locale, 'optKeyTitle')}</h2>
      <p class="help">{t(locale, 'optKeyHelp')}</p>
      <p data-key-status>
        {info.source === 'school'
          ? t(locale, 'optKeySchool', info.schoolCode ?? '', checkText(info.check))
          : t(locale, 'optKeyBrowser', checkText(info.check))}
      </p>
      <div class="row">
        <label>
          {t(locale, 'optKeyCode')}
          <input type="text" class="narrow" name="school-code" inputMode="numeric" value={schoolCode} onInput={(event) => setCode(event.currentTarget.value.trim())} />
        </label>
        <label>
          {t(locale, 'optKeyPhrase')}
          <input type="password" name="school-passphrase" autoComplete="off" value={phrase} onInput={(event) => setPhrase(event.currentTarget.value)} />
        </label>
        <label>
          {t(locale, 'optKeyAgain')}
          <input type="password" name="school-passphrase-again" autoComplete="off" value={again} onInput={(event) => setAgain(event.currentTarget.value)} />
        </label>
        <button type="button" data-action="set-school-key" disabled={busy || problem !== null} onClick={setKey}>
          {t(locale, 'optKeySetButton')}
        </button>
      </div>
      {phrase && problem && <p class="warning-text">{problem}</p>}
      {info.source === 'school' && (
        <button type="button" class="secondary" data-action="leave-school-key" disabled={busy} onClick={leave}>
          {t(locale, 'optKeyLeave')}
        </button>
      )}

      <h3>{t(locale, 'optFullTitle')}</h3>
      <p class="help">{t(locale, 'optFullHelp')}</p>
      <div class="row">
        <label>
          {t(locale, 'optFullPhrase')}
          <input type="password" name="backup-passphrase" autoComplete="new-password" value={backupPhrase} onInput={(event) => setBackupPhrase(event.currentTarget.value)} />
        </label>
        <label>
          {t(locale, 'optKeyAgain')}
          <input type="password" name="backup-passphrase-again" autoComplete="new-password" value={backupAgain} onInput={(event) => setBackupAgain(event.currentTarget.value)} />
        </label>
        <button type="button" data-action="full-backup" disabled={busy || backupProblem !== null} onClick={saveFull}>
          {t(locale, 'optFullSave')}
        </button>
      </div>
      {backupPhrase && backupProblem && <p class="warning-text">{backupProblem}</p>}
      <div class="row">
        <label>
          {t(locale, 'optFullRestorePhrase')}
          <input type="password" name="restore-passphrase" autoComplete="off" value={restorePhrase} onInput={(event) => setRestorePhrase(event.currentTarget.value)} />
        </label>
        <FileButton label={t(locale, 'optFullRestore')} accept=".json,application/json" action="full-restore" onFile={restoreFull} danger />
      </div>
      {busy && <p class="help">{t(locale, 'optKeyBusy')}</p>}
      {message && (
        <p class={message.error ? 'error-text' : 'ok-text'} role="status" data-key-message>
          {message.text}
        </p>
      )}
    </section>
  );
}
