import type { PageKind } from '@/lib/model/page-kind';
import type { Field } from './vocabulary';

/**
 * How a page kind is recognised from the columns a table has: every group in
 * `needs` must have at least one of its fields; no field in `without` may be
 * present. Signatures are tried in order; words in the page title break ties.
 */
interface Signature {
  kind: PageKind;
  needs: Field[][];
  without?: Field[];
  hints: string[];
}

const STUDENT: Field[] = ['studentNo', 'studentName'];
const COUNTS: Field[] = ['outcomesUploaded', 'outcomesCertified', 'outcomesSelected', 'performancesUploaded', 'performancesSelected'];
const FILES: Field[] = ['summary', 'files', 'proofFiles', 'mediaFiles', 'link'];

export const SIGNATURES: Signature[] = [
  { kind: 'selection', needs: [['selected'], ['title']], hints: ['勾選'] },
  {
    kind: 'certification',
    needs: [STUDENT, ['title'], ['certStatus'], ['courseName', 'courseCode', 'className']],
    hints: ['認證'],
  },
  {
    kind: 'outcome-list',
    needs: [['title'], ['courseName', 'courseCode'], FILES],
    without: STUDENT,
    hints: ['課程學習成果', '學習成果'],
  },
  {
    kind: 'performance-list',
    needs: [['title'], ['category', 'source', 'link'], FILES],
    without: [...STUDENT, 'courseCode', 'courseName'],
    hints: ['多元表現'],
  },
  { kind: 'class-progress', needs: [STUDENT, COUNTS], hints: ['進度'] },
  { kind: 'receipt', needs: [STUDENT, ['receiptStatus']], without: COUNTS, hints: ['收訖'] },
  { kind: 'course-code-check', needs: [['courseCode'], ['compareResult']], hints: ['比對'] },
  { kind: 'course-list', needs: [['courseCode'], ['courseName'], ['credits', 'grade', 'className']], without: ['compareResult', 'title'], hints: ['開課'] },
  { kind: 'precheck', needs: [['rosterType'], ['precheckResult', 'errorCount', 'errorMessage']], hints: ['預檢'] },
];

export function detectKind(fields: Set<Field>, titleText: string): PageKind | undefined {
  const matching = SIGNATURES.filter(
    (signature) =>
      signature.needs.every((group) => group.some((field) => fields.has(field))) &&
      !(signature.without ?? []).some((field) => fields.has(field)),
  );
  if (matching.length <= 1) return matching[0]?.kind;
  const hinted = matching.find((signature) => signature.hints.some((hint) => titleText.includes(hint)));
  return (hinted ?? matching[0]!).kind;
}
