// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { NATIONAL_POLICY } from '@/lib/policy/presets';
import { certSelectedUncertified as rule } from '@/lib/rules/cert/selected-uncertified';
import { on, outcome, page, performance } from '../fixtures';

const check = (records: Parameters<typeof page>[0]) => rule.check(page(records, 'selection'), NATIONAL_POLICY, on('2026-01-26'));

describe('cert.selected.uncertified', () => {
  it('fires on a selected outcome that is pending or refused, beside the tick', () => {
    const findings = check([outcome({ selected: true, certStatus: 'pending' }), outcome({ selected: true, certStatus: 'rejected' })]);
    expect(findings.map((f) => [f.recordIndex, f.field, f.severity])).toEqual([
      [0, 'selected', 'error'],
      [1, 'selected', 'error'],
    ]);
    expect(findings[0]!.message.zh).toContain('尚未認證');
    expect(findings[1]!.message.zh).toContain('認證未通過');
  });
  it('does not fire on certified or unselected outcomes, or on 多元表現 (which need no certification)', () => {
    expect(
      check([
        outcome({ selected: true, certStatus: 'certified' }),
        outcome({ selected: false, certStatus: 'pending' }),
        performance({ selected: true }),
      ]),
    ).toEqual([]);
  });
  it('does not guess when the page shows no status', () => {
    expect(check([outcome({ selected: true })])).toEqual([]);
  });
});
