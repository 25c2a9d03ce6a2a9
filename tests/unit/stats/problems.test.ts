import { describe, expect, it } from 'vitest';
import type { SightingRow, VisitRow } from '@/lib/db/database';
import { CAOTUN_POLICY } from '@/lib/policy/presets';
import { termProblems } from '@/lib/stats/problems';
import { addObservationTerms, newObservationTerms, visitTerms, visitTermsFrom } from '@/lib/stats/visit-terms';

const ORIGIN = 'http://127.0.0.1:5180';
const visit = (id: number, uid: string, iso: string): VisitRow => ({
  id, uid, at: Date.parse(`${iso}T10:00:00`), origin: ORIGIN, path: `/p${id}`, pageKind: 'certification', policyId: 'caotun', records: 10 * id, errors: 1, warnings: 0,
});
const observation = (visitUid: string, day: string, year: number, semester: 1 | 2) => ({ visitUid, at: Date.parse(`${day}T10:00:00`), scope: `t|${year}|${semester}`, day, origin: ORIGIN, pageKind: 'certification' as const, year, semester });

describe('termProblems', () => {
  const visits = [visit(1, 'v1', '2026-01-05'), visit(2, 'v2', '2026-03-02'), visit(3, 'v3', '2026-03-03')];
  const sightings: SightingRow[] = [
    { id: 1, visitId: 1, day: '2026-01-05', ruleId: 'cert.pending.past-deadline', findingKey: 'a' },
    { id: 2, visitId: 2, day: '2026-03-02', ruleId: 'cert.pending.past-deadline', findingKey: 'a' },
    { id: 3, visitId: 2, day: '2026-03-02', ruleId: 'format.file.too-large', findingKey: 'b' },
    { id: 4, visitId: 3, day: '2026-03-03', ruleId: 'format.file.too-large', findingKey: 'b' },
  ];
  const findings = [
    { key: 'a', ruleId: 'cert.pending.past-deadline', resolvedAt: 0 },
    { key: 'b', ruleId: 'format.file.too-large', resolvedAt: Date.parse('2026-03-04T10:00:00') },
  ];
  const terms = visitTerms(visits, [observation('v1', '2026-01-05', 114, 1), observation('v2', '2026-03-02', 114, 2), observation('v3', '2026-03-03', 114, 2)], CAOTUN_POLICY);

  it('counts only the checks of the chosen term', () => {
    expect(termProblems({ visits, sightings, findings }, terms, { year: 114, semester: 2 })).toEqual({
      ruleTrend: {
        days: ['2026-03-02', '2026-03-03'],
        series: [
          { ruleId: 'cert.pending.past-deadline', counts: [1, 0] },
          { ruleId: 'format.file.too-large', counts: [1, 1] },
        ],
        dismissed: [0, 0],
      },
      ruleTotals: [
        { ruleId: 'cert.pending.past-deadline', seen: 1, open: 1, dismissed: 0, fixed: 0, firstSeen: '2026-03-02', lastSeen: '2026-03-02' },
        { ruleId: 'format.file.too-large', seen: 1, open: 0, dismissed: 0, fixed: 1, firstSeen: '2026-03-02', lastSeen: '2026-03-03' },
      ],
      rowsRead: 50,
    });
    expect(termProblems({ visits, sightings, findings }, terms, { year: 114, semester: 1 }).rowsRead).toBe(10);
  });
});

describe('visitTermsFrom', () => {
  it('gives visitTerms’ terms when the observations are added a part at a time, in any order', () => {
    const visits = [visit(1, 'v1', '2026-01-05'), visit(2, 'v2', '2026-01-05'), visit(3, 'v3', '2026-03-03')];
    // v1 shows two terms: it keeps the newer. v2 logged no counts: the day's latest counts of the page give its term.
    const later = { ...observation('', '2026-01-05', 113, 2), at: Date.parse('2026-01-05T11:00:00') };
    const observations = [observation('v1', '2026-01-05', 114, 1), later, observation('v1', '2026-01-05', 113, 2)];
    const parts = addObservationTerms(addObservationTerms(newObservationTerms(), observations.slice(1)), observations.slice(0, 1));
    const terms = visitTermsFrom(visits, parts, CAOTUN_POLICY);
    expect(terms).toEqual(visitTerms(visits, observations, CAOTUN_POLICY));
    expect(terms.get(1)).toEqual({ year: 114, semester: 1 });
    expect(terms.get(2)).toEqual({ year: 113, semester: 2 });
  });
});
