import { toClassProgress } from '@/lib/adapters/mappers/school-records';
import type { ClassProgress } from '@/lib/model/records';
import { COUNTS, STUDENT, definePageKind } from './unit';

/** A 導師's class page: per student the counts of uploads, certifications and ticks. */
export const classProgress = definePageKind({
  id: 'class-progress',
  name: { zh: '班級進度', en: 'Class progress' },
  signature: { needs: [STUDENT, COUNTS], hints: ['進度', 'progress'] },
  mapper: (_table, context) => (cells) => toClassProgress(cells, context),
  // receipt-confirm per class (done = 已確認); a vendor may list a student twice: the last row wins
  // (the page shows no dates: its term is the one its heading or 學期 column states)
  observe(records, { add }) {
    const byStudent = new Map<string, ClassProgress>();
    for (const record of records) if (record.type === 'class-progress' && record.receiptConfirmed !== undefined) byStudent.set(record.studentRef, record);
    for (const record of byStudent.values()) add({ taskId: 'receipt-confirm', term: record.term, slice: { className: record.className }, done: record.receiptConfirmed === true });
  },
});
