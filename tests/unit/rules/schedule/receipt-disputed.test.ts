// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { ReceiptConfirmation } from '@/lib/model/records';
import { NATIONAL_POLICY } from '@/lib/policy/presets';
import { receiptDisputed as rule } from '@/lib/rules/schedule/receipt-disputed';
import { on, page } from '../fixtures';

const row = (status: ReceiptConfirmation['status']): ReceiptConfirmation => ({ type: 'receipt', studentRef: '112001', status });

describe('schedule.receipt.disputed', () => {
  it('warns on a student who reported the details as wrong', () => {
    const findings = rule.check(page([row('confirmed'), row('disputed')], 'receipt'), NATIONAL_POLICY, on('2025-10-20'));
    expect(findings.map((f) => [f.recordIndex, f.severity, f.field])).toEqual([[1, 'warning', 'status']]);
  });
  it('does not fire on confirmed or not-yet-confirmed students (no reply counts as confirmed, 004 item 6)', () => {
    expect(rule.check(page([row('confirmed'), row('pending')], 'receipt'), NATIONAL_POLICY, on('2025-10-20'))).toEqual([]);
  });
});
