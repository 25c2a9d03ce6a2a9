import { courseCodeCheckTask, FILES_SOURCE, NATIONAL_CALENDAR, NATIONAL_POLICY, SEED, SUMMARY_SOURCE } from './national';
import type { SchoolPolicy } from './schema';

const NATIONAL_NOTE = (what: string, whatEn: string) => ({
  zh: `花蓮女中補充規定未寫${what}，採全國基準。`,
  en: `Hualien Girls' rules do not state ${whatEn}; the national value is used.`,
});

/** 國立花蓮女中 補充規定 (001). */
export const HUALIEN_GIRLS_POLICY: SchoolPolicy = {
  schemaVersion: 1,
  id: 'hualien-girls',
  name: '國立花蓮女中',
  school: '國立花蓮女中',
  caps: {
    outcomeUpload: { max: null, per: 'term', excludedSources: [] },
    outcomeSelect: { max: 6, per: 'year', excludedSources: [] },
    performanceUpload: { max: 30, per: 'year', excludedSources: [] },
    performanceSelect: { max: 10, per: 'year', excludedSources: [] },
  },
  files: NATIONAL_POLICY.files,
  summary: { maxChars: 100 },
  // 001 gives no dates (「本校規定時間內」): as the national baseline, the school enters its own.
  calendar: { terms: NATIONAL_CALENDAR },
  tasks: [courseCodeCheckTask('教務處教學組')],
  sources: {
    'caps.outcomeUpload': {
      seed: SEED.national,
      clause: '四(二)1',
      note: NATIONAL_NOTE('課程學習成果上傳件數', 'an outcome upload cap'),
    },
    'caps.outcomeSelect': { seed: SEED.hualien, clause: '四(三)' },
    'caps.performanceUpload': { seed: SEED.hualien, clause: '四(四)' },
    'caps.performanceSelect': { seed: SEED.hualien, clause: '四(四)' },
    files: FILES_SOURCE,
    'summary.maxChars': SUMMARY_SOURCE,
    calendar: {
      seed: SEED.notice2025,
      clause: '第3項、第6項',
      note: NATIONAL_NOTE('上傳、認證與收訖明細日期（僅寫「本校規定時間內」）', 'dates (only "within the school\'s set time")'),
    },
    tasks: {
      seed: SEED.notice2025,
      clause: '第7項',
      note: {
        zh: '補充規定四(二)1 由教學組登錄課程名稱，未訂各項期限；僅列宣導事項第7項的課程代碼比對。',
        en: '001 四(二)1 names 教學組 for course names but sets no deadlines; only the course-code comparison of 004 item 7 is listed.',
      },
    },
    schoolCode: NATIONAL_POLICY.sources.schoolCode,
  },
};
