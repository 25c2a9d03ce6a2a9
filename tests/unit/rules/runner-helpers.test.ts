// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { summaryLength } from '@/lib/rules/format/summary-too-long';
import { checkIdNumber, type IdCheck } from '@/lib/rules/identity/id-number';

/** The helpers the rule runner leans on were rewritten to allocate less; they must answer as the originals did. */

const AREA: Record<string, number> = {
  A: 10, B: 11, C: 12, D: 13, E: 14, F: 15, G: 16, H: 17, I: 34, J: 18, K: 19, L: 20, M: 21,
  N: 22, O: 35, P: 23, Q: 24, R: 25, S: 26, T: 27, U: 28, V: 29, W: 32, X: 30, Y: 31, Z: 33,
};
const W = [1, 9, 8, 7, 6, 5, 4, 3, 2, 1, 1];

/** The regex version this replaced, kept here as the reference. */
function referenceCheck(raw: string): IdCheck {
  const id = raw.trim().toUpperCase();
  const match = /^([A-Z])([1289A-D])(\d{8})$/.exec(id);
  if (!match) return { kind: null, valid: false };
  const [, area, second, rest] = match as unknown as [string, string, string, string];
  const kind = /[12]/.test(second) ? 'national-id' : /[89]/.test(second) ? 'resident-new' : 'resident-old';
  const areaCode = AREA[area] as number;
  const secondDigit = kind === 'resident-old' ? (AREA[second] as number) % 10 : Number(second);
  const digits = [Math.floor(areaCode / 10), areaCode % 10, secondDigit, ...[...rest].map(Number)];
  const sum = digits.reduce((total, digit, i) => total + digit * (W[i] as number), 0);
  return { kind, valid: sum % 10 === 0 };
}

function random(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
}

describe('checkIdNumber', () => {
  it('answers as the regex version for valid, mistyped, odd and hostile numbers', () => {
    const next = random(42);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdz0123456789０１２ _-ßıİ\u200b\u0661';
    const samples = ['A123456789', 'a123456789', ' A123456789 ', 'A823456789', 'AA23456789', 'AD23456789', 'AE23456789', 'A12345678', 'A1234567890', 'A12345678０', 'ß123456789', 'A12345678\u0661', ''];
    for (let n = 0; n < 20000; n += 1) {
      // Mostly well-shaped numbers (so about one in ten passes its check digit), some noise.
      const shaped = next() < 0.8;
      let id = '';
      if (shaped) {
        id += String.fromCharCode(65 + Math.floor(next() * 26));
        id += '1289ABCD'[Math.floor(next() * 8)];
        for (let k = 0; k < 8; k += 1) id += String(Math.floor(next() * 10));
        if (next() < 0.1) id = id.toLowerCase();
      } else {
        const length = 8 + Math.floor(next() * 4);
        for (let k = 0; k < length; k += 1) id += alphabet[Math.floor(next() * alphabet.length)];
      }
      samples.push(id);
    }
    let valid = 0;
    for (const id of samples) {
      const want = referenceCheck(id);
      expect(checkIdNumber(id), JSON.stringify(id)).toEqual(want);
      if (want.valid) valid += 1;
    }
    expect(valid).toBeGreaterThan(1000);
  });
});

describe('summaryLength', () => {
  it('counts code points of the trimmed text, as [...text.trim()].length did', () => {
    const texts = ['', '  ', 'abc', ' 中文 ', '𠮷野家', '😀😀', 'a\uD800', '\uDC00b', '\uD800\uD800\uDC00', '\uDBFF\uDFFF', '\u3000全形\u3000', '長'.repeat(150), `${'𠮷'.repeat(60)}${'字'.repeat(50)}`];
    const next = random(7);
    const pool = ['a', '中', '𠮷', '😀', '\uD83D', '\uDE00', ' ', '\n', '\u3000'];
    for (let n = 0; n < 2000; n += 1) {
      let text = '';
      const length = Math.floor(next() * 30);
      for (let k = 0; k < length; k += 1) text += pool[Math.floor(next() * pool.length)];
      texts.push(text);
    }
    for (const text of texts) expect(summaryLength(text), JSON.stringify(text)).toBe([...text.trim()].length);
  });
});
