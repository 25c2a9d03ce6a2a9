import type { Finding } from '@/lib/model/finding';
import { cite } from '../cite';
import { finding, say } from '../shared';
import type { PageRule } from '../types';
import { normalizeName, planIndex } from './plan';

/** A course whose name or credits on the page differ from the approved course plan. Needs `context.plan`. */
export const coursePlanMismatch: PageRule = {
  id: 'course.plan.mismatch',
  family: 'course',
  scope: 'page',
  recordLocal: true,
  sources: ['page', 'roster'],
  needs: {
    input: 'plan',
    pageKinds: ['course-list'],
    unchecked: { zh: '未匯入核定課程計畫：科目名稱與學分未比對', en: 'No approved course plan imported: course names and credits not compared' },
  },
  severity: 'warning',
  dismissal: 'any-reason',
  title: { zh: '科目名稱或學分與課程計畫不同', en: 'Course name or credits differ from the plan' },
  basis: {
    seed: '003_5f73e15ddc21c676.txt',
    clause: '三(二)',
    text: {
      zh: '修課紀錄：學校報經各該主管機關備查之課程計畫所開設各科目課程之學業成績及課程諮詢紀錄。',
      en: 'Course records cover the courses of the course plan the authority has approved.',
    },
  },
  check(input, _policy, context) {
    // Names and credits are kept on the 開課 page; a student's or teacher's list only repeats them.
    if (!context.plan || input.pageKind !== 'course-list') return [];
    const plan = planIndex(context.plan);
    const basis = cite(coursePlanMismatch.basis);
    const findings: Finding[] = [];
    input.records.forEach((record, index) => {
      const code = record.type === 'course-offering' ? record.code : record.type === 'artifact' ? record.courseCode : undefined;
      const name = record.type === 'course-offering' ? record.name : record.type === 'artifact' ? record.courseName : undefined;
      const entry = code ? plan.get(code.trim()) : undefined;
      if (!entry) return;
      if (name) {
        const page = normalizeName(name);
        const planned = normalizeName(entry.name);
        if (page && page !== planned) {
          findings.push(
            finding(
              coursePlanMismatch,
              index,
              say([
                {
                  zh: `課程代碼 ${code} 在課程計畫中的科目名稱是「${entry.name}」，此處寫「${name}」。請確認代碼或名稱何者有誤並更正。`,
                  en: `Course code ${code} is "${entry.name}" in the plan but "${name}" here. Find which is wrong and correct it.`,
                },
                basis,
              ]),
              record.type === 'artifact' ? 'courseName' : 'name',
            ),
          );
        }
      }
      if (record.type === 'course-offering' && record.credits !== undefined && entry.credits !== undefined && record.credits !== entry.credits) {
        const diff = record.credits - entry.credits;
        findings.push(
          finding(
            coursePlanMismatch,
            index,
            say([
              {
                zh: `「${entry.name}」（${code}）在課程計畫中是 ${entry.credits} 學分，此處為 ${record.credits} 學分（${diff > 0 ? '多' : '少'} ${Math.abs(diff)} 學分）。請依核定的課程計畫更正。`,
                en: `"${entry.name}" (${code}) has ${entry.credits} credits in the plan but ${record.credits} here (${Math.abs(diff)} ${diff > 0 ? 'more' : 'fewer'}). Correct it to the approved plan.`,
              },
              basis,
            ]),
            'credits',
          ),
        );
      }
    });
    return findings;
  },
};
