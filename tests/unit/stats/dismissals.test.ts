import { describe, expect, it } from 'vitest';
import type { Dismissal } from '@/lib/dismissals/lifecycle';
import { NATIONAL_POLICY } from '@/lib/policy/presets';
import { dismissalTerms, dismissalTotals, newestFirst, termDismissals } from '@/lib/stats/dismissals';

const row = (id: string, over: Partial<Dismissal>): Dismissal => ({
  id, at: 1_000, origin: 'http://127.0.0.1:5180', path: '/a/student/Performance.aspx', pageKind: 'performance-list', subject: 's', ruleId: 'format.file.type-mismatch',
  field: 'files', fingerprint: 'f', choice: 'other', note: '檔案實為 PDF', role: 'staff', staffName: '王怡君', endedAt: 0, ended: '', ...over,
});

const rows = [
  row('a', {}),
  row('b', { at: 3_000, endedAt: 4_000, ended: 'value-changed' }),
  row('c', { at: 2_000, staffName: '陳志明', ruleId: 'format.summary.too-long', choice: 'reported-officer' }),
  row('d', { at: 2_500, endedAt: 2_600, ended: 'replaced' }),
  row('e', { at: 2_700, endedAt: 2_800, ended: 'withdrawn', withdrawnBy: { role: 'homeroom', staffName: '林雅婷' } }),
];

describe('dismissals for the working group', () => {
  it('counts them per rule: in force, lapsed, replaced and taken back, the most first', () => {
    expect(dismissalTotals(rows, 'ruleId')).toEqual([
      { key: 'format.file.type-mismatch', total: 4, active: 1, lapsed: 1, replaced: 1, withdrawn: 1, last: 3_000 },
      { key: 'format.summary.too-long', total: 1, active: 1, lapsed: 0, replaced: 0, withdrawn: 0, last: 2_000 },
    ]);
  });

  it('counts them per person', () => {
    expect(dismissalTotals(rows, 'staffName')).toEqual([
      { key: '王怡君', total: 4, active: 1, lapsed: 1, replaced: 1, withdrawn: 1, last: 3_000 },
      { key: '陳志明', total: 1, active: 1, lapsed: 0, replaced: 0, withdrawn: 0, last: 2_000 },
    ]);
    expect(dismissalTotals([], 'staffName')).toEqual([]);
  });

  it('lists them newest first', () => {
    expect(newestFirst(rows).map((r) => r.id)).toEqual(['b', 'e', 'd', 'c', 'a']);
  });
});

describe('dismissals by term', () => {
  // Two checks of the 認證 page filed under the terms their data showed (visitTerms), both read in
  // 115-1 by the computer's clock; a third page was never logged as a check.
  const ORIGIN = 'http://127.0.0.1:5180';
  const at = (iso: string) => Date.parse(`${iso}T09:00:00`);
  const checks = [
    { id: 1, at: at('2026-12-01'), origin: ORIGIN, path: '/a/teacher/Certify.aspx', pageKind: 'certification' as const },
    { id: 2, at: at('2026-12-03'), origin: ORIGIN, path: '/a/teacher/Certify.aspx', pageKind: 'certification' as const },
  ];
  const checkTerms = new Map([
    [1, { year: 114, semester: 1 as const }],
    [2, { year: 114, semester: 2 as const }],
  ]);
  const cert = { origin: ORIGIN, path: '/a/teacher/Certify.aspx', pageKind: 'certification' as const };
  const dismissals = [
    row('after-1', { ...cert, at: at('2026-12-02') }),
    row('after-2', { ...cert, at: at('2026-12-04'), staffName: '陳志明' }),
    row('before-any', { ...cert, at: at('2026-11-30') }),
    row('no-check', { at: at('2026-03-02') }),
  ];

  it('files each under the term of the check of its page it was made on, else its day on the calendar', () => {
    const terms = dismissalTerms(dismissals, checks, checkTerms, NATIONAL_POLICY);
    expect(Object.fromEntries([...terms].map(([id, term]) => [id, `${term.year}-${term.semester}`]))).toEqual({
      // the latest check at or before it
      'after-1': '114-1',
      'after-2': '114-2',
      // none before it: the first check of the page after it
      'before-any': '114-1',
      // its page was never logged as a check: 2026-03-02 on the calendar is 114-2
      'no-check': '114-2',
    });
  });

  it('gives the chosen term’s list, newest first, and its counts only', () => {
    const terms = dismissalTerms(dismissals, checks, checkTerms, NATIONAL_POLICY);
    const first = termDismissals(dismissals, terms, { year: 114, semester: 1 });
    expect(first.rows.map((r) => r.id)).toEqual(['after-1', 'before-any']);
    expect(first.byPerson).toEqual([{ key: '王怡君', total: 2, active: 2, lapsed: 0, replaced: 0, withdrawn: 0, last: at('2026-12-02') }]);
    const second = termDismissals(dismissals, terms, { year: 114, semester: 2 });
    expect(second.rows.map((r) => r.id)).toEqual(['after-2', 'no-check']);
    expect(second.byRule).toEqual([{ key: 'format.file.type-mismatch', total: 2, active: 2, lapsed: 0, replaced: 0, withdrawn: 0, last: at('2026-12-04') }]);
    expect(termDismissals(dismissals, terms, { year: 115, semester: 1 })).toEqual({ rows: [], byRule: [], byPerson: [] });
  });
});
