import type { Finding } from '@/lib/model/finding';
import { citePolicy } from '../cite';
import { KIND_LABEL } from '../shared';
import type { PageRule } from '../types';

/**
 * Length of a 簡述 as the format rule counts it: every character is one, full- or
 * half-width alike; white space at either end is ignored. Characters outside the
 * Basic Multilingual Plane (rare 漢字, emoji) count as one, not two.
 */
export function summaryLength(summary: string): number {
  const text = summary.trim();
  // Code points, counted without building an array: a low surrogate after a high one is the same character.
  let length = text.length;
  for (let i = 0; i < text.length - 1; i += 1) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        length -= 1;
        i += 1;
      }
    }
  }
  return length;
}

export const summaryTooLong: PageRule = {
  id: 'format.summary.too-long',
  family: 'format',
  scope: 'page',
  recordLocal: true,
  sources: ['page', 'roster'],
  severity: 'error',
  dismissal: 'reported-only',
  title: { zh: '簡述超過字數上限', en: 'Summary over the length limit' },
  basis: {
    seed: '000_cc713951fbe3d705.txt',
    clause: '附件二',
    text: {
      zh: '課程諮詢紀錄、課程學習成果、多元表現之簡述：每件固定100個中文字為限',
      en: 'Summaries of consultation records, outcomes and performances: at most 100 characters each',
    },
  },
  check(input, policy) {
    const max = policy.summary.maxChars;
    const findings: Finding[] = [];
    const basis = citePolicy(policy, 'summary.maxChars', summaryTooLong.basis);
    input.records.forEach((record, recordIndex) => {
      if ((record.type !== 'artifact' && record.type !== 'consultation') || record.summary === undefined) return;
      const length = summaryLength(record.summary);
      if (length <= max) return;
      const over = length - max;
      const kind = KIND_LABEL[record.type === 'artifact' ? record.kind : 'consultation'];
      findings.push({
        ruleId: summaryTooLong.id,
        severity: summaryTooLong.severity,
        recordIndex,
        field: 'summary',
        message: {
          zh: `${kind.zh}簡述有 ${length} 字，超過上限 ${max} 字（多 ${over} 字）。請刪減到 ${max} 字以內後再上傳。${basis.zh}`,
          en: `The ${kind.en} summary has ${length} characters, ${over} over the limit of ${max}. Shorten it to ${max} or fewer and upload again. ${basis.en}`,
        },
      });
    });
    return findings;
  },
};
