// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { NATIONAL_POLICY } from '@/lib/policy/presets';
import { duplicateStudent as rule } from '@/lib/rules/identity/duplicate-student';
import { on, outcome, page } from '../fixtures';

const receipt = (studentRef: string) => ({ type: 'receipt' as const, studentRef, status: 'pending' as const });

describe('identity.student.duplicate', () => {
  it('fires on every row of a student listed twice, naming the rows', () => {
    const findings = rule.check(page([receipt('112001'), receipt('112002'), receipt('112001')], 'receipt'), NATIONAL_POLICY, on('2026-01-01'));
    expect(findings.map((f) => f.recordIndex)).toEqual([0, 2]);
    expect(findings[0]!.message.zh).toContain('出現 2 次（第 1、3 筆的學號相同）');
  });

  it('fires on the same ID number under different 學號, without echoing it', () => {
    const rows = [
      { type: 'student' as const, studentRef: '112001', idNumber: 'A123456789' },
      { type: 'student' as const, studentRef: '112009', idNumber: 'a123456789 ' },
    ];
    const findings = rule.check(page(rows, 'class-progress'), NATIONAL_POLICY, on('2026-01-01'));
    expect(findings[0]!.message.zh).toContain('身分證明號碼相同');
    expect(JSON.stringify(findings)).not.toMatch(/A123456789/i);
  });

  it('does not fire on distinct students, or on artifact lists where one student has many rows', () => {
    expect(rule.check(page([receipt('112001'), receipt('112002')], 'receipt'), NATIONAL_POLICY, on('2026-01-01'))).toEqual([]);
    const items = [outcome({ studentRef: '112001' }), outcome({ studentRef: '112001' })];
    expect(rule.check(page(items), NATIONAL_POLICY, on('2026-01-01'))).toEqual([]);
  });
});
