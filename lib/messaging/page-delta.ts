import type { PageDelta, PageReport, ReportFinding } from './protocol';
import { sameValue } from './sender';

/**
 * A checked page as rows and findings, so that one check's report can be sent as what changed since
 * the last (a delta) and merged back into the whole page on the other side. Pure: no DOM, no database.
 * The content script makes deltas (`deltaBetween`); the background keeps each page's state between
 * them (`applyDelta`) and logs `reportOf` it, which is the page report the content script would have sent.
 */

export type RowFinding = Omit<ReportFinding, 'recordIndex'>;

interface Row {
  identity: string;
  nth: number;
  findings: RowFinding[];
}

/** One page as last reported: its rows (by identity and occurrence, in the page's order) and the rest of its report. */
export interface PageState {
  head: Pick<PageReport, 'url' | 'pageKind' | 'status' | 'unread' | 'policyId'>;
  rows: Map<string, Row>;
  pageFindings: RowFinding[];
  observations: PageReport['observations'];
}

const NONE: RowFinding[] = [];
const rowKey = (identity: string, nth: number) => `${identity}\u001f${nth}`;

function withoutIndex({ recordIndex: _, ...finding }: ReportFinding): RowFinding {
  return finding;
}

/** A page report as rows: a record shown twice is two rows (its first and second occurrence). */
export function pageStateOf(report: PageReport): PageState {
  const byRecord: RowFinding[][] = [];
  const pageFindings: RowFinding[] = [];
  for (const finding of report.findings) {
    if (finding.recordIndex === null) pageFindings.push(withoutIndex(finding));
    else (byRecord[finding.recordIndex] ??= []).push(withoutIndex(finding));
  }
  if (byRecord.length > report.subjects.length) throw new RangeError(`finding refers to record ${byRecord.length - 1}, which was not sent`);
  const rows = new Map<string, Row>();
  const occurrences = new Map<string, number>();
  report.subjects.forEach((identity, i) => {
    const nth = (occurrences.get(identity) ?? 0) + 1;
    occurrences.set(identity, nth);
    rows.set(rowKey(identity, nth), { identity, nth, findings: byRecord[i] ?? NONE });
  });
  const { url, pageKind, status, unread, policyId } = report;
  return { head: { url, pageKind, status, unread, policyId }, rows, pageFindings, observations: report.observations };
}

/**
 * What `next` changed since `last` (every row when there is no `last`), as delta `seq` of `session`;
 * null when nothing did (the same report again: pages re-render often).
 */
export function deltaBetween(last: { state: PageState; seq: number } | undefined, next: PageState, session: string, seq: number): PageDelta | null {
  const rows: PageDelta['rows'] = [];
  const removed: PageDelta['removed'] = [];
  for (const [key, row] of next.rows) {
    const before = last?.state.rows.get(key);
    if (!before || !sameValue(before.findings, row.findings)) rows.push(row);
  }
  if (last) for (const [key, { identity, nth }] of last.state.rows) if (!next.rows.has(key)) removed.push({ identity, nth });
  const unchanged =
    last !== undefined &&
    rows.length === 0 &&
    removed.length === 0 &&
    sameValue(last.state.head, next.head) &&
    sameValue(last.state.pageFindings, next.pageFindings) &&
    sameValue(last.state.observations, next.observations);
  if (unchanged) return null;
  return {
    type: 'page-delta',
    ...next.head,
    session,
    seq,
    base: last?.seq ?? null,
    rows,
    removed,
    pageFindings: next.pageFindings,
    ...(next.observations ? { observations: next.observations } : {}),
  };
}

/** `delta` merged into `state` (changed in place; a new state when the delta carries every row). */
export function applyDelta(state: PageState | undefined, delta: PageDelta): PageState {
  const { url, pageKind, status, unread, policyId } = delta;
  const head = { url, pageKind, status, unread, policyId };
  if (delta.base === null || !state) state = { head, rows: new Map(), pageFindings: [], observations: undefined };
  for (const { identity, nth } of delta.removed) state.rows.delete(rowKey(identity, nth));
  for (const row of delta.rows) state.rows.set(rowKey(row.identity, row.nth), row);
  state.head = head;
  state.pageFindings = delta.pageFindings;
  state.observations = delta.observations;
  return state;
}

/** The page report of a state: what a content script sending whole reports would have sent. */
export function reportOf(state: PageState): PageReport {
  const subjects: string[] = [];
  const findings: ReportFinding[] = [];
  for (const row of state.rows.values()) {
    const recordIndex = subjects.length;
    subjects.push(row.identity);
    for (const finding of row.findings) findings.push({ ...finding, recordIndex });
  }
  for (const finding of state.pageFindings) findings.push({ ...finding, recordIndex: null });
  return {
    type: 'page-report',
    ...state.head,
    subjects,
    findings,
    ...(state.observations ? { observations: state.observations } : {}),
  };
}
