import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentCatalog, literalsIn, pruneCatalog } from '@/build/content-catalog';

const ROOT = resolve(import.meta.dirname, '../../..');
const catalog = (locale: string) => JSON.parse(readFileSync(join(ROOT, `public/_locales/${locale}/messages.json`), 'utf8')) as Record<string, { message: string }>;

/** The message keys the content script's own files pass to t(…), read with a pattern of their own. */
function keysTheContentScriptUses(): string[] {
  const keys = new Set<string>();
  // the content script's folder and its subfolders (the summary panel's parts live in panel/)
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        visit(join(dir, entry.name));
        continue;
      }
      const text = readFileSync(join(dir, entry.name), 'utf8');
      for (const m of text.matchAll(/\bt\(\w+, '(\w+)'/g)) keys.add(m[1]!);
      for (const m of text.matchAll(/(?:error|warning|info): '(severity\w+)'/g)) keys.add(m[1]!);
    }
  };
  visit(join(ROOT, 'entrypoints/content'));
  return [...keys];
}

describe('the content script’s catalog', () => {
  const named = literalsIn([join(ROOT, 'entrypoints/content'), join(ROOT, 'lib')]);

  it('keeps every message the content script names, in both locales', () => {
    const used = keysTheContentScriptUses();
    expect(used).toContain('summaryTitle');
    expect(used).toContain('rowSeat');
    for (const locale of ['zh_TW', 'en']) {
      const pruned = pruneCatalog(catalog(locale), named);
      for (const key of used) expect(pruned[key], `${locale} ${key}`).toEqual(catalog(locale)[key]);
    }
  });

  it('leaves out the messages only other pages use', () => {
    const pruned = pruneCatalog(catalog('zh_TW'), named);
    expect(pruned.dashNavChecklist).toBeUndefined();
    expect(Object.keys(pruned).length).toBeLessThan(Object.keys(catalog('zh_TW')).length / 4);
  });

  it('rewrites only the locales’ messages.json', () => {
    const plugin = contentCatalog(ROOT) as { transform: (code: string, id: string) => { code: string } | undefined };
    expect(plugin.transform('{"a":1}', join(ROOT, 'lib/some.json'))).toBeUndefined();
    const out = plugin.transform(JSON.stringify({ summaryTitle: { message: '學習歷程檢核' }, dashNavChecklist: { message: 'x' } }), join(ROOT, 'public/_locales/zh_TW/messages.json'));
    expect(JSON.parse(out!.code)).toEqual({ summaryTitle: { message: '學習歷程檢核' } });
  });
});
