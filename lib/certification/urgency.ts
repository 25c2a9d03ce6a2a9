import type { Localized } from '@/lib/model/localized';
import type { Term } from '@/lib/model/records';
import { calendarName, daysBetween, isIsoDate, isoDateOf, legalTerm, termAt, termCalendar, termOfDate } from '@/lib/policy/calendar';
import type { SchoolPolicy } from '@/lib/policy/schema';
import type { CertificationQueue, QueueRow } from './queue';

/** What the teacher last saw on their certification page, kept until the next visit. */
export interface QueueSnapshot extends CertificationQueue {
  /** ms since epoch of the visit */
  seenAt: number;
  /** the certification page, for the popup's link back */
  pageUrl: string;
  /** the 認證期限 the page itself announced (yyyy-mm-dd), when it states one */
  statedDeadline?: string;
}

export type Urgency = 'clear' | 'normal' | 'soon' | 'urgent' | 'overdue';

/** Amber from this many days before the deadline … */
export const SOON_DAYS = 7;
/** … red from this many (and when overdue). */
export const URGENT_DAYS = 2;
/** Figures older than this invite a refresh visit. */
export const STALE_DAYS = 3;

/** The certification deadline that applies, the calendar it came from, and the page's own when it differs. */
export interface DeadlineInfo {
  /** the deadline that applies; undefined when neither the calendar nor the page gives one */
  date?: string;
  /** where `date` comes from: the school calendar, or the page's own stated 認證期限 */
  from?: 'calendar' | 'portal';
  /** the term the uploads belong to (the page's, else the one today falls in) */
  term: Term;
  /** 「國立草屯商工 114 學年度第 1 學期行事曆」, or that the term has no calendar */
  calendar: Localized;
  /** the calendar's deadline and the page's announced one, when both are known and differ */
  conflict?: { policy: string; stated: string; applies: 'policy' | 'portal' };
}

/**
 * The end of the 認證 window for the uploads' term (or, if the page showed no term, the term today
 * falls in) from the school's calendar. When the page announces its own 認證期限 and it differs, both
 * are kept and the policy's `deadlineSource` says which applies (the calendar unless the school chose
 * 「以系統公告期限為準」). A term without a calendar has no deadline, and says so.
 */
export function certificationDeadlineInfo(policy: SchoolPolicy, term: Term | undefined, now: Date, stated?: string): DeadlineInfo {
  const today = isoDateOf(now);
  const of = term ?? termAt(policy, today)?.term ?? legalTerm(today);
  const entry = termCalendar(policy, of);
  const fromCalendar = entry && !entry.estimate ? entry.windows.certification?.end : undefined;
  const calendar = calendarName(policy, of);
  if (!stated || stated === fromCalendar) return { date: fromCalendar, ...(fromCalendar ? { from: 'calendar' as const } : {}), term: of, calendar };
  // A term without a calendar takes the page's own date, and says so.
  if (!fromCalendar) return { date: stated, from: 'portal', term: of, calendar };
  const applies = policy.deadlineSource === 'portal' ? 'portal' : 'policy';
  return {
    date: applies === 'portal' ? stated : fromCalendar,
    from: applies === 'portal' ? 'portal' : 'calendar',
    term: of,
    calendar,
    conflict: { policy: fromCalendar, stated, applies },
  };
}

/**
 * The term a certification list's uploads belong to when the page states none: the term most of its
 * 認證日期 fall in on the policy's calendar (never the day the list was read). Undefined without dates.
 */
export function termOfCertifiedDates(rows: readonly Pick<QueueRow, 'certifiedAt'>[], policy: SchoolPolicy): Term | undefined {
  const counts = new Map<string, { term: Term; n: number }>();
  for (const { certifiedAt } of rows) {
    const day = certifiedAt?.slice(0, 10);
    if (!day || !isIsoDate(day)) continue;
    const term = termOfDate(policy, day);
    const key = `${term.year}-${term.semester}`;
    counts.set(key, { term, n: (counts.get(key)?.n ?? 0) + 1 });
  }
  return [...counts.values()].sort((a, b) => b.n - a.n)[0]?.term;
}

/** The deadline alone (see certificationDeadlineInfo). */
export function certificationDeadline(policy: SchoolPolicy, term: Term | undefined, now: Date): string | undefined {
  return certificationDeadlineInfo(policy, term, now).date;
}

/** The two deadlines and which applies, in words: 「系統公告認證期限 2026-02-10，學校行事曆為 2026-01-23，依學校行事曆。」 */
export function deadlineConflictText(conflict: NonNullable<DeadlineInfo['conflict']>): Localized {
  const which = conflict.applies === 'portal' ? { zh: '依系統公告期限', en: "the portal's applies" } : { zh: '依學校行事曆', en: "the school calendar's applies" };
  return {
    zh: `系統公告認證期限 ${conflict.stated}，學校行事曆為 ${conflict.policy}，${which.zh}。`,
    en: `The portal announces ${conflict.stated}, the school calendar says ${conflict.policy}: ${which.en}.`,
  };
}

/** Whole days from today to the deadline: 0 on the last day, negative once it has passed. */
export function daysLeft(deadline: string, now: Date): number {
  return daysBetween(isoDateOf(now), deadline);
}

export function urgencyOf(pending: number, deadline: string | undefined, now: Date): Urgency {
  if (pending <= 0) return 'clear';
  if (deadline === undefined) return 'normal';
  const left = daysLeft(deadline, now);
  if (left < 0) return 'overdue';
  if (left <= URGENT_DAYS) return 'urgent';
  if (left <= SOON_DAYS) return 'soon';
  return 'normal';
}

export const URGENCY_COLOR: Record<Urgency, string> = {
  clear: '#5b6472',
  normal: '#5b6472',
  soon: '#d97706',
  urgent: '#c81e1e',
  overdue: '#c81e1e',
};

export interface BadgeView {
  text: string;
  color: string;
  urgency: Urgency;
  title: Localized;
  deadline: DeadlineInfo | undefined;
}

/** Who reads the badge: a teacher's own uploads wait for them; staff see what a certification page showed. */
export type Reader = 'teacher' | 'homeroom' | 'staff' | null;

/**
 * The toolbar badge for a snapshot: the number waiting, coloured by urgency, and a tooltip in words that
 * names the calendar the deadline came from (or that the term has none).
 */
export function badgeView(snapshot: QueueSnapshot | undefined, policy: SchoolPolicy, now: Date, reader: Reader = 'teacher'): BadgeView {
  if (!snapshot) {
    return { text: '', color: URGENCY_COLOR.clear, urgency: 'clear', title: { zh: '學習歷程檢核助手', en: 'Learning Portfolio Checker' }, deadline: undefined };
  }
  const deadline = certificationDeadlineInfo(policy, snapshot.term, now, snapshot.statedDeadline);
  const urgency = urgencyOf(snapshot.total, deadline.date, now);
  // While pages of the list are unseen the count may be low: 「9+」.
  const text = snapshot.total === 0 && snapshot.complete ? '' : snapshot.total > 999 ? '999+' : `${snapshot.total}${snapshot.complete ? '' : '+'}`;
  const title = badgeTitle(snapshot.total, deadline, now, reader === 'teacher' || reader === null);
  if (!snapshot.complete) {
    title.zh += `（目前只看過 ${snapshot.seenRows} 筆，請翻閱認證頁面的其他頁以取得完整件數）`;
    title.en += ` (only ${snapshot.seenRows} rows seen so far; page through the certification list for the full count)`;
  }
  return { text, color: URGENCY_COLOR[urgency], urgency, title, deadline };
}

function badgeTitle(total: number, deadline: DeadlineInfo, now: Date, own: boolean): Localized {
  const source =
    deadline.from === 'portal'
      ? { zh: `（依系統公告期限；${deadline.calendar.zh}）`, en: ` (by the portal's stated deadline; ${deadline.calendar.en})` }
      : { zh: `（依${deadline.calendar.zh}）`, en: ` (by ${deadline.calendar.en})` };
  if (total === 0) {
    return own
      ? { zh: '沒有待認證的課程學習成果。', en: 'No course outcomes wait for your certification.' }
      : { zh: '上次查看的認證頁面沒有待認證的課程學習成果。', en: 'The certification page last seen has no outcomes waiting.' };
  }
  const head = own
    ? { zh: `有 ${total} 件課程學習成果等待您認證`, en: `${total} course outcome(s) wait for your certification` }
    : { zh: `上次查看的認證頁面有 ${total} 件課程學習成果待教師認證`, en: `The certification page last seen has ${total} outcome(s) waiting for the teacher` };
  const date = deadline.date;
  if (date === undefined) return { zh: `${head.zh}（${deadline.calendar.zh}，沒有認證截止日）。`, en: `${head.en} (${deadline.calendar.en}: no certification deadline).` };
  const conflict = deadline.conflict ? deadlineConflictText(deadline.conflict) : { zh: '', en: '' };
  const left = daysLeft(date, now);
  const tail = (zh: string, en: string): Localized => ({ zh: `${head.zh}，${zh}${source.zh}。${conflict.zh}`, en: `${head.en}; ${en}${source.en}. ${conflict.en}`.trim() });
  if (left < 0) return tail(`認證期限 ${date} 已過 ${-left} 天`, `the deadline ${date} passed ${-left} day(s) ago`);
  if (left === 0) return tail(`今天（${date}）是認證截止日`, `today (${date}) is the deadline`);
  return tail(`距認證截止日 ${date} 還有 ${left} 天`, `${left} day(s) left until ${date}`);
}

export function isStale(snapshot: QueueSnapshot, now: Date): boolean {
  return now.getTime() - snapshot.seenAt > STALE_DAYS * 86_400_000;
}
