import { describe, expect, it } from 'vitest';
import { unreadPages } from '@/lib/stats/unread';

const visit = (path: string, at: number, unread?: number) => ({ origin: 'https://sis.example.edu.tw', path, at, ...(unread === undefined ? {} : { unread }) });

describe('unreadPages', () => {
  it('counts each page’s latest check only, so a page read in full later counts no more', () => {
    const result = unreadPages([visit('/receipt', 1, 4), visit('/receipt', 2, 0), visit('/certify', 1, 3), visit('/certify', 5, 2), visit('/list', 3)]);
    expect(result).toEqual({ total: 2, pages: [{ origin: 'https://sis.example.edu.tw', path: '/certify', at: 5, unread: 2 }] });
  });

  it('is zero for a log with no unread rows (rows logged before unread counts were kept)', () => {
    expect(unreadPages([visit('/a', 1), visit('/b', 2, 0)])).toEqual({ total: 0, pages: [] });
  });
});
