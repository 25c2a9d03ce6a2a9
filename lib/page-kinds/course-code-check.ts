import { toCodeCheckRow } from '@/lib/adapters/mappers/school-records';
import { checkCourseCodeRun } from '@/lib/adapters/mappers/record-check';
import type { PageRecord } from '@/lib/model/records';
import { definePageKind } from './unit';

/** The vendor's 課程代碼比對 result: per course code whether it matched the approved plan, and when the run was. */
export const courseCodeCheck = definePageKind({
  id: 'course-code-check',
  name: { zh: '課程代碼比對結果', en: 'Course code comparison' },
  signature: { needs: [['courseCode'], ['compareResult']], hints: ['比對', 'CodeCheck', 'code-check'] },
  mapper: () => (cells) => toCodeCheckRow(cells),
  pageRecords(context) {
    if (!context.comparedAt) return [];
    const run = checkCourseCodeRun({ type: 'course-code-run', ranAt: context.comparedAt, ...(context.term ? { term: context.term } : {}) });
    if (!run.success) throw new Error(`course-code-run: ${run.paths.join(', ')}`);
    return [run.data];
  },
  // course-code-check (done = matched codes), in the term the run states (else the run's date's), dated by the run
  observe(records, { add }) {
    const run = records.find((record): record is PageRecord & { type: 'course-code-run' } => record.type === 'course-code-run');
    for (const record of records) {
      if (record.type === 'course-code-check') add({ taskId: 'course-code-check', term: run?.term, slice: {}, done: record.matched, doneDate: run?.ranAt, dates: [run?.ranAt] });
    }
  },
});
