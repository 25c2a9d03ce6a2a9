import type { Finding } from '@/lib/model/finding';
import { cite } from '../cite';
import { finding, say } from '../shared';
import type { PageRule } from '../types';

/** A roster whose 預檢 did not pass: it must be corrected and pre-checked again until it does. */
export const precheckNotPassed: PageRule = {
  id: 'schedule.precheck.not-passed',
  family: 'schedule',
  scope: 'page',
  recordLocal: true,
  sources: ['page'],
  severity: 'error',
  dismissal: 'reported-only',
  title: { zh: '名冊預檢未通過', en: 'Roster pre-check failed' },
  basis: {
    seed: '004_e8ede5ea50a90384.txt',
    clause: '第5項',
    text: {
      zh: '學校應於規定期間內完成預檢且結果正確；預檢結果如有錯誤，應修正後重新預檢，直至預檢結果正確無誤為止。',
      en: 'Schools must complete the pre-check within the period with a correct result; fix any errors and pre-check again until it is correct.',
    },
  },
  check(input) {
    const findings: Finding[] = [];
    input.records.forEach((record, index) => {
      if (record.type !== 'precheck' || record.passed) return;
      const count = record.errorCount ?? record.errors.length;
      const first = record.errors[0];
      const example = first
        ? {
            zh: `例如${first.row ? `第 ${first.row} 筆` : ''}${first.field ? `「${first.field}」` : ''}：${first.message}。`,
            en: `For example${first.row ? ` row ${first.row}` : ''}${first.field ? ` (${first.field})` : ''}: ${first.message}.`,
          }
        : { zh: '', en: '' };
      findings.push(
        finding(
          precheckNotPassed,
          index,
          say([
            {
              zh: `「${record.rosterType}」預檢未通過${count ? `，有 ${count} 筆錯誤` : ''}。`,
              en: `The pre-check of “${record.rosterType}” failed${count ? ` with ${count} error(s)` : ''}.`,
            },
            example,
            { zh: '請在校務系統修正後重新下載名冊並再次預檢，直到通過。', en: 'Correct the data in the school system, export the roster again and re-run the pre-check until it passes.' },
            cite(precheckNotPassed.basis),
          ]),
          'passed',
        ),
      );
    });
    return findings;
  },
};
