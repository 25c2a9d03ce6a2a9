// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { NATIONAL_POLICY } from '@/lib/policy/presets';
import { checkIdNumber } from '@/lib/rules/identity/id-number';
import { idNumberInvalid as rule } from '@/lib/rules/identity/id-number-invalid';
import { on, page } from '../fixtures';

const student = (idNumber: string) => ({ type: 'student' as const, studentRef: '112001', idNumber });

describe('ID check digit', () => {
  it('accepts known-good numbers of every kind', () => {
    // A123456789 is the textbook example; the others are computed with the same weights.
    expect(checkIdNumber('A123456789')).toEqual({ kind: 'national-id', valid: true });
    expect(checkIdNumber('a123456789')).toEqual({ kind: 'national-id', valid: true });
    expect(checkIdNumber('A800000014')).toEqual({ kind: 'resident-new', valid: true });
    expect(checkIdNumber('AC01234567')).toEqual({ kind: 'resident-old', valid: true });
    // irregular letters: I=34, O=35, W=32, Z=33
    expect(checkIdNumber('I100000003').valid).toBe(true);
    expect(checkIdNumber('O100000004').valid).toBe(true);
    expect(checkIdNumber('W100000001').valid).toBe(true);
    expect(checkIdNumber('Z100000002').valid).toBe(true);
  });

  it('rejects a wrong check digit and a wrong layout', () => {
    expect(checkIdNumber('A123456788')).toEqual({ kind: 'national-id', valid: false });
    expect(checkIdNumber('A323456789')).toEqual({ kind: null, valid: false });
    expect(checkIdNumber('A12345678')).toEqual({ kind: null, valid: false });
  });
});

describe('identity.id-number.invalid', () => {
  it('fires on a bad check digit without echoing the number', () => {
    const findings = rule.check(page([student('A123456788')], 'class-progress'), NATIONAL_POLICY, on('2026-01-01'));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message.zh).toContain('身分證統一編號的檢查碼不正確');
    expect(JSON.stringify(findings)).not.toContain('A123456788');
  });

  it('fires on a malformed number, not on valid ones or empty cells', () => {
    expect(rule.check(page([student('B12345')], 'class-progress'), NATIONAL_POLICY, on('2026-01-01'))[0]!.message.zh).toContain('格式不正確');
    const fine = [student('A123456789'), student('AC01234567'), student(''), { type: 'student' as const, studentRef: 'x' }];
    expect(rule.check(page(fine, 'class-progress'), NATIONAL_POLICY, on('2026-01-01'))).toEqual([]);
  });
});
