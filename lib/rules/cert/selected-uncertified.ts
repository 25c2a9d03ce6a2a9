import type { Finding } from '@/lib/model/finding';
import { cite } from '../cite';
import { finding, say } from '../shared';
import type { PageRule } from '../types';

const STATUS = {
  pending: { zh: '尚未認證', en: 'not yet certified' },
  rejected: { zh: '認證未通過', en: 'refused certification' },
} as const;

/** A 課程學習成果 ticked for submission that its teacher has not certified: it cannot go to the central database. */
export const certSelectedUncertified: PageRule = {
  id: 'cert.selected.uncertified',
  family: 'cert',
  scope: 'page',
  recordLocal: true,
  sources: ['page'],
  severity: 'error',
  dismissal: 'reported-only',
  title: { zh: '已勾選但未通過認證', en: 'Selected but not certified' },
  basis: {
    seed: '003_5f73e15ddc21c676.txt',
    clause: '四(二)1',
    text: {
      zh: '課程學習成果應經任課教師認證，學生始得勾選提交至中央資料庫。',
      en: 'Course outcomes must be certified by the course teacher before they can be selected for the central database.',
    },
  },
  check(input) {
    const findings: Finding[] = [];
    input.records.forEach((record, index) => {
      if (record.type !== 'artifact' || record.kind !== 'outcome' || record.selected !== true) return;
      if (record.certStatus !== 'pending' && record.certStatus !== 'rejected') return;
      const status = STATUS[record.certStatus];
      findings.push(
        finding(
          certSelectedUncertified,
          index,
          say([
            {
              zh: `這件成果已勾選，但${status.zh}，提交時不會被中央資料庫接受。請改選已認證的成果，或請任課教師先完成認證。`,
              en: `This outcome is selected but ${status.en}; the central database will not accept it. Select a certified outcome instead, or ask the teacher to certify it first.`,
            },
            cite(certSelectedUncertified.basis),
          ]),
          'selected',
        ),
      );
    });
    return findings;
  },
};
