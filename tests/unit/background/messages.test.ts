import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { answerMessage } from '@/entrypoints/background/messages';
import { LogDatabase } from '@/lib/db/database';
import { logHealthSetting } from '@/lib/db/health';
import { hasherKeeper } from '@/lib/db/secret';
import { LIMITS, type CertificationRowsReport, type PageReport } from '@/lib/messaging/protocol';
import { SAMPLE_SCHOOL_POLICY } from '../../portal/sample-school-policy';

const URL_ = 'http://127.0.0.1:5180/a/student/outcomes.html?sid=112045';
const report = (subjects: string[]): PageReport => ({
  type: 'page-report', url: URL_, pageKind: 'outcome-list', status: 'checked', policyId: 'national', subjects,
  findings: subjects.length > 0 ? [{ ruleId: 'format.summary.too-long', severity: 'error', recordIndex: 0 }] : [],
});
const reading = (titles: string[], statedTotal?: number): CertificationRowsReport => ({
  type: 'certification-rows', url: 'http://127.0.0.1:5180/a/teacher/Certify.aspx?page=1',
  rows: titles.map((title) => ({ identity: `112045\u001f${title}`, courseName: '物理', className: '201', pending: true })),
  ...(statedTotal !== undefined ? { statedTotal } : {}),
});

let db: LogDatabase;
let n = 0;
beforeEach(() => {
  fakeBrowser.reset();
  db = new LogDatabase(`test-messages-${(n += 1)}`);
  vi.spyOn(browser.action, 'setBadgeText').mockResolvedValue();
  vi.spyOn(browser.action, 'setBadgeBackgroundColor').mockResolvedValue();
  vi.spyOn(browser.action, 'setTitle').mockResolvedValue();
});
afterEach(async () => {
  await db.delete();
});
const answer = (message: unknown) => answerMessage(db, hasherKeeper(db, () => undefined), message, Date.parse('2026-01-05T09:00:00'));

describe('the background’s answer to a page', () => {
  it('writes a page report and says so', async () => {
    expect(await answer(report(['artifact\u001f112045\u001fA']))).toEqual({ ok: true, result: 1 });
    expect(await db.visits.count()).toBe(1);
  });

  it(`does not log a page of more than ${LIMITS.records} records, and tells the popup`, { timeout: 60_000 }, async () => {
    const subjects = Array.from({ length: LIMITS.records + 1 }, (_, i) => `artifact\u001f${i}`);
    expect(await answer(report(subjects))).toEqual({ ok: false, kind: 'too-large', error: 'too-large' });
    expect(await db.visits.count()).toBe(0);
    expect((await logHealthSetting.getValue()).problems).toEqual([
      { kind: 'too-large', count: 1, last: Date.parse('2026-01-05T09:00:00'), page: 'http://127.0.0.1:5180/a/student/outcomes.html', size: LIMITS.records + 1, limit: LIMITS.records },
    ]);
  });

  it('refuses an identity longer than the limit the same way', async () => {
    expect(await answer(report(['x'.repeat(LIMITS.identity + 1)]))).toMatchObject({ ok: false, kind: 'too-large' });
    expect((await logHealthSetting.getValue()).problems).toMatchObject([{ kind: 'too-large', limit: LIMITS.identity }]);
  });

  it('answers a full disk as such, so the content script retries and then says so', async () => {
    vi.spyOn(db.visits, 'add').mockRejectedValue(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    expect(await answer(report(['artifact\u001f112045\u001fA']))).toMatchObject({ ok: false, kind: 'quota' });
    expect(await db.findings.count()).toBe(0);
  });

  it('keeps the certification list in the database, not in storage.local', async () => {
    const result = await answer(reading(['A', 'B'], 3));
    expect(result).toMatchObject({ ok: true, result: { pageKey: 'http://127.0.0.1:5180/a/teacher/Certify.aspx', statedTotal: 3 } });
    expect(Object.keys((await db.certification.get('http://127.0.0.1:5180/a/teacher/Certify.aspx'))!.rows)).toHaveLength(2);
    expect(await browser.storage.local.get('certificationRows')).toEqual({});
    expect(JSON.stringify(await db.certification.toArray())).not.toContain('112045');
  });

  it('keeps the 認證期限 a certification page states for the badge and popup, while the teacher pages through the list', async () => {
    const { certificationQueueSetting, referenceDateSetting } = await import('@/lib/settings');
    const { policySetting } = await import('@/lib/policy/setting');
    await policySetting.setValue(SAMPLE_SCHOOL_POLICY);
    // the badge is judged on the 檢核基準日, pinned here
    await referenceDateSetting.setValue('2026-02-05');
    await answer({ ...reading(['A', 'B'], 4), statedDeadline: '2026-02-20', term: { year: 114, semester: 1 } });
    expect((await certificationQueueSetting.getValue())!.statedDeadline).toBe('2026-02-20');
    // page 2 of the same list states none: the list's own date stays
    await answer({ ...reading(['C', 'D'], 4), url: 'http://127.0.0.1:5180/a/teacher/Certify.aspx?page=2', term: { year: 114, semester: 1 } });
    expect((await certificationQueueSetting.getValue())!.statedDeadline).toBe('2026-02-20');
    // the badge's words show both dates and which applies (the school calendar, 2026-02-10)
    const title = vi.mocked(browser.action.setTitle).mock.calls.at(-1)![0].title;
    expect(title).toBe('有 4 件課程學習成果等待您認證，距認證截止日 2026-02-10 還有 5 天（依範例高級中學 114 學年度第 1 學期行事曆）。系統公告認證期限 2026-02-20，學校行事曆為 2026-02-10，依學校行事曆。');
    expect(await answer({ ...reading(['A']), statedDeadline: '115/02/10' })).toMatchObject({ ok: false, kind: 'invalid' });
  });

  it('answers a malformed message without troubling the user', async () => {
    expect(await answer({ type: 'page-report', url: 'not a url' })).toMatchObject({ ok: false, kind: 'invalid' });
    expect((await logHealthSetting.getValue()).problems).toEqual([]);
  });
});

describe('the background’s answer to a dismissal', () => {
  const dismiss = (over: object = {}) => ({
    type: 'dismiss', url: URL_, pageKind: 'outcome-list', identity: 'artifact\u001f112045\u001fA', ruleId: 'format.summary.too-long', field: 'summary',
    digest: '0123456789abcdef', choice: 'reported-officer', note: '', role: 'staff', staffName: '王怡君', ...over,
  });

  it('keeps a dismissal and then names it for the finding it is about', async () => {
    const kept = await answer(dismiss());
    expect(kept).toMatchObject({ ok: true });
    const id = (kept as { result: string }).result;
    expect(await answer({ type: 'dismissals-query', url: URL_, subjects: ['artifact\u001f112045\u001fA'], findings: [{ subject: 0, ruleId: 'format.summary.too-long', field: 'summary', digest: '0123456789abcdef' }] })).toEqual({
      ok: true,
      result: [{ index: 0, id, choice: 'reported-officer', note: '', staffName: '王怡君', at: Date.parse('2026-01-05T09:00:00') }],
    });
  });

  it('refuses for good a reason the rule does not accept, and an over-long reason', async () => {
    expect(await answer(dismiss({ choice: 'other', note: '字數其實沒有超過' }))).toEqual({ ok: false, kind: 'invalid', error: 'invalid' });
    expect(await answer(dismiss({ note: 'x'.repeat(801) }))).toMatchObject({ ok: false, kind: 'too-large' });
    expect(await db.dismissals.count()).toBe(0);
  });

  it('refuses a question about too many findings without a second notice (the page’s report gave one)', async () => {
    const subjects = Array.from({ length: LIMITS.records + 1 }, (_, i) => `artifact\u001f${i}`);
    expect(await answer({ type: 'dismissals-query', url: URL_, subjects, findings: [] })).toMatchObject({ ok: false, kind: 'too-large' });
    expect((await logHealthSetting.getValue()).problems).toEqual([]);
  });
});
