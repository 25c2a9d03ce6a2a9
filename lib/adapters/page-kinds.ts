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

export const SIGNATURES: Signature[] = [
  {
    kind: 'outcome-list',
    needs: [['title'], ['courseName', 'courseCode'], ['summary', 'files']],
    without: ['selected', 'studentNo', 'studentName'],
    hints: ['課程學習成果', '學習成果'],
  },
  {
    kind: 'certification',
    needs: [['studentNo', 'studentName'], ['title'], ['certStatus'], ['courseName', 'courseCode', 'className']],
    without: ['selected'],
    hints: ['認證'],
  },
  {
    kind: 'performance-list',
    needs: [['title'], ['category', 'source', 'link'], ['summary', 'files', 'link']],
    without: ['selected', 'courseCode', 'courseName', 'studentNo', 'studentName'],
    hints: ['多元表現'],
  },
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
