import type { Finding } from '@/lib/model/finding';
import type { Localized } from '@/lib/model/localized';
import { COURSE_CODE_LAYOUT, codeLength, parseCourseCode } from '@/lib/model/course-code';
import type { PageRecord, Term } from '@/lib/model/records';
import { cite } from '../cite';
import { finding, say } from '../shared';
import { CODE_LENGTH as PLATFORM_CODE_LENGTH } from './code-structure';
import type { PageRule } from '../types';

/** The course code a record carries, the field it sits in, and the term it belongs to. */
export function courseCodeOf(record: PageRecord): { code: string; field: string; term?: Term } | null {
  if (record.type === 'artifact' && record.courseCode) return { code: record.courseCode, field: 'courseCode', term: record.term };
  if (record.type === 'course-offering') return { code: record.code, field: 'code', term: record.term };
  if (record.type === 'course-code-check') return { code: record.code, field: 'code' };
  return null;
}

const UNVERIFIED: Localized = {
  zh: '（課程代碼格式尚未經官方文件查證；若代碼確實由課程計畫平臺產生，請回報以更新格式。）',
  en: '(The code layout is not yet verified against an official source; if the code came from the course-plan platform, please report it.)',
};

/** A 課程代碼 that does not parse, or whose school code, entry year or term cannot belong to this school and record. */
export const courseCodeMalformed: PageRule = {
  id: 'course.code.malformed',
  family: 'course',
  scope: 'page',
  recordLocal: true,
  sources: ['page'],
  needs: {
    input: 'schoolCode',
    pageKinds: ['course-list', 'course-code-check'],
    unchecked: { zh: '未設定學校代碼：課程代碼中的學校代碼未核對', en: 'No school code set: the school code inside course codes not checked' },
  },
  severity: 'error',
  dismissal: 'reported-only',
  title: { zh: '課程代碼格式不正確', en: 'Malformed course code' },
  basis: {
    seed: '004_e8ede5ea50a90384.txt',
    clause: '第7項',
    text: {
      zh: '學校應於課程代碼介接取得最新課程代碼後執行課程代碼比對，比對結果如有錯誤，應儘速查找原因並依程序完成修正。',
      en: 'Schools run the course-code comparison on the latest codes and correct every error it finds.',
    },
  },
  check(input, policy) {
    const findings: Finding[] = [];
    const basis = cite(courseCodeMalformed.basis);
    const push = (index: number, field: string, text: Localized) =>
      findings.push(finding(courseCodeMalformed, index, say([text, basis]), field));
    // A list repeats a few dozen codes over its rows: each is parsed once.
    const parsedCodes = new Map<string, ReturnType<typeof parseCourseCode>>();
    input.records.forEach((record, index) => {
      const found = courseCodeOf(record);
      // A code of the 課程計畫平臺's verified length is course.code.structure-invalid's to decode.
      if (!found || [...found.code.trim()].length === PLATFORM_CODE_LENGTH) return;
      let parsed = parsedCodes.get(found.code);
      if (!parsed) parsedCodes.set(found.code, (parsed = parseCourseCode(found.code)));
      if (!parsed.ok) {
        const length = [...found.code.trim()].length;
        const problem =
          length === codeLength()
            ? parsed.problem
            : {
                zh: `長度為 ${length} 碼，課程計畫平臺的課程代碼應為 ${PLATFORM_CODE_LENGTH} 碼`,
                en: `is ${length} characters long; the course-plan platform's codes have ${PLATFORM_CODE_LENGTH}`,
              };
        push(index, found.field, {
          zh: `課程代碼「${found.code}」無法解析：${problem.zh}。請對照課程計畫平臺的代碼更正。${COURSE_CODE_LAYOUT.verified ? '' : UNVERIFIED.zh}`,
          en: `Course code "${found.code}" cannot be parsed: it ${problem.en}. Correct it from the course-plan platform. ${COURSE_CODE_LAYOUT.verified ? '' : UNVERIFIED.en}`,
        });
        return;
      }
      const { schoolCode, entryYear, semester } = parsed.parts;
      if (policy.schoolCode && schoolCode !== policy.schoolCode) {
        push(index, found.field, {
          zh: `課程代碼「${found.code}」的學校代碼是 ${schoolCode}，與本校代碼 ${policy.schoolCode} 不符。請改用本校課程計畫的代碼。`,
          en: `Course code "${found.code}" has school code ${schoolCode}, not this school's ${policy.schoolCode}. Use the code from this school's plan.`,
        });
      }
      if (found.term && Number(entryYear) > found.term.year) {
        push(index, found.field, {
          zh: `課程代碼「${found.code}」的入學學年度是 ${Number(entryYear)}，晚於這筆資料的 ${found.term.year} 學年度（晚 ${Number(entryYear) - found.term.year} 年）。請確認選用的是學生入學年度的課程代碼。`,
          en: `Course code "${found.code}" has entry year ${Number(entryYear)}, ${Number(entryYear) - found.term.year} after the record's school year ${found.term.year}. Use the code of the student's entry cohort.`,
        });
      }
      if (found.term && Number(semester) !== found.term.semester) {
        push(index, found.field, {
          zh: `課程代碼「${found.code}」是第 ${Number(semester)} 學期的課程，但這筆資料屬於第 ${found.term.semester} 學期。請改用本學期課程的代碼。`,
          en: `Course code "${found.code}" is a term-${Number(semester)} course but the record is in term ${found.term.semester}. Use this term's code.`,
        });
      }
    });
    return findings;
  },
};
