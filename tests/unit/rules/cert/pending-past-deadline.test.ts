import { describe, expect, it } from 'vitest';
import { CAOTUN_POLICY, RENWU_POLICY } from '@/lib/policy/presets';
import { certPendingPastDeadline as rule } from '@/lib/rules/cert/pending-past-deadline';
import { on, outcome, page } from '../fixtures';

// 114-1 certification ends 2026-02-10 under 草屯, 2026-01-23 under 仁武.
const pending = (teacher: string, courseName: string) =>
  outcome({ certStatus: 'pending', teacher, courseName, className: '202' });

describe('cert.pending.past-deadline', () => {
  const records = [pending('王老師', '國語文'), pending('王老師', '國語文'), pending('林老師', '物理'), outcome({ certStatus: 'certified' })];

  it('marks each pending outcome after the deadline and counts per teacher / course / class', () => {
    const findings = rule.check(page(records, 'certification'), CAOTUN_POLICY, on('2026-02-12'));
    expect(findings.map((f) => f.recordIndex)).toEqual([0, 1, 2]);
    expect(findings[0]!.message.zh).toContain('認證期限 2026-02-10 已過 2 天。王老師／國語文／202 班共有 2 件未認證');
    expect(findings[2]!.message.zh).toContain('林老師／物理／202 班共有 1 件未認證');
  });

  it('does not fire on the deadline day, and the school calendar decides the day', () => {
    expect(rule.check(page(records, 'certification'), CAOTUN_POLICY, on('2026-02-10'))).toEqual([]);
    expect(rule.check(page(records, 'certification'), RENWU_POLICY, on('2026-02-10'))).toHaveLength(3);
  });

  it('marks class-progress rows with uploads still uncertified', () => {
    const rows = [
      { type: 'class-progress' as const, studentRef: 'a', term: { year: 114, semester: 1 as const }, outcomesUploaded: 5, outcomesCertified: 3 },
      { type: 'class-progress' as const, studentRef: 'b', term: { year: 114, semester: 1 as const }, outcomesUploaded: 4, outcomesCertified: 4 },
    ];
    const findings = rule.check(page(rows, 'class-progress'), CAOTUN_POLICY, on('2026-02-11'));
    expect(findings.map((f) => f.recordIndex)).toEqual([0]);
    expect(findings[0]!.message.zh).toContain('尚有 2 件未認證');
  });
});
