import type { PolicySource, SchoolPolicy, TaskDef, TermCalendar } from './schema';

/** Seed file names (shared/seeds) the presets cite. */
export const SEED = {
  renwu: '000_cc713951fbe3d705.txt',
  hualien: '001_71e68ca80f9fb06d.txt',
  caotun: '002_01f5afecb17504e5.txt',
  national: '003_5f73e15ddc21c676.txt',
  notice2025: '004_e8ede5ea50a90384.txt',
} as const;

/** The national format table, 000 附件二 (國教署 資料格式規定): the same for every school. */
export const NATIONAL_FILES: SchoolPolicy['files'] = {
  mebibyte: true,
  consultation: {
    groups: [{ group: 'consultation', types: ['pdf', 'jpg', 'png'], maxMB: 2 }],
    linksAllowed: false,
  },
  outcome: {
    groups: [
      { group: 'document', types: ['pdf', 'jpg', 'png'], maxMB: 4 },
      { group: 'media', types: ['mp3', 'mp4'], maxMB: 10 },
    ],
    linksAllowed: false,
  },
  performance: {
    groups: [
      { group: 'document', types: ['pdf', 'jpg', 'png'], maxMB: 4 },
      { group: 'media', types: ['mp3', 'mp4'], maxMB: 10 },
    ],
    linksAllowed: true,
  },
};

export const FILES_SOURCE: PolicySource = {
  seed: SEED.renwu,
  clause: '附件二',
  note: {
    zh: '國教署資料格式規定（附於仁武補充規定）。MB 是否為 2^20 位元組未經查證，預設以 2^20 計算。',
    en: "The K-12 Education Administration's format rule (attached to Renwu's rules). Whether MB means 2^20 bytes is unverified; 2^20 is the default.",
  },
};

export const SUMMARY_SOURCE: PolicySource = { seed: SEED.renwu, clause: '附件二' };

/** 004 item 7: the first 課程代碼比對 within 4 weeks of term start. Every school has this task. */
export function courseCodeCheckTask(unit: string): TaskDef {
  return {
    id: 'course-code-check',
    task: '課程代碼比對',
    unit,
    deadline: { anchor: 'termStart', offset: { weeks: 4 }, wording: '開學後4週內' },
  };
}

/**
 * Start of school year 115, an estimate (the next year is not in any seed): it lets the 114 calendar end
 * and a 勾選 deadline count from it, and says the term has no calendar until the school enters one.
 */
export const YEAR_115_START: TermCalendar = { term: { year: 115, semester: 1 }, start: '2026-09-01', estimate: true, windows: {} };

/** The sample 114 school year's own dates (開學日, 期末考, 休業式, 國教署期限), the same in every preset. */
export const TERM_114_1 = {
  term: { year: 114, semester: 1 },
  start: '2025-09-01',
  finalExam: { start: '2026-01-14', end: '2026-01-16' },
  closingCeremony: '2026-01-20',
  agencyDeadline: '2025-11-10',
} as const satisfies Omit<TermCalendar, 'windows'>;

export const TERM_114_2 = {
  term: { year: 114, semester: 2 },
  start: '2026-02-11',
  finalExam: { start: '2026-06-24', end: '2026-06-26' },
  closingCeremony: '2026-07-01',
  agencyDeadline: '2026-04-30',
} as const satisfies Omit<TermCalendar, 'windows'>;

/**
 * The 114 school year as the national rules shape it: upload until exactly two weeks after
 * 休業式 (004 item 3), a 3-day 收訖明細 period (004 item 6). Dates are illustrative.
 */
export const NATIONAL_CALENDAR: TermCalendar[] = [
  {
    ...TERM_114_1,
    gradeEntryDeadline: '2026-01-23',
    windows: {
      upload: { start: '2025-09-01', end: '2026-02-03' },
      certification: { start: '2025-09-01', end: '2026-02-10' },
      receipt: [{ start: '2025-10-13', end: '2025-10-15' }],
    },
  },
  {
    ...TERM_114_2,
    gradeEntryDeadline: '2026-07-03',
    windows: {
      upload: { start: '2026-02-11', end: '2026-07-15' },
      uploadGrade12: { start: '2026-02-11', end: '2026-04-09' },
      certification: { start: '2026-02-11', end: '2026-07-22' },
      receipt: [{ start: '2026-03-16', end: '2026-03-18' }],
    },
  },
  YEAR_115_START,
];

/** 國教署 baseline: 作業要點 (003), the format table (000 附件二) and the 2025 notice (004). */
export const NATIONAL_POLICY: SchoolPolicy = {
  schemaVersion: 1,
  id: 'national',
  name: '全國基準（作業要點）',
  caps: {
    outcomeUpload: { max: null, per: 'term', excludedSources: [] },
    outcomeSelect: { max: 6, per: 'year', excludedSources: [] },
    performanceUpload: { max: null, per: 'year', excludedSources: [] },
    performanceSelect: { max: 10, per: 'year', excludedSources: [] },
  },
  files: NATIONAL_FILES,
  summary: { maxChars: 100 },
  calendar: { terms: NATIONAL_CALENDAR },
  tasks: [courseCodeCheckTask('教務處')],
  sources: {
    'caps.outcomeUpload': {
      seed: SEED.national,
      clause: '四(二)1',
      note: { zh: '上傳件數由學校定之，全國基準不設上限。', en: 'The school sets the upload count; no national cap.' },
    },
    'caps.outcomeSelect': { seed: SEED.national, clause: '四(二)2' },
    'caps.performanceUpload': {
      seed: SEED.national,
      clause: '四(三)1',
      note: { zh: '上傳件數由學校定之，全國基準不設上限。', en: 'The school sets the upload count; no national cap.' },
    },
    'caps.performanceSelect': {
      seed: SEED.national,
      clause: '四(三)2',
      note: {
        zh: '作業要點未排除學校或校外機構登錄的資料；仁武補充規定（000 四）才排除。',
        en: 'The national rules exclude no source; Renwu (000 四) excludes school and agency entries.',
      },
    },
    files: FILES_SOURCE,
    'summary.maxChars': SUMMARY_SOURCE,
    calendar: {
      seed: SEED.notice2025,
      clause: '第3項、第6項',
      note: {
        zh: '114 學年度示範行事曆：上傳期限為休業式後 2 週，收訖明細確認 3 日（宣導事項最低要求）。',
        en: 'Sample 114 calendar: upload until 2 weeks after the closing ceremony, a 3-day receipt period (the notice minimums).',
      },
    },
    tasks: { seed: SEED.notice2025, clause: '第7項' },
    schoolCode: {
      seed: null,
      clause: '學校自填',
      note: { zh: '請填入本校 6 碼學校代碼，以核對課程代碼。', en: "Enter the school's 6-digit code to check course codes." },
    },
  },
};
