import { describe, expect, it } from 'vitest';
import { sameValue } from '@/lib/messaging/sender';

/** sameValue says what comparing the JSON of plain data would say (keys in any order, undefined keys absent). */
describe('sameValue', () => {
  it('is true for equal plain data, whatever the key order and undefined keys', () => {
    expect(sameValue({ a: 1, b: [1, { c: 'x' }] }, { b: [1, { c: 'x' }], a: 1 })).toBe(true);
    expect(sameValue({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameValue({ a: 1 }, { a: 1, b: undefined })).toBe(true);
    expect(sameValue([], [])).toBe(true);
    expect(sameValue(null, null)).toBe(true);
  });

  it('is false when a key, a value, a length or a shape differs', () => {
    expect(sameValue({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(sameValue({ a: 1, b: 2 }, { a: 1 })).toBe(false);
    expect(sameValue({ a: 1, b: undefined }, { a: 1, c: 3 })).toBe(false);
    expect(sameValue({ a: { b: 1 } }, { a: { b: 2 } })).toBe(false);
    expect(sameValue([1, 2], [1])).toBe(false);
    expect(sameValue([1], { 0: 1 })).toBe(false);
    expect(sameValue({ 0: 1 }, [1])).toBe(false);
    expect(sameValue({}, null)).toBe(false);
    expect(sameValue(1, '1')).toBe(false);
  });
});
