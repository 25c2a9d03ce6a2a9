import { courseCodeCheckTask, FILES_SOURCE, NATIONAL_POLICY, SEED, SUMMARY_SOURCE } from './national';
import type { SchoolPolicy } from './schema';

const AGENCY_MINUS_TWO_WEEKS = {
  anchor: 'agencyDeadline',
  offset: { weeks: -2 },
  wording: '國教署規定上傳期限之二週前',
} as const;

/**
 * 高雄市立仁武高中 補充規定 (000). Its upload window ends before the final exam (四、附件一),
 * which the 2025 notice (004 item 3) no longer allows — the schedule rule flags it.
 */
export const RENWU_POLICY: SchoolPolicy = {
  schemaVersion: 1,
  id: 'renwu',
  name: '高雄市立仁武高中',
  school: '高雄市立仁武高中',
  caps: {
    outcomeUpload: { max: 6, per: 'term', excludedSources: [] },
    outcomeSelect: { max: 6, per: 'year', excludedSources: [] },
    performanceUpload: { max: 10, per: 'year', excludedSources: ['school', 'agency'] },
    performanceSelect: { max: 10, per: 'year', excludedSources: ['school', 'agency'] },
  },
  files: NATIONAL_POLICY.files,
  summary: { maxChars: 100 },
  // 000 gives no dates, only deadlines relative to the school's calendar (五(三)、附件一: upload 「每學期期末考前」,
  // certification by 「學期成績登錄截止日」, selection 「第二學期期末考前」 — in the task table below): the school
  // enters its terms' dates in the options page.
  calendar: { terms: [] },
  tasks: [
    { id: 'basic-data', task: '學生基本資料', unit: '教務處註冊組、學務處生輔組、學務處活動組', deadline: AGENCY_MINUS_TWO_WEEKS },
    { id: 'elective-names', task: '選修課程名稱', unit: '教務處實研組、教務處註冊組', deadline: AGENCY_MINUS_TWO_WEEKS },
    { id: 'consultation', task: '課程諮詢紀錄', unit: '課程諮詢教師', deadline: AGENCY_MINUS_TWO_WEEKS },
    { id: 'grades', task: '修課成績', unit: '教務處註冊組', deadline: AGENCY_MINUS_TWO_WEEKS },
    {
      id: 'outcome-upload',
      task: '課程學習成果上傳',
      unit: '學生（各班導師督導）',
      deadline: { anchor: 'finalExamStart', offset: { days: -1 }, wording: '每學期期末考前' },
    },
    {
      id: 'outcome-cert',
      task: '課程學習成果認證',
      unit: '任課教師',
      deadline: { anchor: 'gradeEntryDeadline', offset: {}, wording: '學期成績登錄截止日' },
    },
    {
      id: 'selection',
      task: '勾選',
      unit: '學生',
      deadline: { anchor: 'finalExamStart', offset: { days: -1 }, wording: '第二學期期末考前' },
      semesters: [2],
    },
    courseCodeCheckTask('教務處實研組'),
  ],
  sources: {
    'caps.outcomeUpload': { seed: SEED.renwu, clause: '四(一)、五(三)課程學習成果2、附件一' },
    'caps.outcomeSelect': { seed: SEED.renwu, clause: '五(三)課程學習成果4、附件一' },
    'caps.performanceUpload': {
      seed: SEED.renwu,
      clause: '四(一)',
      note: {
        zh: '本文「每學年至多十項」（學校及校外機構登錄者不計）；附件一另寫「每學期至多6件」，兩者矛盾，此處採本文。',
        en: 'Body text: at most 10 per year (school and agency entries excluded); 附件一 says at most 6 per term. They conflict; the body text is used.',
      },
    },
    'caps.performanceSelect': {
      seed: SEED.renwu,
      clause: '五(三)多元表現4、四(一)',
      note: {
        zh: '四(一) 備註：學校登錄之校內幹部、校外機構登錄之競賽、檢定不包括在十項之內。',
        en: '四(一) note: school-entered cadre records and agency-entered competitions/certificates do not count toward the ten.',
      },
    },
    files: FILES_SOURCE,
    'summary.maxChars': SUMMARY_SOURCE,
    calendar: {
      seed: SEED.renwu,
      clause: '五(三)、附件一',
      note: {
        zh: '補充規定沒有日期：上傳「每學期期末考前」、認證「學期成績登錄截止日」、勾選「第二學期期末考前」，請依本校行事曆填入各學期日期；收訖明細期間未寫，適用宣導事項第6項至少 3 日。',
        en: 'The rules give no dates: upload before the final exam, certification by the grade entry deadline, selection before the term-2 final exam; enter each term\'s dates from the school calendar. The receipt period is not stated: the notice minimum of 3 days (004 item 6) applies.',
      },
    },
    tasks: {
      seed: SEED.renwu,
      clause: '五(三) 分工表',
      note: {
        zh: '分工表各項「於國教署規定上傳期限之二週前完成」；課程代碼比對依宣導事項第7項。',
        en: 'Each task of the table is due two weeks before the national upload deadline; the course-code comparison follows 004 item 7.',
      },
    },
    schoolCode: NATIONAL_POLICY.sources.schoolCode,
  },
};
