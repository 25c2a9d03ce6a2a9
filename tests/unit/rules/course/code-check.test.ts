// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { CAOTUN_WITH_114 } from '../../policy/calendars-114';
import { courseCodeCheckOverdue } from '@/lib/rules/course/code-check-overdue';
import { courseCodeCheckUnmatched } from '@/lib/rules/course/code-check-unmatched';
import { on, page } from '../fixtures';
import { SAMPLE_SCHOOL_POLICY } from '../../../portal/sample-school-policy';

const run = (ranAt?: string) => ({ type: 'course-code-run' as const, ...(ranAt ? { ranAt } : {}) });

// 114-1 starts 2025-09-01, so the first comparison is due 2025-09-29 (4 weeks).
describe('course.code-check.overdue', () => {
  it('fires when the comparison has not run this term after the 4-week deadline', () => {
    const findings = courseCodeCheckOverdue.check(page([run('2025-03-02')], 'course-code-check'), CAOTUN_WITH_114, on('2025-10-09'));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message.zh).toContain('114 學年度第 1 學期尚未執行課程代碼比對（最近一次是 2025-03-02），期限 2025-09-29（依國立草屯商工 114 學年度第 1 學期行事曆）已過 10 天');
  });

  it('does not fire on the deadline day itself, nor once it ran this term', () => {
    expect(courseCodeCheckOverdue.check(page([run()], 'course-code-check'), CAOTUN_WITH_114, on('2025-09-29'))).toEqual([]);
    expect(courseCodeCheckOverdue.check(page([run('2025-09-20')], 'course-code-check'), CAOTUN_WITH_114, on('2025-12-01'))).toEqual([]);
  });

  it('fires when the plan changed after the last run', () => {
    const plan = { entries: [], changedAt: '2025-11-03' };
    const findings = courseCodeCheckOverdue.check(page([run('2025-09-20')], 'course-code-check'), CAOTUN_WITH_114, on('2025-11-20', plan));
    expect(findings[0]!.message.zh).toContain('課程計畫於 2025-11-03 修正，最近一次課程代碼比對是 2025-09-20');
    const rerun = courseCodeCheckOverdue.check(page([run('2025-11-03')], 'course-code-check'), CAOTUN_WITH_114, on('2025-11-20', plan));
    expect(rerun).toEqual([]);
  });
});

describe('course.code-check.unmatched', () => {
  it('fires on an unmatched row with its reason, not on matched rows', () => {
    const rows = [
      { type: 'course-code-check' as const, code: '112093301101001010101', name: '國語文', matched: true },
      { type: 'course-code-check' as const, code: '112093301101001990101', name: '專題', matched: false, reason: '代碼不存在' },
    ];
    const findings = courseCodeCheckUnmatched.check(page(rows, 'course-code-check'), CAOTUN_WITH_114, on('2025-10-01'));
    expect(findings.map((f) => f.recordIndex)).toEqual([1]);
    expect(findings[0]!.message.zh).toContain('「專題」（112093301101001990101）比對不符：代碼不存在');
  });
});

describe('course.code-check.overdue, a run after the deadline', () => {
  const run = (ranAt: string) => ({ type: 'course-code-run' as const, ranAt, term: CAOTUN_WITH_114.calendar.terms[0]!.term });
  it('warns when the only run the page shows came after the 4-week deadline, naming the calendar (the sample school’s: 開學 2025-09-01)', () => {
    const [finding] = courseCodeCheckOverdue.check(page([run('2025-10-06')], 'course-code-check'), SAMPLE_SCHOOL_POLICY, on('2025-10-20'));
    expect(finding!.message.zh).toContain('晚於第 1 次比對的期限 2025-09-29（依範例高級中學 114 學年度第 1 學期行事曆）。');
    expect(finding!.message.zh).toContain('晚了 7 天');
  });
  it('is quiet for a run on the deadline day', () => {
    expect(courseCodeCheckOverdue.check(page([run('2025-09-29')], 'course-code-check'), CAOTUN_WITH_114, on('2025-10-20'))).toEqual([]);
  });
});
