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
 * The national rules fix no dates: 開學日, 休業式 and each deadline are the school's (the options page and
 * first run ask for them). What they fix are limits on a school's dates — upload until at least two weeks
 * after 休業式 (004 item 3), a 收訖明細 period of at least 3 days (004 item 6), the first 課程代碼比對 within
 * 4 weeks of term start (004 item 7) — which the schedule rules check against the dates a school enters.
 */
export const NATIONAL_CALENDAR: TermCalendar[] = [];

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
        zh: '全國基準沒有日期，請填入本校行事曆；上傳至少到休業式後 2 週、收訖明細確認至少 3 日（宣導事項第3項、第6項）由檢核規則核對。',
        en: "The national rules give no dates: enter the school's calendar. Upload until at least 2 weeks after the closing ceremony and a receipt period of at least 3 days (notice items 3 and 6) are checked against it.",
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
