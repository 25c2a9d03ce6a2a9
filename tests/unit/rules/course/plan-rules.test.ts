// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { CoursePlan, CourseOffering } from '@/lib/model/records';
import { NATIONAL_POLICY } from '@/lib/policy/presets';
import { courseCodeNotInPlan } from '@/lib/rules/course/code-not-in-plan';
import { coursePlanMismatch } from '@/lib/rules/course/plan-mismatch';
import { on, outcome, page } from '../fixtures';

const plan: CoursePlan = {
  entries: [
    { code: '112093301101001010101', name: '國語文', credits: 4 },
    { code: '112093301101004060101', name: '程式設計', credits: 2 },
  ],
};
const offering = (over: Partial<CourseOffering>): CourseOffering => ({
  type: 'course-offering',
  code: '112093301101001010101',
  name: '國語文',
  credits: 4,
  ...over,
});

describe('course.code.not-in-plan', () => {
  it('fires on a code the plan lacks', () => {
    const findings = courseCodeNotInPlan.check(page([offering({ code: '112093301101001990101' })], 'course-list'), NATIONAL_POLICY, on('2025-10-01', plan));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message.zh).toContain('不在已匯入的課程計畫（共 2 門課）中');
  });

  it('does not fire on a planned code, nor without an imported plan', () => {
    expect(courseCodeNotInPlan.check(page([offering({})], 'course-list'), NATIONAL_POLICY, on('2025-10-01', plan))).toEqual([]);
    expect(courseCodeNotInPlan.check(page([offering({ code: 'X' })], 'course-list'), NATIONAL_POLICY, on('2025-10-01'))).toEqual([]);
  });
});

describe('course.plan.mismatch', () => {
  it('fires when credits differ, saying by how much', () => {
    const findings = coursePlanMismatch.check(page([offering({ credits: 3 })], 'course-list'), NATIONAL_POLICY, on('2025-10-01', plan));
    expect(findings.map((f) => f.field)).toEqual(['credits']);
    expect(findings[0]!.message.zh).toContain('在課程計畫中是 4 學分，此處為 3 學分（少 1 學分）');
  });

  it('fires when the name differs', () => {
    const findings = coursePlanMismatch.check(page([offering({ name: '英語文' })], 'course-list'), NATIONAL_POLICY, on('2025-10-01', plan));
    expect(findings.map((f) => f.field)).toEqual(['name']);
  });

  it('does not fire on equal values, a vendor prefix, or full-width letters', () => {
    const records = [
      offering({}),
      outcome({ courseCode: '112093301101004060101', courseName: '多元選修：程式設計' }),
      offering({ code: '112093301101004060101', name: '程式設計　', credits: 2 }),
    ];
    expect(coursePlanMismatch.check(page(records, 'course-list'), NATIONAL_POLICY, on('2025-10-01', plan))).toEqual([]);
  });

  it('leaves a student’s outcome list alone: names are kept, and fixed, on the 開課 page', () => {
    const renamed = outcome({ courseCode: '112093301101004060101', courseName: '地理與生活' });
    expect(coursePlanMismatch.check(page([renamed], 'outcome-list'), NATIONAL_POLICY, on('2025-10-01', plan))).toEqual([]);
    expect(coursePlanMismatch.check(page([renamed], 'course-list'), NATIONAL_POLICY, on('2025-10-01', plan))).toHaveLength(1);
  });
});
