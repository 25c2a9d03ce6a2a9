import type { Finding } from '@/lib/model/finding';
import { cite } from '../cite';
import { finding, say } from '../shared';
import type { PageRule } from '../types';
import { CODE_LENGTH, COURSE_CATEGORY, decodeCourseCode, describeDecoding, partOf, SUBJECT_ATTRIBUTE } from './code-structure';

/**
 * A grade row whose course code says 團體活動時間 (課程類別 8) or 彈性學習時間 (9) with a 科目屬性 other
 * than D (充實／補強，授予學分): such a course grants no credit and its grade may not be submitted
 * (shared/domain.md, "Identifiers").
 */
export const gradeNotSubmittable: PageRule = {
  id: 'course.grade.not-submittable',
  family: 'course',
  scope: 'page',
  recordLocal: true,
  sources: ['roster'],
  severity: 'error',
  dismissal: 'reported-only',
  title: { zh: '此課程代碼的成績不可提交', en: 'Grade for a course that may not be submitted' },
  basis: {
    seed: '003_5f73e15ddc21c676.txt',
    clause: '三(二)',
    text: {
      zh: '修課紀錄：學校報經各該主管機關備查之課程計畫所開設各科目課程之學業成績及課程諮詢紀錄。',
      en: 'Course records are the grades of the subjects of the approved course plan.',
    },
  },
  check(input) {
    const findings: Finding[] = [];
    // A roster repeats a few dozen codes over thousands of rows: each is decoded once.
    const decodedCodes = new Map<string, ReturnType<typeof decodeCourseCode>>();
    input.records.forEach((record, index) => {
      if (record.type !== 'course-grade') return;
      let decoded = decodedCodes.get(record.code);
      if (!decoded) decodedCodes.set(record.code, (decoded = decodeCourseCode(record.code)));
      if (decoded.parts.length === 0 || [...decoded.code].length !== CODE_LENGTH) return;
      const category = partOf(decoded, 'category')!;
      const attribute = partOf(decoded, 'attribute')!;
      if ((category !== '8' && category !== '9') || attribute === 'D') return;
      const decoding = describeDecoding(decoded);
      findings.push(
        finding(
          gradeNotSubmittable,
          index,
          say([
            {
              zh: `課程代碼「${decoded.code}」逐碼解讀：${decoding.zh}。第 17 碼課程類別 ${category}（${COURSE_CATEGORY[category]}）且第 19 碼科目屬性為 ${attribute}（${SUBJECT_ATTRIBUTE[attribute] ?? '不在代碼表中'}），不是 D（授予學分），這類課程的成績不可列入學期成績名冊。請自名冊刪除此列，或確認課程代碼是否正確。`,
              en: `Course code "${decoded.code}" decodes as: ${decoding.en}. Category ${category} (${COURSE_CATEGORY[category]}) with subject attribute ${attribute}, not D (credit-granting): its grade may not be submitted. Remove the row, or check the code.`,
            },
            cite(gradeNotSubmittable.basis),
          ]),
          'code',
        ),
      );
    });
    return findings;
  },
};
