// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { NATIONAL_POLICY } from '@/lib/policy/presets';
import { rosterRequiredEmpty as rule } from '@/lib/rules/format/roster-required-empty';
import { on, page } from '../fixtures';

describe('format.roster.required-empty', () => {
  it('fires once per empty required column, naming the column as the file writes it', () => {
    const findings = rule.check(
      page([{ type: 'roster-row', empty: [] }, { type: 'roster-row', empty: [{ field: 'score', column: '學期學業成績' }, { field: 'credits', column: '修課學分' }] }], 'precheck'),
      NATIONAL_POLICY,
      on('2026-01-10'),
    );
    expect(findings.map((f) => [f.recordIndex, f.field, f.severity])).toEqual([
      [1, 'score', 'error'],
      [1, 'credits', 'error'],
    ]);
    expect(findings[0]!.message.zh).toContain('「學期學業成績」是必填欄位，這一列卻是空白');
  });

  it('is silent on rows with every required column filled and on other records', () => {
    expect(rule.check(page([{ type: 'roster-row', empty: [] }, { type: 'student', idNumber: '' }], 'precheck'), NATIONAL_POLICY, on('2026-01-10'))).toEqual([]);
  });
});
