import { liveQuery, type Subscription } from 'dexie';
import { LogDatabase } from '@/lib/db/database';
import { checksBesideDismissals } from '@/lib/db/dismissal-checks';
import { PROBLEM_SUMMARY_TABLES, readProblemLog, readTermRules, rebuildProblemSummaries } from '@/lib/db/problem-summaries';
import { rebuildSummaries, SUMMARIES_KEY, SUMMARY_TABLES } from '@/lib/db/summaries';
import type { Dismissal } from '@/lib/dismissals/lifecycle';
import type { Term } from '@/lib/model/records';
import type { SchoolPolicy } from '@/lib/policy/schema';
import { dismissalTerms, termDismissals, type TermDismissals } from '@/lib/stats/dismissals';
import { termProblemsFromSummary, type ProblemLog, type TermRuleRow } from '@/lib/stats/problem-summaries';
import type { TermProblems } from '@/lib/stats/problems';
import { unreadPages, type UnreadPage } from '@/lib/stats/unread';
import { keptTerms, termKey } from '@/lib/stats/visit-terms';

/**
 * The dashboard's worker: opens the log first (so a schema upgrade, or making the summary tables of a
 * log that has none, runs here and not on the page's thread); when the page asks — once it has read its
 * own rows — it reads, once, what every term needs (the pages, the checks without a term, whether there
 * is any check, the dismissals with the checks they were made beside; lib/db/problem-summaries.ts), and
 * the term's rule rows (termRules: a few per term), and answers the term's 檢核問題 figures, its dismissals and the pages left
 * unread, again whenever the log changes. A term switch reads only the new term's rule rows.
 */
export type ToDashboardWorker = { type: 'problems'; term: Term; policy: SchoolPolicy };
export type FromDashboardWorker =
  | { type: 'ready' }
  | { type: 'building'; done: number; of: number }
  | { type: 'problems'; key: string; problems: TermProblems; dismissals: TermDismissals; unread: { total: number; pages: UnreadPage[] }; checked: boolean }
  | { type: 'failed'; message: string };

const post = (message: FromDashboardWorker) => (self as unknown as Worker).postMessage(message);
const db = new LogDatabase();

/** What every term's figures need, read once and again whenever the log changes. */
interface Shared {
  log: ProblemLog;
  /** whether the log holds any check */
  checked: boolean;
  dismissals: Dismissal[];
  /** the checks beside the dismissals, with the terms they keep */
  checks: Awaited<ReturnType<typeof checksBesideDismissals>>;
}

let asked: Extract<ToDashboardWorker, { type: 'problems' }> | undefined;
let shared: Shared | undefined;
/** The asked term's rule rows, kept up to date while that term is asked about. */
let termRows: { key: string; read: TermRuleRow[] } | undefined;
let watching: { key: string; subscription: Subscription } | undefined;
let watchingShared: Subscription | undefined;

/** Answers the asked term once both reads are in; a figure that cannot be made is said as a failure, not dropped. */
function answer(): void {
  if (!asked || !shared || termRows?.key !== termKey(asked.term)) return;
  const { term, policy } = asked;
  try {
    const placed = dismissalTerms(shared.dismissals, shared.checks, keptTerms(shared.checks), policy);
    post({
      type: 'problems',
      key: `${term.year}-${term.semester}`,
      problems: termProblemsFromSummary(shared.log, termRows.read, term, policy),
      dismissals: termDismissals(shared.dismissals, placed, term),
      unread: unreadPages(shared.log.pages),
      checked: shared.checked,
    });
  } catch (error) {
    failed(error);
  }
}

async function start(): Promise<void> {
  await db.open();
  const tables = [...new Set(['observations', ...SUMMARY_TABLES, ...PROBLEM_SUMMARY_TABLES])].map((name) => db.table(name));
  if (!(await db.meta.get(SUMMARIES_KEY)))
    await db.transaction('rw', tables, async () => {
      await rebuildProblemSummaries(db);
      await rebuildSummaries(db, (done, of) => post({ type: 'building', done, of }));
    });
  post({ type: 'ready' });
}

const failed = (error: unknown) => post({ type: 'failed', message: String(error) });

/**
 * Reads what every term needs once (kept up to date while the page is open), and the asked term's rows;
 * a term asked about next reads only its own rows.
 */
function watch(term: Term): void {
  watchingShared ??= liveQuery(async () => {
    const [log, first, dismissals] = await Promise.all([readProblemLog(db), db.visits.limit(1).primaryKeys(), db.dismissals.toArray()]);
    return { log, checked: first.length > 0, dismissals, checks: await checksBesideDismissals(db.visits, dismissals) };
  }).subscribe({
    next: (next) => {
      shared = next;
      answer();
    },
    // A live query whose first read failed is never read again: the next ask starts it anew.
    error: (error) => {
      watchingShared?.unsubscribe();
      watchingShared = undefined;
      failed(error);
    },
  });
  const key = termKey(term);
  if (watching?.key === key) return;
  watching?.subscription.unsubscribe();
  watching = {
    key,
    subscription: liveQuery(() => readTermRules(db, term)).subscribe({
      next: (read) => {
        termRows = { key, read };
        answer();
      },
      error: (error) => {
        watching?.subscription.unsubscribe();
        watching = undefined;
        failed(error);
      },
    }),
  };
}

self.onmessage = (event: MessageEvent<ToDashboardWorker>) => {
  asked = event.data;
  watch(asked.term);
  answer();
};

start().catch(failed);
