import { artifactMapper } from './artifact-mapper';
import { CONTENT, STUDENT, definePageKind } from './unit';

/** A student's own 課程學習成果 list: per item the course and what was uploaded (a title column is optional). */
export const outcomeList = definePageKind({
  id: 'outcome-list',
  name: { zh: '課程學習成果上傳清單', en: 'Course learning outcomes list' },
  signature: {
    needs: [['courseName', 'courseCode'], CONTENT],
    without: [...STUDENT, 'selected', 'compareResult'],
    hints: ['課程學習成果', '學習成果', '成果上傳', 'outcome'],
  },
  mapper: (table, context) => artifactMapper('outcome-list', table, context),
});
