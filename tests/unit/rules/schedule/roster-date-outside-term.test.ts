// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { NATIONAL_POLICY } from '@/lib/policy/presets';
import { rosterDateOutsideTerm as rule } from '@/lib/rules/schedule/roster-date-outside-term';
import { on, outcome, page, performance } from '../fixtures';

const CHECK = on('2026-01-10');

describe('schedule.roster.date-outside-term', () => {
  it('fires on a 多元表現 date outside its school year, an unreadable date and an end before the start', () => {
    const records = [
      performance({ occurredAt: '2025-07-31' }),
      performance({ occurredAt: '2025-09-01', endedAt: '2026-08-01' }),
      performance({ occurredAt: '115/13/01' }),
      performance({ occurredAt: '2025-10-01', endedAt: '2025-09-30' }),
      outcome({ occurredAt: '2026-02-01' }),
    ];
    const findings = rule.check(page(records, 'precheck'), NATIONAL_POLICY, CHECK);
    expect(findings.map((f) => [f.recordIndex, f.field])).toEqual([
      [0, 'occurredAt'],
      [1, 'endedAt'],
      [2, 'occurredAt'],
      [3, 'endedAt'],
      [4, 'occurredAt'],
    ]);
    expect(findings[0]!.message.zh).toContain('日期 2025-07-31 不在名冊的114 學年度（2025-08-01 至 2026-07-31）內');
    expect(findings[2]!.message.zh).toContain('日期「115/13/01」不是有效的日期');
    expect(findings[3]!.message.zh).toContain('結束日期 2025-09-30 早於開始日期 2025-10-01');
    expect(findings[4]!.message.zh).toContain('不在名冊的114 學年度第 1 學期（2025-08-01 至 2026-01-31）內');
  });

  it('is silent on dates inside the period and on items without dates or a term', () => {
    const records = [performance({ occurredAt: '2025-08-01', endedAt: '2026-07-31' }), outcome({ occurredAt: '2026-01-31' }), performance(), performance({ term: undefined, occurredAt: '2000-01-01' })];
    expect(rule.check(page(records, 'precheck'), NATIONAL_POLICY, CHECK)).toEqual([]);
  });
});
