import { describe, expect, it } from 'vitest';
import { pageCounts } from '@/lib/stats/page-counts';

describe('a page’s counts', () => {
  it('counts a finding marked 「已確認，無需更正」 apart, never as an open error or warning; 說明 in neither', () => {
    const findings = [
      { severity: 'error' as const },
      { severity: 'error' as const, dismissed: true },
      { severity: 'warning' as const },
      { severity: 'warning' as const, dismissed: true },
      { severity: 'warning' as const },
      { severity: 'info' as const },
    ];
    expect(pageCounts(findings, (f) => f.severity, (f) => f.dismissed === true)).toEqual({ errors: 1, warnings: 2, dismissed: 2 });
    expect(pageCounts([], (f: { severity: 'error' }) => f.severity, () => false)).toEqual({ errors: 0, warnings: 0, dismissed: 0 });
  });
});
