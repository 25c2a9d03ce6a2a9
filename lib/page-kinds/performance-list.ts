import { artifactMapper } from './artifact-mapper';
import { CONTENT, STUDENT, definePageKind } from './unit';

/** A student's own 多元表現 list: items with no course, by category or source (a title column is optional). */
export const performanceList = definePageKind({
  id: 'performance-list',
  name: { zh: '多元表現清單', en: 'Diverse performances list' },
  signature: {
    needs: [CONTENT],
    without: [...STUDENT, 'courseCode', 'courseName', 'selected', 'compareResult', 'rosterType'],
    hints: ['多元表現', 'performance'],
  },
  mapper: (table, context) => artifactMapper('performance-list', table, context),
});
