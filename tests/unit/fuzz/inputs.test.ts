import fc from 'fast-check';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { answerMessage } from '@/entrypoints/background/messages';
import { exportOverrides, importOverrides } from '@/lib/adapters/overrides';
import { parseCoursePlan } from '@/lib/csv/course-plan';
import { LogDatabase } from '@/lib/db/database';
import { logVisit } from '@/lib/db/log-visit';
import { hasherKeeper, keyedHasher, SecretHex } from '@/lib/db/secret';
import { BackupError, backupLog, BackupFormatError, LogBackup, parseBackup, restoreLog } from '@/lib/export/backup';
import { openFullBackup } from '@/lib/export/protected-backup';
import type { PageReport } from '@/lib/messaging/protocol';
import { NATIONAL_POLICY } from '@/lib/policy/national';
import { exportPolicy, importPolicy } from '@/lib/policy/validate';

/**
 * Every input from outside, generated (fast-check, fixed seed): message payloads to the
 * background, backup files, policy, site-override and course-plan files — whole random values and
 * valid files with one part replaced by anything. No throw escapes except the zh-TW errors each
 * reader documents, the log stays valid (its own backup reads back) and keeps logging, and no
 * identity reaches the database in clear.
 */
const SEED = 20_260_106;
const RUNS = 120;

/** A copy of `value` with the node at `pick` (counted in document order) replaced by `by`. */
function replaced(value: unknown, pick: number, by: unknown): unknown {
  let n = pick;
  const walk = (node: unknown): unknown => {
    if (n-- === 0) return by;
    if (Array.isArray(node)) return node.map(walk);
    if (typeof node === 'object' && node !== null) return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, walk(v)]));
    return node;
  };
  return walk(value);
}
const edit = fc.tuple(fc.nat({ max: 400 }), fc.oneof(fc.jsonValue(), fc.string({ unit: 'binary' }), fc.constant(undefined), fc.constant(''), fc.constant(-1), fc.constant(1e308)));

const report = (subjects: string[], findings: PageReport['findings']): PageReport => ({
  type: 'page-report', url: 'http://127.0.0.1:5180/a/student/outcomes.html?sid=x', pageKind: 'outcome-list', status: 'checked', policyId: 'national', subjects, findings,
});

let db: LogDatabase;
let n = 0;
beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(browser.action, 'setBadgeText').mockResolvedValue();
  vi.spyOn(browser.action, 'setBadgeBackgroundColor').mockResolvedValue();
  vi.spyOn(browser.action, 'setTitle').mockResolvedValue();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
beforeAll(() => {
  db = new LogDatabase(`test-fuzz-${(n += 1)}`);
});
afterAll(async () => {
  await db.delete();
});

/** The log is still valid: its own backup reads back, and it still takes a page. */
async function logStillWorks() {
  const file = JSON.parse(JSON.stringify(await backupLog(db, 1))) as unknown;
  expect(LogBackup.safeParse(file).success).toBe(true);
  expect(SecretHex.safeParse((await db.meta.get('hash-secret'))?.value).success).toBe(true);
  expect(await logVisit(db, report(['學號112045'], []), await keyedHasher(db), 2)).toBeGreaterThan(0);
}

describe('messages to the background', () => {
  it('are answered, never thrown, whatever they hold; identities never reach the log in clear', { timeout: 180_000 }, async () => {
    const hasher = hasherKeeper(db, () => undefined);
    const identity = fc.integer({ min: 100_000, max: 999_999 }).map((no) => `學號${no}`);
    const valid = fc
      .array(identity, { maxLength: 20 })
      .chain((subjects) =>
        fc.record({
          subjects: fc.constant(subjects),
          findings: fc.array(
            fc.record({
              ruleId: fc.constantFrom('format.summary.too-long', 'x'),
              severity: fc.constantFrom('error' as const, 'warning' as const),
              recordIndex: fc.option(fc.nat({ max: subjects.length }), { nil: null }),
            }),
            { maxLength: 10 },
          ),
        }),
      );
    const seen: string[] = [];
    let logged = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          { arbitrary: valid.map(({ subjects, findings }) => report(subjects, findings)), weight: 4 },
          { arbitrary: fc.anything(), weight: 1 },
          { arbitrary: valid.chain(({ subjects, findings }) => edit.map(([pick, by]) => replaced(report(subjects, findings), pick, by))), weight: 2 },
        ),
        async (message) => {
          const answer = await answerMessage(db, hasher, message);
          expect(typeof answer.ok).toBe('boolean');
          if (answer.ok) logged += 1;
          const subjects = (message as Partial<PageReport> | null)?.subjects;
          for (const subject of Array.isArray(subjects) ? subjects : []) if (typeof subject === 'string' && subject.startsWith('學號')) seen.push(subject);
        },
      ),
      { seed: SEED, numRuns: RUNS },
    );
    expect(seen.length).toBeGreaterThan(50);
    expect(logged).toBeGreaterThan(20);
    const stored = JSON.stringify(await Promise.all(db.tables.map((table) => table.toArray())));
    for (const subject of seen) expect(stored).not.toContain(subject);
    await logStillWorks();
  });
});

describe('files', () => {
  it('backups: read or refused in zh-TW; a restored one never breaks logging', { timeout: 180_000 }, async () => {
    await logVisit(db, report(['學號112045'], [{ ruleId: 'format.summary.too-long', severity: 'error', recordIndex: 0 }]), await keyedHasher(db), 1);
    const valid = JSON.parse(JSON.stringify(await backupLog(db, 1))) as unknown;
    const v2 = replaced(valid, 2, 2); // schemaVersion, the third node
    let restored = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string(),
          fc.jsonValue().map((v) => JSON.stringify(v)),
          fc.constantFrom(valid, v2).map((base) => JSON.stringify(base)),
          { arbitrary: fc.constantFrom(valid, v2).chain((base) => edit.map(([pick, by]) => JSON.stringify(replaced(base, pick, by)))), weight: 3 },
        ),
        async (text) => {
          let backup;
          try {
            backup = parseBackup(text);
          } catch (error) {
            expect(error).toBeInstanceOf(BackupFormatError);
            expect((error as Error).message).toMatch(/[\u4e00-\u9fff]/);
            return;
          }
          await restoreLog(db, backup).catch((error: unknown) => expect(error).toBeInstanceOf(BackupError));
          restored += 1;
          await logStillWorks();
        },
      ),
      { seed: SEED, numRuns: RUNS },
    );
    expect(restored).toBeGreaterThan(10);
  });

  it('full backups: anything but the real file is refused in zh-TW, without hanging', { timeout: 120_000 }, async () => {
    const envelope = {
      format: 'lp-checker-log-protected', version: 1, note: '', exportedAt: 1,
      kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: 100_000, salt: 'AAAAAAAAAAAAAAAAAAAAAA==' },
      cipher: { name: 'AES-GCM', iv: 'AAAAAAAAAAAAAAAA' },
      data: 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
    };
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), edit.map(([pick, by]) => JSON.stringify(replaced(envelope, pick, by)))), async (text) => {
        await expect(openFullBackup(text, 'a long passphrase')).rejects.toBeInstanceOf(BackupError);
      }),
      { seed: SEED, numRuns: 25 },
    );
  });

  it('policies, site overrides and course plans: a result, never a throw', { timeout: 120_000 }, () => {
    const policy = JSON.parse(exportPolicy(NATIONAL_POLICY)) as unknown;
    const overrides = JSON.parse(exportOverrides([{ match: 'https://school.example.edu.tw/', label: '成果', pageKind: 'outcome-list', columns: { 作品名稱: 'title' } }])) as unknown;
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), edit.map(([pick, by]) => JSON.stringify(replaced(policy, pick, by)))), (text) => {
        const result = importPolicy(text);
        expect(typeof result.ok).toBe('boolean');
      }),
      { seed: SEED, numRuns: RUNS },
    );
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), edit.map(([pick, by]) => JSON.stringify(replaced(overrides, pick, by)))), (text) => {
        expect(typeof importOverrides(text).ok).toBe('boolean');
      }),
      { seed: SEED, numRuns: RUNS },
    );
    const csvCell = fc.oneof(fc.string({ unit: 'binary', maxLength: 20 }), fc.constantFrom('"', '""', ',', '\n', '課程代碼', '科目名稱', '學分', '114093301101001010101'));
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 400 }), fc.array(fc.array(csvCell, { maxLength: 6 }), { maxLength: 20 }).map((rows) => rows.map((r) => r.join(',')).join('\n'))), (input) => {
        expect(typeof parseCoursePlan(input).ok).toBe('boolean');
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
