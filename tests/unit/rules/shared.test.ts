// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { NATIONAL_POLICY } from '@/lib/policy/presets';
import { fileTypeNotAllowed } from '@/lib/rules/format/file-type-not-allowed';
import { on, outcome, page } from './fixtures';

describe('messages quoting page text', () => {
  it('show a right-to-left override in a file name as a visible code, so it cannot reorder the message', () => {
    const record = outcome({ files: [{ name: 'report\u202Efdp.exe', ext: 'exe', bytes: 1000 }] });
    const [finding] = fileTypeNotAllowed.check(page([record]), NATIONAL_POLICY, on('2026-01-01'));
    expect(finding!.message.zh).toContain('report[U+202E]fdp.exe');
    expect(finding!.message.zh).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
  });
});
