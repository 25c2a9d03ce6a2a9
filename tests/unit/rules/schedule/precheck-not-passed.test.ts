// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { PrecheckResult } from '@/lib/model/records';
import { NATIONAL_POLICY } from '@/lib/policy/presets';
import { precheckNotPassed as rule } from '@/lib/rules/schedule/precheck-not-passed';
import { on, page } from '../fixtures';

const batch = (over: Partial<PrecheckResult>): PrecheckResult => ({ type: 'precheck', rosterType: '學生基本資料名冊', passed: true, errors: [], ...over });
const check = (records: PrecheckResult[]) => rule.check(page(records, 'precheck'), NATIONAL_POLICY, on('2025-10-01'));

describe('schedule.precheck.not-passed', () => {
  it('fires on a failed roster, with its error count and first error', () => {
    const [f] = check([batch({ passed: false, errorCount: 3, errors: [{ row: 111, field: '身分證號', message: '身分證號檢查碼錯誤' }] })]);
    expect(f).toMatchObject({ ruleId: 'schedule.precheck.not-passed', severity: 'error', recordIndex: 0, field: 'passed' });
    expect(f!.message.zh).toContain('有 3 筆錯誤');
    expect(f!.message.zh).toContain('第 111 筆「身分證號」：身分證號檢查碼錯誤');
    expect(f!.message.zh).toContain('第5項');
  });
  it('counts the listed errors when the page gives no count', () => {
    expect(check([batch({ passed: false, errors: [{ message: 'a' }, { message: 'b' }] })])[0]!.message.zh).toContain('有 2 筆錯誤');
  });
  it('does not fire on a roster that passed', () => {
    expect(check([batch({ passed: true, errorCount: 0 })])).toEqual([]);
  });
});
