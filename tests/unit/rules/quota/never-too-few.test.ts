// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { POLICY_PRESETS } from '@/lib/policy/presets';
import { runRules } from '@/lib/rules';
import { RULES } from '@/lib/rules/catalog';
import { on, outcome, page, performance } from '../fixtures';

// 004 item 1: no school may require a minimum number of uploads, so nothing fires for too few.
describe('no rule for too few items (004 第1項)', () => {
  it('no quota rule has a minimum', () => {
    expect(RULES.filter((r) => r.family === 'quota').every((r) => !/少|min|few/i.test(r.id + r.title.zh + r.title.en))).toBe(true);
  });

  for (const policy of POLICY_PRESETS) {
    it(`fires nothing on an empty page or a page with one clean item (${policy.name})`, () => {
      const clean = [
        outcome({ uploadedAt: '2025-12-01', summary: '短簡述', selected: true, certStatus: 'certified' }),
        performance({ uploadedAt: '2025-12-01', selected: true }),
      ];
      for (const kind of ['outcome-list', 'performance-list', 'selection', 'class-progress'] as const) {
        expect(runRules(page([], kind), policy, on('2026-03-01'))).toEqual([]);
        for (const item of clean) expect(runRules(page([item], kind), policy, on('2026-03-01'))).toEqual([]);
      }
    });
  }
});
