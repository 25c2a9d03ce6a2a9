import { describe, expect, it } from 'vitest';
import { dismissalKey, findingDigest, findingValue, valueDigest } from '@/lib/dismissals/fingerprint';
import { judge, mergeDismissal, replacedBy, statusOf, withdrawn, type Dismissal } from '@/lib/dismissals/lifecycle';
import type { Artifact } from '@/lib/model/records';

const artifact: Artifact = {
  type: 'artifact',
  kind: 'outcome',
  studentRef: '112045',
  title: '管樂社演出心得',
  summary: '參加校慶演出。',
  files: [{ name: 'report.pdf', ext: 'pdf', bytes: 1024 }],
  certStatus: 'pending',
};

describe('what a dismissal is about', () => {
  it('a finding naming a field is about that field’s value; one naming none, about the whole record', () => {
    expect(findingValue(artifact, { field: 'summary' })).toBe('"參加校慶演出。"');
    expect(findingValue(artifact, { field: 'files' })).toBe('[{"bytes":1024,"ext":"pdf","name":"report.pdf"}]');
    expect(findingValue({ type: 'course-code-check', code: 'X1', matched: false }, {})).toBe('{"code":"X1","matched":false,"type":"course-code-check"}');
    // a field the record lacks (a roster column) falls back to the record
    expect(findingValue({ type: 'course-code-check', code: 'X1', matched: false }, { field: 'name' })).toBe('{"code":"X1","matched":false,"type":"course-code-check"}');
  });

  it('the digest changes with the value and only with it', () => {
    const before = findingDigest(artifact, { field: 'summary' });
    expect(before).toMatch(/^[0-9a-f]{16}$/);
    expect(findingDigest({ ...artifact, certStatus: 'certified' }, { field: 'summary' })).toBe(before);
    expect(findingDigest({ ...artifact, summary: '參加校慶演出！' }, { field: 'summary' })).not.toBe(before);
    expect(valueDigest('ab')).not.toBe(valueDigest('ba'));
    expect(valueDigest('')).not.toBe(valueDigest('\u0000'));
    expect(dismissalKey('id', { ruleId: 'format.summary.too-long', field: 'summary' }, 'abc')).toBe('id\u001fformat.summary.too-long\u001fsummary\u001fabc');
    expect(dismissalKey('id', { ruleId: 'schedule.receipt.disputed' }, 'abc')).toBe('id\u001fschedule.receipt.disputed\u001f\u001fabc');
  });
});

const AT = Date.parse('2026-12-01T09:00:00+08:00');
const LATER = Date.parse('2026-12-02T10:00:00+08:00');
const row = (over: Partial<Dismissal>): Dismissal => ({
  id: 'd1',
  at: AT,
  origin: 'http://127.0.0.1:5180',
  path: '/a/student/Performance.aspx',
  pageKind: 'performance-list',
  subject: 's1',
  ruleId: 'format.file.type-mismatch',
  field: 'files',
  fingerprint: 'f1',
  choice: 'other',
  note: '檔案是 PDF',
  role: 'staff',
  staffName: '王怡君',
  endedAt: 0,
  ended: '',
  ...over,
});

describe('a dismissal’s lifecycle', () => {
  it('applies while the finding is seen with the same value', () => {
    const seen = { subject: 's1', ruleId: 'format.file.type-mismatch', field: 'files', fingerprint: 'f1' };
    expect(judge([row({})], seen, LATER)).toEqual({ applies: row({}), ended: [] });
    expect(statusOf(row({}))).toBe('active');
  });

  it('ends as 已失效 when the value changed, and the finding is shown again', () => {
    const seen = { subject: 's1', ruleId: 'format.file.type-mismatch', field: 'files', fingerprint: 'f2' };
    const verdict = judge([row({})], seen, LATER);
    expect(verdict.applies).toBeUndefined();
    expect(verdict.ended).toEqual([row({ endedAt: LATER, ended: 'value-changed' })]);
    expect(statusOf(verdict.ended[0]!)).toBe('value-changed');
    // once ended it stays ended, even if the old value comes back
    expect(judge(verdict.ended, { ...seen, fingerprint: 'f1' }, LATER + 1)).toEqual({ applies: undefined, ended: [] });
  });

  it('is about one record, rule and field only', () => {
    const other = [row({ subject: 's2' }), row({ id: 'd2', ruleId: 'course.plan.mismatch' }), row({ id: 'd3', field: 'title' })];
    expect(judge(other, { subject: 's1', ruleId: 'format.file.type-mismatch', field: 'files', fingerprint: 'f9' }, LATER)).toEqual({ applies: undefined, ended: [] });
  });

  it('a newer dismissal of the same finding replaces the older one', () => {
    const fresh = row({ id: 'd2', at: LATER, choice: 'reported-officer', note: '' });
    expect(replacedBy([row({}), row({ id: 'd3', subject: 's2' }), fresh], fresh)).toEqual([row({ endedAt: LATER, ended: 'replaced' })]);
  });

  it('merging two views keeps the one that ended', () => {
    const ended = row({ endedAt: LATER, ended: 'value-changed' });
    expect(mergeDismissal(row({}), ended)).toEqual(ended);
    expect(mergeDismissal(ended, row({}))).toEqual(ended);
    expect(mergeDismissal(row({}), row({ note: 'x' }))).toEqual(row({}));
  });

  it('「取消確認」 ends one in force as withdrawn, saying who; the finding is open again', () => {
    const by = { role: 'homeroom' as const, staffName: '林雅婷' };
    const back = withdrawn(row({}), by, LATER)!;
    expect(back).toEqual(row({ endedAt: LATER, ended: 'withdrawn', withdrawnBy: by }));
    expect(statusOf(back)).toBe('withdrawn');
    // a check with the same value no longer finds it in force: the mark is in colour again
    expect(judge([back], { subject: 's1', ruleId: 'format.file.type-mismatch', field: 'files', fingerprint: 'f1' }, LATER + 1)).toEqual({ applies: undefined, ended: [] });
    // one that has ended (lapsed, replaced, withdrawn) cannot be taken back again
    expect(withdrawn(row({ endedAt: LATER, ended: 'value-changed' }), by, LATER + 1)).toBeUndefined();
    expect(withdrawn(back, by, LATER + 1)).toBeUndefined();
    // merged with a view where it is still in force, the withdrawal wins
    expect(mergeDismissal(row({}), back)).toEqual(back);
  });

  it('the whole lifecycle: dismissed, lapsed when the value changed, dismissed again, withdrawn', () => {
    const seen = { subject: 's1', ruleId: 'format.file.type-mismatch', field: 'files', fingerprint: 'f1' };
    const first = row({});
    expect(judge([first], seen, AT + 1).applies).toEqual(first);
    const lapsed = judge([first], { ...seen, fingerprint: 'f2' }, LATER).ended[0]!;
    expect(statusOf(lapsed)).toBe('value-changed');
    const again = row({ id: 'd2', at: LATER + 10, fingerprint: 'f2' });
    expect(judge([lapsed, again], { ...seen, fingerprint: 'f2' }, LATER + 20)).toEqual({ applies: again, ended: [] });
    const back = withdrawn(again, { role: 'staff', staffName: '王怡君' }, LATER + 30)!;
    expect(judge([lapsed, back], { ...seen, fingerprint: 'f2' }, LATER + 40)).toEqual({ applies: undefined, ended: [] });
    expect([lapsed, back].map(statusOf)).toEqual(['value-changed', 'withdrawn']);
  });
});
