import { describe, expect, it } from 'vitest';
import { certificationQueue, MAX_QUEUE_ROWS, mergeQueueRows, mostCommonTerm, queueRows, type QueueRows } from '@/lib/certification/queue';
import type { Artifact } from '@/lib/model/records';

let counter = 0;
const upload = (courseName: string, className: string, certStatus: Artifact['certStatus'], semester: 1 | 2 = 1): Artifact => ({
  type: 'artifact',
  kind: 'outcome',
  studentRef: `s-${(counter += 1)}`,
  title: '成果',
  files: [],
  courseName,
  className,
  certStatus,
  term: { year: 115, semester },
});

const reading = (pageKey: string, rows: Record<string, [string, string, boolean]>, statedTotal?: number): QueueRows => ({
  pageKey,
  rows: Object.fromEntries(Object.entries(rows).map(([key, [courseName, className, pending]]) => [key, { courseName, className, pending }])),
  ...(statedTotal !== undefined ? { statedTotal } : {}),
});

describe('queueRows', () => {
  it('keeps course, class and whether the upload still waits — and no student', () => {
    const rows = queueRows([upload('物理', '201', 'pending'), upload('物理', '201', 'certified'), upload('化學', '203', 'rejected')]);
    expect(rows.map(({ courseName, className, pending, status }) => ({ courseName, className, pending, status }))).toEqual([
      { courseName: '物理', className: '201', pending: true, status: 'pending' },
      { courseName: '物理', className: '201', pending: false, status: 'certified' },
      { courseName: '化學', className: '203', pending: false, status: 'rejected' },
    ]);
    expect(JSON.stringify(rows)).not.toContain("s-");
  });
  it('finds the term most uploads belong to', () => {
    expect(mostCommonTerm([upload('a', '1', 'pending', 2), upload('a', '1', 'pending', 1), upload('a', '1', 'pending', 2)])).toEqual({ year: 115, semester: 2 });
  });
});

describe('certificationQueue', () => {
  it('counts only 未認證 uploads, by course and class', () => {
    const queue = certificationQueue(
      reading('p', { a: ['物理', '202', true], b: ['物理', '201', true], c: ['物理', '201', true], d: ['物理', '201', false], e: ['化學', '201', false], f: ['化學', '203', true] }),
    );
    expect(queue.groups).toEqual([
      { courseName: '化學', className: '203', pending: 1 },
      { courseName: '物理', className: '201', pending: 2 },
      { courseName: '物理', className: '202', pending: 1 },
    ]);
    expect(queue).toMatchObject({ total: 4, seenRows: 6, complete: true });
  });
  it('is incomplete while fewer rows were seen than the list states', () => {
    expect(certificationQueue(reading('p', { a: ['物理', '201', true] }, 33))).toMatchObject({ total: 1, seenRows: 1, complete: false });
  });
});

describe('mergeQueueRows', () => {
  it('adds the rows of another page of the same list, and takes the newest status of a row seen again', () => {
    const page1 = reading('http://x/certify', { a: ['物理', '201', true], b: ['物理', '201', true] }, 3);
    const page2 = reading('http://x/certify', { c: ['物理', '202', true] }, 3);
    const again = reading('http://x/certify', { a: ['物理', '201', false] }, 3);
    const merged = mergeQueueRows(mergeQueueRows(mergeQueueRows(null, page1), page2), again);
    expect(certificationQueue(merged)).toMatchObject({ total: 2, seenRows: 3, complete: true });
  });
  it('drops a row no longer on the list once a round of readings has shown the whole list', () => {
    // a paged list of 3: page 1 holds a and b, page 2 holds c
    let merged = mergeQueueRows(null, reading('http://x/certify', { a: ['物理', '201', true], b: ['物理', '201', true] }, 3));
    merged = mergeQueueRows(merged, reading('http://x/certify', { c: ['物理', '202', true] }, 3));
    // b's title is changed by the student: it comes back under a new key, b' ; the list still has 3
    merged = mergeQueueRows(merged, reading('http://x/certify', { a: ['物理', '201', true], "b'": ['物理', '201', true] }, 3));
    expect(Object.keys(merged.rows).sort()).toEqual(['a', 'b', "b'", 'c']);
    expect(certificationQueue(merged).complete).toBe(true);
    merged = mergeQueueRows(merged, reading('http://x/certify', { c: ['物理', '202', true] }, 3));
    expect(Object.keys(merged.rows).sort()).toEqual(['a', "b'", 'c']);
    expect(certificationQueue(merged)).toMatchObject({ total: 3, seenRows: 3 });
  });

  it('takes a reading of the whole list as the list', () => {
    const before = mergeQueueRows(null, reading('http://x/certify', { a: ['物理', '201', true], b: ['物理', '201', true] }));
    const after = mergeQueueRows(before, reading('http://x/certify', { c: ['物理', '201', true] }));
    expect(Object.keys(after.rows)).toEqual(['c']);
  });

  it('stays bounded when a 5,000-row list whose titles change is read again and again', { timeout: 60_000 }, () => {
    let merged: QueueRows | null = null;
    for (let load = 0; load < 10; load += 1) {
      // five pages of 1,000; every load the titles (and so the keys) are new
      for (let page = 0; page < 5; page += 1) {
        const rows = Object.fromEntries(Array.from({ length: 1_000 }, (_, i) => [`${load}-${page}-${i}`, ['物理', '201', true] as [string, string, boolean]]));
        merged = mergeQueueRows(merged, reading('http://x/certify', rows, 5_000));
      }
      expect(Object.keys(merged!.rows).length).toBeLessThanOrEqual(10_000);
    }
    expect(Object.keys(merged!.rows).length).toBe(5_000);
    expect(Object.keys(merged!.rows).every((key) => key.startsWith('9-'))).toBe(true);
  });

  it(`keeps at most ${MAX_QUEUE_ROWS} rows, the most recently seen`, { timeout: 60_000 }, () => {
    const many = (from: number, count: number) =>
      Object.fromEntries(Array.from({ length: count }, (_, i) => [`r${from + i}`, ['物理', '201', true] as [string, string, boolean]]));
    let merged = mergeQueueRows(null, reading('http://x/certify', many(0, 15_000), 100_000));
    merged = mergeQueueRows(merged, reading('http://x/certify', many(15_000, 15_000), 100_000));
    expect(Object.keys(merged.rows)).toHaveLength(20_000);
    // all 15,000 of the latest reading, and 5,000 of the one before
    expect(Array.from({ length: 15_000 }, (_, i) => `r${15_000 + i}`).every((key) => key in merged.rows)).toBe(true);
  });

  it('starts afresh on a different page', () => {
    const merged = mergeQueueRows(reading('http://x/a', { a: ['物理', '201', true] }), reading('http://x/b', { z: ['化學', '301', true] }));
    expect(Object.keys(merged.rows)).toEqual(['z']);
  });
});

describe('recordsFromQueueRows', () => {
  it('turns the merged list back into records the dashboard counts can be taken from, with no student or title', async () => {
    const { recordsFromQueueRows } = await import('@/lib/certification/queue');
    const rows = queueRows([
      { ...upload('物理', '201', 'certified'), teacher: '王怡君', certifiedAt: '2026-01-05' },
      { ...upload('物理', '201', 'pending'), teacher: '王怡君' },
    ]);
    const records = recordsFromQueueRows({ pageKey: 'p', rows: { a: rows[0]!, b: rows[1]! } });
    expect(records).toEqual([
      { type: 'artifact', kind: 'outcome', title: '', files: [], courseName: '物理', className: '201', certStatus: 'certified', teacher: '王怡君', certifiedAt: '2026-01-05', term: { year: 115, semester: 1 } },
      { type: 'artifact', kind: 'outcome', title: '', files: [], courseName: '物理', className: '201', certStatus: 'pending', teacher: '王怡君', term: { year: 115, semester: 1 } },
    ]);
    expect(JSON.stringify(records)).not.toContain('s-');
  });
});
