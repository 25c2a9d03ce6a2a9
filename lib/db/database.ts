import Dexie, { type Table } from 'dexie';
import type { Severity } from '@/lib/model/finding';
import type { PageKind } from '@/lib/model/page-kind';

/** One check of one page. */
export interface VisitRow {
  id?: number;
  /** ms since epoch */
  at: number;
  origin: string;
  path: string;
  pageKind: PageKind;
  policyId: string;
  records: number;
  errors: number;
  warnings: number;
}

/**
 * A problem with a lifecycle: first seen, last seen, resolved when a later
 * visit shows the same record without it.
 */
export interface FindingRow {
  /** keyed hash of origin, rule and subject */
  key: string;
  ruleId: string;
  severity: Severity;
  origin: string;
  pageKind: PageKind;
  /** keyed hash of the record's identity (never the 學號 or a name) */
  subject: string;
  firstSeen: number;
  lastSeen: number;
  /** 0 while open (IndexedDB can't index null), else when it was resolved */
  resolvedAt: number;
}

/** A finding seen on one visit: the raw material for "per rule over time". */
export interface SightingRow {
  id?: number;
  visitId: number;
  /** local calendar day, yyyy-mm-dd */
  day: string;
  ruleId: string;
  findingKey: string;
}

export interface MetaRow {
  key: string;
  value: unknown;
}

export const DB_NAME = 'lp-checker';

/** The extension's log. Lives in the extension origin; content scripts reach it through the background. */
export class LogDatabase extends Dexie {
  visits!: Table<VisitRow, number>;
  findings!: Table<FindingRow, string>;
  sightings!: Table<SightingRow, number>;
  meta!: Table<MetaRow, string>;

  constructor(name: string = DB_NAME) {
    super(name);
    this.version(1).stores({
      visits: '++id, at, origin, pageKind',
      findings: '&key, ruleId, subject, lastSeen, resolvedAt',
      sightings: '++id, visitId, day, ruleId',
      meta: '&key',
    });
  }
}
