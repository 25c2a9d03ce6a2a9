import type { PageRule } from '../types';
import { overCap } from './count';

export const performanceUploadedOverCap: PageRule = {
  id: 'quota.performance.uploaded-over-cap',
  family: 'quota',
  scope: 'page',
  recordLocal: false,
  sources: ['page'],
  severity: 'error',
  // The upload cap is the school's own number (003 四(三)1 leaves it to the school): any reason.
  dismissal: 'any-reason',
  title: { zh: '多元表現上傳件數超過學校上限', en: 'More diverse performances uploaded than the school allows' },
  basis: {
    seed: '003_5f73e15ddc21c676.txt',
    clause: '四(三)1',
    text: {
      zh: '多元表現應於學校每學年規定時間內上傳；其件數由學校定之。',
      en: 'Performances are uploaded each school year within the school’s window; the school sets the number.',
    },
  },
  check: (input, policy) =>
    overCap(performanceUploadedOverCap, { kind: 'performance', action: 'upload', capKey: 'performanceUpload' }, input, policy),
};
