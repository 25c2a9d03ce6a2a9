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

/**
 * Term 114-1 as the dashboard e2e's backup A holds it (tests/e2e/dashboard.e2e.ts), figures worked by hand there:
 *   王怡君 英語文 301   01-12 4 / 8 done, 4 on time; 01-26 8 / 8, 8 on time    (認證 until 02-10)
 *   王怡君 英語文 302   01-26 8 / 8 done, 8 on time
 *   張志明 數學   302   01-26 5 / 10 done, 5 on time, 5 pending                (認證 until 02-10)
 *   receipt-confirm 302 01-20 30 / 32 done, 28 on time, 2 pending             (收訖 until 2025-10-28)
 *   course-code-check   01-20 40 / 40 done, 40 on time                         (until 2025-09-29)
 */
export function dashboardTerm(): ObservationRow[] {
  const chang = { person: '張志明', course: '數學' };
  return [
    obs({ day: '2026-01-12', className: '301', total: 8, done: 4, pending: 4, onTime: 4 }),
    obs({ day: '2026-01-26', className: '301', total: 8, done: 8, pending: 0, onTime: 8 }),
    obs({ day: '2026-01-26', className: '302', total: 8, done: 8, pending: 0, onTime: 8 }),
    obs({ day: '2026-01-26', ...chang, total: 10, done: 5, pending: 5, onTime: 5 }),
    obs({ day: '2026-01-20', taskId: 'receipt-confirm', unit: '教務處註冊組', person: '', course: '', total: 32, done: 30, pending: 2, onTime: 28, due: '2025-10-28' }),
    obs({ day: '2026-01-20', taskId: 'course-code-check', unit: '教務處教學組', person: '周美玲', className: '', course: '', total: 40, done: 40, pending: 0, onTime: 40, due: '2025-09-29' }),
  ];
}
