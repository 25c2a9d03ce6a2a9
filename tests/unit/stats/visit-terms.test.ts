import { describe, expect, it } from 'vitest';
import { CAOTUN_POLICY } from '@/lib/policy/presets';
import { visitTerms } from '@/lib/stats/visit-terms';

const ORIGIN = 'http://127.0.0.1:5180';
const at = (iso: string) => Date.parse(`${iso}T10:00:00`);

describe('visitTerms', () => {
  const observations = [
    // the certification page read on 2026-12-02 showed 114-1 uploads
    { visitUid: 'v1', at: at('2026-12-02'), scope: 'outcome-cert|114|1', day: '2026-12-02', origin: ORIGIN, pageKind: 'certification' as const, year: 114, semester: 1 as const },
    // folded by compaction: no visit uid left, only the day, site and kind of page
    { visitUid: '', at: at('2026-10-05'), scope: 'receipt-confirm|114|1', day: '2026-10-05', origin: ORIGIN, pageKind: 'receipt' as const, year: 114, semester: 1 as const },
  ];
  const visits = [
    { id: 1, uid: 'v1', at: at('2026-12-02'), origin: ORIGIN, pageKind: 'certification' as const },
    { id: 2, uid: 'v2', at: at('2026-10-05'), origin: ORIGIN, pageKind: 'receipt' as const },
    { id: 3, uid: 'v3', at: at('2026-12-02'), origin: ORIGIN, pageKind: 'outcome-list' as const },
    { id: 4, uid: 'v4', at: at('2025-10-20'), origin: ORIGIN, pageKind: 'outcome-list' as const },
  ];

  it('files a check under the term of the counts it logged, not the day it was made', () => {
    const terms = visitTerms(visits, observations, CAOTUN_POLICY);
    expect(terms.get(1)).toEqual({ year: 114, semester: 1 });
    expect(terms.get(2)).toEqual({ year: 114, semester: 1 });
  });

  it('places a check without counts (a student’s page) by its day on the calendar', () => {
    const terms = visitTerms(visits, observations, CAOTUN_POLICY);
    expect(terms.get(3)).toEqual({ year: 115, semester: 1 });
    expect(terms.get(4)).toEqual({ year: 114, semester: 1 });
  });
});
