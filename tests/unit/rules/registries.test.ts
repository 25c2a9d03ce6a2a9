// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { BATCH_RULES, FILE_RULES } from '@/lib/roster/check';
import { PAGE_RULES } from '@/lib/rules';
import { RULES } from '@/lib/rules/catalog';
import { POLICY_RULES } from '@/lib/rules/policy-rules';
import { ROSTER_RULES } from '@/lib/rules/roster-rules';

/**
 * Each registry holds the rules their own `sources` put there: the content script carries PAGE_RULES
 * alone, so a rule that reads pages must be there and a rule for roster files alone must not.
 */
describe('rule registries', () => {
  it('lists every rule that reads pages among the page rules, and only those', () => {
    expect(PAGE_RULES.length).toBeGreaterThan(0);
    for (const rule of PAGE_RULES) expect(rule.sources, rule.id).toContain('page');
    for (const rule of ROSTER_RULES) expect(rule.sources, rule.id).toEqual(['roster']);
    for (const rule of POLICY_RULES) expect(rule.scope, rule.id).toBe('policy');
    expect(RULES.length).toBe(PAGE_RULES.length + ROSTER_RULES.length + POLICY_RULES.length);
  });

  it('has the 名冊預檢 run exactly the rules that say they read roster files', () => {
    const named = new Set([...FILE_RULES.flatMap((run) => run.rules), ...BATCH_RULES]);
    const reading = RULES.filter((rule) => rule.scope === 'page' && rule.sources.includes('roster')).map((rule) => rule.id);
    expect([...named].sort()).toEqual(reading.sort());
  });
});
