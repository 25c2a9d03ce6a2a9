import { toCourseOffering } from '@/lib/adapters/mappers/school-records';
import { CONTENT, definePageKind } from './unit';

/** The 開課資料 list: courses offered with code, name and credits (compared with the approved course plan). */
export const courseList = definePageKind({
  id: 'course-list',
  name: { zh: '開課資料', en: 'Course offerings' },
  signature: {
    needs: [['courseCode'], ['courseName'], ['credits', 'grade', 'className']],
    without: ['compareResult', 'title', 'certStatus', ...CONTENT],
    hints: ['開課', 'course'],
  },
  mapper: (_table, context) => (cells) => toCourseOffering(cells, context),
});
