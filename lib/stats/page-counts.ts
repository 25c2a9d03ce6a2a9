import type { Severity } from '@/lib/model/finding';

/** A page's findings as counted for the panel, the popup and the log. */
export interface FindingCounts {
  /** open errors: dismissed ones are not among them */
  errors: number;
  /** open warnings */
  warnings: number;
  /** findings marked 「已確認，無需更正」 (of any severity): shown as 「已確認 N 項」, never as errors or warnings */
  dismissed: number;
}

/**
 * Counts a page's findings: a finding marked 「已確認，無需更正」 counts as dismissed, not as an open
 * error or warning; `info` findings count in neither. Pure: `severity` and `dismissed` read each item.
 */
export function pageCounts<T>(items: readonly T[], severity: (item: T) => Severity, dismissed: (item: T) => boolean): FindingCounts {
  const counts: FindingCounts = { errors: 0, warnings: 0, dismissed: 0 };
  for (const item of items) {
    if (dismissed(item)) counts.dismissed += 1;
    else if (severity(item) === 'error') counts.errors += 1;
    else if (severity(item) === 'warning') counts.warnings += 1;
  }
  return counts;
}
