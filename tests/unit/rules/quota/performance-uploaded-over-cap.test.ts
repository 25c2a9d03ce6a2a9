// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { CAOTUN_POLICY, HUALIEN_GIRLS_POLICY, RENWU_POLICY } from '@/lib/policy/presets';
import { performanceUploadedOverCap as rule } from '@/lib/rules/quota/performance-uploaded-over-cap';
import { on, page, performance, uploads } from '../fixtures';

describe('quota.performance.uploaded-over-cap', () => {
  it('fires on the 21st performance of the year under 草屯 (20 per year), across both terms', () => {
    const items = [
      ...uploads(15, performance),
      ...uploads(6, performance, { term: { year: 114, semester: 2 }, uploadedAt: '2026-03-02' }),
    ];
    const findings = rule.check(page(items, 'performance-list'), CAOTUN_POLICY, on('2026-03-10'));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message.zh).toContain('本學年上傳的第 21 件多元表現，超過上限 20 件');
  });

  it('does not fire under 花蓮女中 (30 per year) for the same items, nor at exactly 30', () => {
    expect(rule.check(page(uploads(21, performance), 'performance-list'), HUALIEN_GIRLS_POLICY, on('2026-03-10'))).toEqual([]);
    expect(rule.check(page(uploads(30, performance), 'performance-list'), HUALIEN_GIRLS_POLICY, on('2026-03-10'))).toEqual([]);
  });

  it('under 仁武, school and agency entries do not count and are named in the message', () => {
    const items = [
      ...uploads(11, performance, { source: 'student' }),
      ...uploads(3, performance, { source: 'school' }),
      ...uploads(2, performance, { source: 'agency' }),
    ];
    const findings = rule.check(page(items, 'performance-list'), RENWU_POLICY, on('2026-03-10'));
    expect(findings).toHaveLength(1);
    expect(items[findings[0]!.recordIndex!]!.source).toBe('student');
    expect(findings[0]!.message.zh).toContain('共計 11 件，多 1 件）（另有 5 件由學校或校外機構登錄，不計入上限）');
  });
});
