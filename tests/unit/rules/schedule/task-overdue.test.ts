// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { TaskStatus } from '@/lib/model/records';
import { CAOTUN_WITH_114, RENWU_WITH_114 } from '../../policy/calendars-114';
import { checkPolicy } from '@/lib/rules/policy-rules';
import { taskOverdue as rule } from '@/lib/rules/schedule/task-overdue';
import { on } from '../fixtures';

const t1 = { year: 114, semester: 1 as const };
// 草屯 學生基本資料: 開學日後二週內 → 2025-09-01 + 14 days = 2025-09-15.
const basic = (over: Partial<TaskStatus> = {}): TaskStatus => ({ taskId: 'basic-data', term: t1, ...over });

describe('schedule.task.overdue', () => {
  it('fires on an open task past its deadline, with the unit, the rule and the days late', () => {
    const findings = rule.check({ tasks: [basic()] }, CAOTUN_WITH_114, on('2025-09-20'));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.recordIndex).toBe(0);
    expect(findings[0]!.message.zh).toContain('「學生基本資料」（教務處註冊組／進修部教務組）期限為開學日後二週內（2025-09-15），已逾期 5 天仍未完成');
    expect(findings[0]!.message.zh).toContain('草屯商工 補充規定 十一');
  });

  it('does not fire on the deadline day, nor when done on time', () => {
    expect(rule.check({ tasks: [basic()] }, CAOTUN_WITH_114, on('2025-09-15'))).toEqual([]);
    expect(rule.check({ tasks: [basic({ doneAt: '2025-09-15' })] }, CAOTUN_WITH_114, on('2025-12-01'))).toEqual([]);
  });

  it('fires on a task done late', () => {
    const findings = rule.check({ tasks: [basic({ doneAt: '2025-09-18' })] }, CAOTUN_WITH_114, on('2025-12-01'));
    expect(findings[0]!.message.zh).toContain('2025-09-18 才完成，逾期 3 天');
  });

  it('resolves month, per-event, next-year and agency-letter deadlines', () => {
    const tasks: TaskStatus[] = [
      { taskId: 'cadres', term: t1 }, // 2025-11-01
      { taskId: 'consultation', term: t1, eventAt: '2025-10-20' }, // 2025-12-20
      { taskId: 'selection', term: { year: 114, semester: 2 } }, // 2026-09-01 + 3 weeks = 2026-09-22
    ];
    const overdue = (iso: string) =>
      checkPolicy(CAOTUN_WITH_114, on(iso), tasks)
        .filter((f) => f.ruleId === rule.id)
        .map((f) => f.recordIndex);
    expect(overdue('2025-11-01')).toEqual([]);
    expect(overdue('2025-11-02')).toEqual([0]);
    expect(overdue('2025-12-21')).toEqual([0, 1]);
    expect(overdue('2026-09-22')).toEqual([0, 1]);
    expect(overdue('2026-09-23')).toEqual([0, 1, 2]);
    // 仁武: 基本資料 due two weeks before the 國教署 deadline (2025-11-10 → 2025-10-27)
    expect(rule.check({ tasks: [basic()] }, RENWU_WITH_114, on('2025-10-28'))[0]!.message.zh).toContain('國教署規定上傳期限之二週前（2025-10-27）');
  });

  it('ignores tasks the policy does not have and terms a task does not recur in', () => {
    const tasks: TaskStatus[] = [{ taskId: 'nope', term: t1 }, { taskId: 'selection', term: t1 }];
    expect(rule.check({ tasks }, CAOTUN_WITH_114, on('2027-01-01'))).toEqual([]);
  });
});
