// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { CourseGrade } from '@/lib/model/records';
import { NATIONAL_POLICY } from '@/lib/policy/presets';
import { gradeNotSubmittable as rule } from '@/lib/rules/course/grade-not-submittable';
import { on, page } from '../fixtures';

const grade = (code: string): CourseGrade => ({ type: 'course-grade', code, term: { year: 114, semester: 1 } });
const CHECK = on('2026-01-10');

describe('course.grade.not-submittable', () => {
  it('fires on 團體活動時間 (8) and 彈性學習時間 (9) with 科目屬性 other than D, with the decoding', () => {
    const findings = rule.check(page([grade('114011302H111010800' + '0601'), grade('114011302H1110109' + '0A' + '0001')]), NATIONAL_POLICY, CHECK);
    expect(findings.map((f) => [f.recordIndex, f.field])).toEqual([
      [0, 'code'],
      [1, 'code'],
    ]);
    expect(findings[0]!.message.zh).toContain('第 17 碼課程類別 8（團體活動時間）且第 19 碼科目屬性為 0（不分屬性），不是 D（授予學分）');
    expect(findings[1]!.message.zh).toContain('課程類別 9（彈性學習時間）且第 19 碼科目屬性為 A（自主學習）');
    expect(findings[1]!.message.zh).toContain('逐碼解讀：入學學年度 114｜學校代碼 011302');
  });

  it('is silent on 科目屬性 D, on other categories and on codes it cannot decode', () => {
    const records = [grade('114011302H1110109' + '0D' + '0001'), grade('108011302H11101A1010101'), grade('short')];
    expect(rule.check(page(records), NATIONAL_POLICY, CHECK)).toEqual([]);
  });
});
