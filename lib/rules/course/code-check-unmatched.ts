import type { Finding } from '@/lib/model/finding';
import { cite } from '../cite';
import { finding, say } from '../shared';
import type { PageRule } from '../types';

/** A row the vendor's 課程代碼比對 reports as not matching: it must be fixed and the comparison re-run. */
export const courseCodeCheckUnmatched: PageRule = {
  id: 'course.code-check.unmatched',
  family: 'course',
  scope: 'page',
  recordLocal: true,
  sources: ['page'],
  severity: 'warning',
  dismissal: 'any-reason',
  title: { zh: '課程代碼比對結果有誤', en: 'Course-code comparison reports a mismatch' },
  basis: {
    seed: '004_e8ede5ea50a90384.txt',
    clause: '第7項',
    text: {
      zh: '比對結果如有錯誤，請學校儘速查找原因並依程序完成修正，再次執行比對功能至比對結果正確無誤為止。',
      en: 'If the comparison finds errors, find the cause, correct it and re-run the comparison until it is clean.',
    },
  },
  check(input) {
    const findings: Finding[] = [];
    input.records.forEach((record, index) => {
      if (record.type !== 'course-code-check' || record.matched) return;
      const what = record.name ? `「${record.name}」（${record.code}）` : `課程代碼 ${record.code}`;
      const whatEn = record.name ? `"${record.name}" (${record.code})` : `course code ${record.code}`;
      findings.push(
        finding(
          courseCodeCheckUnmatched,
          index,
          say([
            {
              zh: `${what}比對不符${record.reason ? `：${record.reason}` : ''}。請查明原因、依程序修正後再次執行比對，直到結果正確。`,
              en: `${whatEn} does not match${record.reason ? `: ${record.reason}` : ''}. Find the cause, correct it and run the comparison again until it is clean.`,
            },
            cite(courseCodeCheckUnmatched.basis),
          ]),
          'matched',
        ),
      );
    });
    return findings;
  },
};
