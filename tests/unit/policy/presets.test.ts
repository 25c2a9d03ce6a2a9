import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { POLICY_PRESETS, presetById } from '@/lib/policy/presets';
import { POLICY_SOURCE_KEYS } from '@/lib/policy/schema';
import { validatePolicy } from '@/lib/policy/validate';

const SEEDS = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../shared/seeds');

describe('policy presets', () => {
  for (const policy of POLICY_PRESETS) {
    it(`${policy.name} validates and traces every section to an existing seed clause`, () => {
      expect(validatePolicy(policy)).toEqual({ ok: true, policy });
      for (const key of POLICY_SOURCE_KEYS) {
        const source = policy.sources[key];
        expect(source, `${policy.id}: ${key}`).toBeDefined();
        if (source!.seed !== null) expect(existsSync(resolve(SEEDS, source!.seed)), `${policy.id}: ${key}`).toBe(true);
        expect(source!.clause).not.toBe('');
      }
    });
  }

  it('carries each seed school’s caps', () => {
    const caps = (id: string) => {
      const { outcomeUpload, outcomeSelect, performanceUpload, performanceSelect } = presetById(id)!.caps;
      return [outcomeUpload.max, outcomeSelect.max, performanceUpload.max, performanceSelect.max];
    };
    expect(caps('national')).toEqual([null, 6, null, 10]);
    expect(caps('renwu')).toEqual([6, 6, 10, 10]);
    expect(caps('hualien-girls')).toEqual([null, 6, 30, 10]);
    expect(caps('caotun')).toEqual([10, 6, 20, 10]);
    expect(presetById('renwu')!.caps.performanceSelect.excludedSources).toEqual(['school', 'agency']);
  });

  it('records the 仁武 contradiction (body 10/yr vs 附件一 6/term) in the source note', () => {
    expect(presetById('renwu')!.sources['caps.performanceUpload']!.note!.zh).toMatch(/附件一.*6.*矛盾/);
  });

  it('ships the national format table: 2 / 4 / 10 MB, MB = 2^20', () => {
    const files = presetById('national')!.files;
    expect(files.mebibyte).toBe(true);
    expect(files.consultation.groups.map((g) => g.maxMB)).toEqual([2]);
    expect(files.outcome.groups.map((g) => [g.group, g.maxMB])).toEqual([['document', 4], ['media', 10]]);
    expect([files.outcome.linksAllowed, files.performance.linksAllowed]).toEqual([false, true]);
  });
});
