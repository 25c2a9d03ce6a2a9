import { describe, expect, it } from 'vitest';
import { NATIONAL_POLICY } from '@/lib/policy/presets';
import { precheckRosters } from '@/lib/roster/precheck';

const csv = (rows: string[]) =>
  new TextEncoder().encode(['學校代碼,093301', '學年度,114', '學期,2', '名冊別,學期成績名冊', '身分證號,出生日期,課程代碼,科目名稱,開課年級,修課學分,學期學業成績,是否採計學分', ...rows].join('\n'));

describe('the course plan’s credits per semester in a grade roster', () => {
  it('compares 修課學分 with the plan’s credits for the row’s 開課年級 and the roster’s 學期', () => {
    const plan = { entries: [{ code: '113093301H1110103010401', name: '物理', creditsByTerm: [0, 0, 2, 3, 0, 0] }] };
    const rows = ['A123456789,2009/03/04,113093301H1110103010401,物理,2,3,80,1', 'A123456789,2009/03/04,113093301H1110103010401,物理,2,2,80,1'];
    const { check } = precheckRosters([{ name: '成績.csv', bytes: csv(rows) }], { policy: NATIONAL_POLICY, context: { now: new Date('2026-06-10T12:00:00'), plan } });
    // 高二下 is the fourth semester: 3 credits. The row with 2 is the wrong one.
    expect(check.problems.map((p) => [p.row, p.column, p.ruleId])).toEqual([[7, '修課學分', 'course.plan.mismatch']]);
    expect(check.problems[0]!.message.zh).toContain('「物理」（113093301H1110103010401）在課程計畫中是 3 學分，此處為 2 學分（少 1 學分）');
  });
});
