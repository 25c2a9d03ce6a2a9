import { describe, expect, it } from 'vitest';
import { IdentityFakes, type Random } from '@/lib/export/fake-identities';
import { checkIdNumber } from '@/lib/rules/identity/id-number';

/** A small seeded sequence, so a failure reproduces. */
function seeded(seed: number): Random {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}

const fakes = (shown: (value: string) => boolean = () => false, seed = 7) => new IdentityFakes(shown, seeded(seed));

describe('identity fakes', () => {
  it('give the same original the same fake, and different originals different fakes', () => {
    const f = fakes();
    const a = f.fakeFor('陳柏翰', 'name');
    expect(f.fakeFor('陳柏翰', 'name')).toBe(a);
    expect(a).not.toBe('陳柏翰');
    const numbers = Array.from({ length: 500 }, (_, i) => `112${String(i).padStart(3, '0')}`);
    const given = numbers.map((n) => f.fakeFor(n, 'number'));
    expect(new Set(given).size).toBe(500);
    expect(given.filter((fake, i) => fake === numbers[i])).toEqual([]);
  });

  it('keep a name’s length and its Han characters; a Latin name stays Latin with its case', () => {
    const f = fakes();
    expect(f.fakeFor('林雨萱', 'name')).toMatch(/^[\u4e00-\u9fff]{3}$/);
    expect(f.fakeFor('歐陽娜娜', 'name')).toMatch(/^[\u4e00-\u9fff]{4}$/);
    expect(f.fakeFor('王　明', 'name')).toMatch(/^[\u4e00-\u9fff]\u3000[\u4e00-\u9fff]$/);
    expect(f.fakeFor('Chen Wei', 'name')).toMatch(/^[A-Z][a-z]{3} [A-Z][a-z]{2}$/);
  });

  it('keep a 學號’s shape: digits for digits, letters for letters, other characters as they are', () => {
    const f = fakes();
    expect(f.fakeFor('112045', 'number')).toMatch(/^\d{6}$/);
    expect(f.fakeFor('S11-2045', 'number')).toMatch(/^[A-Z]\d{2}-\d{4}$/);
  });

  it('keep an ID number’s kind and what its check digit says, valid or not', () => {
    const f = fakes();
    // The textbook example A123456789 is valid; with its last digit changed it is not.
    const cases: [string, string, boolean][] = [
      ['A123456789', 'national-id', true],
      ['A123456788', 'national-id', false],
      ['F226418830', 'national-id', false],
      ['A800000014', 'resident-new', true],
      ['AC01234567', 'resident-old', true],
      ['AC01234568', 'resident-old', false],
    ];
    for (const [original, kind, valid] of cases) {
      expect(checkIdNumber(original), original).toEqual({ kind, valid });
      const fake = f.fakeFor(original, 'number');
      expect(fake, original).not.toBe(original);
      expect(checkIdNumber(fake), `${original} → ${fake}`).toEqual({ kind, valid });
      expect(fake).toMatch(/^[A-Z][12ABCD89]\d{8}$/);
    }
  });

  it('treat an ID number in lower case as the same person (as the duplicate check does), writing each in its own case', () => {
    const f = fakes();
    const upper = f.fakeFor('A123456789', 'number');
    const lower = f.fakeFor('a123456789', 'number');
    expect(lower).toBe(upper[0]!.toLowerCase() + upper.slice(1));
  });

  it('keep a value in an ID column that is not ID-shaped failing the ID check', () => {
    const f = fakes();
    for (const original of ['A12345678', 'AE12345678', '1234567890']) {
      const fake = f.fakeFor(original, 'number');
      expect(fake).toHaveLength(original.length);
      expect(checkIdNumber(fake).valid, fake).toBe(false);
    }
  });

  it('keep a file type at the end of a value that is also a file name', () => {
    expect(fakes().fakeFor('report\u202Efdp.exe', 'name')).toMatch(/^[a-z]{6}\u202E[a-z]{3}\.exe$/);
  });

  it('never hand out a value the page shows', () => {
    const first = fakes(() => false, 3).fakeFor('112045', 'number');
    const second = fakes((value) => value === first, 3).fakeFor('112045', 'number');
    expect(second).not.toBe(first);
    expect(second).toMatch(/^\d{6}$/);
  });

  it('say so in zh-TW when no fake can be found', () => {
    expect(() => fakes(() => true).fakeFor('112045', 'number')).toThrow('無法為「6 個字元」的值產生不重複的代稱。');
  });
});
