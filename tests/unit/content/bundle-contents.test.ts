import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The content script runs on every page of a portal, so it carries only what pages need: never the
 * 名冊預檢 (lib/roster/), the rules for roster files alone, the policy rules, the full rule catalog, or
 * the making of the anonymous page sample (the popup makes it from the page's snapshot).
 * Checked on the source files its imports reach (a superset of what the bundler keeps), so it holds
 * whatever the bundler would leave out.
 */

const ROOT = resolve(import.meta.dirname, '../../..');

/** The value imports of a source file (type-only imports are erased and load nothing). */
function importsOf(code: string): string[] {
  const found: string[] = [];
  for (const [, clause, from] of code.matchAll(/(?:^|\n)\s*(?:import|export)\s+([^'";]*?)\s*from\s*['"]([^'"]+)['"]/g)) {
    if (/^type\s/.test(clause!)) continue;
    const names = /^\{([^}]*)\}$/.exec(clause!.trim());
    if (names && names[1]!.split(',').every((name) => name.trim() === '' || /^type\s/.test(name.trim()))) continue;
    found.push(from!);
  }
  for (const [, from] of code.matchAll(/(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g)) found.push(from!);
  for (const [, from] of code.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) found.push(from!);
  return found;
}

/** The project file an import names (node_modules and virtual modules: undefined). */
function resolveImport(from: string, spec: string): string | undefined {
  const base = spec.startsWith('@/') ? join(ROOT, spec.slice(2)) : spec.startsWith('.') ? resolve(dirname(from), spec) : undefined;
  if (!base) return undefined;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) {
    if (existsSync(candidate) && /\.(tsx?|json)$/.test(candidate)) return candidate;
  }
  throw new Error(`${relative(ROOT, from)}: cannot resolve ${spec}`);
}

/** Every project file the content script's imports reach. */
function reachable(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    if (file.endsWith('.json')) return;
    for (const spec of importsOf(readFileSync(file, 'utf8'))) {
      const target = resolveImport(file, spec);
      if (target) visit(target);
    }
  };
  visit(join(ROOT, entry));
  return new Set([...seen].map((file) => relative(ROOT, file)));
}

/** The packages (not project files) the given project files import values from. */
function packagesImported(files: Iterable<string>): Set<string> {
  const packages = new Set<string>();
  for (const file of files) {
    if (file.endsWith('.json')) continue;
    for (const spec of importsOf(readFileSync(join(ROOT, file), 'utf8'))) if (!spec.startsWith('@/') && !spec.startsWith('.')) packages.add(spec);
  }
  return packages;
}

describe('the content script bundle', () => {
  const files = reachable('entrypoints/content/index.ts');

  it('imports no zod and not WXT’s storage helper (lib/storage-item.ts does its part in a few lines)', () => {
    const packages = [...packagesImported(files)];
    expect(packages).toContain('wxt/browser');
    expect(packages.filter((name) => /^(zod|wxt\/utils\/storage|@wxt-dev\/storage)(\/|$)/.test(name))).toEqual([]);
  });

  it('reaches the page rules and the adapters (the walk itself works)', () => {
    expect(files).toContain('lib/rules/index.ts');
    expect(files).toContain('lib/adapters/read-page.ts');
    expect(files).toContain('lib/rules/format/summary-too-long.ts');
  });

  it('carries nothing of the 名冊預檢, the roster-only or policy rules, the full catalog, the page sample or the national preset as a fallback', () => {
    // lib/policy/setting.ts: the policy with the national baseline as its fallback; pages read the stored one
    const elsewhere = ['lib/rules/roster-rules.ts', 'lib/rules/policy-rules.ts', 'lib/rules/catalog.ts', 'lib/export/page-sample.ts', 'lib/export/fake-identities.ts', 'lib/policy/setting.ts', 'lib/policy/presets.ts'];
    const unwanted = [...files].filter((file) => file.startsWith('lib/roster/') || elsewhere.includes(file));
    expect(unwanted).toEqual([]);
  });

  it('reads no rule’s basis quote (the content build leaves basis.text out: build/basis-quotes.ts)', () => {
    const readers = [...files].filter((file) => !file.endsWith('.json') && /\bbasis\??\.text\b|\{[^}]*\btext\b[^}]*\}\s*=\s*[\w.]*basis\b/.test(readFileSync(join(ROOT, file), 'utf8')));
    expect(readers).toEqual([]);
  });

  it('carries only rules that read pages', async () => {
    const ruleFiles = [...files].filter((file) => /^lib\/rules\/[^/]+\/[^/]+\.ts$/.test(file));
    const offPage: string[] = [];
    for (const file of ruleFiles) {
      const exports = (await import(/* @vite-ignore */ join(ROOT, file))) as Record<string, unknown>;
      for (const value of Object.values(exports)) {
        const rule = value as { id?: unknown; scope?: unknown; sources?: readonly string[] };
        if (typeof rule?.id !== 'string' || (rule.scope !== 'page' && rule.scope !== 'policy')) continue;
        if (rule.scope === 'policy' || !rule.sources?.includes('page')) offPage.push(`${file}: ${rule.id}`);
      }
    }
    expect(ruleFiles.length).toBeGreaterThan(10);
    expect(offPage).toEqual([]);
  });
});
