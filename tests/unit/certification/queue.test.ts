import { describe, expect, it } from 'vitest';
import { certificationQueue } from '@/lib/certification/queue';
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

describe('certificationQueue', () => {
  it('counts only 未認證 uploads, by course and class', () => {
    const queue = certificationQueue([
      upload('物理', '202', 'pending'),
      upload('物理', '201', 'pending'),
      upload('物理', '201', 'pending'),
      upload('物理', '201', 'certified'),
      upload('化學', '201', 'rejected'),
      upload('化學', '203', 'pending'),
    ]);
    expect(queue.groups).toEqual([
      { courseName: '化學', className: '203', pending: 1 },
      { courseName: '物理', className: '201', pending: 2 },
      { courseName: '物理', className: '202', pending: 1 },
    ]);
    expect(queue.total).toBe(4);
    expect(queue.term).toEqual({ year: 115, semester: 1 });
  });
  it('is empty when everything is certified', () => {
    expect(certificationQueue([upload('物理', '201', 'certified')])).toMatchObject({ groups: [], total: 0 });
  });
  it('carries no student reference', () => {
    expect(JSON.stringify(certificationQueue([upload('物理', '201', 'pending')]))).not.toContain('s-');
  });
});
