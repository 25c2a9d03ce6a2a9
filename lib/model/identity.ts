import type { PageRecord } from './records';

/** Fields that name a record across visits, whichever record type has them. */
const IDENTIFYING = ['kind', 'studentRef', 'term', 'courseCode', 'code', 'className', 'rosterType', 'title'] as const;

/**
 * What identifies a record across visits: the values the page shows for it,
 * never its status, so that a fixed record matches its earlier problem. It may
 * contain a 學號, so it only goes to the background, which keeps a keyed hash.
 */
export function recordIdentity(record: PageRecord): string {
  const fields = record as Partial<Record<(typeof IDENTIFYING)[number], unknown>>;
  const parts = IDENTIFYING.map((name) => {
    const value = fields[name];
    return value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value);
  });
  return [record.type, ...parts].join('\u001f');
}
