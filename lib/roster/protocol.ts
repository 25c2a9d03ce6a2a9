import type { CoursePlan } from '@/lib/model/records';
import type { SchoolPolicy } from '@/lib/policy/schema';
import type { RosterCheck } from './check';
import type { RosterProgress, RosterTiming } from './precheck';

/** Messages between the roster page and its worker. Files go over as transferred ArrayBuffers. */
export type ToRosterWorker =
  | { type: 'check'; files: Array<{ name: string; bytes: ArrayBuffer }>; policy: SchoolPolicy; plan: CoursePlan | null; now: number }
  | { type: 'export-xlsx'; header: readonly string[]; rows: Array<Array<string | number | null>>; sheet: string }
  /** a workbook's sheets as rows of text (the options page's course-plan import) */
  | { type: 'read-table'; name: string; bytes: ArrayBuffer };

export type FromRosterWorker =
  | { type: 'progress'; progress: RosterProgress }
  | { type: 'done'; check: RosterCheck; timings: RosterTiming[] }
  | { type: 'exported'; bytes: ArrayBuffer }
  | { type: 'table'; sheets: Array<{ name: string; rows: string[][] }> }
  | { type: 'unreadable'; message: string }
  | { type: 'failed'; message: string };
