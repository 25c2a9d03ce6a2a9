// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { RosterFile } from '@/lib/model/records';
import { NATIONAL_POLICY } from '@/lib/policy/presets';
import { rosterCoverMismatch as rule } from '@/lib/rules/format/roster-cover-mismatch';
import { on, page, withPolicy } from '../fixtures';

const file = (fileName: string, label: string, schoolCode: string, year: number, semester: 1 | 2): RosterFile => ({
  type: 'roster-file',
  fileName,
  kind: 'x',
  label,
  schoolCode,
  term: { year, semester },
});
const CHECK = on('2026-01-10');

describe('format.roster.cover-mismatch', () => {
  it('fires on a file whose school code or term differs from the batch’s first', () => {
    const records = [file('a.xlsx', '學生資料名冊', '011302', 114, 1), file('b.xlsx', '學期成績名冊', '011303', 114, 2)];
    const findings = rule.check(page(records, 'precheck'), NATIONAL_POLICY, CHECK);
    expect(findings.map((f) => [f.recordIndex, f.field])).toEqual([
      [1, 'schoolCode'],
      [1, 'term'],
    ]);
    expect(findings[0]!.message.zh).toContain('學期成績名冊「b.xlsx」的學校代碼是 011303，與同一批的學生資料名冊「a.xlsx」（011302）不同');
    expect(findings[1]!.message.zh).toContain('是114 學年度第 2 學期，與同一批的學生資料名冊「a.xlsx」（114 學年度第 1 學期）不同');
  });

  it('fires on a school code that is not the policy’s', () => {
    const policy = withPolicy((p) => (p.schoolCode = '011302'));
    const findings = rule.check(page([file('a.xlsx', '學生資料名冊', '011320', 114, 1)], 'precheck'), policy, CHECK);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message.zh).toContain('學校代碼是 011320，但學校設定的學校代碼是 011302');
  });

  it('is silent when every file agrees with the others and with the policy', () => {
    const policy = withPolicy((p) => (p.schoolCode = '011302'));
    const records = [file('a.xlsx', '學生資料名冊', '011302', 114, 1), file('b.xlsx', '學期成績名冊', '011302', 114, 1)];
    expect(rule.check(page(records, 'precheck'), policy, CHECK)).toEqual([]);
  });
});
