import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LogDatabase } from '@/lib/db/database';
import { DismissalRefused, dismissalsForPage, recordDismissal, withdrawDismissal } from '@/lib/db/dismissals';
import { logVisit } from '@/lib/db/log-visit';
import { hasherFromKey, type KeyedHash } from '@/lib/db/secret';
import type { DismissalsQuery, DismissRequest, PageReport, WithdrawRequest } from '@/lib/messaging/protocol';

const URL_ = 'http://127.0.0.1:5180/a/student/Performance.aspx?sid=112045';
const IDENTITY = 'artifact\u001fperformance\u001f112045\u001f114-1\u001f\u001f\u001f\u001f\u001f社區淨灘';
const OTHER = 'artifact\u001fperformance\u001f112046\u001f114-1\u001f\u001f\u001f\u001f\u001f英檢';
const AT = Date.parse('2026-12-01T09:00:00+08:00');
const LATER = Date.parse('2026-12-02T10:00:00+08:00');

const request = (over: Partial<DismissRequest> = {}): DismissRequest => ({
  type: 'dismiss',
  url: URL_,
  pageKind: 'performance-list',
  identity: IDENTITY,
  ruleId: 'format.file.type-mismatch',
  field: 'files',
  digest: '00112233aabbccdd',
  choice: 'other',
  note: '檔案實為 PDF，系統標示有誤',
  role: 'staff',
  staffName: '王怡君',
  ...over,
});
const query = (digest: string, extra: DismissalsQuery['findings'] = []): DismissalsQuery => ({
  type: 'dismissals-query',
  url: URL_,
  subjects: [OTHER, IDENTITY],
  findings: [{ subject: 0, ruleId: 'format.file.type-mismatch', field: 'files', digest: '99999999aaaaaaaa' }, { subject: 1, ruleId: 'format.file.type-mismatch', field: 'files', digest }, ...extra],
});

let db: LogDatabase;
let hash: KeyedHash;
let n = 0;
beforeEach(async () => {
  db = new LogDatabase(`test-dismissals-${(n += 1)}`);
  hash = await hasherFromKey('ab'.repeat(32));
});
afterEach(async () => {
  await db.delete();
});

describe('dismissals in the log', () => {
  it('keeps who, why, when and the page, with the record and value only as keyed hashes', async () => {
    const made = await recordDismissal(db, request({ note: '  檔案實為 PDF，系統標示有誤 ' }), hash, AT);
    const [row] = await db.dismissals.toArray();
    expect(row).toEqual(made);
    expect(row).toMatchObject({
      at: AT,
      origin: 'http://127.0.0.1:5180',
      path: '/a/student/Performance.aspx',
      pageKind: 'performance-list',
      ruleId: 'format.file.type-mismatch',
      field: 'files',
      choice: 'other',
      note: '檔案實為 PDF，系統標示有誤',
      role: 'staff',
      staffName: '王怡君',
      endedAt: 0,
      ended: '',
    });
    expect(row!.subject).toMatch(/^[0-9a-f]{64}$/);
    expect(row!.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain('112045');
    expect(JSON.stringify(row)).not.toContain('00112233aabbccdd');
  });

  it('shares its subject with the finding logVisit keeps for the same record', async () => {
    await logVisit(
      db,
      { type: 'page-report', url: URL_, pageKind: 'performance-list', status: 'checked', policyId: 'national', subjects: [IDENTITY], findings: [{ ruleId: 'format.file.type-mismatch', severity: 'warning', recordIndex: 0 }] },
      hash,
      AT,
    );
    const made = await recordDismissal(db, request(), hash, AT);
    expect((await db.findings.toArray())[0]!.subject).toBe(made.subject);
  });

  it('applies to the page while the value is the same, and ends as 已失效 when it changed', async () => {
    const made = await recordDismissal(db, request(), hash, AT);
    expect(await dismissalsForPage(db, query('00112233aabbccdd'), hash, LATER)).toEqual([
      { index: 1, id: made.id, choice: 'other', note: '檔案實為 PDF，系統標示有誤', staffName: '王怡君', at: AT },
    ]);
    expect((await db.dismissals.get(made.id))!.endedAt).toBe(0);

    expect(await dismissalsForPage(db, query('0011223344556677'), hash, LATER)).toEqual([]);
    expect(await db.dismissals.get(made.id)).toMatchObject({ endedAt: LATER, ended: 'value-changed' });
    // the old value back does not bring an ended dismissal back
    expect(await dismissalsForPage(db, query('00112233aabbccdd'), hash, LATER + 1)).toEqual([]);
  });

  it('is about its rule and field only, and a page without it is left alone', async () => {
    const made = await recordDismissal(db, request(), hash, AT);
    const otherRule = [{ subject: 1, ruleId: 'course.plan.mismatch', field: 'files', digest: 'ffffffffffffffff' }];
    expect(await dismissalsForPage(db, { ...query('00112233aabbccdd'), findings: otherRule }, hash, LATER)).toEqual([]);
    expect(await dismissalsForPage(db, { ...query('00112233aabbccdd'), subjects: [OTHER], findings: [] }, hash, LATER)).toEqual([]);
    expect((await db.dismissals.get(made.id))!.endedAt).toBe(0);
  });

  it('a new dismissal of the same finding replaces the one in force', async () => {
    const first = await recordDismissal(db, request(), hash, AT);
    const second = await recordDismissal(db, request({ choice: 'reported-officer', note: '' }), hash, LATER);
    expect(await db.dismissals.get(first.id)).toMatchObject({ endedAt: LATER, ended: 'replaced' });
    expect(await dismissalsForPage(db, query('00112233aabbccdd'), hash, LATER)).toEqual([
      { index: 1, id: second.id, choice: 'reported-officer', note: '', staffName: '王怡君', at: LATER },
    ]);
  });

  it('refuses a reason a binding rule does not accept, and an unknown or policy rule', async () => {
    await expect(recordDismissal(db, request({ ruleId: 'format.summary.too-long', field: 'summary' }), hash, AT)).rejects.toThrow(DismissalRefused);
    await expect(recordDismissal(db, request({ ruleId: 'no.such.rule' }), hash, AT)).rejects.toThrow(DismissalRefused);
    await expect(recordDismissal(db, request({ ruleId: 'schedule.task.overdue' }), hash, AT)).rejects.toThrow(DismissalRefused);
    expect(await db.dismissals.count()).toBe(0);
    const ok = await recordDismissal(db, request({ ruleId: 'format.summary.too-long', field: 'summary', choice: 'reported-officer', note: '' }), hash, AT);
    expect(ok.choice).toBe('reported-officer');
  });

  it('is taken back (「取消確認」) with who and when; its finding applies no more', async () => {
    const made = await recordDismissal(db, request(), hash, AT);
    const back = await withdrawDismissal(db, withdraw(made.id), hash, LATER);
    expect(back).toMatchObject({ id: made.id, endedAt: LATER, ended: 'withdrawn', withdrawnBy: { role: 'homeroom', staffName: '林雅婷' } });
    expect(await db.dismissals.get(made.id)).toEqual(back);
    expect(await dismissalsForPage(db, query('00112233aabbccdd'), hash, LATER + 1)).toEqual([]);
  });

  it('refuses taking back one that has ended, one of another site, and one with no name', async () => {
    const made = await recordDismissal(db, request(), hash, AT);
    await expect(withdrawDismissal(db, withdraw(made.id, { url: 'http://127.0.0.1:9999/a/student/Performance.aspx' }), hash, LATER)).rejects.toThrow(DismissalRefused);
    await expect(withdrawDismissal(db, withdraw(made.id, { staffName: '  ' }), hash, LATER)).rejects.toThrow(DismissalRefused);
    await expect(withdrawDismissal(db, withdraw('no-such-id'), hash, LATER)).rejects.toThrow(DismissalRefused);
    expect((await db.dismissals.get(made.id))!.endedAt).toBe(0);
    await withdrawDismissal(db, withdraw(made.id), hash, LATER);
    await expect(withdrawDismissal(db, withdraw(made.id), hash, LATER + 1)).rejects.toThrow(DismissalRefused);
    expect(await db.dismissals.get(made.id)).toMatchObject({ endedAt: LATER, ended: 'withdrawn' });
  });
});

const report = (dismissed: boolean): PageReport => ({
  type: 'page-report',
  url: URL_,
  pageKind: 'performance-list',
  status: 'checked',
  policyId: 'national',
  subjects: [IDENTITY, OTHER],
  findings: [
    { ruleId: 'format.file.type-mismatch', severity: 'warning', recordIndex: 0, ...(dismissed ? { dismissed: true as const } : {}) },
    { ruleId: 'format.summary.too-long', severity: 'error', recordIndex: 1 },
  ],
});
const withdraw = (id: string, over: Partial<WithdrawRequest> = {}): WithdrawRequest => ({ type: 'withdraw-dismissal', url: URL_, id, role: 'homeroom', staffName: '林雅婷', ...over });
const DAY3 = Date.parse('2026-12-03T10:00:00+08:00');
const DAY4 = Date.parse('2026-12-04T10:00:00+08:00');

describe('a dismissed finding in the log of checks', () => {
  /** The log's finding of the dismissed record's rule (the file-type mismatch). */
  const logged = async () => (await db.findings.toArray()).find((row) => row.ruleId === 'format.file.type-mismatch')!;

  it('counts apart from open problems from the dismissal on, and is open again once taken back', async () => {
    await logVisit(db, report(false), hash, AT);
    expect((await logged()).dismissedAt).toBe(0);
    // dismissing it marks the log's finding at once, before the page reports again
    const made = await recordDismissal(db, request(), hash, AT + 60_000);
    expect((await logged()).dismissedAt).toBe(AT + 60_000);
    // the page's next report says it is dismissed: the visit counts 1 error and no warning; the finding keeps its day
    await logVisit(db, report(true), hash, LATER);
    expect((await db.visits.toArray()).map(({ errors, warnings }) => [errors, warnings])).toEqual([
      [1, 1],
      [1, 0],
    ]);
    expect(await logged()).toMatchObject({ dismissedAt: AT + 60_000, resolvedAt: 0, lastSeen: LATER });
    // 「取消確認」: open again at once
    await withdrawDismissal(db, withdraw(made.id), hash, DAY3);
    expect((await logged()).dismissedAt).toBe(0);
    await logVisit(db, report(false), hash, DAY4);
    expect(await logged()).toMatchObject({ dismissedAt: 0, resolvedAt: 0, lastSeen: DAY4 });
    // the other record's error was never dismissed
    expect((await db.findings.toArray()).find((row) => row.ruleId === 'format.summary.too-long')!.dismissedAt).toBe(0);
  });

  it('a dismissal whose value changed leaves the finding open on the next report', async () => {
    await recordDismissal(db, request(), hash, AT);
    await logVisit(db, report(true), hash, AT + 1);
    expect((await logged()).dismissedAt).toBe(AT + 1);
    // the page sees another value: the dismissal lapses and the report says the finding is not dismissed
    expect(await dismissalsForPage(db, query('0011223344556677'), hash, LATER)).toEqual([]);
    await logVisit(db, report(false), hash, LATER);
    expect((await logged()).dismissedAt).toBe(0);
  });
});
