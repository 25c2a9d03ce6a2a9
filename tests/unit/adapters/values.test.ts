import { describe, expect, it } from 'vitest';
import { findSizes, parseCertStatus, parseDate, parseSize, parseSource, parseTerm } from '@/lib/adapters/values';

describe('parseSize', () => {
  it.each([
    ['3.2 MB', Math.round(3.2 * 1024 * 1024)],
    ['850KB', 850 * 1024],
    ['1,024 KB', 1024 * 1024],
    ['4.6MB', Math.round(4.6 * 1024 * 1024)],
    ['１２ MB', 12 * 1024 * 1024],
    ['512 bytes', 512],
  ])('reads %s', (text, bytes) => {
    expect(parseSize(text)).toBe(bytes);
  });
  it('gives undefined for text without a size', () => {
    expect(parseSize('報告.pdf')).toBeUndefined();
    expect(parseSize('')).toBeUndefined();
  });
  it('finds every size in a text', () => {
    expect(findSizes('a.pdf (1 MB) b.mp4 (2,048 KB)')).toEqual([1024 ** 2, 2048 * 1024]);
  });
});

describe('parseDate', () => {
  it.each([
    ['2025-12-18', '2025-12-18'],
    ['2025/1/5 14:03', '2025-01-05'],
    ['114/12/18', '2025-12-18'],
    ['114.02.03', '2025-02-03'],
    ['114年2月3日', '2025-02-03'],
  ])('reads %s', (text, iso) => {
    expect(parseDate(text)).toBe(iso);
  });
  it('rejects impossible dates rather than guessing', () => {
    expect(parseDate('2025-02-30')).toBeUndefined();
    expect(parseDate('明天')).toBeUndefined();
  });
});

describe('parseTerm', () => {
  it('reads separate 學年度 and 學期 cells', () => {
    expect(parseTerm('114', '1')).toEqual({ year: 114, semester: 1 });
  });
  it.each([
    ['114-2', { year: 114, semester: 2 }],
    ['114學年度第1學期', { year: 114, semester: 1 }],
    ['113 下', { year: 113, semester: 2 }],
  ])('reads %s', (text, term) => {
    expect(parseTerm(text)).toEqual(term);
  });
  it('gives undefined when the 學期 is missing', () => {
    expect(parseTerm('114')).toBeUndefined();
  });
});

describe('status words', () => {
  it.each([
    ['未認證', 'pending'],
    ['待認證', 'pending'],
    ['已認證', 'certified'],
    ['認證通過', 'certified'],
    ['認證未通過', 'rejected'],
    ['不通過', 'rejected'],
    ['退回', 'rejected'],
  ])('%s is %s', (text, status) => {
    expect(parseCertStatus(text)).toBe(status);
  });
  it('does not guess an unknown status', () => {
    expect(parseCertStatus('處理中？')).toBeUndefined();
  });
  it.each([
    ['學生上傳', 'student'],
    ['學校登錄', 'school'],
    ['校外機構登錄', 'agency'],
  ])('source %s is %s', (text, source) => {
    expect(parseSource(text)).toBe(source);
  });
});
