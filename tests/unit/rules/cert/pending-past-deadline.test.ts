import { describe, expect, it } from 'vitest';
import { NATIONAL_POLICY } from '@/lib/policy/presets';
import { certPendingPastDeadline as rule } from '@/lib/rules/cert/pending-past-deadline';
import { SAMPLE_SCHOOL_POLICY as SAMPLE } from '../../../portal/sample-school-policy';
import { on, outcome, page, withPolicy } from '../fixtures';

// The sample school's calendar (sample-school-policy.json): 114-1 certification ends 2026-02-10.
const pending = (teacher: string, courseName: string) =>
  outcome({ certStatus: 'pending', teacher, courseName, className: '202' });

describe('cert.pending.past-deadline', () => {
  const records = [pending('王老師', '國語文'), pending('王老師', '國語文'), pending('林老師', '物理'), outcome({ certStatus: 'certified' })];

  it('marks each pending outcome after the deadline, counts per teacher / course / class, and names the calendar', () => {
    const findings = rule.check(page(records, 'certification'), SAMPLE, on('2026-02-12'));
    expect(findings.map((f) => f.recordIndex)).toEqual([0, 1, 2]);
    expect(findings[0]!.message.zh).toContain(
      '這件課程學習成果尚未認證，114 學年度第 1 學期認證期限 2026-02-10 已過 2 天（依範例高級中學 114 學年度第 1 學期行事曆）。王老師／國語文／202 班共有 2 件未認證。',
    );
    expect(findings[2]!.message.zh).toContain('林老師／物理／202 班共有 1 件未認證');
  });

  it('does not fire on the deadline day, and the school calendar decides the day', () => {
    expect(rule.check(page(records, 'certification'), SAMPLE, on('2026-02-10'))).toEqual([]);
    const earlier = withPolicy((policy) => {
      policy.calendar.terms[0]!.windows.certification = { start: '2025-09-01', end: '2026-01-23' };
    }, SAMPLE);
    expect(rule.check(page(records, 'certification'), earlier, on('2026-02-10'))).toHaveLength(3);
  });

  it('never fires under a preset that carries no dates for the term', () => {
    expect(rule.check(page(records, 'certification'), NATIONAL_POLICY, on('2026-03-01'))).toEqual([]);
  });

  it('marks class-progress rows with uploads still uncertified', () => {
    const rows = [
      { type: 'class-progress' as const, studentRef: 'a', term: { year: 114, semester: 1 as const }, outcomesUploaded: 5, outcomesCertified: 3 },
      { type: 'class-progress' as const, studentRef: 'b', term: { year: 114, semester: 1 as const }, outcomesUploaded: 4, outcomesCertified: 4 },
    ];
    const findings = rule.check(page(rows, 'class-progress'), SAMPLE, on('2026-02-11'));
    expect(findings.map((f) => f.recordIndex)).toEqual([0]);
    expect(findings[0]!.message.zh).toContain('尚有 2 件未認證，認證期限 2026-02-10 已過 1 天（依範例高級中學 114 學年度第 1 學期行事曆）。');
  });
});

describe('cert.pending.past-deadline with the page’s own stated 認證期限', () => {
  const records = [outcome({ certStatus: 'pending', teacher: '王老師', courseName: '國語文', className: '202' })];
  const stated = (iso: string, day: string) => ({ ...on(day), statedCertificationDeadline: iso });

  it('shows both dates and says the school calendar applies by default', () => {
    const findings = rule.check(page(records, 'certification'), SAMPLE, stated('2026-02-20', '2026-02-12'));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message.zh).toContain(
      '認證期限 2026-02-10 已過 2 天（依範例高級中學 114 學年度第 1 學期行事曆）。系統公告認證期限 2026-02-20，學校行事曆為 2026-02-10，依學校行事曆。',
    );
  });

  it('follows the page’s date when the school chose 「以系統公告期限為準」', () => {
    const portal = { ...SAMPLE, deadlineSource: 'portal' as const };
    expect(rule.check(page(records, 'certification'), portal, stated('2026-02-20', '2026-02-12'))).toEqual([]);
    const findings = rule.check(page(records, 'certification'), portal, stated('2026-02-20', '2026-02-21'));
    expect(findings[0]!.message.zh).toContain(
      '認證期限 2026-02-20 已過 1 天（依系統公告期限；範例高級中學 114 學年度第 1 學期行事曆）。系統公告認證期限 2026-02-20，學校行事曆為 2026-02-10，依系統公告期限。',
    );
  });

  it('takes the page’s date where the term has no calendar, and says so', () => {
    const findings = rule.check(page(records, 'certification'), NATIONAL_POLICY, stated('2026-02-10', '2026-02-11'));
    expect(findings[0]!.message.zh).toContain('認證期限 2026-02-10 已過 1 天（依系統公告期限；114 學年度第 1 學期尚未設定行事曆）。');
  });

  it('says nothing more when the page states the calendar’s own date', () => {
    const findings = rule.check(page(records, 'certification'), SAMPLE, stated('2026-02-10', '2026-02-11'));
    expect(findings[0]!.message.zh).not.toContain('系統公告');
  });
});
