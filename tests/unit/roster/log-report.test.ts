import { describe, expect, it } from 'vitest';
import { NATIONAL_POLICY } from '@/lib/policy/presets';
import type { RosterCheck } from '@/lib/roster/check';
import { rosterReport } from '@/lib/roster/log-report';

const problem = (file: string, ruleId: string, value: string) => ({
  file,
  sheet: 'S',
  row: 8,
  column: '身分證號',
  value,
  ruleId,
  severity: 'error' as const,
  title: { zh: 't', en: 't' },
  message: { zh: 'm', en: 'm' },
  source: { zh: 's', en: 's' },
});

describe('what the log keeps of a pre-check', () => {
  it('one subject per recognised file without cell values, one finding per file and rule, the 預檢 task per roster', () => {
    const check: RosterCheck = {
      files: [
        { file: 'a.xlsx', kind: 'students', label: { zh: '學生資料名冊', en: '' }, sheets: [], rows: 3, errors: 0, warnings: 0, verdict: 'ok', schoolCode: '093301', term: { year: 114, semester: 1 } },
        { file: 'b.xlsx', kind: 'grades', label: { zh: '學期成績名冊', en: '' }, sheets: [], rows: 9, errors: 2, warnings: 0, verdict: 'fix', schoolCode: '093301', term: { year: 114, semester: 1 } },
        { file: 'c.xls', kind: 'unknown', label: { zh: '無法讀取', en: '' }, sheets: [], rows: 0, errors: 1, warnings: 0, verdict: 'fix' },
      ],
      problems: [problem('b.xlsx', 'identity.id-number.invalid', 'A12****788'), problem('b.xlsx', 'identity.id-number.invalid', 'B12****788'), problem('b.xlsx', 'read.cell.formula', '85'), problem('c.xls', 'read.file.xls', '')],
    };
    const report = rosterReport(check, 'chrome-extension://x/roster.html', NATIONAL_POLICY, new Date('2026-01-10T12:00:00'));
    expect(report).toMatchObject({ type: 'page-report', pageKind: 'precheck', status: 'checked', policyId: NATIONAL_POLICY.id });
    expect(report.subjects).toEqual(['roster\u001fstudents\u001f093301\u001f114-1', 'roster\u001fgrades\u001f093301\u001f114-1']);
    expect(report.findings).toEqual([{ ruleId: 'identity.id-number.invalid', severity: 'error', recordIndex: 1 }]);
    expect(report.observations!.map((o) => [o.taskId, o.course, o.total, o.done, o.pending])).toEqual([
      ['precheck', '學生資料名冊', 1, 1, 0],
      ['precheck', '學期成績名冊', 1, 0, 1],
    ]);
    expect(JSON.stringify(report)).not.toMatch(/A12|B12|\*\*\*\*/);
  });
});
