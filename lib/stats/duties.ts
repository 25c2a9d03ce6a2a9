import type { DutyKind, DutyRow } from '@/lib/db/database';
import { SEED } from '@/lib/policy/national';
import type { PolicySource } from '@/lib/policy/schema';

/**
 * The working group's own duties, as a checklist for one school year. Pure.
 * - a meeting each term (003 五; 002 補充規定三)
 * - student training, teacher workshop, parent session each school year (000 陸, 001 八, 002 九)
 */
export interface DutyDef {
  kind: DutyKind;
  /** 'term': once per term (two items a year); 'year': once per school year */
  per: 'term' | 'year';
  /** the documents and clauses that ask for it (shown in words: lib/rules/cite.ts) */
  basis: readonly PolicySource[];
}

export const DUTIES: readonly DutyDef[] = [
  { kind: 'meeting', per: 'term', basis: [{ seed: SEED.national, clause: '五' }, { seed: SEED.caotun, clause: '補充規定三' }] },
  { kind: 'student-training', per: 'year', basis: [{ seed: SEED.renwu, clause: '陸' }, { seed: SEED.hualien, clause: '八' }, { seed: SEED.caotun, clause: '補充規定九(一)1、(二)' }] },
  { kind: 'teacher-workshop', per: 'year', basis: [{ seed: SEED.renwu, clause: '陸' }, { seed: SEED.hualien, clause: '八' }, { seed: SEED.caotun, clause: '補充規定九(三)' }] },
  { kind: 'parent-session', per: 'year', basis: [{ seed: SEED.renwu, clause: '陸' }, { seed: SEED.hualien, clause: '八' }, { seed: SEED.caotun, clause: '補充規定九(一)2' }] },
];

export function dutyId(kind: DutyKind, year: number, semester: 0 | 1 | 2): string {
  return `${kind}|${year}|${semester}`;
}

export interface ChecklistItem {
  id: string;
  kind: DutyKind;
  year: number;
  semester: 0 | 1 | 2;
  basis: readonly PolicySource[];
  done: boolean;
  doneOn: string;
  note: string;
}

/** Every duty due in a school year, with what the secretary ticked. */
export function dutyChecklist(year: number, rows: readonly DutyRow[]): ChecklistItem[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  const items: ChecklistItem[] = [];
  for (const duty of DUTIES) {
    const semesters: (0 | 1 | 2)[] = duty.per === 'term' ? [1, 2] : [0];
    for (const semester of semesters) {
      const id = dutyId(duty.kind, year, semester);
      const row = byId.get(id);
      items.push({ id, kind: duty.kind, year, semester, basis: duty.basis, done: Boolean(row?.doneOn), doneOn: row?.doneOn ?? '', note: row?.note ?? '' });
    }
  }
  return items;
}

/** How many of a year's duties are done, of how many. */
export function checklistProgress(items: readonly ChecklistItem[]): { done: number; of: number } {
  return { done: items.filter((item) => item.done).length, of: items.length };
}
