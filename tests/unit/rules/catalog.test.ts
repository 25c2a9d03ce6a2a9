// @vitest-environment node
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULES, ruleById, ruleCatalog } from '@/lib/rules/catalog';

// CI clones the repo with shared/ beside it: <repo>/../shared/seeds.
const SEEDS = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../shared/seeds');

describe('rule catalog', () => {
  it('every id starts with its family, and ids are unique', () => {
    for (const rule of RULES) expect(rule.id.startsWith(`${rule.family}.`), rule.id).toBe(true);
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
  });

  it('every basis names a seed file that exists, a clause and its text in both languages', () => {
    for (const rule of RULES) {
      expect(existsSync(resolve(SEEDS, rule.basis.seed)), `${rule.id}: ${rule.basis.seed}`).toBe(true);
      expect(rule.basis.clause, rule.id).not.toBe('');
      expect(rule.basis.text.zh && rule.basis.text.en && rule.title.zh && rule.title.en, rule.id).toBeTruthy();
    }
  });

  it('covers every family and matches ruleById', () => {
    expect(new Set(RULES.map((r) => r.family))).toEqual(new Set(['quota', 'format', 'course', 'cert', 'schedule', 'identity']));
    for (const entry of ruleCatalog()) expect(ruleById(entry.id)?.basis).toEqual(entry.basis);
    expect(ruleCatalog().map((e) => e.id)).toEqual(RULES.map((r) => r.id));
  });

  it('only schedule rules check the policy itself', () => {
    for (const rule of RULES.filter((r) => r.scope === 'policy')) expect(rule.family, rule.id).toBe('schedule');
  });
});
