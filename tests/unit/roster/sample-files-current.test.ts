import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ES module without types
import { rosterFiles } from '../../portal/rosters/build.mjs';

const ROOT = join(import.meta.dirname, '../../portal/pages/rosters');

describe('the sample roster files on disk', () => {
  it('are what tests/portal/rosters/build.mjs writes (run it after changing the script)', () => {
    const files = Object.entries(rosterFiles() as Record<string, string | Uint8Array>);
    expect(files.length).toBe(15);
    for (const [path, contents] of files) {
      const expected = typeof contents === 'string' ? Buffer.from(contents, 'utf8') : Buffer.from(contents);
      expect(readFileSync(join(ROOT, path)).equals(expected), path).toBe(true);
    }
  });
});
