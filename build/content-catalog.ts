import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/**
 * The content script runs on every page of a portal, so it ships only the UI strings it can use:
 * for its build, each locale's messages.json keeps the keys that some source file of the content
 * script or lib/ writes as a string literal (message keys are typed, so every key used is written
 * out somewhere). The other pages get the whole catalog. The catalog files themselves are untouched.
 */
export function contentCatalog(root: string, dirs: readonly string[] = ['entrypoints/content', 'lib']): Plugin {
  let named: Set<string> | undefined;
  return {
    name: 'lp-checker:content-catalog',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]_locales[\\/][^\\/]+[\\/]messages\.json$/.test(id.split('?')[0]!)) return undefined;
      named ??= literalsIn(dirs.map((dir) => join(root, dir)));
      return { code: JSON.stringify(pruneCatalog(JSON.parse(code) as Record<string, unknown>, named)), map: null };
    },
  };
}

/** The catalog's entries whose key is among `named`, in the catalog's order. */
export function pruneCatalog<T>(catalog: Record<string, T>, named: ReadonlySet<string>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const [key, value] of Object.entries(catalog)) if (named.has(key)) out[key] = value;
  return out;
}

/** Every identifier-like string literal ('summaryTitle', "rowSeat") in the .ts/.tsx files under these folders. */
export function literalsIn(dirs: readonly string[]): Set<string> {
  const found = new Set<string>();
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (/\.tsx?$/.test(entry.name)) for (const match of readFileSync(path, 'utf8').matchAll(/['"`]([A-Za-z0-9_]+)['"`]/g)) found.add(match[1]!);
    }
  };
  dirs.forEach(visit);
  return found;
}
