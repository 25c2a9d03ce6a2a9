// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { NATIONAL_POLICY } from '@/lib/policy/presets';
import { birthDateInvalid as rule } from '@/lib/rules/identity/birth-date-invalid';
import { on, page } from '../fixtures';

const student = (birthDate: string) => ({ type: 'student' as const, idNumber: 'A123456789', birthDate });
const CHECK = on('2026-01-10');

describe('identity.birth-date.invalid', () => {
  it('fires on text that is not a date, a day that does not exist, a future day and impossible ages', () => {
    const findings = rule.check(page([student('九十八年'), student('2009-02-30'), student('2026-03-01'), student('2018-05-01'), student('0098-03-04'), student('1900-01-01')], 'precheck'), NATIONAL_POLICY, CHECK);
    expect(findings.map((f) => [f.recordIndex, f.field])).toEqual([
      [0, 'birthDate'],
      [1, 'birthDate'],
      [2, 'birthDate'],
      [3, 'birthDate'],
      [4, 'birthDate'],
      [5, 'birthDate'],
    ]);
    expect(findings[0]!.message.zh).toContain('出生日期「九十八年」無法辨識為日期');
    expect(findings[1]!.message.zh).toContain('出生日期 2009-02-30 不是存在的日期');
    expect(findings[2]!.message.zh).toContain('出生日期 2026-03-01 晚於今天（2026-01-10）');
    expect(findings[3]!.message.zh).toContain('學生今天只有 7 歲');
    expect(findings[4]!.message.zh).toContain('出生日期 0098-03-04 的年份 98 可能是民國年（民國 98 年是西元 2009 年）');
    expect(findings[5]!.message.zh).toContain('學生今天已 126 歲，可能把民國年當成西元年');
    expect(JSON.stringify(findings)).not.toContain('A123456789');
  });

  it('is silent on real birth dates of students, empty cells and records without one', () => {
    const records = [student('2009-03-04'), student('2013-12-31'), student(''), { type: 'student' as const, idNumber: 'A123456789' }];
    expect(rule.check(page(records, 'precheck'), NATIONAL_POLICY, CHECK)).toEqual([]);
  });
});
