import { liveQuery, type Subscription } from 'dexie';
import { LogDatabase } from '@/lib/db/database';
import { checksBesideDismissals } from '@/lib/db/dismissal-checks';
import { PROBLEM_SUMMARY_TABLES, readProblemLog, readTermRules, rebuildProblemSummaries } from '@/lib/db/problem-summaries';
import { rebuildSummaries, SUMMARIES_KEY, SUMMARY_TABLES } from '@/lib/db/summaries';
import type { Dismissal } from '@/lib/dismissals/lifecycle';
import type { Term } from '@/lib/model/records';
import type { SchoolPolicy } from '@/lib/policy/schema';
import { dismissalTerms, termDismissals, type TermDismissals } from '@/lib/stats/dismissals';
import { termProblemsFromSummary, type ProblemLog } from '@/lib/stats/problem-summaries';
import type { TermProblems } from '@/lib/stats/problems';
import { unreadPages, type UnreadPage } from '@/lib/stats/unread';
import { keptTerms, termKey } from '@/lib/stats/visit-terms';

/**
 * The dashboard's worker: opens the log first (so a schema upgrade, or making the summary tables of a
 * log that has none, runs here and not on the page's thread); when the page asks — once it has read its
 * own rows — it reads, in one readonly transaction, all the figures are made from (the pages, the checks
 * without a term, whether there is any check, the dismissals with the checks they were made beside, and
 * every term's rule rows: termRules, a few per term; lib/db/problem-summaries.ts), and answers the asked
 * term's 檢核問題 figures, its dismissals and the pages left unread; it reads all of it again whenever the
 * log changes, so every answer comes from one state of the log. A term switch reads nothing: it answers
 * from what it holds.
 */
export type ToDashboardWorker = { type: 'problems'; term: Term; policy: SchoolPolicy };
export type FromDashboardWorker =
  | { type: 'ready' }
  | { type: 'building'; done: number; of: number }
  | { type: 'problems'; key: string; problems: TermProblems; dismissals: TermDismissals; unread: { total: number; pages: UnreadPage[] }; checked: boolean }
  | { type: 'failed'; message: string };

const post = (message: FromDashboardWorker) => (self as unknown as Worker).postMessage(message);
const db = new LogDatabase();

/** All the figures are made from, read in one transaction, and again whenever the log changes. */
interface Read {
  log: ProblemLog;
  /** whether the log holds any check */
  checked: boolean;
  dismissals: Dismissal[];
  /** the checks beside the dismissals, with the terms they keep */
  checks: Awaited<ReturnType<typeof checksBesideDismissals>>;
  /** every term's rule rows, by termKey */
  rules: Awaited<ReturnType<typeof readTermRules>>;
}

let asked: Extract<ToDashboardWorker, { type: 'problems' }> | undefined;
let read: Read | undefined;
let watching: Subscription | undefined;

/** Answers the asked term once the log is read; a figure that cannot be made is said as a failure, not dropped. */
function answer(): void {
  if (!asked || !read) return;
  const { term, policy } = asked;
  try {
    const placed = dismissalTerms(read.dismissals, read.checks, keptTerms(read.checks), policy);
    post({
      type: 'problems',
      key: `${term.year}-${term.semester}`,
      problems: termProblemsFromSummary(read.log, read.rules.get(termKey(term)) ?? [], term, policy),
      dismissals: termDismissals(read.dismissals, placed, term),
      unread: unreadPages(read.log.pages),
      checked: read.checked,
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

/** Reads all the figures are made from once, in one transaction, and again whenever the log changes (while the page is open). */
function watch(): void {
  watching ??= liveQuery(() =>
    db.transaction('r', [...PROBLEM_SUMMARY_TABLES, 'dismissals'], async () => {
      const [log, first, dismissals, rules] = await Promise.all([readProblemLog(db), db.visits.limit(1).primaryKeys(), db.dismissals.toArray(), readTermRules(db)]);
      return { log, checked: first.length > 0, dismissals, checks: await checksBesideDismissals(db.visits, dismissals), rules };
    }),
  ).subscribe({
    next: (next) => {
      read = next;
      answer();
    },
    // A live query whose first read failed is never read again: the next ask starts it anew.
    error: (error) => {
      watching?.unsubscribe();
      watching = undefined;
      failed(error);
    },
  });
}

self.onmessage = (event: MessageEvent<ToDashboardWorker>) => {
  asked = event.data;
  watch();
  answer();
};

start().catch(failed);
