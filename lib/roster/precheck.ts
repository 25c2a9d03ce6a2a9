import type { SchoolPolicy } from '@/lib/policy/schema';
import type { RuleContext } from '@/lib/rules/types';
import { checkRosters, type RosterCheck } from './check';
import type { ReadNote } from './notes';
import { parseWorkbook, type ParsedFile } from './parse-workbook';
import { readRosterFile } from './read-file';

export interface RosterInput {
  name: string;
  bytes: Uint8Array;
}

export interface RosterProgress {
  file: string;
  /** 0-based position of the file in the batch */
  index: number;
  files: number;
  stage: 'read' | 'check';
  /** rows read so far in this file */
  rows: number;
}

/** Per file: how long the library took to read its cells, and the whole pre-check of it. */
export interface RosterTiming {
  file: string;
  rows: number;
  /** SheetJS (or PapaParse) reading the bytes into cells */
  readMs: number;
  /** reading, recognising, records and every rule (the batch rules shared out by rows) */
  totalMs: number;
}

/**
 * The whole 名冊預檢 of a batch of files: read each file's cells, recognise and map them, then run
 * the rules. Pure apart from the clock it reads for the timings; runs in the roster page's worker.
 */
export function precheckRosters(
  inputs: readonly RosterInput[],
  options: { policy: SchoolPolicy; context: RuleContext; onProgress?: (progress: RosterProgress) => void },
): { check: RosterCheck; timings: RosterTiming[] } {
  const batch: Array<{ file: ParsedFile } | { name: string; unreadable: ReadNote }> = [];
  const timings: RosterTiming[] = [];
  const started: number[] = [];
  inputs.forEach((input, index) => {
    options.onProgress?.({ file: input.name, index, files: inputs.length, stage: 'read', rows: 0 });
    const t0 = performance.now();
    started.push(t0);
    const read = readRosterFile(input.name, input.bytes);
    const t1 = performance.now();
    if (!read.ok) {
      batch.push({ name: input.name, unreadable: { id: read.id, sheet: '', row: null, column: '', value: '', message: read.message } });
      timings.push({ file: input.name, rows: 0, readMs: t1 - t0, totalMs: t1 - t0 });
      return;
    }
    const file = parseWorkbook(input.name, read.book);
    const rows = file.sheets.reduce((sum, sheet) => sum + sheet.rows.length, 0);
    timings.push({ file: input.name, rows, readMs: t1 - t0, totalMs: performance.now() - t0 });
    batch.push({ file });
  });
  const t2 = performance.now();
  const check = checkRosters(batch, {
    policy: options.policy,
    context: options.context,
    onRows: (name, rows) => options.onProgress?.({ file: name, index: inputs.findIndex((input) => input.name === name), files: inputs.length, stage: 'check', rows }),
  });
  const checkMs = performance.now() - t2;
  // The rules run over the batch at once; their time is shared out by rows.
  const allRows = timings.reduce((sum, timing) => sum + timing.rows, 0);
  for (const timing of timings) timing.totalMs += allRows === 0 ? 0 : (checkMs * timing.rows) / allRows;
  return { check, timings };
}
