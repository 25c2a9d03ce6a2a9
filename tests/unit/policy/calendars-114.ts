import { CAOTUN_POLICY, NATIONAL_POLICY, RENWU_POLICY } from '@/lib/policy/presets';
import type { SchoolPolicy, TermCalendar } from '@/lib/policy/schema';

/**
 * School-year 114 calendars written for the unit tests of date arithmetic (task deadlines, windows, terms):
 * the presets carry only the dates their seeds state, so these tests give a preset a calendar of their own.
 * They are not the sample portal's calendar: tests of the sample portal's pages use sample-school-policy.json.
 */
const TERM_1 = {
  term: { year: 114, semester: 1 },
  start: '2025-09-01',
  finalExam: { start: '2026-01-14', end: '2026-01-16' },
  closingCeremony: '2026-01-20',
  agencyDeadline: '2025-11-10',
} as const;

const TERM_2 = {
  term: { year: 114, semester: 2 },
  start: '2026-02-11',
  finalExam: { start: '2026-06-24', end: '2026-06-26' },
  closingCeremony: '2026-07-01',
  agencyDeadline: '2026-04-30',
} as const;

/** An estimated start of year 115: the term has no calendar of the school's yet. */
const YEAR_115: TermCalendar = { term: { year: 115, semester: 1 }, start: '2026-09-01', estimate: true, windows: {} };

export const NATIONAL_114: TermCalendar[] = [
  {
    ...TERM_1,
    gradeEntryDeadline: '2026-01-23',
    windows: {
      upload: { start: '2025-09-01', end: '2026-02-03' },
      certification: { start: '2025-09-01', end: '2026-02-10' },
      receipt: [{ start: '2025-10-13', end: '2025-10-15' }],
    },
  },
  {
    ...TERM_2,
    gradeEntryDeadline: '2026-07-03',
    windows: {
      upload: { start: '2026-02-11', end: '2026-07-15' },
      uploadGrade12: { start: '2026-02-11', end: '2026-04-09' },
      certification: { start: '2026-02-11', end: '2026-07-22' },
      receipt: [{ start: '2026-03-16', end: '2026-03-18' }],
    },
  },
  YEAR_115,
];

/** 仁武's windows as its rules shape them (upload until before the final exam, 000 四、附件一). */
export const RENWU_114: TermCalendar[] = [
  {
    ...TERM_1,
    gradeEntryDeadline: '2026-01-23',
    windows: {
      upload: { start: '2025-09-01', end: '2026-01-13' },
      certification: { start: '2025-09-01', end: '2026-01-23' },
      receipt: [{ start: '2025-10-13', end: '2025-10-15' }],
    },
  },
  {
    ...TERM_2,
    gradeEntryDeadline: '2026-07-03',
    windows: {
      upload: { start: '2026-02-11', end: '2026-06-23' },
      uploadGrade12: { start: '2026-02-11', end: '2026-04-09' },
      certification: { start: '2026-02-11', end: '2026-07-03' },
      selection: { start: '2026-06-01', end: '2026-06-23' },
      receipt: [{ start: '2026-03-16', end: '2026-03-18' }],
    },
  },
  YEAR_115,
];

/** 草屯's windows as its rules shape them (receipt rounds of 4 then 2 days, 002 六(三)). */
export const CAOTUN_114: TermCalendar[] = [
  {
    ...TERM_1,
    windows: {
      upload: { start: '2025-09-01', end: '2026-02-03' },
      certification: { start: '2025-09-01', end: '2026-02-10' },
      receipt: [
        { start: '2025-10-08', end: '2025-10-11' },
        { start: '2025-10-15', end: '2025-10-16' },
      ],
    },
  },
  {
    ...TERM_2,
    windows: {
      upload: { start: '2026-02-11', end: '2026-07-15' },
      uploadGrade12: { start: '2026-02-11', end: '2026-04-09' },
      certification: { start: '2026-02-11', end: '2026-07-22' },
      selection: { start: '2026-09-01', end: '2026-09-21' },
      receipt: [
        { start: '2026-03-16', end: '2026-03-19' },
        { start: '2026-03-23', end: '2026-03-24' },
      ],
    },
  },
  YEAR_115,
];

const with114 = (policy: SchoolPolicy, terms: TermCalendar[]): SchoolPolicy => ({ ...policy, calendar: { terms } });

/** The presets with a 114 calendar given by the test. */
export const NATIONAL_WITH_114 = with114(NATIONAL_POLICY, NATIONAL_114);
export const RENWU_WITH_114 = with114(RENWU_POLICY, RENWU_114);
export const CAOTUN_WITH_114 = with114(CAOTUN_POLICY, CAOTUN_114);
