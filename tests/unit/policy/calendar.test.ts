import { describe, expect, it } from 'vitest';
import { addMonths, describeDeadline, resolveDeadline, termAt, windowDays } from '@/lib/policy/calendar';
import { CAOTUN_POLICY } from '@/lib/policy/presets';

const t1 = { year: 114, semester: 1 as const };

describe('calendar', () => {
  it('resolves 開學日後二週內 for a given calendar', () => {
    expect(resolveDeadline({ anchor: 'termStart', offset: { weeks: 2 } }, CAOTUN_POLICY, t1)).toBe('2025-09-15');
    expect(resolveDeadline({ anchor: 'closingCeremony', offset: { weeks: 2 } }, CAOTUN_POLICY, t1)).toBe('2026-02-03');
    expect(resolveDeadline({ anchor: 'termStart', offset: { weeks: -3 } }, CAOTUN_POLICY, t1)).toBe('2025-08-11');
  });

  it('returns null when the calendar lacks the anchor or the term', () => {
    expect(resolveDeadline({ anchor: 'event', offset: { months: 2 } }, CAOTUN_POLICY, t1)).toBeNull();
    expect(resolveDeadline({ anchor: 'gradeEntryDeadline', offset: {} }, CAOTUN_POLICY, t1)).toBeNull();
    expect(resolveDeadline({ anchor: 'termStart', offset: {} }, CAOTUN_POLICY, { year: 99, semester: 1 })).toBeNull();
  });

  it('adds calendar months, clamping to the month end', () => {
    expect(addMonths('2025-09-01', 2)).toBe('2025-11-01');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
  });

  it('counts window days with both ends, and finds the term of a date', () => {
    expect(windowDays({ start: '2025-10-08', end: '2025-10-11' })).toBe(4);
    expect(termAt(CAOTUN_POLICY, '2026-02-10')!.term).toEqual(t1);
    expect(termAt(CAOTUN_POLICY, '2026-02-11')!.term).toEqual({ year: 114, semester: 2 });
  });

  it('describes a rule in words', () => {
    expect(describeDeadline({ anchor: 'termStart', offset: { weeks: 2 } }).zh).toBe('開學日後 2 週');
    expect(describeDeadline({ anchor: 'agencyDeadline', offset: { weeks: -2 } }).zh).toBe('國教署來文截止日前 2 週');
  });
});
