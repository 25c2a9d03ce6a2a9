import type { Localized } from '@/lib/model/localized';
import type { Term } from '@/lib/model/records';
import { addDays, isIsoDate, legalTermStart, termCalendar } from './calendar';
import type { SchoolPolicy, TermCalendar } from './schema';

/**
 * The key dates a school enters for the term it is in (first run and the options page): 開學日, 休業式
 * and its own 上傳 / 認證 / 勾選 deadlines. Each deadline becomes the end of its window (which opens on
 * the 開學日); the national limits are worked out beside them. Pure.
 */
export interface TermDates {
  start: string;
  closingCeremony: string;
  uploadEnd: string;
  certificationEnd: string;
  selectionEnd: string;
}

export type TermDateField = keyof TermDates;

/** The dates a term's calendar already has ('' where it has none, and everything '' for an estimate). */
export function termDatesOf(policy: SchoolPolicy, term: Term): TermDates {
  const entry = termCalendar(policy, term);
  if (!entry || entry.estimate) return { start: '', closingCeremony: '', uploadEnd: '', certificationEnd: '', selectionEnd: '' };
  return {
    start: entry.start ?? '',
    closingCeremony: entry.closingCeremony ?? '',
    uploadEnd: entry.windows.upload?.end ?? '',
    certificationEnd: entry.windows.certification?.end ?? '',
    selectionEnd: entry.windows.selection?.end ?? '',
  };
}

/** The national limit beside each date, when the dates entered give one (004 item 3: upload ≥ 休業式 + 2 週). */
export function nationalLimits(dates: TermDates): Partial<Record<TermDateField, Localized>> {
  if (!isIsoDate(dates.closingCeremony)) {
    return { uploadEnd: { zh: '國教署：上傳期限至少到休業式後 2 週（請先填休業式）', en: 'National: upload runs at least 2 weeks past the closing ceremony (enter it first)' } };
  }
  const earliest = addDays(dates.closingCeremony, 14);
  return {
    uploadEnd: { zh: `國教署：不得早於 ${earliest}（休業式後 2 週，高三下學期除外；114年宣導事項 第3項）`, en: `National: not before ${earliest} (2 weeks past the closing ceremony, grade 12 term 2 excepted; 2025 notice item 3)` },
    certificationEnd: { zh: '不得早於上傳期限（學生上傳後教師才能認證）', en: 'Not before the upload deadline (teachers certify what was uploaded)' },
  };
}

export interface TermDateProblem {
  field: TermDateField;
  severity: 'error' | 'warning';
  message: Localized;
}

const LABEL: Record<TermDateField, Localized> = {
  start: { zh: '開學日', en: 'term start' },
  closingCeremony: { zh: '休業式', en: 'closing ceremony' },
  uploadEnd: { zh: '上傳期限', en: 'upload deadline' },
  certificationEnd: { zh: '認證期限', en: 'certification deadline' },
  selectionEnd: { zh: '勾選期限', en: 'selection deadline' },
};

/** What is wrong with the dates, in words: errors stop saving, warnings (a national limit) are said and kept. */
export function checkTermDates(dates: TermDates): TermDateProblem[] {
  const problems: TermDateProblem[] = [];
  const error = (field: TermDateField, zh: string, en: string) => problems.push({ field, severity: 'error', message: { zh, en } });
  for (const field of Object.keys(LABEL) as TermDateField[]) {
    const value = dates[field];
    if (value !== '' && !isIsoDate(value)) error(field, `${LABEL[field].zh}不是有效的日期。`, `The ${LABEL[field].en} is not a valid date.`);
  }
  // Nothing entered is nothing to check (a skipped step); any date needs the 開學日 it counts from.
  if (dates.start === '' && Object.values(dates).some((value) => value !== '')) error('start', '請填開學日：其他日期都從它算起。', 'Enter the term start: the other dates count from it.');
  if (problems.length > 0) return problems;
  for (const field of ['closingCeremony', 'uploadEnd', 'certificationEnd', 'selectionEnd'] as const) {
    if (dates[field] !== '' && dates[field] <= dates.start) error(field, `${LABEL[field].zh}（${dates[field]}）應在開學日（${dates.start}）之後。`, `The ${LABEL[field].en} (${dates[field]}) must be after the term start (${dates.start}).`);
  }
  if (dates.uploadEnd !== '' && dates.certificationEnd !== '' && dates.certificationEnd < dates.uploadEnd) {
    error('certificationEnd', `認證期限（${dates.certificationEnd}）早於上傳期限（${dates.uploadEnd}）。`, `The certification deadline (${dates.certificationEnd}) is before the upload deadline (${dates.uploadEnd}).`);
  }
  if (dates.closingCeremony !== '' && dates.uploadEnd !== '') {
    const earliest = addDays(dates.closingCeremony, 14);
    if (dates.uploadEnd < earliest) {
      problems.push({
        field: 'uploadEnd',
        severity: 'warning',
        message: {
          zh: `上傳期限 ${dates.uploadEnd} 早於休業式後 2 週（${earliest}），不符 114年宣導事項 第3項（高三下學期除外）。`,
          en: `The upload deadline ${dates.uploadEnd} is before 2 weeks past the closing ceremony (${earliest}), against the 2025 notice item 3 (grade 12 term 2 excepted).`,
        },
      });
    }
  }
  return problems;
}

/** The policy with the term's calendar set from the dates (other dates of an existing entry kept; no longer an estimate). */
export function withTermDates(policy: SchoolPolicy, term: Term, dates: TermDates): SchoolPolicy {
  const before = termCalendar(policy, term);
  const window = (end: string) => (end ? { start: dates.start, end } : undefined);
  const { estimate: _estimate, ...kept } = before ?? { term, start: dates.start, windows: {} };
  const entry: TermCalendar = {
    ...kept,
    term,
    start: dates.start,
    ...(dates.closingCeremony ? { closingCeremony: dates.closingCeremony } : {}),
    windows: {
      ...kept.windows,
      upload: window(dates.uploadEnd),
      certification: window(dates.certificationEnd),
      selection: window(dates.selectionEnd),
    },
  };
  if (!dates.closingCeremony) delete entry.closingCeremony;
  for (const key of ['upload', 'certification', 'selection'] as const) if (entry.windows[key] === undefined) delete entry.windows[key];
  const others = policy.calendar.terms.filter((other) => other.term.year !== term.year || other.term.semester !== term.semester);
  const terms = [...others, entry].sort((a, b) => ((a.start ?? legalTermStart(a.term)) < (b.start ?? legalTermStart(b.term)) ? -1 : 1));
  return { ...policy, calendar: { terms } };
}
