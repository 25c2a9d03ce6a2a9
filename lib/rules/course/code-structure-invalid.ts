import type { Finding } from '@/lib/model/finding';
import type { PageRecord, Term } from '@/lib/model/records';
import { cite } from '../cite';
import { finding, say } from '../shared';
import type { PageRule } from '../types';
import { CODE_LENGTH, decodeCourseCode, describeDecoding, partOf } from './code-structure';
import { courseCodeMalformed } from './code-malformed';

/**
 * The course code a record carries, when this rule reads it: every code of a grade row (roster files
 * only), and a code of the 課程計畫平臺's 23-character length anywhere else. A code of another length
 * on a page is `course.code.malformed`'s to report (it reads the sample portal's layout).
 */
function codeOf(record: PageRecord): { code: string; field: string; term?: Term } | null {
  if (record.type === 'course-grade') return { code: record.code, field: 'code', term: record.term };
  const found =
    record.type === 'artifact' && record.courseCode
      ? { code: record.courseCode, field: 'courseCode', term: record.term }
      : record.type === 'course-offering'
        ? { code: record.code, field: 'code', term: record.term }
        : null;
  return found && found.code.trim().length === CODE_LENGTH ? found : null;
}

/**
 * A 23-character 課程代碼 decoded position by position (入學學年度, 學校代碼, 課程類別, 科目屬性, 領域 …):
 * wrong length, a character a position cannot hold, a 課程類別 or 科目屬性 outside its table, another
 * school's code, or an entry year after the record's school year. The message shows the decoding.
 */
export const courseCodeStructureInvalid: PageRule = {
  id: 'course.code.structure-invalid',
  family: 'course',
  scope: 'page',
  recordLocal: true,
  sources: ['page', 'roster'],
  severity: 'error',
  // Some positions of the code are decoded from unverified tables (shared/domain.md): staff who know the code may say why.
  dismissal: 'any-reason',
  title: { zh: '課程代碼逐碼解讀不符', en: 'Course code does not decode' },
  // The same clause as courseCodeMalformed's.
  basis: courseCodeMalformed.basis,
  check(input, policy) {
    const findings: Finding[] = [];
    const basis = cite(courseCodeStructureInvalid.basis);
    // A roster repeats a few dozen codes over thousands of rows: each is decoded once.
    const decodedCodes = new Map<string, ReturnType<typeof decodeCourseCode>>();
    input.records.forEach((record, index) => {
      const found = codeOf(record);
      if (!found) return;
      let decoded = decodedCodes.get(found.code);
      if (!decoded) decodedCodes.set(found.code, (decoded = decodeCourseCode(found.code)));
      const problems = [...decoded.problems];
      const school = partOf(decoded, 'schoolCode');
      if (decoded.problems.length === 0 && policy.schoolCode && school !== policy.schoolCode) {
        problems.push({ zh: `學校代碼 ${school} 不是本校的 ${policy.schoolCode}`, en: `school code ${school} is not this school's ${policy.schoolCode}` });
      }
      const entry = Number(partOf(decoded, 'entryYear'));
      if (decoded.problems.length === 0 && found.term && entry > found.term.year) {
        problems.push({
          zh: `入學學年度 ${entry} 晚於這筆資料的 ${found.term.year} 學年度`,
          en: `entry year ${entry} is after the record's school year ${found.term.year}`,
        });
      }
      if (problems.length === 0) return;
      const decoding = describeDecoding(decoded);
      findings.push(
        finding(
          courseCodeStructureInvalid,
          index,
          say([
            {
              zh: `課程代碼「${decoded.code}」逐碼解讀：${decoding.zh || '（無法解讀）'}。問題：${problems.map((p) => p.zh).join('；')}。請對照課程計畫平臺產生的課程代碼更正。`,
              en: `Course code "${decoded.code}" decodes as: ${decoding.en || '(nothing)'}. Problem: ${problems.map((p) => p.en).join('; ')}. Correct it from the course-plan platform's codes.`,
            },
            basis,
          ]),
          found.field,
        ),
      );
    });
    return findings;
  },
};
