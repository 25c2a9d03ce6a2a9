import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { RuleTotalsTable } from '@/entrypoints/dashboard/RuleTotalsTable';
import type { RuleTotal } from '@/lib/stats/findings-by-rule';

afterEach(cleanup);

/** Twelve rules' totals, most open first as the dashboard hands them over: 12 open, 11, … 1. */
const totals: RuleTotal[] = Array.from({ length: 12 }, (_, i) => ({
  ruleId: `rule.${i + 1}`,
  seen: 12 - i,
  open: 12 - i,
  dismissed: 0,
  fixed: 0,
  firstSeen: '2026-01-20',
  lastSeen: '2026-01-26',
}));

describe('the 檢核問題 table in print', () => {
  it('keeps the ten rules with the most still open and says the full table is in the export', () => {
    const { container } = render(<RuleTotalsTable totals={totals} locale="zh_TW" csvName="problems" />);
    const rows = Array.from(container.querySelectorAll('tbody tr'));
    expect(rows).toHaveLength(12);
    expect(rows.filter((row) => row.classList.contains('print-skip')).map((row) => row.getAttribute('data-rule'))).toEqual(['rule.11', 'rule.12']);
    expect(container.querySelector('caption .condensed-note')!.textContent).toBe('（列印僅列仍未改正最多的 10 項；完整 12 項見匯出的 CSV / Excel 檔）');
  });

  it('prints every row of a short table, with no note', () => {
    const { container } = render(<RuleTotalsTable totals={totals.slice(0, 10)} locale="zh_TW" csvName="problems" />);
    expect(container.querySelectorAll('tbody tr.print-skip')).toHaveLength(0);
    expect(container.querySelector('caption .condensed-note')).toBeNull();
  });
});
