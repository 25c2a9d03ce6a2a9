import { citePolicy } from '../cite';
import { finding, say } from '../shared';
import type { PageRule } from '../types';
import { overCap } from './count';

/**
 * 勾選 of performances over the cap (10 a year): on a list of a student's performances, each selected item
 * beyond the cap; on a 班級進度 page, each student whose 多元表現已勾選 count is over it. A class page shows only
 * the total, not who entered each item, so where the school's cap leaves out school- or agency-entered items
 * (仁武 000 四(一)) a total over the cap proves nothing and is not marked — the student's own list is.
 */
export const performanceSelectedOverCap: PageRule = {
  id: 'quota.performance.selected-over-cap',
  family: 'quota',
  scope: 'page',
  recordLocal: false,
  sources: ['page', 'roster'],
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
  check(input, policy) {
    const findings = overCap(performanceSelectedOverCap, { kind: 'performance', action: 'select', capKey: 'performanceSelect' }, input, policy);
    const cap = policy.caps.performanceSelect;
    if (cap.max === null || cap.excludedSources.length > 0) return findings;
    const max = cap.max;
    const basis = citePolicy(policy, 'caps.performanceSelect', performanceSelectedOverCap.basis);
    input.records.forEach((record, index) => {
      if (record.type !== 'class-progress' || record.performancesSelected === undefined || record.performancesSelected <= max) return;
      const over = record.performancesSelected - max;
      findings.push(
        finding(
          performanceSelectedOverCap,
          index,
          say([
            {
              zh: `勾選了 ${record.performancesSelected} 件多元表現，超過上限 ${max} 件（多 ${over} 件）。請提醒學生取消勾選多出的 ${over} 件。`,
              en: `${record.performancesSelected} performances selected, ${over} over the cap of ${max}. Ask the student to unselect ${over}.`,
            },
            basis,
          ]),
          'performancesSelected',
        ),
      );
    });
    return findings;
  },
};
