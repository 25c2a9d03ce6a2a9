import type { Artifact } from '@/lib/model/records';
import { artifactMapper } from './artifact-mapper';
import { COUNTS, STUDENT, definePageKind } from './unit';

/** A teacher's 認證 list: students' uploads with their certification status (a title column is optional). */
export const certification = definePageKind({
  id: 'certification',
  name: { zh: '課程學習成果認證', en: 'Outcome certification' },
  signature: {
    needs: [STUDENT, ['certStatus']],
    without: [...COUNTS, 'receiptStatus'],
    hints: ['認證', 'certif', 'verify'],
  },
  mapper: (table, context) => artifactMapper('certification', table, context),
  // outcome-cert per teacher × class × course (done = certified or refused, on its 認證日期); an item
  // without a 學期 belongs to the term it was uploaded in
  observe(records, { add }) {
    for (const record of records) {
      if (record.type !== 'artifact' || record.kind !== 'outcome' || record.certStatus === undefined) continue;
      const item: Artifact = record;
      add({
        taskId: 'outcome-cert',
        term: item.term,
        slice: { person: item.teacher, className: item.className, course: item.courseName },
        done: item.certStatus !== 'pending',
        doneDate: item.certifiedAt,
        dates: [item.uploadedAt, item.certifiedAt],
      });
    }
  },
});
