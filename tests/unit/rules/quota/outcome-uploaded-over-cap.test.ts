// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { CAOTUN_POLICY, RENWU_POLICY, NATIONAL_POLICY } from '@/lib/policy/presets';
import { outcomeUploadedOverCap as rule } from '@/lib/rules/quota/outcome-uploaded-over-cap';
import { on, outcome, page, uploads } from '../fixtures';

describe('quota.outcome.uploaded-over-cap', () => {
  it('marks each outcome beyond 仁武 cap of 6 per term, in upload order, saying which one and by how much', () => {
    const items = uploads(8, outcome).reverse(); // page lists newest first
    const findings = rule.check(page(items), RENWU_POLICY, on('2026-01-10'));
    expect(findings.map((f) => items[f.recordIndex!]!.title)).toEqual(['第7件', '第8件']);
    expect(findings[0]!.message.zh).toContain('第 7 件課程學習成果，超過上限 6 件（共計 8 件，多 2 件）');
    expect(findings[0]!.message.zh).toContain('仁武高中 補充規定');
    expect(findings[0]!.severity).toBe('error');
  });

  it('does not fire under 草屯 cap of 10 for the same 8 items', () => {
    expect(rule.check(page(uploads(8, outcome)), CAOTUN_POLICY, on('2026-01-10'))).toEqual([]);
  });

  it('does not fire at exactly the cap', () => {
    expect(rule.check(page(uploads(6, outcome)), RENWU_POLICY, on('2026-01-10'))).toEqual([]);
  });

  it('counts each term and each student separately', () => {
    const items = [
      ...uploads(4, outcome, { studentRef: 'A' }),
      ...uploads(4, outcome, { studentRef: 'B' }),
      ...uploads(4, outcome, { studentRef: 'A', term: { year: 114, semester: 2 } }),
    ];
    expect(rule.check(page(items), RENWU_POLICY, on('2026-01-10'))).toEqual([]);
  });

  it('never fires where the school sets no cap (national baseline)', () => {
    expect(rule.check(page(uploads(30, outcome)), NATIONAL_POLICY, on('2026-01-10'))).toEqual([]);
  });
});
