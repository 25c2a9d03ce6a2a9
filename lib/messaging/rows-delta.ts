import type { CertificationRowsDelta, CertificationRowsReport } from './protocol';
import { sameValue } from './sender';

/**
 * A reading of a certification list as uploads by identity, so that a re-check sends only the uploads that
 * changed (a teacher certifying one row sends that row) and the background rebuilds the whole reading.
 * Pure: the content script makes deltas (`rowsDeltaBetween`), the background merges them (`applyRowsDelta`)
 * and takes `readingOf` the result as it takes a whole reading.
 */

type Row = CertificationRowsReport['rows'][number];

export interface RowsState {
  head: Omit<CertificationRowsReport, 'type' | 'rows'>;
  /** by identity; an upload shown twice is one upload (the background keys uploads by identity too) */
  rows: Map<string, Row>;
}

export function rowsStateOf({ type: _, rows, ...head }: CertificationRowsReport): RowsState {
  return { head, rows: new Map(rows.map((row) => [row.identity, row])) };
}

/** What `next` changed since `last` (every upload when there is no `last`); null when nothing did. The sender adds `answer`. */
export function rowsDeltaBetween(last: { state: RowsState; seq: number } | undefined, next: RowsState, session: string, seq: number): Omit<CertificationRowsDelta, 'answer'> | null {
  const rows: Row[] = [];
  for (const [identity, row] of next.rows) if (!sameValue(last?.state.rows.get(identity), row)) rows.push(row);
  const removed = last ? [...last.state.rows.keys()].filter((identity) => !next.rows.has(identity)) : [];
  if (last && rows.length === 0 && removed.length === 0 && sameValue(last.state.head, next.head)) return null;
  return { type: 'certification-rows-delta', ...next.head, session, seq, base: last?.seq ?? null, rows, removed };
}

/** `delta` merged into `state` (changed in place; a new state when the delta carries every upload). */
export function applyRowsDelta(state: RowsState | undefined, delta: CertificationRowsDelta): RowsState {
  const { type: _type, session: _session, seq: _seq, base, rows, removed, answer: _answer, ...head } = delta;
  if (base === null || !state) state = { head, rows: new Map() };
  for (const identity of removed) state.rows.delete(identity);
  for (const row of rows) state.rows.set(row.identity, row);
  state.head = head;
  return state;
}

/** The whole reading of a state: what a content script sending whole readings would have sent. */
export function readingOf(state: RowsState): CertificationRowsReport {
  return { type: 'certification-rows', ...state.head, rows: [...state.rows.values()] };
}
