import type { Finding } from '@/lib/model/finding';
import { cite } from '../cite';
import { finding, say } from '../shared';
import type { PageRule } from '../types';
import { courseCodeOf } from './code-malformed';
import { planIndex } from './plan';

/** A course code on a school page that the approved course plan does not contain. Needs `context.plan`. */
export const courseCodeNotInPlan: PageRule = {
  id: 'course.code.not-in-plan',
  family: 'course',
  scope: 'page',
  recordLocal: true,
  sources: ['page', 'roster'],
  needs: {
    input: 'plan',
    pageKinds: ['course-list'],
    unchecked: { zh: '未匯入核定課程計畫：課程代碼未比對', en: 'No approved course plan imported: course codes not compared' },
  },
  severity: 'error',
  dismissal: 'reported-only',
  title: { zh: '課程代碼不在核定的課程計畫中', en: 'Course code not in the approved course plan' },
  basis: {
    seed: '003_5f73e15ddc21c676.txt',
    clause: '三(二)',
    text: {
      zh: '修課紀錄：學校報經各該主管機關備查之課程計畫所開設各科目課程之學業成績及課程諮詢紀錄。',
      en: 'Course records cover the courses of the course plan the authority has approved.',
    },
  },
  check(input, _policy, context) {
    if (!context.plan) return [];
    const plan = planIndex(context.plan);
    const findings: Finding[] = [];
    input.records.forEach((record, index) => {
      if (record.type === 'course-code-check') return;
      const found = courseCodeOf(record);
      if (!found || plan.has(found.code.trim())) return;
      findings.push(
        finding(
          courseCodeNotInPlan,
          index,
          say([
            {
              zh: `課程代碼「${found.code}」不在已匯入的課程計畫（共 ${plan.size} 門課）中。請確認課程計畫是否已報備修正，或改用計畫中的代碼，再執行課程代碼比對。`,
              en: `Course code "${found.code}" is not in the imported course plan (${plan.size} courses). Check whether the plan change was approved, or use a code from the plan, then re-run the comparison.`,
            },
            cite(courseCodeNotInPlan.basis),
          ]),
          found.field,
        ),
      );
    });
    return findings;
  },
};
