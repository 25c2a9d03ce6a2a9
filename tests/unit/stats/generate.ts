import type { ObservationRow } from '@/lib/db/database';
import { scopeOf } from '@/lib/db/log-visit';

/**
 * A seeded log of raw observations over two terms: several units, tasks, teachers and classes, several
 * snapshots of a slice on one day, snapshots out of order, on-time counts known and not, deadlines
 * and none. For comparing the summary tables with the raw rows.
 */
export function generatedObservations(seed: number, count: number): ObservationRow[] {
  let state = seed * 2654435761;
  const random = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const terms = [
    { year: 114, semester: 1 as const, start: Date.parse('2025-09-01T00:00:00'), due: '2025-10-15' },
    { year: 114, semester: 2 as const, start: Date.parse('2026-02-01T00:00:00'), due: '' },
  ];
  const slices = [
    { taskId: 'outcome-cert', unit: '任課教師', person: '王怡君', className: '301', course: '英語文' },
    { taskId: 'outcome-cert', unit: '任課教師', person: '王怡君', className: '302', course: '英語文' },
    { taskId: 'outcome-cert', unit: '任課教師', person: '陳建宏', className: '301', course: '數學' },
    { taskId: 'receipt-confirm', unit: '教務處註冊組', person: '', className: '301', course: '' },
    { taskId: 'receipt-confirm', unit: '教務處註冊組', person: '', className: '302', course: '' },
    { taskId: 'course-code-check', unit: '教務處教學組', person: '', className: '', course: '' },
  ];
  const rows: ObservationRow[] = [];
  for (let i = 0; i < count; i++) {
    const term = pick(terms);
    const slice = pick(slices);
    const at = term.start + Math.floor(random() * 90) * 86_400_000 + Math.floor(random() * 4) * 3_600_000;
    const date = new Date(at);
    const day = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
    const total = 10 + Math.floor(random() * 3);
    const done = Math.floor(random() * (total + 1));
    const onTime = random() < 0.4 ? null : Math.floor(random() * (done + 2));
    const o = { ...slice, year: term.year, semester: term.semester, total, done, pending: total - done, onTime, due: random() < 0.9 ? term.due : '' };
    rows.push({ id: `g${seed}-${String(Math.floor(random() * 1e9)).padStart(9, '0')}-${i}`, visitUid: `v${i}`, at, day, origin: 'http://127.0.0.1:5180', pageKind: 'certification', scope: scopeOf(o), folded: 0, ...o });
  }
  return rows;
}
