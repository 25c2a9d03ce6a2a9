import type { Finding } from '@/lib/model/finding';
import type { Localized } from '@/lib/model/localized';
import { isIsoDate, isoDateOf } from '@/lib/policy/calendar';
import { cite } from '../cite';
import { finding, say } from '../shared';
import type { PageRule } from '../types';

/** Youngest age a senior-high student can be; older than the oldest is a mistyped year. */
const YOUNGEST = 12;
const OLDEST = 100;

/** Whole years from an ISO birth date to an ISO day. */
function ageOn(birth: string, day: string): number {
  const years = Number(day.slice(0, 4)) - Number(birth.slice(0, 4));
  return day.slice(5) < birth.slice(5) ? years - 1 : years;
}

/** What is wrong with one birth date on `today`, or null. */
function judge(date: string, today: string): Localized | null {
  let text: Localized | null = null;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    text = {
      zh: `出生日期「${date}」無法辨識為日期。請寫成 yyyy/mm/dd（西元）或 yyy/mm/dd（民國），例如 2009/03/04 或 98/03/04。`,
      en: `Date of birth "${date}" is not a date. Write it as yyyy/mm/dd (or the ROC year as yyy/mm/dd), e.g. 2009/03/04.`,
    };
  } else if (Number(date.slice(0, 4)) < 1900) {
    const roc = Number(date.slice(0, 4));
    text = {
      zh: `出生日期 ${date} 的年份 ${roc} 可能是民國年（民國 ${roc} 年是西元 ${roc + 1911} 年）。請核對學籍資料後更正。`,
      en: `Date of birth ${date}: the year ${roc} is probably an ROC year (ROC ${roc} is ${roc + 1911}). Check the enrolment record.`,
    };
  } else if (!isIsoDate(date)) {
    text = { zh: `出生日期 ${date} 不是存在的日期。請核對學籍資料後更正。`, en: `Date of birth ${date} does not exist. Check the enrolment record.` };
  } else if (date > today) {
    text = { zh: `出生日期 ${date} 晚於今天（${today}）。請核對學籍資料後更正。`, en: `Date of birth ${date} is after today (${today}). Check the enrolment record.` };
  } else {
    const age = ageOn(date, today);
    if (age < YOUNGEST) {
      text = {
        zh: `依出生日期 ${date}，學生今天只有 ${age} 歲，不可能是高級中等學校學生。請核對學籍資料後更正。`,
        en: `Born ${date}, the student is ${age} today — too young for senior high school. Check the enrolment record.`,
      };
    } else if (age > OLDEST) {
      text = {
        zh: `依出生日期 ${date}，學生今天已 ${age} 歲，可能把民國年當成西元年（民國年加 1911 才是西元年）。請核對學籍資料後更正。`,
        en: `Born ${date}, the student would be ${age} today; the ROC year was probably written as a Western year (add 1911). Check the enrolment record.`,
      };
    }
  }
  return text;
}

/**
 * A roster's 出生日期 that is not a date, not a real day (2008-02-30), in the future, or makes the
 * student younger than 12 or older than 100 (often a 民國 year written as 西元). Rosters identify a
 * student by ID number and birth date together, so a wrong one fails the central pre-check.
 */
export const birthDateInvalid: PageRule = {
  id: 'identity.birth-date.invalid',
  family: 'identity',
  scope: 'page',
  recordLocal: true,
  sources: ['roster'],
  severity: 'error',
  dismissal: 'reported-only',
  title: { zh: '出生日期有誤', en: 'Invalid date of birth' },
  basis: {
    seed: '003_5f73e15ddc21c676.txt',
    clause: '三(一)',
    text: {
      zh: '基本資料：姓名、身分證明號碼、擔任校級、班級、社團幹部紀錄及其他學籍相關資料。',
      en: 'Basic data: name, ID number, cadre records and other enrolment data.',
    },
  },
  check(input, _policy, context) {
    const today = isoDateOf(context.now);
    const findings: Finding[] = [];
    // Students share birthdays and a roster repeats each student on many rows: each date is judged once.
    const judged = new Map<string, Localized | null>();
    input.records.forEach((record, index) => {
      if (record.type !== 'student' || record.birthDate === undefined || record.birthDate.trim() === '') return;
      const date = record.birthDate.trim();
      let text = judged.get(date);
      if (text === undefined) judged.set(date, (text = judge(date, today)));
      if (text) findings.push(finding(birthDateInvalid, index, say([text, cite(birthDateInvalid.basis)]), 'birthDate'));
    });
    return findings;
  },
};
