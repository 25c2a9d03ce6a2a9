import { courseCodeCheckTask, FILES_SOURCE, NATIONAL_POLICY, SEED, SUMMARY_SOURCE } from './national';
import type { SchoolPolicy } from './schema';

/**
 * 國立草屯商工 補充規定 and its 113-1 working-group minutes (002). Its 收訖明細 rounds run 4 days
 * and then 2 days (六(三)); the 2025 notice (004 item 6) asks for at least 3 — the schedule rule flags it.
 */
export const CAOTUN_POLICY: SchoolPolicy = {
  schemaVersion: 1,
  id: 'caotun',
  name: '國立草屯商工',
  school: '國立草屯商工',
  caps: {
    outcomeUpload: { max: 10, per: 'term', excludedSources: [] },
    outcomeSelect: { max: 6, per: 'year', excludedSources: [] },
    performanceUpload: { max: 20, per: 'year', excludedSources: [] },
    performanceSelect: { max: 10, per: 'year', excludedSources: [] },
  },
  files: NATIONAL_POLICY.files,
  summary: { maxChars: 100 },
  // The dates 002 states — its 113-1 working-group minutes — and nothing else: no 開學日 or 休業式 date is given.
  calendar: {
    terms: [
      {
        // 壹、一、9: 「112-2 之…勾選截止日為 9 月 20 日止」 (113 年, so 2024-09-20).
        term: { year: 112, semester: 2 },
        windows: { selection: { end: '2024-09-20' } },
      },
      {
        // 壹、七(3)i: upload 「113-1 開學日至 114 年 2 月 03 日」, certification 「開學至 114 年 2 月 10 日」, 收訖明細
        // 「113 年 10 月 9-14 日(4 天因國慶日調整)」 and 「10 月 16-17 日(2 天)」 (the 112-2 submission's rounds, run in 113-1).
        term: { year: 113, semester: 1 },
        windows: {
          upload: { end: '2025-02-03' },
          certification: { end: '2025-02-10' },
          receipt: [
            { start: '2024-10-09', end: '2024-10-14' },
            { start: '2024-10-16', end: '2024-10-17' },
          ],
        },
      },
    ],
  },
  tasks: [
    {
      id: 'basic-data',
      task: '學生基本資料',
      unit: '教務處註冊組／進修部教務組',
      deadline: { anchor: 'termStart', offset: { weeks: 2 }, wording: '開學日後二週內' },
    },
    {
      id: 'cadres',
      task: '學生幹部／學生社團幹部',
      unit: '學務處訓育組、社團活動組／進修部學務組',
      deadline: { anchor: 'termStart', offset: { months: 2 }, wording: '開學日後二個月內' },
    },
    {
      id: 'elective-names',
      task: '選修課程名稱',
      unit: '教務處教學組／進修部教務組',
      deadline: { anchor: 'termStart', offset: { months: 1 }, wording: '開學日後一個月內' },
    },
    {
      id: 'consultation',
      task: '課程諮詢紀錄',
      unit: '課程諮詢教師',
      deadline: { anchor: 'event', offset: { months: 2 }, wording: '課程諮詢結束後二個月內' },
    },
    {
      id: 'grades',
      task: '修課成績',
      unit: '教務處註冊組／進修部教務組',
      deadline: { anchor: 'finalExamEnd', offset: { weeks: 2 }, wording: '期末考結束日後二週內' },
    },
    {
      id: 'outcome-upload',
      task: '課程學習成果上傳',
      unit: '學生',
      deadline: { anchor: 'closingCeremony', offset: { weeks: 2 }, wording: '休業式日後二週內' },
    },
    {
      id: 'outcome-cert',
      task: '課程學習成果認證',
      unit: '任課教師',
      deadline: { anchor: 'closingCeremony', offset: { weeks: 3 }, wording: '休業式日後三週內' },
    },
    {
      id: 'selection',
      task: '勾選',
      unit: '學生',
      deadline: { anchor: 'nextYearStart', offset: { weeks: 3 }, wording: '新學年度開學日起三週內' },
      semesters: [2],
    },
    {
      id: 'submission',
      task: '提交',
      unit: '專責人員',
      deadline: { anchor: 'agencyDeadline', offset: {}, wording: '依國教署來文截止日為準' },
    },
    courseCodeCheckTask('教務處教學組'),
  ],
  sources: {
    'caps.outcomeUpload': { seed: SEED.caotun, clause: '補充規定五(三)1' },
    'caps.outcomeSelect': { seed: SEED.caotun, clause: '補充規定六(一)' },
    'caps.performanceUpload': {
      seed: SEED.caotun,
      clause: '補充規定五(四)',
      note: {
        zh: '會議紀錄案由二：多元表現全學年皆可上傳，不須教師認證。',
        en: 'Minutes 案由二: performances may be uploaded all year and need no certification.',
      },
    },
    'caps.performanceSelect': { seed: SEED.caotun, clause: '補充規定六(一)' },
    files: FILES_SOURCE,
    'summary.maxChars': SUMMARY_SOURCE,
    calendar: {
      seed: SEED.caotun,
      clause: '會議紀錄壹、一、9；壹、七(3)；補充規定六(三)、十一',
      note: {
        zh: '日期取自 113-1 工作小組會議紀錄：112-2 勾選至 2024-09-20；113-1 上傳至 2025-02-03、認證至 2025-02-10、收訖明細 10/9-14 與 10/16-17。其他學期請依本校行事曆填入（上傳至休業式後二週、認證至休業式後三週、勾選為新學年度開學日起三週內）。',
        en: "Dates from the 113-1 working-group minutes: 112-2 selection until 2024-09-20; 113-1 upload until 2025-02-03, certification until 2025-02-10, receipt rounds 10/9-14 and 10/16-17. Enter other terms from the school calendar (upload until 2 weeks after the closing ceremony, certification until 3 weeks after, selection within 3 weeks of the next year's start).",
      },
    },
    tasks: {
      seed: SEED.caotun,
      clause: '補充規定十一',
      note: {
        zh: '課程代碼比對依宣導事項第7項；負責單位依附件代理人表「課程平台管理」（教學組長）。',
        en: 'The course-code comparison follows 004 item 7; unit per the substitutes table (課程平台管理: 教學組長).',
      },
    },
    schoolCode: NATIONAL_POLICY.sources.schoolCode,
  },
};
