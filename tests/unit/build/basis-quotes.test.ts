import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseSync } from 'vite';
import { describe, expect, it } from 'vitest';
import { dropBasisQuotes } from '@/build/basis-quotes';
import { PAGE_RULES } from '@/lib/rules';

const ROOT = resolve(import.meta.dirname, '../../..');

describe('the content build without the basis quotes', () => {
  it('drops only the quote of a basis, wherever it stands among the basis fields', () => {
    const code = [
      "export const a = { title: { zh: '甲，乙', en: 'A' }, basis: { seed: 's.txt', clause: '四(二)1', text: { zh: '條文，全文', en: 'the clause' } }, text: 'kept' };",
      "export const b = { basis: { text: { zh: '條文', en: 'clause' }, seed: 's.txt', clause: '附件二' } };",
      "export const c = { basis: { seed: 's.txt', clause: '五', text: { zh: '條文', en: 'clause' }, }, other: { text: 'kept' } };",
    ].join('\n');
    expect(dropBasisQuotes('x.ts', code)).toBe(
      [
        "export const a = { title: { zh: '甲，乙', en: 'A' }, basis: { seed: 's.txt', clause: '四(二)1' }, text: 'kept' };",
        "export const b = { basis: { seed: 's.txt', clause: '附件二' } };",
        "export const c = { basis: { seed: 's.txt', clause: '五', }, other: { text: 'kept' } };",
      ].join('\n'),
    );
  });

  it('leaves every page rule file valid, with its title and citation and without its quote', () => {
    const files = readdirSync(join(ROOT, 'lib/rules'), { withFileTypes: true, recursive: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && entry.parentPath !== join(ROOT, 'lib/rules'))
      .map((entry) => join(entry.parentPath, entry.name));
    const outputs = files.map((file) => {
      const out = dropBasisQuotes(file, readFileSync(file, 'utf8'));
      expect(parseSync(file, out).errors, file).toEqual([]);
      return out;
    });
    const all = outputs.join('\n');
    expect(PAGE_RULES.length).toBeGreaterThan(10);
    for (const rule of PAGE_RULES) {
      expect(all, rule.id).toContain(`'${rule.id}'`);
      expect(all, rule.id).toContain(rule.title.zh);
      expect(all, rule.id).toContain(rule.basis.clause);
      expect(all, rule.id).not.toContain(rule.basis.text.zh);
      expect(all, rule.id).not.toContain(rule.basis.text.en);
    }
  });
});
