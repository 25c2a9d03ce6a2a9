import { citePolicy } from '../cite';
import { finding, say } from '../shared';
import type { PageRule } from '../types';
import { overCap } from './count';

/**
 * 勾選 of outcomes over the cap (6 a year): on a list of a student's outcomes, each selected item
 * beyond the cap; on a 班級進度 page, each student whose selected count is over it.
 */
export const outcomeSelectedOverCap: PageRule = {
  id: 'quota.outcome.selected-over-cap',
  family: 'quota',
  scope: 'page',
  recordLocal: false,
  sources: ['page', 'roster'],
  severity: 'error',
  dismissal: 'reported-only',
  title: { zh: '課程學習成果勾選超過 6 件', en: 'More than 6 course outcomes selected' },
  basis: {
    seed: '003_5f73e15ddc21c676.txt',
    clause: '四(二)2',
    text: {
      zh: '學校人員就學習歷程學校平臺之資料，經學生勾選至多六件後，提交至學習歷程中央資料庫。',
      en: 'Staff submit at most six outcomes a year, as selected by the student, to the central database.',
    },
  },
  check(input, policy) {
    const findings = overCap(outcomeSelectedOverCap, { kind: 'outcome', action: 'select', capKey: 'outcomeSelect' }, input, policy);
    const max = policy.caps.outcomeSelect.max;
    if (max === null) return findings;
    const basis = citePolicy(policy, 'caps.outcomeSelect', outcomeSelectedOverCap.basis);
    input.records.forEach((record, index) => {
      if (record.type !== 'class-progress' || record.outcomesSelected === undefined || record.outcomesSelected <= max) return;
      const over = record.outcomesSelected - max;
      findings.push(
        finding(
          outcomeSelectedOverCap,
          index,
          say([
            {
              zh: `勾選了 ${record.outcomesSelected} 件課程學習成果，超過上限 ${max} 件（多 ${over} 件）。請提醒學生取消勾選多出的 ${over} 件。`,
              en: `${record.outcomesSelected} outcomes selected, ${over} over the cap of ${max}. Ask the student to unselect ${over}.`,
            },
            basis,
          ]),
          'outcomesSelected',
        ),
      );
    });
    return findings;
  },
};
