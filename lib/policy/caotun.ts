import { courseCodeCheckTask, FILES_SOURCE, NATIONAL_POLICY, SEED, SUMMARY_SOURCE, TERM_114_1, TERM_114_2, YEAR_115_START } from './national';
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
  calendar: {
    terms: [
      {
        ...TERM_114_1,
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
        ...TERM_114_2,
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
      YEAR_115_START,
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
      clause: '補充規定六(三)、十一；會議紀錄壹、七(3)',
      note: {
        zh: '上傳至休業式後二週、認證至休業式後三週、勾選為新學年度開學日起三週內；收訖明細第1次4天、之後2天。日期為 114 學年度示範。',
        en: 'Upload until 2 weeks after the closing ceremony, certification until 3 weeks after, selection within 3 weeks of the next year start; receipt rounds of 4 then 2 days. Sample 114 dates.',
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
