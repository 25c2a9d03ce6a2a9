import type { Finding } from '@/lib/model/finding';
import { cite } from '../cite';
import { finding, say } from '../shared';
import type { PageRule } from '../types';

/** A student who reported the 收訖明細 as wrong: the school must look into it before the data stand. */
export const receiptDisputed: PageRule = {
  id: 'schedule.receipt.disputed',
  family: 'schedule',
  scope: 'page',
  recordLocal: true,
  sources: ['page'],
  severity: 'warning',
  dismissal: 'any-reason',
  title: { zh: '學生對收訖明細有疑義', en: 'Student disputes the receipt details' },
  basis: {
    seed: '004_e8ede5ea50a90384.txt',
    clause: '第6項',
    text: {
      zh: '學校完成提交後，應提供學生核對收訖明細；學生逾期未確認或未提出疑義者，視為已確認。',
      en: 'After submission students check the receipt details; those who neither confirm nor object within the period are taken to have confirmed.',
    },
  },
  check(input) {
    const findings: Finding[] = [];
    input.records.forEach((record, index) => {
      if (record.type !== 'receipt' || record.status !== 'disputed') return;
      findings.push(
        finding(
          receiptDisputed,
          index,
          say([
            {
              zh: '這位學生認為提交的資料與自己上傳的不一致。請查明原因，必要時依程序更正並回覆學生。',
              en: 'This student says the submitted data differ from what they uploaded. Find out why, correct it through the proper procedure if needed, and reply to the student.',
            },
            cite(receiptDisputed.basis),
          ]),
          'status',
        ),
      );
    });
    return findings;
  },
};
