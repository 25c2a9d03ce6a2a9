import { describe, expect, it } from 'vitest';
import { coverTerm, gradeOf, maskId, rosterDate, serialDate } from '@/lib/roster/values';
import { columnLetter, rangeText } from '@/lib/roster/workbook';

describe('roster cell values', () => {
  it('masks an ID number as A12****789', () => {
    expect(maskId('A123456789')).toBe('A12****789');
    expect(maskId(' B212345975 ')).toBe('B21****975');
    expect(maskId('A1234')).toBe('*****');
  });

  it('reads 西元 and 民國 dates as ISO, keeping what is not a date as written', () => {
    expect(rosterDate('2009/3/4')).toBe('2009-03-04');
    expect(rosterDate('2009-03-04')).toBe('2009-03-04');
    expect(rosterDate('20090304')).toBe('2009-03-04');
    expect(rosterDate('98/03/04')).toBe('2009-03-04');
    expect(rosterDate('098.3.4')).toBe('2009-03-04');
    expect(rosterDate('0980304')).toBe('2009-03-04');
    expect(rosterDate('98年3月4日')).toBe('2009-03-04');
    expect(rosterDate('２００９／０３／０４')).toBe('2009-03-04');
    expect(rosterDate('2009/02/30')).toBe('2009-02-30');
    expect(rosterDate('三月四日')).toBe('三月四日');
  });

  it('turns Excel date serials into ISO dates (1900 date system)', () => {
    // Excel shows 39877 as 2009/3/5 and 45658 as 2025/1/1.
    expect(serialDate(39877)).toBe('2009-03-05');
    expect(serialDate(45658)).toBe('2025-01-01');
  });

  it('reads the cover rows’ 學年度 and 學期', () => {
    expect(coverTerm('114', '1')).toEqual({ year: 114, semester: 1 });
    expect(coverTerm('114學年度', '下學期')).toEqual({ year: 114, semester: 2 });
    expect(coverTerm('114', '第二學期')).toEqual({ year: 114, semester: 2 });
    expect(coverTerm('114', '3')).toBeUndefined();
  });

  it('reads 開課年級 written as 1–3 or 10–12', () => {
    expect([gradeOf('1'), gradeOf('3'), gradeOf('11'), gradeOf('4'), gradeOf('')]).toEqual([10, 12, 11, undefined, undefined]);
  });

  it('names columns and ranges as Excel does', () => {
    expect([columnLetter(0), columnLetter(25), columnLetter(26), columnLetter(701)]).toEqual(['A', 'Z', 'AA', 'ZZ']);
    expect(rangeText({ s: { r: 5, c: 2 }, e: { r: 5, c: 3 } })).toBe('C6:D6');
  });
});
