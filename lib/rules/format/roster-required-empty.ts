import type { Finding } from '@/lib/model/finding';
import { cite } from '../cite';
import { finding, say } from '../shared';
import type { PageRule } from '../types';

/** A roster row that leaves a required column empty: one finding per empty column. */
export const rosterRequiredEmpty: PageRule = {
  id: 'format.roster.required-empty',
  family: 'format',
  scope: 'page',
  recordLocal: true,
  sources: ['roster'],
  severity: 'error',
  dismissal: 'reported-only',
  title: { zh: '名冊必填欄位空白', en: 'Required roster field left empty' },
  basis: {
    seed: '004_e8ede5ea50a90384.txt',
    clause: '第5項',
    text: {
      zh: '學校應於國教署規定期間內，完成預檢且結果正確；預檢結果如有錯誤，請儘速查找原因並依程序修正完成。',
      en: 'Schools complete the pre-check with a correct result in time; errors are found and corrected.',
    },
  },
  check(input) {
    const findings: Finding[] = [];
    const basis = cite(rosterRequiredEmpty.basis);
    input.records.forEach((record, index) => {
      if (record.type !== 'roster-row') return;
      for (const { field, column } of record.empty) {
        findings.push(
          finding(
            rosterRequiredEmpty,
            index,
            say([
              { zh: `「${column}」是必填欄位，這一列卻是空白。請補上後再上傳。`, en: `"${column}" is required but empty on this row. Fill it in before uploading.` },
              basis,
            ]),
            field,
          ),
        );
      }
    });
    return findings;
  },
};
