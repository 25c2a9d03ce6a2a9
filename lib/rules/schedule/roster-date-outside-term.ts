import type { Finding } from '@/lib/model/finding';
import type { Localized } from '@/lib/model/localized';
import type { Term } from '@/lib/model/records';
import { isIsoDate } from '@/lib/policy/calendar';
import { cite } from '../cite';
import { finding, say } from '../shared';
import type { PageRule } from '../types';

/**
 * The period a roster item must fall in: a 學年度 runs from 1 August to 31 July (民國 year + 1911);
 * its first 學期 to 31 January, the second from 1 February. 多元表現 are kept per school year
 * (003 四(三)1), other items per term.
 */
function periodOf(term: Term, yearly: boolean): { start: string; end: string; label: Localized } {
  const west = term.year + 1911;
  if (yearly) return { start: `${west}-08-01`, end: `${west + 1}-07-31`, label: { zh: `${term.year} 學年度`, en: `school year ${term.year}` } };
  return term.semester === 1
    ? { start: `${west}-08-01`, end: `${west + 1}-01-31`, label: { zh: `${term.year} 學年度第 1 學期`, en: `school year ${term.year} term 1` } }
    : { start: `${west + 1}-02-01`, end: `${west + 1}-07-31`, label: { zh: `${term.year} 學年度第 2 學期`, en: `school year ${term.year} term 2` } };
}

const FIELD_LABEL = { occurredAt: { zh: '日期', en: 'date' }, endedAt: { zh: '結束日期', en: 'end date' } } as const;

/**
 * A roster item's own dates (開始／結束日期, 結果公布日期, 取得證照日期) outside the roster's term
 * (school year for 多元表現), unreadable as a date, or an end before the start.
 */
export const rosterDateOutsideTerm: PageRule = {
  id: 'schedule.roster.date-outside-term',
  family: 'schedule',
  scope: 'page',
  recordLocal: true,
  sources: ['roster'],
  severity: 'error',
  dismissal: 'reported-only',
  title: { zh: '日期不在名冊的學期（學年度）內', en: 'Date outside the roster’s term' },
  basis: {
    seed: '003_5f73e15ddc21c676.txt',
    clause: '四',
    text: {
      zh: '學習歷程學校平臺及學習歷程中央資料庫蒐集之資料，以學生就學期間之資料為限；多元表現應於學校每學年規定時間內辦理。',
      en: 'Only data from the student’s time at school is collected; diverse performances are recorded per school year.',
    },
  },
  check(input) {
    const findings: Finding[] = [];
    const basis = cite(rosterDateOutsideTerm.basis);
    input.records.forEach((record, index) => {
      if (record.type !== 'artifact' || !record.term) return;
      const period = periodOf(record.term, record.kind === 'performance');
      for (const field of ['occurredAt', 'endedAt'] as const) {
        const value = record[field]?.trim();
        if (!value) continue;
        const label = FIELD_LABEL[field];
        let text: Localized | null = null;
        if (!isIsoDate(value)) {
          text = { zh: `${label.zh}「${value}」不是有效的日期。請寫成 yyyy/mm/dd 或民國 yyy/mm/dd。`, en: `The ${label.en} "${value}" is not a valid date. Write it as yyyy/mm/dd.` };
        } else if (value < period.start || value > period.end) {
          text = {
            zh: `${label.zh} ${value} 不在名冊的${period.label.zh}（${period.start} 至 ${period.end}）內。請確認日期或改列入正確學期的名冊。`,
            en: `The ${label.en} ${value} is outside the roster's ${period.label.en} (${period.start} to ${period.end}). Check the date or list it in the right term's roster.`,
          };
        } else if (field === 'endedAt' && record.occurredAt && isIsoDate(record.occurredAt) && value < record.occurredAt) {
          text = { zh: `結束日期 ${value} 早於開始日期 ${record.occurredAt}。請更正。`, en: `The end date ${value} is before the start date ${record.occurredAt}. Correct it.` };
        }
        if (text) findings.push(finding(rosterDateOutsideTerm, index, say([text, basis]), field));
      }
    });
    return findings;
  },
};
