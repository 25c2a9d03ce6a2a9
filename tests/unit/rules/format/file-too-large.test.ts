import { describe, expect, it } from 'vitest';
import { NATIONAL_POLICY } from '@/lib/policy/presets';
import { fileTooLarge as rule } from '@/lib/rules/format/file-too-large';
import { on, outcome, page, withPolicy } from '../fixtures';

const MiB = 1_048_576;
const pdf = (bytes: number) => ({ name: '報告.pdf', ext: 'pdf', bytes });

describe('format.file.too-large', () => {
  it('fires on a 4.6 MB document, saying by how much and which MB', () => {
    const findings = rule.check(page([outcome({ files: [pdf(Math.round(4.6 * MiB))] })]), NATIONAL_POLICY, on('2026-01-01'));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message.zh).toContain('有 4.60 MB，超過上限 4 MB（多 0.60 MB；1 MB 以 1,048,576 位元組計）');
  });

  it('does not fire at exactly 4 MiB, and fires one byte over', () => {
    expect(rule.check(page([outcome({ files: [pdf(4 * MiB)] })]), NATIONAL_POLICY, on('2026-01-01'))).toEqual([]);
    expect(rule.check(page([outcome({ files: [pdf(4 * MiB + 1)] })]), NATIONAL_POLICY, on('2026-01-01'))).toHaveLength(1);
  });

  it('uses the media limit (10 MB) for mp4 and the 2 MB limit for consultation records', () => {
    const video = { name: 'grade_tool.mp4', ext: 'mp4', bytes: Math.round(9.8 * MiB) };
    expect(rule.check(page([outcome({ files: [video] })]), NATIONAL_POLICY, on('2026-01-01'))).toEqual([]);
    const consultation = { type: 'consultation' as const, files: [pdf(3 * MiB)] };
    expect(rule.check(page([consultation]), NATIONAL_POLICY, on('2026-01-01'))[0]!.message.zh).toContain('超過上限 2 MB');
  });

  it('with MB = 10^6, 4,100,000 bytes is over and the message says so', () => {
    const decimal = withPolicy((p) => {
      p.files.mebibyte = false;
    });
    const findings = rule.check(page([outcome({ files: [pdf(4_100_000)] })]), decimal, on('2026-01-01'));
    expect(findings[0]!.message.zh).toContain('1 MB 以 1,000,000 位元組計');
    expect(rule.check(page([outcome({ files: [pdf(4_100_000)] })]), NATIONAL_POLICY, on('2026-01-01'))).toEqual([]);
  });
});
