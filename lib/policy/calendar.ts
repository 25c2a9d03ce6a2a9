import type { Localized } from '@/lib/model/localized';
import type { Term } from '@/lib/model/records';
import type { DateWindow, DeadlineAnchor, DeadlineRule, SchoolPolicy, TermCalendar } from './schema';

/**
 * Date arithmetic on ISO calendar dates (yyyy-mm-dd). Dates are days, not instants: all
 * arithmetic is done in UTC so no time zone or DST shifts a day.
 */

const DAY_MS = 86_400_000;

function toUtc(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}

function fromUtc(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** True when `iso` is a real calendar date in yyyy-mm-dd form. */
export function isIsoDate(iso: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return false;
  return fromUtc(toUtc(iso)) === iso;
}

export function addDays(iso: string, days: number): string {
  return fromUtc(toUtc(iso) + days * DAY_MS);
}

/** Calendar months; the day is clamped to the month's end (01-31 + 1 month = 02-28). */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  return fromUtc(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), Math.min(d, lastDay)));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to) - toUtc(from)) / DAY_MS);
}

/** Length of a window counting both ends: 10-16 to 10-17 is 2 days. */
export function windowDays(window: DateWindow): number {
  return daysBetween(window.start, window.end) + 1;
}

/** The local calendar date of an instant (the user's own day, as a deadline is read). */
export function isoDateOf(instant: Date): string {
  const y = instant.getFullYear();
  const m = String(instant.getMonth() + 1).padStart(2, '0');
  const d = String(instant.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** The local calendar date of a moment in milliseconds (a visit's day, a file name's date). */
export function localDay(at: number): string {
  return isoDateOf(new Date(at));
}

export function sameTerm(a: Term, b: Term): boolean {
  return a.year === b.year && a.semester === b.semester;
}

export function termLabel(term: Term): Localized {
  return {
    zh: `${term.year} 學年度第 ${term.semester} 學期`,
    en: `school year ${term.year} term ${term.semester}`,
  };
}

export function termCalendar(policy: SchoolPolicy, term: Term): TermCalendar | undefined {
  return policy.calendar.terms.find((entry) => sameTerm(entry.term, term));
}

/**
 * The term a date falls in by the school-year rule (學年度 runs 8/1–7/31: 第一學期 8/1–1/31, 第二學期
 * 2/1–7/31), with no school calendar needed: 2026-12-02 is in 115-1.
 */
export function legalTerm(iso: string): Term {
  const [y, m] = iso.split('-').map(Number) as [number, number];
  if (m >= 8) return { year: y - 1911, semester: 1 };
  if (m === 1) return { year: y - 1912, semester: 1 };
  return { year: y - 1912, semester: 2 };
}

/** The last day of a term by the school-year rule: 114-1 → 2026-01-31, 114-2 → 2026-07-31. */
export function legalTermEnd(term: Term): string {
  return term.semester === 1 ? `${term.year + 1912}-01-31` : `${term.year + 1912}-07-31`;
}

/** The first day of a term by the school-year rule: 114-1 → 2025-08-01, 114-2 → 2026-02-01. */
export function legalTermStart(term: Term): string {
  return term.semester === 1 ? `${term.year + 1911}-08-01` : `${term.year + 1912}-02-01`;
}

/** The term after this one: 114-1 → 114-2 → 115-1. */
export function nextTerm(term: Term): Term {
  return term.semester === 1 ? { year: term.year, semester: 2 } : { year: term.year + 1, semester: 1 };
}

/**
 * The calendar of the term a date falls in: the entry that has started by then and runs until the next
 * term's 開學日 (when the policy has that term) or its own school-year end. A date past every entry's
 * reach has no calendar (undefined): the caller says so instead of guessing a term.
 */
export function termAt(policy: SchoolPolicy, iso: string): TermCalendar | undefined {
  // A term whose 開學日 the source does not give is placed by the school-year rule alone.
  const startOf = (e: TermCalendar) => e.start ?? legalTermStart(e.term);
  const entry = [...policy.calendar.terms].filter((e) => startOf(e) <= iso).sort((a, b) => (startOf(a) < startOf(b) ? 1 : -1))[0];
  if (!entry) return undefined;
  const following = termCalendar(policy, nextTerm(entry.term));
  const until = following?.start && following.start > startOf(entry) ? addDays(following.start, -1) : legalTermEnd(entry.term);
  return iso <= until ? entry : undefined;
}

/** The term a date belongs to: by the policy's calendar where it reaches, else by the school-year rule. */
export function termOfDate(policy: SchoolPolicy, iso: string): Term {
  return termAt(policy, iso)?.term ?? legalTerm(iso);
}

/**
 * Whether the school has dates for a term: 'set' (its calendar), 'estimate' (only a guessed 開學日, no
 * deadlines) or 'none'. Deadlines, marks and the popup name the calendar they used, or say there is none.
 */
export function calendarState(policy: SchoolPolicy, term: Term): 'set' | 'estimate' | 'none' {
  const entry = termCalendar(policy, term);
  if (!entry) return 'none';
  return entry.estimate ? 'estimate' : 'set';
}

/** 「國立草屯商工 114 學年度第 1 學期行事曆」, or why there is none, in words. */
export function calendarName(policy: SchoolPolicy, term: Term): Localized {
  const label = termLabel(term);
  switch (calendarState(policy, term)) {
    case 'set':
      return { zh: `${policy.name} ${label.zh}行事曆`, en: `${policy.name}'s calendar for ${label.en}` };
    case 'estimate':
      return { zh: `${label.zh}尚未設定行事曆（開學日為估計）`, en: `no calendar set for ${label.en} (its start is an estimate)` };
    case 'none':
      return { zh: `${label.zh}尚未設定行事曆`, en: `no calendar set for ${label.en}` };
  }
}

function anchorDate(
  anchor: DeadlineAnchor,
  policy: SchoolPolicy,
  entry: TermCalendar,
  eventAt: string | undefined,
): string | undefined {
  switch (anchor) {
    case 'termStart':
      return entry.start;
    case 'finalExamStart':
      return entry.finalExam?.start;
    case 'finalExamEnd':
      return entry.finalExam?.end;
    case 'gradeEntryDeadline':
      return entry.gradeEntryDeadline;
    case 'closingCeremony':
      return entry.closingCeremony;
    case 'nextYearStart':
      return termCalendar(policy, { year: entry.term.year + 1, semester: 1 })?.start;
    case 'agencyDeadline':
      return entry.agencyDeadline;
    case 'event':
      return eventAt;
  }
}

/** Shifts a date by a rule's offset: months first, then weeks and days. */
export function applyOffset(iso: string, offset: DeadlineRule['offset']): string {
  const shifted = offset.months ? addMonths(iso, offset.months) : iso;
  return addDays(shifted, (offset.weeks ?? 0) * 7 + (offset.days ?? 0));
}

/**
 * The date a deadline rule gives for one term of the policy's calendar, or null when the
 * calendar lacks the term (or has only an estimated 開學日 for it), the anchor date, or, for `event`,
 * the event's date.
 * `{anchor:'termStart', offset:{weeks:2}}` for a term starting 2025-09-01 → 2025-09-15.
 */
export function resolveDeadline(
  rule: DeadlineRule,
  policy: SchoolPolicy,
  term: Term,
  eventAt?: string,
): string | null {
  const entry = termCalendar(policy, term);
  // A term whose 開學日 is only an estimate has no deadlines: they would be guesses.
  if (!entry || entry.estimate) return null;
  const anchor = anchorDate(rule.anchor, policy, entry, eventAt);
  return anchor ? applyOffset(anchor, rule.offset) : null;
}

const ANCHOR_LABEL: Record<DeadlineAnchor, Localized> = {
  termStart: { zh: '開學日', en: 'term start' },
  finalExamStart: { zh: '期末考開始日', en: 'start of the final exam' },
  finalExamEnd: { zh: '期末考結束日', en: 'end of the final exam' },
  gradeEntryDeadline: { zh: '學期成績登錄截止日', en: 'grade entry deadline' },
  closingCeremony: { zh: '休業式', en: 'closing ceremony' },
  nextYearStart: { zh: '新學年度開學日', en: 'start of the next school year' },
  agencyDeadline: { zh: '國教署來文截止日', en: "the K-12 Education Administration's deadline" },
  event: { zh: '事件當日', en: 'the event' },
};

/** 「開學日後 2 週」 for {anchor:'termStart', offset:{weeks:2}}; the table's own wording when it has one. */
export function describeDeadline(rule: DeadlineRule): Localized {
  const anchor = ANCHOR_LABEL[rule.anchor];
  const parts: Array<[number | undefined, string, string]> = [
    [rule.offset.months, '個月', 'month(s)'],
    [rule.offset.weeks, '週', 'week(s)'],
    [rule.offset.days, '天', 'day(s)'],
  ];
  const used = parts.filter(([n]) => n);
  const negative = used.some(([n]) => (n ?? 0) < 0);
  const zhSpan = used.map(([n, zh]) => `${Math.abs(n ?? 0)} ${zh}`).join(' ');
  const enSpan = used.map(([n, , en]) => `${Math.abs(n ?? 0)} ${en}`).join(' ');
  const computed: Localized = used.length
    ? {
        zh: `${anchor.zh}${negative ? '前' : '後'} ${zhSpan}`,
        en: `${enSpan} ${negative ? 'before' : 'after'} ${anchor.en}`,
      }
    : { zh: anchor.zh, en: anchor.en };
  return rule.wording ? { zh: rule.wording, en: computed.en } : computed;
}
