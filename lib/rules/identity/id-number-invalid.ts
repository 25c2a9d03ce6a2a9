import type { Finding } from '@/lib/model/finding';
import type { Localized } from '@/lib/model/localized';
import { cite } from '../cite';
import { finding, say } from '../shared';
import type { PageRule } from '../types';
import { checkIdNumber, type IdKind } from './id-number';

const KIND_LABEL: Record<IdKind, Localized> = {
  'national-id': { zh: '身分證統一編號', en: 'national ID number' },
  'resident-new': { zh: '居留證號（新式）', en: 'resident certificate number (new style)' },
  'resident-old': { zh: '居留證號（舊式）', en: 'resident certificate number (old style)' },
};

/**
 * A 身分證 / 居留證 number whose layout or check digit is wrong. The number itself never appears in
 * the message (messages may be logged).
 */
export const idNumberInvalid: PageRule = {
  id: 'identity.id-number.invalid',
  family: 'identity',
  scope: 'page',
  recordLocal: true,
  sources: ['page', 'roster'],
  severity: 'error',
  dismissal: 'reported-only',
  title: { zh: '身分證明號碼有誤', en: 'Invalid ID number' },
  basis: {
    seed: '003_5f73e15ddc21c676.txt',
    clause: '三(一)',
    text: {
      zh: '基本資料：姓名、身分證明號碼、擔任校級、班級、社團幹部紀錄及其他學籍相關資料。',
      en: 'Basic data: name, ID number, cadre records and other enrolment data.',
    },
  },
  check(input) {
    const findings: Finding[] = [];
    input.records.forEach((record, index) => {
      // Rosters, class lists and receipt lists all may show the number.
      if (record.type !== 'student' && record.type !== 'class-progress' && record.type !== 'receipt') return;
      if (record.idNumber === undefined || record.idNumber.trim() === '') return;
      const result = checkIdNumber(record.idNumber);
      if (result.valid) return;
      const text: Localized =
        result.kind === null
          ? {
              zh: '身分證明號碼格式不正確：應為 1 個英文字母加 9 個字元（身分證第 2 碼為 1 或 2，居留證為 8、9 或 A–D），共 10 碼。請核對學籍資料後更正。',
              en: 'The ID number has the wrong layout: a letter followed by 9 characters (second character 1 or 2 for national IDs, 8, 9 or A–D for resident certificates). Check the enrolment record.',
            }
          : {
              zh: `${KIND_LABEL[result.kind].zh}的檢查碼不正確（最後一碼與前面各碼不符），可能有一碼打錯。請核對證件後更正。`,
              en: `The ${KIND_LABEL[result.kind].en} fails its check digit; a character is probably mistyped. Check the document and correct it.`,
            };
      findings.push(finding(idNumberInvalid, index, say([text, cite(idNumberInvalid.basis)]), 'idNumber'));
    });
    return findings;
  },
};
