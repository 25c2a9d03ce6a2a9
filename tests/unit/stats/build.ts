import type { ObservationRow } from '@/lib/db/database';
import { scopeOf } from '@/lib/db/log-visit';

let n = 0;
/** An observation row with sensible defaults: 114-1, outcome certification by 王怡君, class 302. */
export function obs(partial: Partial<ObservationRow> & { day: string }): ObservationRow {
  n += 1;
  const base = {
    taskId: 'outcome-cert',
    year: 114,
    semester: 1 as const,
    unit: '任課教師',
    person: '王怡君',
    className: '302',
    course: '英語文',
    total: 10,
    done: 0,
    pending: 10,
    onTime: null,
    due: '2026-02-10',
    ...partial,
  };
  return {
    id: partial.id ?? `o${String(n).padStart(4, '0')}`,
    visitUid: 'v',
    at: partial.at ?? Date.parse(`${partial.day}T10:00:00`),
    origin: 'http://127.0.0.1:5180',
    pageKind: 'certification',
    folded: 0,
    ...base,
    scope: scopeOf(base),
  };
}
