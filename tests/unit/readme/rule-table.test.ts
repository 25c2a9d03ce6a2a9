import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ruleCatalog } from '@/lib/rules';

const README = join(import.meta.dirname, '../../../README.md');
const START = '<!-- rule-table:start -->';
const END = '<!-- rule-table:end -->';

const SEVERITY = { error: '錯誤 error', warning: '提醒 warning', info: '說明 info' } as const;
const SCOPE = { page: '頁面', policy: '學校規定' } as const;

/** The README's rule table as the code defines it. */
function expectedTable(): string {
  const rows = ruleCatalog().map(
    (rule) => `| \`${rule.id}\` | ${SEVERITY[rule.severity]} | ${SCOPE[rule.scope]} | ${rule.title.zh} | ${rule.basis.seed} ${rule.basis.clause} |`,
  );
  return ['| id | severity | checks | what it flags | basis (seed, clause) |', '|---|---|---|---|---|', ...rows].join('\n');
}

describe('README rule table', () => {
  it('lists every rule with its severity and basis, exactly as the code has them', () => {
    const readme = readFileSync(README, 'utf8');
    const start = readme.indexOf(START);
    const end = readme.indexOf(END);
    expect(start, `README.md needs ${START} … ${END} around the rule table`).toBeGreaterThan(-1);
    const current = readme.slice(start + START.length, end).trim();
    const expected = expectedTable();
    // To refresh the table after changing rules: UPDATE_README=1 npx vitest run tests/unit/readme
    if (process.env.UPDATE_README === '1' && current !== expected) {
      writeFileSync(README, `${readme.slice(0, start + START.length)}\n${expected}\n${readme.slice(end)}`);
      return;
    }
    expect(current).toBe(expected);
  });
});
