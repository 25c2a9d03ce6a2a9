import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import fc from 'fast-check';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { answerMessage } from '@/entrypoints/background/messages';
import { LogDatabase } from '@/lib/db/database';
import { hasherKeeper, keyRows } from '@/lib/db/secret';
import { applyDelta, deltaBetween, pageStateOf, reportOf } from '@/lib/messaging/page-delta';
import { pageReporter, rowsReporter } from '@/lib/messaging/delta-reporter';
import type { CertificationRowsReport, PageDelta, PageObservation, PageReport } from '@/lib/messaging/protocol';
import { ReportSender } from '@/lib/messaging/sender';
import { freshLogs } from '../helpers/fresh-logs';

const URL_ = 'http://127.0.0.1:5180/b/mentor/progress.html?rows=20';
const KEY = 'ab'.repeat(32);
const DAY = Date.parse('2026-01-05T09:00:00+08:00');

/** Identities of a small class list (學號, term …): few enough that rows come back, change and repeat. */
const IDENTITIES = Array.from({ length: 6 }, (_, i) => `progress\u001fstudent\u001f11204${i}\u001f114-1`);
const RULES = ['format.summary.too-long', 'quota.over', 'progress.unconfirmed'];

const finding = fc.record({ ruleId: fc.constantFrom(...RULES), severity: fc.constantFrom('error' as const, 'warning' as const, 'info' as const) });
const observation = fc.record({ total: fc.integer({ min: 0, max: 40 }), done: fc.integer({ min: 0, max: 40 }) }).map(
  ({ total, done }): PageObservation => ({
    taskId: 'receipt-confirm', year: 114, semester: 1, unit: '教務處', person: '王怡君', className: '302', course: '',
    total, done, pending: total - Math.min(done, total), onTime: null, due: '',
  }),
);
/** One check of the page: its rows (a record may show twice), their findings, the page's own, its counts. */
const pageReport = fc
  .record({
    rows: fc.array(fc.record({ identity: fc.constantFrom(...IDENTITIES), findings: fc.array(finding, { maxLength: 2 }) }), { maxLength: 8 }),
    pageFindings: fc.array(finding, { maxLength: 2 }),
    status: fc.constantFrom('checked' as const, 'partial' as const),
    unread: fc.integer({ min: 0, max: 2 }),
    observations: fc.option(fc.array(observation, { minLength: 1, maxLength: 1 }), { nil: undefined }),
  })
  .map(({ rows, pageFindings, status, unread, observations }): PageReport => ({
    type: 'page-report', url: URL_, pageKind: 'class-progress', status, unread, policyId: 'national',
    subjects: rows.map((row) => row.identity),
    findings: [
      ...rows.flatMap((row, recordIndex) => row.findings.map((f) => ({ ...f, recordIndex }))),
      ...pageFindings.map((f) => ({ ...f, recordIndex: null })),
    ],
    ...(observations ? { observations } : {}),
  }));

/** The log as the dashboard reads it, without what is random (row ids, an observation's id) or numbered by the database. */
async function logContents(db: LogDatabase) {
  const visits = await db.visits.orderBy('at').toArray();
  const visitAt = new Map(visits.map((v) => [v.id!, v.at]));
  const strip = (rows: object[]) =>
    rows.map((row) => JSON.stringify(row, (key, value) => (['id', 'uid', 'visitUid', 'observationId'].includes(key) ? undefined : key === 'visitId' ? visitAt.get(value) : value))).sort();
  return {
    visits: strip(visits),
    findings: strip(await db.findings.toArray()),
    sightings: strip(await db.sightings.toArray()),
    observations: strip(await db.observations.toArray()),
    slices: strip(await db.slices.toArray()),
    sliceSteps: strip(await db.sliceSteps.toArray()),
    dailyTotals: strip(await db.dailyTotals.toArray()),
    units: strip(await db.units.toArray()),
    people: strip(await db.people.toArray()),
  };
}

const logs = freshLogs('page-delta');
async function freshLog(): Promise<LogDatabase> {
  const db = logs.fresh();
  // The same key in every log, so their hashes can be compared.
  await db.meta.bulkPut(await keyRows(KEY, undefined, 0));
  return db;
}
beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(browser.action, 'setBadgeText').mockResolvedValue();
  vi.spyOn(browser.action, 'setBadgeBackgroundColor').mockResolvedValue();
  vi.spyOn(browser.action, 'setTitle').mockResolvedValue();
});

/**
 * Runs `check` over 30 random sequences of up to six messages (every other one sent twice: pages re-render
 * often) with two fresh logs and a way to answer each as the background does: one log for the whole messages,
 * one for the deltas.
 */
function bothWays<T>(
  message: fc.Arbitrary<T>,
  check: (messages: T[], logs: { whole: LogDatabase; byDelta: LogDatabase; toWhole(message: unknown, at: number): ReturnType<typeof answerMessage>; toDelta(message: unknown, at: number): ReturnType<typeof answerMessage> }) => Promise<void>,
): Promise<void> {
  return fc.assert(
    fc.asyncProperty(fc.array(message, { minLength: 1, maxLength: 6 }).map((messages) => messages.flatMap((m, i) => (i % 2 ? [m, m] : [m]))), async (messages) => {
      const whole = await freshLog();
      const byDelta = await freshLog();
      const [wholeHasher, deltaHasher] = [hasherKeeper(whole, () => undefined), hasherKeeper(byDelta, () => undefined)];
      await check(messages, {
        whole,
        byDelta,
        toWhole: (m, at) => answerMessage(whole, wholeHasher, m, at),
        toDelta: (m, at) => answerMessage(byDelta, deltaHasher, m, at),
      });
    }),
    { numRuns: 30 },
  );
}

describe('page deltas', () => {
  it('logged one after another, make the same log as the whole reports would (visits, findings, sightings, counts)', { timeout: 120_000 }, async () => {
    // Every other check of the page finds it as it was (pages re-render often).
    await bothWays(pageReport, async (reports, { whole, byDelta, toWhole, toDelta }) => {
      let at = DAY;
      // Whole reports as the content script sent them before deltas: one the same as the last is not sent again.
      const wholeSender = new ReportSender((message) => toWhole(message, at));
      const reporter = pageReporter(new ReportSender((message) => toDelta(message, at)));
      for (const report of reports) {
        at += 60_000;
        await wholeSender.send('report', [report.url, report.status, report.unread, report.subjects, report.findings, report.observations], report);
        await reporter.send(report);
      }
      expect(await logContents(byDelta)).toEqual(await logContents(whole));
    });
  });

  it('send one row when one row changed, and nothing when nothing did', () => {
    const first = pageStateOf({
      type: 'page-report', url: URL_, pageKind: 'class-progress', status: 'checked', unread: 0, policyId: 'national',
      subjects: ['a', 'b', 'c', 'b'],
      findings: [{ ruleId: 'quota.over', severity: 'error', recordIndex: 3 }],
    });
    const second = pageStateOf({
      type: 'page-report', url: URL_, pageKind: 'class-progress', status: 'checked', unread: 0, policyId: 'national',
      subjects: ['a', 'b', 'b'],
      findings: [{ ruleId: 'quota.over', severity: 'error', recordIndex: 0 }, { ruleId: 'quota.over', severity: 'error', recordIndex: 2 }],
    });
    const session = '0'.repeat(32);
    expect(deltaBetween({ state: first, seq: 1 }, first, session, 2)).toBeNull();
    expect(deltaBetween({ state: first, seq: 1 }, second, session, 2)).toMatchObject({
      seq: 2,
      base: 1,
      rows: [{ identity: 'a', nth: 1, findings: [{ ruleId: 'quota.over', severity: 'error' }] }],
      removed: [{ identity: 'c', nth: 1 }],
      pageFindings: [],
    });
    // Merged back: the second page, row for row (the second 'b' keeps its finding).
    const merged = reportOf(applyDelta(applyDelta(undefined, deltaBetween(undefined, first, session, 1)!), deltaBetween({ state: first, seq: 1 }, second, session, 2)!));
    expect(merged.subjects).toEqual(['a', 'b', 'b']);
    expect(merged.findings).toEqual([
      { ruleId: 'quota.over', severity: 'error', recordIndex: 0 },
      { ruleId: 'quota.over', severity: 'error', recordIndex: 2 },
    ]);
  });

  it('are answered stale when the background does not have their page, and the page then sends every row', async () => {
    const db = await freshLog();
    const hasher = hasherKeeper(db, () => undefined);
    const orphan: PageDelta = {
      type: 'page-delta', url: URL_, session: 'f'.repeat(32), seq: 4, base: 3, pageKind: 'class-progress', status: 'checked', unread: 0, policyId: 'national',
      rows: [{ identity: 'a', nth: 1, findings: [] }], removed: [], pageFindings: [],
    };
    expect(await answerMessage(db, hasher, orphan, DAY)).toEqual({ ok: true, result: 'stale' });
    expect(await db.visits.count()).toBe(0);

    // A background that lost its pages (its service worker restarted) answers the next delta stale.
    const sent: PageDelta[] = [];
    let lost = false;
    const reporter = pageReporter(
      new ReportSender(async (message) => {
        sent.push(message as PageDelta);
        if (lost && (message as PageDelta).base !== null) return { ok: true, result: 'stale' };
        return answerMessage(db, hasher, message, DAY);
      }),
    );
    const report = (findings: PageReport['findings']): PageReport => ({
      type: 'page-report', url: URL_, pageKind: 'class-progress', status: 'checked', unread: 0, policyId: 'national', subjects: ['a', 'b'], findings,
    });
    await reporter.send(report([]));
    lost = true;
    await reporter.send(report([{ ruleId: 'quota.over', severity: 'error', recordIndex: 1 }]));
    expect(sent.map((m) => [m.base, m.rows.map((row) => row.identity)])).toEqual([
      [null, ['a', 'b']],
      [1, ['b']],
      [null, ['a', 'b']],
    ]);
    const visits = await db.visits.toArray();
    expect(visits.map((v) => [v.records, v.errors])).toEqual([
      [2, 0],
      [2, 1],
    ]);
  });

  it('are merged in the order they come, even when writes overlap', async () => {
    const db = await freshLog();
    const hasher = hasherKeeper(db, () => undefined);
    const posts: Promise<unknown>[] = [];
    const reporter = pageReporter(new ReportSender((message) => {
      const answer = answerMessage(db, hasher, message, DAY);
      posts.push(answer);
      return answer;
    }));
    const report = (errors: number): PageReport => ({
      type: 'page-report', url: URL_, pageKind: 'class-progress', status: 'checked', unread: 0, policyId: 'national', subjects: ['a', 'b', 'c'],
      findings: Array.from({ length: errors }, (_, i) => ({ ruleId: 'quota.over', severity: 'error' as const, recordIndex: i })),
    });
    // Three checks in quick succession: none waits for the one before.
    await Promise.all([reporter.send(report(0)), reporter.send(report(1)), reporter.send(report(3))]);
    await Promise.all(posts);
    // None was answered stale (it would have been sent again, whole).
    expect(posts).toHaveLength(3);
    expect((await db.visits.toArray()).map((v) => v.errors).sort()).toEqual([0, 1, 3]);
  });
});

/** One reading of a teacher's certification list (style B pages it: statedTotal over what one page shows). */
const reading = fc
  .record({
    rows: fc.array(fc.record({ identity: fc.constantFrom(...IDENTITIES), pending: fc.boolean(), className: fc.constantFrom('301', '302') }), { maxLength: 8 }),
    statedTotal: fc.option(fc.integer({ min: 0, max: 8 }), { nil: undefined }),
  })
  .map(({ rows, statedTotal }): CertificationRowsReport => ({
    type: 'certification-rows', url: 'http://127.0.0.1:5180/b/teacher/certify.html',
    rows: rows.map(({ identity, pending, className }) => ({ identity, courseName: '物理', className, pending, status: pending ? 'pending' : 'certified' })),
    ...(statedTotal !== undefined ? { statedTotal } : {}),
  }));

describe('certification list deltas', () => {
  it('one after another, keep the same list as whole readings would, and answer it only when asked', { timeout: 120_000 }, async () => {
    await bothWays(reading, async (readings, { whole, byDelta, toWhole, toDelta }) => {
      const wholeSender = new ReportSender((message) => toWhole(message, DAY));
      const reporter = rowsReporter(new ReportSender((message) => toDelta(message, DAY)));
      for (const [i, r] of readings.entries()) {
        // A reading is its uploads by identity: the same rows in another order (the teacher sorted the list)
        // are the same reading, and an upload shown twice is one.
        const uploads = Object.fromEntries(r.rows.map((row) => [row.identity, row]));
        const wholeList = await wholeSender.send('rows', [r.url, uploads, r.statedTotal], r);
        const list = await reporter.send(r, { answer: i % 2 === 0 });
        if (list !== undefined) expect(list).toEqual(i % 2 === 0 ? wholeList : null);
        expect(await byDelta.certification.toArray()).toEqual(await whole.certification.toArray());
      }
    });
  });
});
