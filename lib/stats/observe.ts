import type { PageObservation } from '@/lib/messaging/protocol';
import { pageKindUnit, type PageKind } from '@/lib/page-kinds';
import type { PageRecord, Term } from '@/lib/model/records';
import { isIsoDate, resolveDeadline, termCalendar, termOfDate } from '@/lib/policy/calendar';
import type { SchoolPolicy } from '@/lib/policy/schema';
import type { ObservedItem } from '@/lib/page-kinds/unit';
import { BUILTIN_TASKS } from './tasks';

/**
 * Turns what a staff page shows into counts per task / teacher / class / course (no student in
 * them). Pure: no DOM, no database; the content script calls it with the records it read.
 *
 * Only pages that show a whole slice of a task to the person responsible give observations, so a
 * slice always comes from pages of the same grain and the latest snapshot of it is the truth. What a
 * kind counts is its `observe` in lib/page-kinds/<kind>.ts (certification → outcome-cert per teacher ×
 * class × course; class-progress and receipt → receipt-confirm per class; course-code-check; precheck).
 * Student pages (outcome-list, performance-list, selection) show one student's items and give none.
 *
 * Every count belongs to the term its data show, never to the day the page was read: the item's own
 * 學年度/學期 (a column or the page's heading), else its own date placed on the policy's calendar (or,
 * past the calendar, the school-year rule), else the term most of the page's items show. A page that
 * shows neither a term nor a date gives no counts: the dashboard never files them under a guess.
 */
export interface ObserveContext {
  policy: SchoolPolicy;
  /** the day the page was judged on (the 檢核基準日 when set, else the local day it was read), yyyy-mm-dd */
  today: string;
}

type Draft = Omit<PageObservation, 'onTime' | 'due'> & { doneDates: (string | undefined)[] };

export function observationsFromRecords(pageKind: PageKind, records: readonly PageRecord[], context: ObserveContext): PageObservation[] {
  const items: ObservedItem[] = [];
  pageKindUnit(pageKind).observe?.(records, { add: (item) => items.push(item) });
  // Most items of a page share a handful of dates: each date's term is looked up once.
  const termByDate = new Map<string, Term | undefined>();
  const ownTerm = (item: ObservedItem): Term | undefined => {
    if (item.term) return item.term;
    const date = firstDate(item.dates);
    if (!date) return undefined;
    if (!termByDate.has(date)) termByDate.set(date, termOfDate(context.policy, date));
    return termByDate.get(date);
  };
  const pageTerm = mostCommon(items.map((item) => item.term).filter((term): term is Term => term !== undefined)) ?? mostCommon(items.map(ownTerm).filter((term): term is Term => term !== undefined));

  const drafts = new Map<string, Draft>();
  for (const item of items) {
    const term = ownTerm(item) ?? pageTerm;
    if (!term) continue;
    const unit = unitOf(item.taskId, context.policy);
    const person = item.slice.person ?? '';
    const className = item.slice.className ?? '';
    const course = item.slice.course ?? '';
    const key = [item.taskId, term.year, term.semester, unit, person, className, course].join('|');
    const draft = drafts.get(key) ?? { taskId: item.taskId, year: term.year, semester: term.semester, unit, person, className, course, total: 0, done: 0, pending: 0, doneDates: [] };
    drafts.set(key, draft);
    draft.total += 1;
    if (item.done) {
      draft.done += 1;
      draft.doneDates.push(isoDay(item.doneDate));
    } else draft.pending += 1;
  }

  return [...drafts.values()].map(({ doneDates, ...draft }) => {
    const due = dueOf(draft.taskId, context.policy, { year: draft.year, semester: draft.semester });
    return { ...draft, due, onTime: countOnTime(doneDates, due, context.today) };
  });
}

/** yyyy-mm-dd of a date or date-time the page showed; undefined when it is not one. */
function isoDay(text: string | undefined): string | undefined {
  const day = text?.slice(0, 10);
  return day && isIsoDate(day) ? day : undefined;
}

function firstDate(dates: readonly (string | undefined)[] | undefined): string | undefined {
  for (const date of dates ?? []) {
    const day = isoDay(date);
    if (day) return day;
  }
  return undefined;
}

/** The term most items show (the earlier one on a tie); undefined for none. */
function mostCommon(terms: readonly Term[]): Term | undefined {
  const counts = new Map<string, { term: Term; n: number }>();
  for (const term of terms) {
    const key = `${term.year}-${term.semester}`;
    const entry = counts.get(key) ?? { term, n: 0 };
    entry.n += 1;
    counts.set(key, entry);
  }
  return [...counts.values()].sort((a, b) => b.n - a.n || a.term.year - b.term.year || a.term.semester - b.term.semester)[0]?.term;
}

/**
 * Items done by `due`: a done item with a date counts when the date is not after `due`; one without
 * a date counts when the page was read by `due` (it was done by then). Null when `due` is unknown,
 * or when an undated item was first seen done after `due` (the page can't tell).
 */
export function countOnTime(doneDates: readonly (string | undefined)[], due: string, today: string): number | null {
  if (!due) return null;
  let onTime = 0;
  for (const date of doneDates) {
    if (date) {
      if (date <= due) onTime += 1;
    } else if (today <= due) onTime += 1;
    else return null;
  }
  return onTime;
}

/** The unit the school's task table names for a task, else the built-in one, else ''. */
export function unitOf(taskId: string, policy: SchoolPolicy): string {
  return policy.tasks.find((task) => task.id === taskId)?.unit ?? BUILTIN_TASKS[taskId]?.unit ?? '';
}

/** A task's deadline for a term: the task table's rule, else the calendar's window for it; '' if neither. */
export function dueOf(taskId: string, policy: SchoolPolicy, term: Term): string {
  const task = policy.tasks.find((entry) => entry.id === taskId);
  const fromTable = task ? resolveDeadline(task.deadline, policy, term) : null;
  if (fromTable) return fromTable;
  const calendar = termCalendar(policy, term);
  if (!calendar) return '';
  switch (taskId) {
    case 'outcome-cert':
      return calendar.windows.certification?.end ?? '';
    case 'receipt-confirm':
      return calendar.windows.receipt?.at(-1)?.end ?? '';
    case 'precheck':
      return calendar.agencyDeadline ?? '';
    default:
      return '';
  }
}
