import type { Finding } from '@/lib/model/finding';
import { addDays, daysBetween, termLabel } from '@/lib/policy/calendar';
import { cite } from '../cite';
import { finding, say } from '../shared';
import type { PolicyRule } from '../types';

/** 004 item 3: at least two weeks past 休業式. A national figure, not a school's. */
export const MIN_DAYS_AFTER_CLOSING = 14;

/**
 * The school's 課程學習成果 upload window ending less than 2 weeks after 休業式. The grade 12
 * term 2 window (`windows.uploadGrade12`) is exempt and not checked.
 */
export const uploadWindowTooShort: PolicyRule = {
  id: 'schedule.upload-window.too-short',
  family: 'schedule',
  scope: 'policy',
  severity: 'error',
  dismissal: 'reported-only',
  title: { zh: '上傳期限未延至休業式後 2 週', en: 'Upload window ends less than 2 weeks after the closing ceremony' },
  basis: {
    seed: '004_e8ede5ea50a90384.txt',
    clause: '第3項',
    text: {
      zh: '除三年級第2學期以外，學生上傳課程學習成果之作業期程，應至少延長至當學期休業式結束後2週。',
      en: 'Except grade 12 term 2, the outcome upload window must run at least until 2 weeks after the term’s closing ceremony.',
    },
  },
  check(_input, policy) {
    const findings: Finding[] = [];
    policy.calendar.terms.forEach((entry, i) => {
      const upload = entry.windows.upload;
      if (!upload || !entry.closingCeremony) return;
      const earliest = addDays(entry.closingCeremony, MIN_DAYS_AFTER_CLOSING);
      if (upload.end >= earliest) return;
      const short = daysBetween(upload.end, earliest);
      const term = termLabel(entry.term);
      findings.push(
        finding(
          uploadWindowTooShort,
          null,
          say([
            {
              zh: `${term.zh}課程學習成果上傳截止日 ${upload.end}，早於休業式（${entry.closingCeremony}）後 2 週的 ${earliest}，少了 ${short} 天。請將上傳期限延到 ${earliest} 或更晚（高三下學期除外）。`,
              en: `${term.en}: the outcome upload window ends ${upload.end}, ${short} days before ${earliest} (2 weeks after the ${entry.closingCeremony} closing ceremony). Extend it to ${earliest} or later (grade 12 term 2 excepted).`,
            },
            cite(uploadWindowTooShort.basis),
          ]),
          `calendar.terms.${i}.windows.upload`,
        ),
      );
    });
    return findings;
  },
};
