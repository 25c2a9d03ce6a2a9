import type { PageRule } from '../types';
import { overCap } from './count';

export const performanceSelectedOverCap: PageRule = {
  id: 'quota.performance.selected-over-cap',
  family: 'quota',
  scope: 'page',
  recordLocal: false,
  severity: 'error',
  dismissal: 'reported-only',
  title: { zh: '多元表現勾選超過 10 件', en: 'More than 10 diverse performances selected' },
  basis: {
    seed: '000_cc713951fbe3d705.txt',
    clause: '四(一)',
    text: {
      zh: '多元表現每學年至多十項；學校登錄之校內幹部、校外機構登錄之競賽、檢定等資料不包括在十項之內（勾選上限見作業要點四(三)2）。',
      en: 'At most ten performances a year; school-entered cadre records and agency-entered competitions or certificates are not among the ten (selection cap: national rules 四(三)2).',
    },
  },
  check: (input, policy) =>
    overCap(performanceSelectedOverCap, { kind: 'performance', action: 'select', capKey: 'performanceSelect' }, input, policy),
};
