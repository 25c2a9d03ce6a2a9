import { liveQuery, type Subscription } from 'dexie';
import { LogDatabase } from '@/lib/db/database';
import { checksBesideDismissals } from '@/lib/db/dismissal-checks';
import { PROBLEM_SUMMARY_TABLES, readProblemSummary, rebuildProblemSummaries } from '@/lib/db/problem-summaries';
import { rebuildSummaries, SUMMARIES_KEY, SUMMARY_TABLES } from '@/lib/db/summaries';
import type { Dismissal } from '@/lib/dismissals/lifecycle';
import type { Term } from '@/lib/model/records';
import type { SchoolPolicy } from '@/lib/policy/schema';
import { dismissalTerms, termDismissals, type TermDismissals } from '@/lib/stats/dismissals';
import { termProblemsFromSummary, type ProblemSummary } from '@/lib/stats/problem-summaries';
import type { TermProblems } from '@/lib/stats/problems';
import { unreadPages, type UnreadPage } from '@/lib/stats/unread';
import { keptTerms, termKey } from '@/lib/stats/visit-terms';

/**
 * The dashboard's worker: opens the log first (so a schema upgrade, or making the summary tables of a
 * log that has none, runs here and not on the page's thread); when the page asks — after its completion
 * figures are drawn — it reads the summary of the term asked for (lib/db/problem-summaries.ts) and the
 * dismissals with the checks they were made beside, and answers the term's 檢核問題 figures, its
 * dismissals and the pages left unread, again whenever the log changes.
 */
export type ToDashboardWorker = { type: 'problems'; term: Term; policy: SchoolPolicy };
export type FromDashboardWorker =
  | { type: 'ready' }
  | { type: 'building'; done: number; of: number }
  | { type: 'problems'; key: string; problems: TermProblems; dismissals: TermDismissals; unread: { total: number; pages: UnreadPage[] }; visitCount: number }
  | { type: 'failed'; message: string };

const post = (message: FromDashboardWorker) => (self as unknown as Worker).postMessage(message);
const db = new LogDatabase();

interface Read {
  /** the term's `termKey` */
  key: string;
  summary: ProblemSummary;
  visitCount: number;
  dismissals: Dismissal[];
  /** the checks beside the dismissals, with the terms they keep */
  checks: Awaited<ReturnType<typeof checksBesideDismissals>>;
}

let asked: Extract<ToDashboardWorker, { type: 'problems' }> | undefined;
/** What was read for a term, kept up to date while that term is asked about. */
let read: Read | undefined;
let watching: { key: string; subscription: Subscription } | undefined;

function answer(): void {
  if (!asked || read?.key !== termKey(asked.term)) return;
  const { term, policy } = asked;
  const placed = dismissalTerms(read.dismissals, read.checks, keptTerms(read.checks), policy);
  post({
    type: 'problems',
    key: `${term.year}-${term.semester}`,
    problems: termProblemsFromSummary(read.summary, term, policy),
    dismissals: termDismissals(read.dismissals, placed, term),
    unread: unreadPages(read.summary.pages),
    visitCount: read.visitCount,
  });
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

/** Reads the term's summary and the dismissals, and again when the log changes; a term asked about next replaces it. */
function watch(term: Term): void {
  const key = termKey(term);
  if (watching?.key === key) return;
  watching?.subscription.unsubscribe();
  watching = {
    key,
    subscription: liveQuery(async () => {
      const [summary, visitCount, dismissals] = await Promise.all([readProblemSummary(db, term), db.visits.count(), db.dismissals.toArray()]);
      return { summary, visitCount, dismissals, checks: await checksBesideDismissals(db.visits, dismissals) };
    }).subscribe({
      next: (next) => {
        read = { key, ...next };
        answer();
      },
      error: (error: unknown) => post({ type: 'failed', message: String(error) }),
    }),
  };
}

self.onmessage = (event: MessageEvent<ToDashboardWorker>) => {
  asked = event.data;
  watch(asked.term);
  answer();
};

start().catch((error: unknown) => post({ type: 'failed', message: String(error) }));
