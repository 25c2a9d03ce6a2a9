import { describe, expect, it } from 'vitest';
import { addMonths, calendarName, calendarState, describeDeadline, legalTerm, resolveDeadline, termAt, termOfDate, windowDays } from '@/lib/policy/calendar';
import { CAOTUN_WITH_114 } from './calendars-114';

const t1 = { year: 114, semester: 1 as const };

describe('calendar', () => {
  it('resolves 開學日後二週內 for a given calendar', () => {
    expect(resolveDeadline({ anchor: 'termStart', offset: { weeks: 2 } }, CAOTUN_WITH_114, t1)).toBe('2025-09-15');
    expect(resolveDeadline({ anchor: 'closingCeremony', offset: { weeks: 2 } }, CAOTUN_WITH_114, t1)).toBe('2026-02-03');
    expect(resolveDeadline({ anchor: 'termStart', offset: { weeks: -3 } }, CAOTUN_WITH_114, t1)).toBe('2025-08-11');
  });

  it('returns null when the calendar lacks the anchor or the term', () => {
    expect(resolveDeadline({ anchor: 'event', offset: { months: 2 } }, CAOTUN_WITH_114, t1)).toBeNull();
    expect(resolveDeadline({ anchor: 'gradeEntryDeadline', offset: {} }, CAOTUN_WITH_114, t1)).toBeNull();
    expect(resolveDeadline({ anchor: 'termStart', offset: {} }, CAOTUN_WITH_114, { year: 99, semester: 1 })).toBeNull();
  });

  it('adds calendar months, clamping to the month end', () => {
    expect(addMonths('2025-09-01', 2)).toBe('2025-11-01');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
  });

  it('counts window days with both ends, and finds the term of a date', () => {
    expect(windowDays({ start: '2025-10-08', end: '2025-10-11' })).toBe(4);
    expect(termAt(CAOTUN_WITH_114, '2026-02-10')!.term).toEqual(t1);
    expect(termAt(CAOTUN_WITH_114, '2026-02-11')!.term).toEqual({ year: 114, semester: 2 });
  });

  it('describes a rule in words', () => {
    expect(describeDeadline({ anchor: 'termStart', offset: { weeks: 2 } }).zh).toBe('開學日後 2 週');
    expect(describeDeadline({ anchor: 'agencyDeadline', offset: { weeks: -2 } }).zh).toBe('國教署來文截止日前 2 週');
  });
});

describe('the term a date falls in, and whether it has a calendar', () => {
  it('follows the school-year rule: 8/1–1/31 first term, 2/1–7/31 second', () => {
    expect(legalTerm('2026-12-02')).toEqual({ year: 115, semester: 1 });
    expect(legalTerm('2027-01-31')).toEqual({ year: 115, semester: 1 });
    expect(legalTerm('2026-02-01')).toEqual({ year: 114, semester: 2 });
    expect(legalTerm('2026-07-31')).toEqual({ year: 114, semester: 2 });
    expect(legalTerm('2025-08-01')).toEqual({ year: 114, semester: 1 });
  });

  it('reaches a calendar entry only until the next term’s 開學日 or its school-year end', () => {
    const no115 = { ...CAOTUN_WITH_114, calendar: { terms: CAOTUN_WITH_114.calendar.terms.filter((entry) => entry.term.year === 114) } };
    expect(termAt(no115, '2026-07-31')!.term).toEqual({ year: 114, semester: 2 });
    expect(termAt(no115, '2026-12-02')).toBeUndefined();
    expect(termOfDate(no115, '2026-12-02')).toEqual({ year: 115, semester: 1 });
    expect(termAt(CAOTUN_WITH_114, '2026-08-31')!.term).toEqual({ year: 114, semester: 2 });
    expect(termAt(CAOTUN_WITH_114, '2026-09-01')!.term).toEqual({ year: 115, semester: 1 });
  });

  it('says which calendar a term has, or that it has none', () => {
    expect(calendarState(CAOTUN_WITH_114, t1)).toBe('set');
    expect(calendarName(CAOTUN_WITH_114, t1).zh).toBe('國立草屯商工 114 學年度第 1 學期行事曆');
    expect(calendarState(CAOTUN_WITH_114, { year: 115, semester: 1 })).toBe('estimate');
    expect(calendarState(CAOTUN_WITH_114, { year: 115, semester: 2 })).toBe('none');
    expect(calendarName(CAOTUN_WITH_114, { year: 115, semester: 2 }).zh).toBe('115 學年度第 2 學期尚未設定行事曆');
    // an estimated 開學日 gives no deadline
    expect(resolveDeadline({ anchor: 'termStart', offset: { weeks: 4 } }, CAOTUN_WITH_114, { year: 115, semester: 1 })).toBeNull();
  });
});
