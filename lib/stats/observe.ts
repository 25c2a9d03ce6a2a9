import type { PageObservation } from '@/lib/messaging/protocol';
import { pageKindUnit, type PageKind } from '@/lib/page-kinds';
import type { PageRecord, Term } from '@/lib/model/records';
import { resolveDeadline, termAt, termCalendar } from '@/lib/policy/calendar';
import type { SchoolPolicy } from '@/lib/policy/schema';
import type { ObservedSlice } from '@/lib/page-kinds/unit';
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
 */
export interface ObserveContext {
  policy: SchoolPolicy;
  /** the local calendar day the page was read, yyyy-mm-dd */
  today: string;
}

type Draft = Omit<PageObservation, 'onTime' | 'due'> & { doneDates: (string | undefined)[] };

export function observationsFromRecords(pageKind: PageKind, records: readonly PageRecord[], context: ObserveContext): PageObservation[] {
  const fallbackTerm = termAt(context.policy, context.today)?.term;
  const termOf = (term: Term | undefined) => term ?? fallbackTerm;
  const drafts = new Map<string, Draft>();
  const add = (taskId: string, term: Term | undefined, slice: ObservedSlice, done: boolean, doneDate?: string) => {
    if (!term) return;
    const unit = unitOf(taskId, context.policy);
    const person = slice.person ?? '';
    const className = slice.className ?? '';
    const course = slice.course ?? '';
    const key = [taskId, term.year, term.semester, unit, person, className, course].join('|');
    const draft = drafts.get(key) ?? { taskId, year: term.year, semester: term.semester, unit, person, className, course, total: 0, done: 0, pending: 0, doneDates: [] };
    drafts.set(key, draft);
    draft.total += 1;
    if (done) {
      draft.done += 1;
      draft.doneDates.push(doneDate);
    } else draft.pending += 1;
  };

  pageKindUnit(pageKind).observe?.(records, { add, termOf, fallbackTerm });

  return [...drafts.values()].map(({ doneDates, ...draft }) => {
    const due = dueOf(draft.taskId, context.policy, { year: draft.year, semester: draft.semester });
    return { ...draft, due, onTime: countOnTime(doneDates, due, context.today) };
  });
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
