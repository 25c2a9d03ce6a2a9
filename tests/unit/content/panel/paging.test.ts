import { describe, expect, it } from 'vitest';
import { pagingText } from '@/entrypoints/content/panel/paging';

describe('pagingText', () => {
  it('says which page of how many, and how many rows of the list have been seen', () => {
    expect(pagingText({ page: 1, pageCount: 3, totalRows: 55 }, 20, 20, 'zh_TW')).toBe('第 1 頁，共 3 頁；已看過 20 / 55 筆');
    expect(pagingText({ page: 2, pageCount: 3, totalRows: 55 }, 20, 40, 'zh_TW')).toBe('第 2 頁，共 3 頁；已看過 40 / 55 筆');
    expect(pagingText({ page: 2, pageCount: 3, totalRows: 55 }, 20, 40, 'en')).toBe('Page 2 of 3; 40 of 55 rows seen');
  });

  it('counts this page’s rows before the seen count arrives', () => {
    expect(pagingText({ page: 1, pageCount: 3, totalRows: 55 }, 20, 0, 'zh_TW')).toBe('第 1 頁，共 3 頁；已看過 20 / 55 筆');
  });

  it('says what it can when the page states only part of it', () => {
    expect(pagingText({ totalRows: 33 }, 33, 33, 'zh_TW')).toBe('已看過 33 / 33 筆');
    expect(pagingText({ page: 1, pageCount: 2 }, 20, 20, 'zh_TW')).toBe('第 1 頁，共 2 頁；已看過 20 筆');
    expect(pagingText({}, 20, 45, 'zh_TW')).toBe('已看過 45 筆');
  });

  it('is empty for a list shown whole that states nothing', () => {
    expect(pagingText({}, 8, 8, 'zh_TW')).toBe('');
  });
});
