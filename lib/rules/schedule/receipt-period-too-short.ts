import type { Finding } from '@/lib/model/finding';
import { termLabel, windowDays } from '@/lib/policy/calendar';
import { cite } from '../cite';
import { finding, say } from '../shared';
import type { PolicyRule } from '../types';

/** 004 item 6: the 收訖明細 confirmation period is at least 3 days. A national figure. */
export const MIN_RECEIPT_DAYS = 3;

/** A 收訖明細確認 round in the school's calendar shorter than 3 days (both ends counted). */
export const receiptPeriodTooShort: PolicyRule = {
  id: 'schedule.receipt-period.too-short',
  family: 'schedule',
  scope: 'policy',
  severity: 'error',
  dismissal: 'reported-only',
  title: { zh: '收訖明細確認期間少於 3 日', en: 'Receipt confirmation period under 3 days' },
  basis: {
    seed: '004_e8ede5ea50a90384.txt',
    clause: '第6項',
    text: {
      zh: '學校應於國教署規定期限內，公告提供學生確認收訖明細之期間，且不得少於3日。',
      en: 'Schools announce a receipt-confirmation period of at least 3 days within the national deadline.',
    },
  },
  check(_input, policy) {
    const findings: Finding[] = [];
    policy.calendar.terms.forEach((entry, i) => {
      entry.windows.receipt?.forEach((window, r) => {
        const days = windowDays(window);
        if (days >= MIN_RECEIPT_DAYS) return;
        const term = termLabel(entry.term);
        findings.push(
          finding(
            receiptPeriodTooShort,
            null,
            say([
              {
                zh: `${term.zh}第 ${r + 1} 次收訖明細確認期間 ${window.start} 至 ${window.end} 只有 ${days} 天，少於 ${MIN_RECEIPT_DAYS} 日（差 ${MIN_RECEIPT_DAYS - days} 天）。請把確認期間延長到至少 ${MIN_RECEIPT_DAYS} 日。`,
                en: `${term.en}: receipt round ${r + 1} (${window.start} to ${window.end}) lasts ${days} day(s), ${MIN_RECEIPT_DAYS - days} short of ${MIN_RECEIPT_DAYS}. Extend it to at least ${MIN_RECEIPT_DAYS} days.`,
              },
              cite(receiptPeriodTooShort.basis),
            ]),
            `calendar.terms.${i}.windows.receipt.${r}`,
          ),
        );
      });
    });
    return findings;
  },
};
