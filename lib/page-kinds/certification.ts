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
  // outcome-cert per teacher × class × course (done = certified or refused)
  observe(records, { add, termOf }) {
    for (const record of records) {
      if (record.type !== 'artifact' || record.kind !== 'outcome' || record.certStatus === undefined) continue;
      const item: Artifact = record;
      add('outcome-cert', termOf(item.term), { person: item.teacher, className: item.className, course: item.courseName }, item.certStatus !== 'pending', item.certifiedAt?.slice(0, 10));
    }
  },
});
