import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DB_NAME, LogDatabase } from '@/lib/db/database';
import { logVisit } from '@/lib/db/log-visit';
import { keyedHasher } from '@/lib/db/secret';
import { SUMMARIES_KEY } from '@/lib/db/summaries';
import type { PageReport } from '@/lib/messaging/protocol';
import { CAOTUN_POLICY } from '@/lib/policy/presets';
import type { Term } from '@/lib/model/records';
import type { FromDashboardWorker, ToDashboardWorker } from '@/entrypoints/dashboard/worker';

/**
 * The dashboard's worker (entrypoints/dashboard/worker.ts) on fake-indexeddb, its own module each test: what it
 * posts to the page, as the page asks for a term's figures.
 */
const TERM = { year: 114, semester: 1 } as const;

/** The log the last worker opened: closed after its test, so that worker reads and posts nothing in the next one. */
let workerLog: Dexie | undefined;

async function startWorker() {
  vi.resetModules();
  const posted: FromDashboardWorker[] = [];
  vi.spyOn(self, 'postMessage').mockImplementation((message: unknown) => void posted.push(message as FromDashboardWorker));
  // before the worker's log opens: Dexie binds the connection's transaction method as it opens
  const opened = vi.spyOn(Dexie.prototype, 'open');
  const transactions = vi.spyOn(IDBDatabase.prototype, 'transaction');
  await import('@/entrypoints/dashboard/worker');
  const ask = (term: Term = TERM) => self.onmessage!({ data: { type: 'problems', term, policy: CAOTUN_POLICY } satisfies ToDashboardWorker } as MessageEvent);
  const answers = () => posted.flatMap((message) => (message.type === 'problems' ? [message] : []));
  await vi.waitFor(() => expect(posted.some((message) => message.type === 'ready')).toBe(true), { timeout: 10_000 });
  workerLog = opened.mock.contexts.find((log) => log !== db);
  const connection = workerLog!.backendDB();
  /** The stores and mode of each IndexedDB transaction the worker opened from the `from`th call on. */
  const read = (from: number) =>
    transactions.mock.calls.flatMap(([stores, mode], i) => (i >= from && transactions.mock.contexts[i] === connection ? [[[...stores].sort(), mode]] : []));
  return { posted, ask, answers, transactions, read };
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

/**
 * A check of a teacher's certification list showing counts of the term (so the check keeps it) and `rows` rows,
 * each with a finding of `ruleId`; `unread` more rows could not be read.
 */
const certification = (semester: 1 | 2, ruleId: string, rows: number, unread = 0): PageReport => ({
  type: 'page-report',
  url: `http://127.0.0.1:5180/a/teacher/Certify${semester}.aspx`,
  pageKind: 'certification',
  status: unread > 0 ? 'partial' : 'checked',
  policyId: 'caotun',
  subjects: Array.from({ length: rows }, (_row, i) => `certification\u001f${semester}-${i}`),
  findings: Array.from({ length: rows }, (_row, i) => ({ ruleId, severity: 'error' as const, recordIndex: i })),
  unread,
  observations: [{ taskId: 'certify', year: 114, semester, unit: '', person: '', className: '', course: '', total: rows, done: 0, pending: rows, onTime: null, due: '' }],
});

/** A log with a check of each term of 114, its summaries made. */
async function twoTerms(): Promise<void> {
  const hash = await keyedHasher(db);
  await logVisit(db, certification(1, 'format.summary.too-long', 2), hash, Date.parse('2026-01-20T09:00:00+08:00'));
  await logVisit(db, certification(2, 'format.file.too-large', 3), hash, Date.parse('2026-03-10T09:00:00+08:00'));
  await db.meta.put({ key: SUMMARIES_KEY, value: true });
}

let db: LogDatabase;
beforeEach(async () => {
  await new LogDatabase().delete();
  db = new LogDatabase();
});
afterEach(async () => {
  workerLog?.close();
  workerLog = undefined;
  await db.delete();
});

describe('the dashboard worker', () => {
  it('on a log without the summaries stamp, answers the unread rows of a page, and again when a re-check leaves two', async () => {
    expect(db.name).toBe(DB_NAME);
    const hash = await keyedHasher(db);
    await logVisit(db, receipt(0), hash, Date.parse('2026-01-26T09:00:00+08:00'));
    const worker = await startWorker();
    expect(await db.meta.get(SUMMARIES_KEY)).toEqual({ key: SUMMARIES_KEY, value: true });
    worker.ask();
    await vi.waitFor(() => expect(worker.answers().at(-1)?.unread.total).toBe(0), { timeout: 10_000 });
    const recheck = Date.parse('2026-01-26T09:05:00+08:00');
    await logVisit(db, receipt(2), hash, recheck);
    await vi.waitFor(() => expect(worker.answers().at(-1)?.unread).toEqual({ total: 2, pages: [{ origin: 'http://127.0.0.1:5180', path: '/a/staff/Receipt.aspx', at: recheck, unread: 2 }] }), { timeout: 10_000 });
    expect(worker.posted.filter((message) => message.type === 'failed')).toEqual([]);
  });

  it('says it failed, instead of never answering, when a figure cannot be made from the rows it read', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await db.meta.put({ key: SUMMARIES_KEY, value: true });
    // a damaged rule row: counts without the days they were seen on
    await db.termRules.put({ id: '114|1|format.summary.too-long', year: 114, semester: 1, ruleId: 'format.summary.too-long', seen: 1, open: 1, dismissed: 0, fixed: 0 } as never);
    const worker = await startWorker();
    worker.ask();
    await vi.waitFor(() => expect(worker.posted.find((message) => message.type === 'failed')).toMatchObject({ type: 'failed', message: expect.stringContaining('TypeError') }), { timeout: 10_000 });
  });

  it('says a read that failed, and reads again at the next ask', async () => {
    await twoTerms();
    const worker = await startWorker();
    worker.transactions.mockImplementationOnce(() => {
      throw new Error('the disk is gone');
    });
    worker.ask();
    await vi.waitFor(() => expect(worker.posted.filter((message) => message.type === 'failed')).toEqual([{ type: 'failed', message: 'Error: the disk is gone' }]), { timeout: 10_000 });
    worker.ask();
    await vi.waitFor(() => expect(worker.answers().at(-1)?.problems.ruleTotals.map((rule) => [rule.ruleId, rule.open])).toEqual([['format.summary.too-long', 2]]), { timeout: 10_000 });
  });

  it('reads all the figures need in one readonly transaction when first asked', async () => {
    await twoTerms();
    const worker = await startWorker();
    const from = worker.transactions.mock.calls.length;
    worker.ask();
    await vi.waitFor(() => expect(worker.answers().at(-1)?.key).toBe('114-1'), { timeout: 10_000 });
    expect(worker.read(from)).toEqual([[['dismissals', 'findings', 'observations', 'pages', 'sightings', 'termFindings', 'termRules', 'visits'], 'readonly']]);
  });

  it('answers a term switch from what it holds, reading nothing', async () => {
    await twoTerms();
    const worker = await startWorker();
    worker.ask();
    await vi.waitFor(() => expect(worker.answers().at(-1)?.key).toBe('114-1'), { timeout: 10_000 });
    const from = worker.transactions.mock.calls.length;
    worker.ask({ year: 114, semester: 2 });
    await vi.waitFor(() => expect(worker.answers().at(-1)?.key).toBe('114-2'), { timeout: 10_000 });
    expect(worker.answers().at(-1)?.problems).toMatchObject({
      rowsRead: 3,
      ruleTotals: [{ ruleId: 'format.file.too-large', seen: 3, open: 3, dismissed: 0, fixed: 0, firstSeen: '2026-03-10', lastSeen: '2026-03-10' }],
    });
    expect(worker.read(from)).toEqual([]);
  });

  it('after a write, answers figures made from one state of the log, never half before and half after it', async () => {
    await twoTerms();
    const worker = await startWorker();
    worker.ask();
    // what the answer shows of the rule rows (the open findings) and of the pages (rows read and left unread)
    const figures = () => worker.answers().map(({ problems, unread }) => ({ open: problems.ruleTotals.map((rule) => rule.open), rowsRead: problems.rowsRead, unread: unread.total }));
    await vi.waitFor(() => expect(figures().at(-1)).toEqual({ open: [2], rowsRead: 2, unread: 0 }), { timeout: 10_000 });
    const before = worker.answers().length;
    await logVisit(db, certification(1, 'format.summary.too-long', 4, 1), await keyedHasher(db), Date.parse('2026-01-21T09:00:00+08:00'));
    await vi.waitFor(() => expect(figures().at(-1)).toEqual({ open: [4], rowsRead: 4, unread: 1 }), { timeout: 10_000 });
    expect(figures().slice(before)).toEqual([{ open: [4], rowsRead: 4, unread: 1 }]);
  });
});
