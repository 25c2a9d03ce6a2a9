import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { END, ruleTable, START, tableIn } from '../../tools/readme-rule-table';

const README = join(import.meta.dirname, '../../../README.md');

describe('README rule table', () => {
  it('lists every rule with its severity and basis, exactly as the code has them', () => {
    const current = tableIn(readFileSync(README, 'utf8'));
    expect(current, `README.md needs ${START} … ${END} around the rule table`).toBeDefined();
    // This test only compares, whatever the environment. To refresh the table: npm run readme:rules
    expect(current).toBe(ruleTable());
  });
});
