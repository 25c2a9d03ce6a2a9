// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { PageRecord } from '@/lib/model/records';
import { NATIONAL_POLICY } from '@/lib/policy/presets';
import { rosterStudentMissing as rule } from '@/lib/rules/identity/roster-student-missing';
import { on, outcome, page } from '../fixtures';

const CHECK = on('2026-01-10');
const studentsFile: PageRecord = { type: 'roster-file', fileName: '學生資料名冊.xlsx', kind: 'students', label: '學生資料名冊' };

describe('identity.roster.student-missing', () => {
  it('fires on grade and outcome rows whose ID number the batch’s student roster lacks, never echoing it', () => {
    const records: PageRecord[] = [
      studentsFile,
      { type: 'student', idNumber: 'A123456789' },
      { type: 'student', idNumber: 'B123456780' },
      { type: 'course-grade', idNumber: 'a123456789 ', code: 'X' },
      { type: 'course-grade', idNumber: 'C123456781', code: 'X' },
      outcome({ studentRef: 'D123456782' }),
    ];
    const findings = rule.check(page(records, 'precheck'), NATIONAL_POLICY, CHECK);
    expect(findings.map((f) => [f.recordIndex, f.field])).toEqual([
      [4, 'idNumber'],
      [5, 'studentRef'],
    ]);
    expect(findings[0]!.message.zh).toContain('這位學生的身分證號不在同一批的學生資料名冊「學生資料名冊.xlsx」中（該名冊共 2 人）');
    expect(JSON.stringify(findings)).not.toContain('C123456781');
  });

  it('is silent without a student roster in the batch (a page, or grade files alone)', () => {
    const records: PageRecord[] = [{ type: 'course-grade', idNumber: 'C123456781', code: 'X' }, outcome({ studentRef: '112001' })];
    expect(rule.check(page(records, 'precheck'), NATIONAL_POLICY, CHECK)).toEqual([]);
  });
});
