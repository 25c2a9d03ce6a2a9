import { liveQuery } from 'dexie';
import { LogDatabase, type SightingRow, type VisitRow } from '@/lib/db/database';
import { rebuildSummaries, SUMMARIES_KEY, SUMMARY_TABLES } from '@/lib/db/summaries';
import type { Term } from '@/lib/model/records';
import type { SchoolPolicy } from '@/lib/policy/schema';
import { termProblems, type TermProblems } from '@/lib/stats/problems';
import { unreadPages, type UnreadPage } from '@/lib/stats/unread';
import { addObservationTerms, newObservationTerms, visitTermsFrom, type ObservationTerms } from '@/lib/stats/visit-terms';

/**
 * The dashboard's worker: opens the log first (so a schema upgrade, or making the summary tables of a
 * log that has none, runs here and not on the page's thread); when the page first asks — after its
 * completion figures are drawn, so this big read does not hold up its small ones — it reads every
 * check, sighting and finding and answers the 檢核問題 figures of the term asked for, again whenever
 * the log changes.
 */
export type ToDashboardWorker = { type: 'problems'; term: Term; policy: SchoolPolicy };
export type FromDashboardWorker =
  | { type: 'ready' }
  | { type: 'building'; done: number; of: number }
  | { type: 'problems'; key: string; problems: TermProblems; unread: { total: number; pages: UnreadPage[] }; visitCount: number }
  | { type: 'failed'; message: string };

const post = (message: FromDashboardWorker) => (self as unknown as Worker).postMessage(message);
const db = new LogDatabase();

interface Checks {
  visits: VisitRow[];
  sightings: SightingRow[];
  findings: { key: string; ruleId: string; resolvedAt: number; dismissedAt?: number }[];
  /** what the observations say of terms (they are read a part at a time and not kept) */
  observationTerms: ObservationTerms;
}

/** Rows read per request: big enough to be quick, small enough that the page's own reads get a turn. */
const PART = 50_000;
let checks: Checks | undefined;
let asked: Extract<ToDashboardWorker, { type: 'problems' }> | undefined;
let terms: { policy: SchoolPolicy; of: Map<number, Term> } | undefined;

function answer(): void {
  if (!checks || !asked) return;
  const { term, policy } = asked;
  if (terms?.policy !== policy) terms = { policy, of: visitTermsFrom(checks.visits, checks.observationTerms, policy) };
  post({
    type: 'problems',
    key: `${term.year}-${term.semester}`,
    problems: termProblems(checks, terms.of, term),
    unread: unreadPages(checks.visits),
    visitCount: checks.visits.length,
  });
}

async function start(): Promise<void> {
  await db.open();
  if (!(await db.meta.get(SUMMARIES_KEY))) await db.transaction('rw', [db.observations, ...SUMMARY_TABLES.map((name) => db.table(name))], () =>
      rebuildSummaries(db, (done, of) => post({ type: 'building', done, of })),
    );
  post({ type: 'ready' });
}

/** Reads every check once the page first asks (after its own few reads), and again when the log changes. */
function watchChecks(): void {
  liveQuery(async () => {
    const [visits, sightings, findings] = await Promise.all([db.visits.toArray(), db.sightings.toArray(), db.findings.toArray()]);
    const observationTerms = newObservationTerms();
    for (let part = await db.observations.limit(PART).toArray(); part.length > 0; ) {
      addObservationTerms(observationTerms, part);
      if (part.length < PART) break;
      part = await db.observations.where(':id').above(part.at(-1)!.id).limit(PART).toArray();
    }
    return { visits, sightings, findings, observationTerms };
  }).subscribe({
    next: (next) => {
      checks = next;
      terms = undefined;
      answer();
    },
    error: (error: unknown) => post({ type: 'failed', message: String(error) }),
  });
}

self.onmessage = (event: MessageEvent<ToDashboardWorker>) => {
  if (!asked) watchChecks();
  asked = event.data;
  // The policy arrives as a new object with each question; its figures are kept while it is the same.
  if (terms && JSON.stringify(terms.policy) === JSON.stringify(asked.policy)) terms.policy = asked.policy;
  answer();
};

start().catch((error: unknown) => post({ type: 'failed', message: String(error) }));
