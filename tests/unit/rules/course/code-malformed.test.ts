// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { codeLength, parseCourseCode } from '@/lib/model/course-code';
import { NATIONAL_POLICY } from '@/lib/policy/presets';
import { courseCodeMalformed as rule } from '@/lib/rules/course/code-malformed';
import { courseCodeStructureInvalid } from '@/lib/rules/course/code-structure-invalid';
import { on, outcome, page, withPolicy } from '../fixtures';

const OK = '112093301101001010101';

describe('course code layout', () => {
  it('is 21 characters and parses every code on the sample portal outcomes page', () => {
    expect(codeLength()).toBe(21);
    const html = readFileSync(resolve(dirname(fileURLToPath(import.meta.url)), '../../../portal/pages/a/student/outcomes.html'), 'utf8');
    const codes = [...html.matchAll(/\b\d{15,25}\b/g)].map((m) => m[0]);
    expect(codes.length).toBeGreaterThan(0);
    for (const code of codes) expect(parseCourseCode(code).ok, code).toBe(true);
    expect(parseCourseCode(OK)).toEqual({
      ok: true,
      parts: { entryYear: '112', schoolCode: '093301', system: '1', program: '01', category: '001', subject: '01', sequence: '01', semester: '01' },
    });
  });
});

describe('course.code.malformed', () => {
  it('fires on a code one character short, says the platform length and that the layout is unverified', () => {
    const findings = rule.check(page([outcome({ courseCode: OK.slice(0, 20) })]), NATIONAL_POLICY, on('2026-01-01'));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message.zh).toContain('長度為 20 碼，課程計畫平臺的課程代碼應為 23 碼');
    expect(findings[0]!.message.zh).toContain('尚未經官方文件查證');
  });

  it('leaves a real 23-character platform code to course.code.structure-invalid (no false 長度 error)', () => {
    // shared/domain.md "Identifiers": 108011302H11101A1010101 is a real 國語文 code (ischoolinc/SHEvaluation).
    const real = '108011302H11101A1010101';
    const policy = withPolicy((p) => {
      p.schoolCode = '011302';
    });
    expect(rule.check(page([outcome({ courseCode: real })]), policy, on('2026-01-01'))).toEqual([]);
    expect(courseCodeStructureInvalid.check(page([outcome({ courseCode: real })]), policy, on('2026-01-01'))).toEqual([]);
    const otherSchool = withPolicy((p) => {
      p.schoolCode = '553301';
    });
    const decoded = courseCodeStructureInvalid.check(page([outcome({ courseCode: real })]), otherSchool, on('2026-01-01'));
    expect(decoded).toHaveLength(1);
    expect(decoded[0]!.message.zh).toContain('學校代碼 011302 不是本校的 553301');
  });

  it('names the segment that is not numeric', () => {
    const findings = rule.check(page([outcome({ courseCode: '11209X301101001010101' })]), NATIONAL_POLICY, on('2026-01-01'));
    expect(findings[0]!.message.zh).toContain('第 4–9 碼（學校代碼）');
  });

  it('fires on a code of the other term, and on an impossible term segment', () => {
    const term2 = '112093301101001010102';
    expect(rule.check(page([outcome({ courseCode: term2 })]), NATIONAL_POLICY, on('2026-01-01'))[0]!.message.zh).toContain('是第 2 學期的課程');
    const bad = '112093301101001010103';
    expect(rule.check(page([outcome({ courseCode: bad })]), NATIONAL_POLICY, on('2026-01-01'))[0]!.message.zh).toContain('第 20–21 碼（學期）「03」應為 01 或 02');
  });

  it('does not fire on a well-formed code of this school and an earlier cohort', () => {
    const policy = withPolicy((p) => {
      p.schoolCode = '093301';
    });
    expect(rule.check(page([outcome({ courseCode: OK })]), policy, on('2026-01-01'))).toEqual([]);
  });

  it('fires when the school code differs from the policy, and at the limit accepts entry year = the record year', () => {
    const policy = withPolicy((p) => {
      p.schoolCode = '553301';
    });
    expect(rule.check(page([outcome({ courseCode: OK })]), policy, on('2026-01-01'))[0]!.message.zh).toContain('與本校代碼 553301 不符');
    const sameYear = '114093301101001010101';
    expect(rule.check(page([outcome({ courseCode: sameYear })]), NATIONAL_POLICY, on('2026-01-01'))).toEqual([]);
    const later = '115093301101001010101';
    expect(rule.check(page([outcome({ courseCode: later })]), NATIONAL_POLICY, on('2026-01-01'))[0]!.message.zh).toContain('晚 1 年');
  });
});
