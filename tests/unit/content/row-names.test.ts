import { describe, expect, it } from 'vitest';
import { rowName } from '@/entrypoints/content/row-names';
import type { PageRecord } from '@/lib/model/records';

const artifact = (fields: Partial<Extract<PageRecord, { type: 'artifact' }>>): PageRecord => ({ type: 'artifact', kind: 'outcome', title: '', files: [], ...fields });

describe('rowName', () => {
  it('names an upload by its title, with the 學號 when the row shows one', () => {
    expect(rowName(artifact({ title: '古典小說人物分析報告' }), 'zh_TW')).toBe('〈古典小說人物分析報告〉');
    expect(rowName(artifact({ title: '英語簡報：永續時尚', studentRef: '113006' }), 'zh_TW')).toBe('學號 113006〈英語簡報：永續時尚〉');
    expect(rowName(artifact({ title: '英語簡報：永續時尚', studentRef: '113006' }), 'en')).toBe('Student no. 113006, “英語簡報：永續時尚”');
  });

  it('falls back to the course, then the file, for a list without a title column', () => {
    expect(rowName(artifact({ courseName: '英語文', files: [{ name: 'report.pdf', ext: 'pdf' }] }), 'zh_TW')).toBe('〈英語文〉');
    expect(rowName(artifact({ files: [{ name: 'report.pdf', ext: 'pdf' }] }), 'zh_TW')).toBe('〈report.pdf〉');
  });

  it('cuts a long title and shows a bidi control instead of obeying it', () => {
    expect(rowName(artifact({ title: '一二三四五六七八九十一二三四五六七八九十一二三四五六' }), 'zh_TW')).toBe('〈一二三四五六七八九十一二三四五六七八九十一二三四…〉');
    expect(rowName(artifact({ title: 'report\u202Efdp.exe' }), 'zh_TW')).toBe('〈report[U+202E]fdp.exe〉');
  });

  it('names a student by class and seat, else by 學號', () => {
    expect(rowName({ type: 'class-progress', studentRef: '112045', seat: 7, className: '302' }, 'zh_TW')).toBe('302 班 座號 7');
    expect(rowName({ type: 'class-progress', studentRef: '112045', seat: 7, className: '302' }, 'en')).toBe('Class 302, seat 7');
    expect(rowName({ type: 'student', seat: 12 }, 'zh_TW')).toBe('座號 12');
    expect(rowName({ type: 'receipt', studentRef: '112045', className: '302', status: 'disputed' }, 'zh_TW')).toBe('302 班 學號 112045');
    expect(rowName({ type: 'receipt', studentRef: '112045', status: 'pending' }, 'zh_TW')).toBe('學號 112045');
  });

  it('never names a row by its national ID', () => {
    expect(rowName({ type: 'student', idNumber: 'A123456789' }, 'zh_TW')).toBeUndefined();
    expect(rowName({ type: 'class-progress', studentRef: '112045', idNumber: 'A123456789' }, 'zh_TW')).toBe('學號 112045');
  });

  it('names a course by name and code, and nothing for a record about the page as a whole', () => {
    expect(rowName({ type: 'course-offering', code: '112093301101001010101', name: '國語文' }, 'zh_TW')).toBe('〈國語文〉課程代碼 112093301101001010101');
    expect(rowName({ type: 'course-code-check', code: '112093301101001010101', matched: false }, 'zh_TW')).toBe('課程代碼 112093301101001010101');
    expect(rowName({ type: 'course-code-run', ranAt: '2026-01-10' }, 'zh_TW')).toBeUndefined();
  });
});
