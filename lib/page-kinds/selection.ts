import { artifactMapper } from './artifact-mapper';
import { STUDENT, definePageKind } from './unit';

/** The 勾選 page: a student's items with a tick for those sent to the central database. */
export const selection = definePageKind({
  id: 'selection',
  name: { zh: '勾選頁', en: 'Selection page' },
  signature: {
    needs: [['selected'], ['title', 'courseName', 'courseCode', 'category', 'files', 'summary']],
    without: STUDENT,
    hints: ['勾選', 'select'],
  },
  mapper: (table, context) => artifactMapper('selection', table, context),
});
