import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DB_NAME, LogDatabase } from '@/lib/db/database';
import { logVisit } from '@/lib/db/log-visit';
import { keyedHasher } from '@/lib/db/secret';
import { SUMMARIES_KEY } from '@/lib/db/summaries';
import type { PageReport } from '@/lib/messaging/protocol';
import { CAOTUN_POLICY } from '@/lib/policy/presets';
import type { FromDashboardWorker, ToDashboardWorker } from '@/entrypoints/dashboard/worker';

/**
 * The dashboard's worker (entrypoints/dashboard/worker.ts) on fake-indexeddb, its own module each test: what it
 * posts to the page, as the page asks for a term's figures.
 */
const TERM = { year: 114, semester: 1 } as const;

async function startWorker() {
  vi.resetModules();
  const posted: FromDashboardWorker[] = [];
  vi.spyOn(self, 'postMessage').mockImplementation((message: unknown) => void posted.push(message as FromDashboardWorker));
  await import('@/entrypoints/dashboard/worker');
  const ask = () => self.onmessage!({ data: { type: 'problems', term: TERM, policy: CAOTUN_POLICY } satisfies ToDashboardWorker } as MessageEvent);
  return { posted, ask };
}

/** A 收訖 list with `unread` rows the checker could not read (no counts logged: a check without a term of its own). */
const receipt = (unread: number): PageReport => ({
  type: 'page-report',
  url: 'http://127.0.0.1:5180/a/staff/Receipt.aspx',
  pageKind: 'receipt',
  status: unread > 0 ? 'partial' : 'checked',
  policyId: 'caotun',
  subjects: ['receipt\u001f112045', 'receipt\u001f112046'],
  findings: [],
  unread,
});

let db: LogDatabase;
beforeEach(async () => {
  await new LogDatabase().delete();
  db = new LogDatabase();
});
afterEach(async () => {
  await db.delete();
});

describe('the dashboard worker', () => {
  it('on a log without the summaries stamp, answers the unread rows of a page, and again when a re-check leaves two', async () => {
    expect(db.name).toBe(DB_NAME);
    const hash = await keyedHasher(db);
    await logVisit(db, receipt(0), hash, Date.parse('2026-01-26T09:00:00+08:00'));
    const worker = await startWorker();
    await vi.waitFor(() => expect(worker.posted.some((message) => message.type === 'ready')).toBe(true), { timeout: 10_000 });
    expect(await db.meta.get(SUMMARIES_KEY)).toEqual({ key: SUMMARIES_KEY, value: true });
    worker.ask();
    const answers = () => worker.posted.flatMap((message) => (message.type === 'problems' ? [message] : []));
    await vi.waitFor(() => expect(answers().at(-1)?.unread.total).toBe(0), { timeout: 10_000 });
    const recheck = Date.parse('2026-01-26T09:05:00+08:00');
    await logVisit(db, receipt(2), hash, recheck);
    await vi.waitFor(() => expect(answers().at(-1)?.unread).toEqual({ total: 2, pages: [{ origin: 'http://127.0.0.1:5180', path: '/a/staff/Receipt.aspx', at: recheck, unread: 2 }] }), { timeout: 10_000 });
    expect(worker.posted.filter((message) => message.type === 'failed')).toEqual([]);
  });

  it('says it failed, instead of never answering, when a figure cannot be made from the rows it read', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await db.meta.put({ key: SUMMARIES_KEY, value: true });
    // a damaged rule row: counts without the days they were seen on
    await db.termRules.put({ id: '114|1|format.summary.too-long', year: 114, semester: 1, ruleId: 'format.summary.too-long', seen: 1, open: 1, dismissed: 0, fixed: 0 } as never);
    const worker = await startWorker();
    await vi.waitFor(() => expect(worker.posted.some((message) => message.type === 'ready')).toBe(true), { timeout: 10_000 });
    worker.ask();
    await vi.waitFor(() => expect(worker.posted.find((message) => message.type === 'failed')).toMatchObject({ type: 'failed', message: expect.stringContaining('TypeError') }), { timeout: 10_000 });
  });
});
