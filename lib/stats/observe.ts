import type { PageObservation } from '@/lib/messaging/protocol';
import type { PageKind } from '@/lib/model/page-kind';
import type { Artifact, ClassProgress, CourseCodeCheckRow, CourseCodeRun, PageRecord, PrecheckResult, ReceiptConfirmation, Term } from '@/lib/model/records';
import { resolveDeadline, termAt, termCalendar } from '@/lib/policy/calendar';
import type { SchoolPolicy } from '@/lib/policy/schema';
import { BUILTIN_TASKS } from './tasks';

/**
 * Turns what a staff page shows into counts per task / teacher / class / course (no student in
 * them). Pure: no DOM, no database; the content script calls it with the records it read.
 *
 * Only pages that show a whole slice of a task to the person responsible give observations, so a
 * slice always comes from pages of the same grain and the latest snapshot of it is the truth:
 *   certification     → outcome-cert per teacher × class × course (done = certified or refused)
 *   class-progress    → receipt-confirm per class (done = 已確認)
 *   receipt           → receipt-confirm per class (done = 已確認)
 *   course-code-check → course-code-check (done = matched codes)
 *   precheck          → precheck per roster (done = passed)
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
  const add = (taskId: string, term: Term | undefined, slice: { person?: string; className?: string; course?: string }, done: boolean | null, doneDate?: string) => {
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

  switch (pageKind) {
    case 'certification':
      for (const record of records.filter((r): r is Artifact => r.type === 'artifact' && r.kind === 'outcome')) {
        if (record.certStatus === undefined) continue;
        add('outcome-cert', termOf(record.term), { person: record.teacher, className: record.className, course: record.courseName }, record.certStatus !== 'pending', dateField(record, 'certifiedAt'));
      }
      break;
    case 'class-progress': {
      // A vendor may list a student twice; the last row for a student wins.
      const byStudent = new Map<string, ClassProgress>();
      for (const record of records) if (record.type === 'class-progress' && record.receiptConfirmed !== undefined) byStudent.set(record.studentRef, record);
      for (const record of byStudent.values()) add('receipt-confirm', termOf(record.term), { className: record.className }, record.receiptConfirmed === true);
      break;
    }
    case 'receipt': {
      const byStudent = new Map<string, ReceiptConfirmation>();
      for (const record of records) if (record.type === 'receipt') byStudent.set(record.studentRef, record);
      for (const record of byStudent.values()) add('receipt-confirm', fallbackTerm, { className: record.className }, record.status === 'confirmed', record.confirmedAt);
      break;
    }
    case 'course-code-check': {
      const run = records.find((r): r is CourseCodeRun => r.type === 'course-code-run');
      for (const record of records.filter((r): r is CourseCodeCheckRow => r.type === 'course-code-check')) {
        add('course-code-check', termOf(run?.term), {}, record.matched, run?.ranAt);
      }
      break;
    }
    case 'precheck':
      for (const record of records.filter((r): r is PrecheckResult => r.type === 'precheck')) {
        add('precheck', fallbackTerm, { course: record.rosterType }, record.passed, record.submittedAt?.slice(0, 10));
      }
      break;
    default:
      break;
  }

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

/** An optional ISO date field a record may carry beyond the shared schema (e.g. certifiedAt). */
function dateField(record: object, field: string): string | undefined {
  const value = (record as Record<string, unknown>)[field];
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : undefined;
}
