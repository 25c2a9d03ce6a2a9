import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { POLICY_PRESETS, presetById } from '@/lib/policy/presets';
import { POLICY_SOURCE_KEYS } from '@/lib/policy/schema';
import { validatePolicy } from '@/lib/policy/validate';
import { SAMPLE_SCHOOL_POLICY } from '../../portal/sample-school-policy';

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

  it('carries only the dates each seed states: 草屯’s 113-1 working-group minutes, none for the others', () => {
    expect(presetById('national')!.calendar.terms).toEqual([]);
    expect(presetById('renwu')!.calendar.terms).toEqual([]);
    expect(presetById('hualien-girls')!.calendar.terms).toEqual([]);
    // 002 壹、一、9 and 壹、七(3)i, read by hand from the seed.
    expect(presetById('caotun')!.calendar.terms).toEqual([
      { term: { year: 112, semester: 2 }, windows: { selection: { end: '2024-09-20' } } },
      {
        term: { year: 113, semester: 1 },
        windows: {
          upload: { end: '2025-02-03' },
          certification: { end: '2025-02-10' },
          receipt: [
            { start: '2024-10-09', end: '2024-10-14' },
            { start: '2024-10-16', end: '2024-10-17' },
          ],
        },
      },
    ]);
  });

  it('shares no date with the sample portal’s school, whose calendar its tests choose explicitly', () => {
    const datesOf = (value: unknown): string[] =>
      typeof value === 'string' ? (/^\d{4}-\d{2}-\d{2}$/.test(value) ? [value] : []) : value && typeof value === 'object' ? Object.values(value).flatMap(datesOf) : [];
    const sample = new Set(datesOf(SAMPLE_SCHOOL_POLICY.calendar));
    expect(sample.size).toBe(12);
    for (const policy of POLICY_PRESETS) expect(datesOf(policy.calendar).filter((d) => sample.has(d)), policy.id).toEqual([]);
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
