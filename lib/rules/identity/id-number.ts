/**
 * 身分證統一編號 and 居留證 numbers: one letter (area) + a gender/kind character + 8 digits, the
 * last a check digit. The area letter expands to two digits in the standard irregular order;
 * weights 1,9,8,7,6,5,4,3,2,1,1 over the 11 digits; the sum is divisible by 10.
 *  - 身分證: second character 1 or 2
 *  - new 居留證 (from 2021): second character 8 or 9
 *  - old 居留證: second character A–D, which counts as the last digit of its own letter code
 */

const AREA_CODE: Record<string, number> = {
  A: 10, B: 11, C: 12, D: 13, E: 14, F: 15, G: 16, H: 17, I: 34, J: 18, K: 19, L: 20, M: 21,
  N: 22, O: 35, P: 23, Q: 24, R: 25, S: 26, T: 27, U: 28, V: 29, W: 32, X: 30, Y: 31, Z: 33,
};
const WEIGHTS = [1, 9, 8, 7, 6, 5, 4, 3, 2, 1, 1];

export type IdKind = 'national-id' | 'resident-new' | 'resident-old';
export type IdCheck = { kind: IdKind; valid: boolean } | { kind: null; valid: false };

export function checkIdNumber(raw: string): IdCheck {
  const id = raw.trim().toUpperCase();
  const match = /^([A-Z])([1289A-D])(\d{8})$/.exec(id);
  if (!match) return { kind: null, valid: false };
  const [, area, second, rest] = match as unknown as [string, string, string, string];
  const kind: IdKind = /[12]/.test(second) ? 'national-id' : /[89]/.test(second) ? 'resident-new' : 'resident-old';
  const areaCode = AREA_CODE[area] as number;
  const secondDigit = kind === 'resident-old' ? (AREA_CODE[second] as number) % 10 : Number(second);
  const digits = [Math.floor(areaCode / 10), areaCode % 10, secondDigit, ...[...rest].map(Number)];
  const sum = digits.reduce((total, digit, i) => total + digit * (WEIGHTS[i] as number), 0);
  return { kind, valid: sum % 10 === 0 };
}
