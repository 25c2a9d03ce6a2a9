import type { Localized } from '@/lib/model/localized';
import type { Term } from '@/lib/model/records';
import { daysBetween, isoDateOf, termAt, termCalendar } from '@/lib/policy/calendar';
import type { SchoolPolicy } from '@/lib/policy/schema';
import type { CertificationQueue } from './queue';

/** What the teacher last saw on their certification page, kept until the next visit. */
export interface QueueSnapshot extends CertificationQueue {
  /** ms since epoch of the visit */
  seenAt: number;
  /** the certification page, for the popup's link back */
  pageUrl: string;
}

export type Urgency = 'clear' | 'normal' | 'soon' | 'urgent' | 'overdue';

/** Amber from this many days before the deadline … */
export const SOON_DAYS = 7;
/** … red from this many (and when overdue). */
export const URGENT_DAYS = 2;
/** Figures older than this invite a refresh visit. */
export const STALE_DAYS = 3;

/**
 * The end of the 認證 window for the uploads' term (or, if the page showed no
 * term, for the term that today falls in), from the school policy.
 */
export function certificationDeadline(policy: SchoolPolicy, term: Term | undefined, now: Date): string | undefined {
  const calendar = term ? termCalendar(policy, term) : termAt(policy, isoDateOf(now));
  return calendar?.windows.certification?.end;
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
}

/** The toolbar badge for a snapshot: the number waiting, coloured by urgency, and a tooltip in words. */
export function badgeView(snapshot: QueueSnapshot | undefined, policy: SchoolPolicy, now: Date): BadgeView {
  if (!snapshot) {
    return { text: '', color: URGENCY_COLOR.clear, urgency: 'clear', title: { zh: '學習歷程檢核助手', en: 'Learning Portfolio Checker' } };
  }
  const deadline = certificationDeadline(policy, snapshot.term, now);
  const urgency = urgencyOf(snapshot.total, deadline, now);
  // While pages of the list are unseen the count may be low: 「9+」.
  const text = snapshot.total === 0 && snapshot.complete ? '' : snapshot.total > 999 ? '999+' : `${snapshot.total}${snapshot.complete ? '' : '+'}`;
  const title = badgeTitle(snapshot.total, deadline, now);
  if (!snapshot.complete) {
    title.zh += `（目前只看過 ${snapshot.seenRows} 筆，請翻閱認證頁面的其他頁以取得完整件數）`;
    title.en += ` (only ${snapshot.seenRows} rows seen so far; page through the certification list for the full count)`;
  }
  return { text, color: URGENCY_COLOR[urgency], urgency, title };
}

function badgeTitle(total: number, deadline: string | undefined, now: Date): Localized {
  if (total === 0) return { zh: '沒有待認證的課程學習成果。', en: 'No course outcomes wait for your certification.' };
  const head = { zh: `有 ${total} 件課程學習成果等待您認證`, en: `${total} course outcome(s) wait for your certification` };
  if (deadline === undefined) return { zh: `${head.zh}（學校行事曆未設定認證截止日）。`, en: `${head.en} (no certification deadline in the school calendar).` };
  const left = daysLeft(deadline, now);
  if (left < 0) return { zh: `${head.zh}，認證期限 ${deadline} 已過 ${-left} 天。`, en: `${head.en}; the deadline ${deadline} passed ${-left} day(s) ago.` };
  if (left === 0) return { zh: `${head.zh}，今天（${deadline}）是認證截止日。`, en: `${head.en}; today (${deadline}) is the deadline.` };
  return { zh: `${head.zh}，距認證截止日 ${deadline} 還有 ${left} 天。`, en: `${head.en}; ${left} day(s) left until ${deadline}.` };
}

export function isStale(snapshot: QueueSnapshot, now: Date): boolean {
  return now.getTime() - snapshot.seenAt > STALE_DAYS * 86_400_000;
}
