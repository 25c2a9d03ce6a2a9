import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const LOCALES = ['zh_TW', 'en'] as const;

interface Entry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
const catalog = (locale: string) =>
  JSON.parse(readFileSync(join(ROOT, `public/_locales/${locale}/messages.json`), 'utf8')) as Record<string, Entry>;

/**
 * The `$name$` references Chrome's loader resolves when it reads a messages.json: it looks for a `$`, then the
 * next `$`, and takes what lies between as a placeholder name when it is made only of letters, digits, `_` and
 * `@`; a name that is not among the message's placeholders stops the extension from loading ("Variable $1$ used
 * but not defined"). So `$1$2` is read as the placeholder `1` — which is how one message once broke the build.
 */
function placeholderReferences(message: string): string[] {
  const names: string[] = [];
  let at = 0;
  for (;;) {
    const begin = message.indexOf('$', at);
    if (begin < 0 || begin + 1 >= message.length) return names;
    const end = message.indexOf('$', begin + 1);
    if (end < 0) return names;
    const name = message.slice(begin + 1, end);
    if (/^[A-Za-z0-9_@]+$/.test(name)) names.push(name);
    at = begin + 1;
  }
}

const positionals = (message: string) => [...message.matchAll(/\$([1-9])/g)].map((m) => m[1]).sort();

describe('the extension’s messages.json files', () => {
  it('reads `$1$2` as a placeholder named 1 and `$1：讀到 $2` as none (the check itself)', () => {
    expect(placeholderReferences('$1$2')).toEqual(['1']);
    expect(placeholderReferences('$1：讀到 $2 筆')).toEqual([]);
    expect(placeholderReferences('$1 $2')).toEqual([]);
    expect(placeholderReferences('在 $SITE$ 啟用')).toEqual(['SITE']);
  });

  for (const locale of LOCALES) {
    it(`${locale}: every $name$ a message uses is one of its placeholders, so Chrome loads the extension`, () => {
      const broken: string[] = [];
      for (const [key, entry] of Object.entries(catalog(locale))) {
        const defined = new Set(Object.keys(entry.placeholders ?? {}).map((name) => name.toLowerCase()));
        for (const name of placeholderReferences(entry.message)) {
          if (!defined.has(name.toLowerCase())) broken.push(`${key}: $${name}$ in "${entry.message}"`);
        }
      }
      expect(broken).toEqual([]);
    });
  }

  it('has the same keys in both locales, and each message takes the same $1…$9 in both', () => {
    const zh = catalog('zh_TW');
    const en = catalog('en');
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    const differing = Object.keys(zh).filter(
      (key) => positionals(zh[key]!.message).join() !== positionals(en[key]!.message).join(),
    );
    expect(differing).toEqual([]);
  });
});
