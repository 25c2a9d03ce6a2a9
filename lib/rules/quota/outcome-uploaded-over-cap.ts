import type { PageRule } from '../types';
import { overCap } from './count';

export const outcomeUploadedOverCap: PageRule = {
  id: 'quota.outcome.uploaded-over-cap',
  family: 'quota',
  scope: 'page',
  recordLocal: false,
  sources: ['page'],
  severity: 'error',
  // The upload cap is the school's own number (003 四(二)1 leaves it to the school): any reason.
  dismissal: 'any-reason',
  title: { zh: '課程學習成果上傳件數超過學校上限', en: 'More course outcomes uploaded than the school allows' },
  basis: {
    seed: '003_5f73e15ddc21c676.txt',
    clause: '四(二)1',
    text: {
      zh: '課程學習成果應於學校每學期規定時間內上傳，並應經任課教師認證；其件數由學校定之。',
      en: 'Outcomes are uploaded each term within the school’s window and certified by the teacher; the school sets the number.',
    },
  },
  check: (input, policy) => overCap(outcomeUploadedOverCap, { kind: 'outcome', action: 'upload', capKey: 'outcomeUpload' }, input, policy),
};
