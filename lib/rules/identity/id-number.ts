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

const INVALID: IdCheck = { kind: null, valid: false };

/** Char codes of the 8 trailing digits ('0'–'9' only, as /\d/ without the u flag). */
const isDigit = (code: number) => code >= 48 && code <= 57;

export function checkIdNumber(raw: string): IdCheck {
  // /^([A-Z])([1289A-D])(\d{8})$/ checked character by character: no match arrays, no digit lists.
  const id = raw.trim().toUpperCase();
  if (id.length !== 10) return INVALID;
  const first = id.charCodeAt(0);
  if (first < 65 || first > 90) return INVALID;
  const second = id.charCodeAt(1);
  let kind: IdKind;
  let secondDigit: number;
  if (second === 49 || second === 50) {
    kind = 'national-id';
    secondDigit = second - 48;
  } else if (second === 56 || second === 57) {
    kind = 'resident-new';
    secondDigit = second - 48;
  } else if (second >= 65 && second <= 68) {
    kind = 'resident-old';
    secondDigit = (AREA_CODE[id[1]!] as number) % 10;
  } else return INVALID;
  const areaCode = AREA_CODE[id[0]!] as number;
  let sum = Math.floor(areaCode / 10) * WEIGHTS[0]! + (areaCode % 10) * WEIGHTS[1]! + secondDigit * WEIGHTS[2]!;
  for (let i = 2; i < 10; i += 1) {
    const code = id.charCodeAt(i);
    if (!isDigit(code)) return INVALID;
    sum += (code - 48) * WEIGHTS[i + 1]!;
  }
  return { kind, valid: sum % 10 === 0 };
}
