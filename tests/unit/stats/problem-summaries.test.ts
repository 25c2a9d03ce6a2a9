import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FindingRow, SightingRow, VisitRow } from '@/lib/db/database';
import { CAOTUN_POLICY } from '@/lib/policy/presets';
import { addChecksToPages, applyRuleChange, recountTermFindings, termProblemsFromSummary, type PageRow, type TermFindingRow } from '@/lib/stats/problem-summaries';
import { termProblems } from '@/lib/stats/problems';
import { visitTerms, type ObservationTermRow } from '@/lib/stats/visit-terms';

const RULES = ['cert.pending.past-deadline', 'format.file.too-large', 'quota.outcome.uploaded-over-cap', 'course.code.malformed'];
const TERMS = ['114|1', '114|2', ''] as const;
const PATHS = ['/a/teacher/Certify0.aspx', '/a/teacher/Certify1.aspx', '/a/CourseList.aspx'];
/** 2025-09-01 … 2026-03-31 (both terms of 114 on Caotun's calendar), local noon. */
const FIRST_DAY = Date.parse('2025-09-01T12:00:00');

const check = fc.record({
  term: fc.constantFrom(...TERMS),
  path: fc.constantFrom(...PATHS),
  dayIndex: fc.integer({ min: 0, max: 211 }),
  records: fc.integer({ min: 0, max: 40 }),
  unread: fc.integer({ min: 0, max: 3 }),
  seen: fc.array(fc.record({ rule: fc.integer({ min: 0, max: RULES.length - 1 }), subject: fc.integer({ min: 0, max: 5 }) }), { maxLength: 6 }),
  counts: fc.boolean(),
});
type Check = typeof check extends fc.Arbitrary<infer T> ? T : never;

/**
 * A raw log from generated checks: some keep a term, some none (placed by that day's counts of the same page
 * kind when `counts`, else by the calendar); each sees findings, each finding a rule on a subject, fixed,
 * 已確認 or open.
 */
function rawLog(checks: readonly Check[], states: number[]) {
  const visits: VisitRow[] = [];
  const sightings: SightingRow[] = [];
  const observations: ObservationTermRow[] = [];
  const findings = new Map<string, Pick<FindingRow, 'key' | 'ruleId' | 'resolvedAt' | 'dismissedAt'>>();
  checks.forEach((c, i) => {
    const at = FIRST_DAY + c.dayIndex * 86_400_000 + i * 1000;
    const day = new Date(at).toLocaleDateString('sv');
    const visit: VisitRow = { id: i + 1, uid: `v${i}`, at, origin: 'http://127.0.0.1:5180', path: c.path, pageKind: c.path.includes('Course') ? 'course-list' : 'certification', policyId: 'caotun', records: c.records, errors: c.seen.length, warnings: 0, unread: c.unread, term: c.term };
    visits.push(visit);
    if (c.term === '' && c.counts) observations.push({ visitUid: `other${i}`, at: at - 1, scope: 's', day, origin: visit.origin, pageKind: visit.pageKind, year: 114, semester: i % 2 ? 1 : 2 });
    for (const { rule, subject } of c.seen) {
      const key = `${RULES[rule]}|s${subject}`;
      const state = states[(rule * 6 + subject) % states.length] ?? 0;
      findings.set(key, { key, ruleId: RULES[rule]!, resolvedAt: state === 1 ? at : 0, dismissedAt: state === 2 ? at : undefined });
      sightings.push({ id: sightings.length + 1, visitId: visit.id!, day, ruleId: RULES[rule]!, findingKey: key });
    }
  });
  return { visits, sightings, observations, findings: [...findings.values()] };
}

/** A term's rule rows from its findings' days in the term and their states. */
function rulesOf(rows: TermFindingRow[], findings: Pick<FindingRow, 'key' | 'resolvedAt' | 'dismissedAt'>[]) {
  const sightings = rows.flatMap((row) => row.days.map((day) => ({ term: `${row.year}|${row.semester}`, day, ruleId: row.ruleId, findingKey: row.findingKey })));
  return applyRuleChange([], recountTermFindings([], sightings, findings).change).put;
}

const NO_UNPLACED = { visits: [], sightings: [], observations: [], findings: [], termFindings: [] };

describe('termProblemsFromSummary', () => {
  it('gives termProblems over the raw checks, sightings and counts, whatever the log', () => {
    fc.assert(
      fc.property(fc.array(check, { maxLength: 40 }), fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 1, maxLength: 24 }), (checks, states) => {
        const log = rawLog(checks, states);
        const pages = new Map<string, PageRow>();
        addChecksToPages(pages, log.visits);
        const termOf = new Map(log.visits.map((visit) => [visit.id!, visit.term ?? '']));
        const { rows: termFindings, change } = recountTermFindings([], log.sightings.map((row) => ({ ...row, term: termOf.get(row.visitId)! })), log.findings);
        const termRules = applyRuleChange([], change).put;
        const unplaced = log.visits.filter((visit) => visit.term === '');
        const unplacedSightings = log.sightings.filter((row) => termOf.get(row.visitId) === '');
        const unplacedKeys = new Set(unplacedSightings.map((row) => row.findingKey));
        const unplacedFindings = { findings: log.findings.filter((row) => unplacedKeys.has(row.key)), termFindings: termFindings.filter((row) => unplacedKeys.has(row.findingKey)) };
        const summary = { pages: [...pages.values()], unplaced: { visits: unplaced, sightings: unplacedSightings, observations: log.observations, ...unplacedFindings } };
        const terms = visitTerms(log.visits, log.observations, CAOTUN_POLICY);
        for (const term of [{ year: 114, semester: 1 as const }, { year: 114, semester: 2 as const }, { year: 113, semester: 2 as const }]) {
          const rules = termRules.filter((row) => row.year === term.year && row.semester === term.semester);
          expect(termProblemsFromSummary(summary, rules, term, CAOTUN_POLICY)).toEqual(termProblems(log, terms, term));
        }
      }),
      { seed: 20261202, numRuns: 150 },
    );
  }, 60_000);

  it('counts a finding seen on two days of the term once in its rule and once on each day', () => {
    const rows: TermFindingRow[] = [
      { id: '114|1|a', year: 114, semester: 1, ruleId: 'format.file.too-large', findingKey: 'a', days: ['2025-09-01', '2025-09-03'] },
      { id: '114|1|b', year: 114, semester: 1, ruleId: 'format.file.too-large', findingKey: 'b', days: ['2025-09-03'] },
    ];
    const problems = termProblemsFromSummary(
      { pages: [], unplaced: NO_UNPLACED },
      rulesOf(rows, [{ key: 'a', resolvedAt: 5, dismissedAt: 0 }, { key: 'b', resolvedAt: 0, dismissedAt: 0 }]),
      { year: 114, semester: 1 },
      CAOTUN_POLICY,
    );
    expect(problems.ruleTrend).toEqual({ days: ['2025-09-01', '2025-09-02', '2025-09-03'], series: [{ ruleId: 'format.file.too-large', counts: [1, 0, 2] }], dismissed: [0, 0, 0] });
    expect(problems.ruleTotals).toEqual([{ ruleId: 'format.file.too-large', seen: 2, open: 1, dismissed: 0, fixed: 1, firstSeen: '2025-09-01', lastSeen: '2025-09-03' }]);
  });

  it('counts a finding apart from the day it was marked 「已確認，無需更正」, and a rule with no open day has no series', () => {
    const rows: TermFindingRow[] = [
      // seen 09-01 and 09-03, marked on 09-02 (local noon): open on 09-01, 已確認 on 09-03
      { id: '114|1|a', year: 114, semester: 1, ruleId: 'format.file.too-large', findingKey: 'a', days: ['2025-09-01', '2025-09-03'] },
      // marked on 09-01, seen only after: never open
      { id: '114|1|c', year: 114, semester: 1, ruleId: 'identity.duplicate-student', findingKey: 'c', days: ['2025-09-02'] },
    ];
    const problems = termProblemsFromSummary(
      { pages: [], unplaced: NO_UNPLACED },
      rulesOf(rows, [
        { key: 'a', resolvedAt: 0, dismissedAt: new Date('2025-09-02T12:00:00').getTime() },
        { key: 'c', resolvedAt: 0, dismissedAt: new Date('2025-09-01T12:00:00').getTime() },
      ]),
      { year: 114, semester: 1 },
      CAOTUN_POLICY,
    );
    expect(problems.ruleTrend).toEqual({
      days: ['2025-09-01', '2025-09-02', '2025-09-03'],
      series: [{ ruleId: 'format.file.too-large', counts: [1, 0, 0] }],
      dismissed: [0, 1, 1],
    });
    expect(problems.ruleTotals.map((total) => [total.ruleId, total.open, total.dismissed])).toEqual([
      // none open, each seen once: by rule id
      ['format.file.too-large', 0, 1],
      ['identity.duplicate-student', 0, 1],
    ]);
  });
});
