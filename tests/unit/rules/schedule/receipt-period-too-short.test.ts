import { describe, expect, it } from 'vitest';
import { CAOTUN_WITH_114, NATIONAL_WITH_114 } from '../../policy/calendars-114';
import { receiptPeriodTooShort as rule } from '@/lib/rules/schedule/receipt-period-too-short';
import { on, withPolicy } from '../fixtures';

describe('schedule.receipt-period.too-short', () => {
  it("flags 草屯's 2-day second rounds (002 六(三)) but not its 4-day first rounds", () => {
    const findings = rule.check({ tasks: [] }, CAOTUN_WITH_114, on('2025-09-01'));
    expect(findings.map((f) => f.field)).toEqual(['calendar.terms.0.windows.receipt.1', 'calendar.terms.1.windows.receipt.1']);
    expect(findings[0]!.message.zh).toContain('第 2 次收訖明細確認期間 2025-10-15 至 2025-10-16 只有 2 天，少於 3 日（差 1 天）');
  });

  it('does not flag exactly 3 days (both ends counted)', () => {
    expect(rule.check({ tasks: [] }, NATIONAL_WITH_114, on('2025-09-01'))).toEqual([]);
  });

  it('flags a one-day round', () => {
    const oneDay = withPolicy((p) => {
      p.calendar.terms[0]!.windows.receipt = [{ start: '2025-10-13', end: '2025-10-13' }];
    }, NATIONAL_WITH_114);
    expect(rule.check({ tasks: [] }, oneDay, on('2025-09-01'))[0]!.message.zh).toContain('只有 1 天');
  });
});
