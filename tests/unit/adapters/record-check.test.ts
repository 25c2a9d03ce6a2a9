// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readPage } from '@/lib/adapters/read-page';
import {
  checkArtifact,
  checkClassProgress,
  checkCourseCodeCheckRow,
  checkCourseCodeRun,
  checkCourseOffering,
  checkPrecheckResult,
  checkReceiptConfirmation,
  type Checked,
} from '@/lib/adapters/mappers/record-check';
import { Artifact, ClassProgress, CourseCodeCheckRow, CourseCodeRun, CourseOffering, PrecheckResult, ReceiptConfirmation, type PageRecord } from '@/lib/model/records';
// @ts-expect-error plain ES modules of the sample portal
import { renderA } from '../../portal/ssr/a.mjs';
// @ts-expect-error plain ES modules of the sample portal
import { EXPECTED } from '../../portal/pages/data/expected.js';
import { parseHtml, portalPage } from '../helpers/portal-page';

/**
 * The hand-written record checks (the content script ships without zod) must answer exactly as the
 * zod schemas in lib/model/records.ts do: zod's output (values, undefined-valued keys, key order) for
 * what both accept, and for what zod rejects a rejection naming zod's issue paths — on every sample
 * page's records, on copies with their keys shuffled, and on broken copies of them.
 */

function records(): PageRecord[] {
  const out: PageRecord[] = [];
  for (const [path, expected] of Object.entries(EXPECTED as Record<string, { style: string; charset?: string }>)) {
    if (expected.style !== 'a') continue;
    const url = new URL(path, 'http://127.0.0.1');
    const rendered = renderA(url.pathname, url.searchParams) as { body: string | Uint8Array } | null;
    const doc = rendered ? parseHtml(typeof rendered.body === 'string' ? rendered.body : new TextDecoder(expected.charset ?? 'utf-8').decode(rendered.body)) : portalPage(url.pathname.slice(1));
    const read = readPage(doc);
    if (read.status === 'checked') out.push(...read.rows.map((row) => row.record));
  }
  out.push(...((readPage(portalPage('a/student/outcomes.html')) as { rows?: { record: PageRecord }[] }).rows ?? []).map((row) => row.record));
  return out;
}

function random(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
}

/** The same value with every object's keys in another order. */
function shuffled(value: unknown, next: () => number): unknown {
  if (Array.isArray(value)) return value.map((v) => shuffled(v, next));
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value).sort(() => next() - 0.5);
  return Object.fromEntries(entries.map(([k, v]) => [k, shuffled(v, next)]));
}

/** Object keys at every depth, in order, so key order is compared too. */
function keyPaths(value: unknown, at = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => keyPaths(v, `${at}[${i}]`));
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([k, v]) => [`${at}.${k}`, ...keyPaths(v, `${at}.${k}`)]);
}

const BREAKS: Array<(r: Record<string, unknown>) => Record<string, unknown>> = [
  (r) => ({ ...r, type: 'student' }),
  (r) => ({ ...r, kind: 'consultation' }),
  (r) => ({ ...r, title: 42 }),
  (r) => {
    const { title: _t, studentRef: _s, ...rest } = r;
    return rest;
  },
  (r) => ({ ...r, extra: 'x' }),
  (r) => ({ ...r, term: { year: 89, semester: 1 } }),
  (r) => ({ ...r, term: { year: 114, semester: 3 } }),
  (r) => ({ ...r, term: { year: 114.5, semester: 1 } }),
  (r) => ({ ...r, term: { year: 114, semester: 1, extra: true } }),
  (r) => ({ ...r, term: undefined }),
  (r) => ({ ...r, grade: 9 }),
  (r) => ({ ...r, grade: 11 }),
  (r) => ({ ...r, files: [{ name: '', ext: 'pdf' }] }),
  (r) => ({ ...r, files: [{ name: 'a.pdf', ext: 'pdf', bytes: -1 }] }),
  (r) => ({ ...r, files: [{ name: 'a.pdf', ext: 'pdf', bytes: 1.5 }] }),
  (r) => ({ ...r, files: [{ name: 'a.pdf', ext: 'pdf', bytes: 2 ** 60 }] }),
  (r) => ({ ...r, files: [{ name: 'a.pdf', ext: 'pdf', bytes: -0, statedType: undefined }] }),
  (r) => ({ ...r, files: [{ name: 'a.pdf', ext: 'pdf', statedType: 3 }] }),
  (r) => ({ ...r, files: [{ name: 'a.pdf', ext: 'pdf', note: 'x' }] }),
  (r) => ({ ...r, files: 'a.pdf' }),
  // eslint-disable-next-line no-sparse-arrays
  (r) => ({ ...r, files: [, { name: 'a.pdf', ext: 'pdf' }] }),
  (r) => ({ ...r, certStatus: 'approved' }),
  (r) => ({ ...r, selected: 'yes' }),
  (r) => ({ ...r, source: 'teacher' }),
  (r) => ({ ...r, summary: undefined, link: undefined }),
  (r) => ({ ...r, summary: null }),
  (r) => ({ ...r, seat: 0 }),
  (r) => ({ ...r, seat: -0 }),
  (r) => ({ ...r, seat: 3.5 }),
  (r) => ({ ...r, outcomesUploaded: -1 }),
  (r) => ({ ...r, outcomesCertified: -0 }),
  (r) => ({ ...r, outcomesSelected: Number.NaN }),
  (r) => ({ ...r, performancesSelected: Infinity }),
  (r) => ({ ...r, receiptConfirmed: 1 }),
  (r) => ({ ...r, idNumber: 12 }),
  (r) => ({ ...r, studentRef: undefined }),
  (r) => Object.assign(Object.create({ inherited: 1 }), r),
  (r) => Object.assign(Object.create(null), r),
];

/** Every key of the record set to each of these, and removed. */
const BAD_VALUES: unknown[] = [undefined, null, 42, -1, 0, -0, 1.5, 9, 10, 12, 13, 2 ** 53, Number.NaN, Infinity, '', 'x', true, [], {}, [{}], ['x', 2]];

/** Nested values at and past their bounds. */
const NESTED_BREAKS: Array<(r: Record<string, unknown>) => Record<string, unknown>> = [
  (r) => ({ ...r, term: { year: 90, semester: 2 } }),
  (r) => ({ ...r, term: { year: 200, semester: 1 } }),
  (r) => ({ ...r, term: { year: 201, semester: 1 } }),
  (r) => ({ ...r, term: { year: '114', semester: 1 } }),
  (r) => ({ ...r, term: { semester: 1 } }),
  (r) => ({ ...r, errors: [{ row: 0, message: 'x' }] }),
  (r) => ({ ...r, errors: [{ row: 2, field: 3, message: 'x' }, { message: '' }, { row: 1.5 }] }),
  (r) => ({ ...r, errors: [{ message: 'x', extra: 1 }] }),
  (r) => ({ ...r, classes: ['201', 202] }),
  (r) => ({ ...r, files: [{ name: 'a.pdf', ext: 'pdf', bytes: 0 }, { name: 'b', ext: 1 }, 'c'] }),
];

function brokenCopies(record: Record<string, unknown>, keys: readonly string[]): unknown[] {
  const out: unknown[] = [null, [], 'artifact', ...[...BREAKS, ...NESTED_BREAKS].map((brk) => brk(structuredClone(record)))];
  for (const key of keys) {
    for (const bad of BAD_VALUES) out.push({ ...structuredClone(record), [key]: bad });
    const { [key]: _gone, ...rest } = structuredClone(record);
    out.push(rest);
  }
  return out;
}

/** Zod's issue paths, each once in zod's order, as the row's reason names them. */
function zodPaths(issues: readonly { path: PropertyKey[] }[]): string[] {
  return [...new Set(issues.map((issue) => issue.path.map(String).join('.')))];
}

type Schema = { safeParse(v: unknown): { success: boolean; data?: unknown; error?: { issues: { path: PropertyKey[] }[] } }; shape: object };

function expectSame(schema: Schema, check: (v: unknown) => Checked<unknown>, candidate: unknown): boolean {
  const parsed = schema.safeParse(candidate);
  const mine = check(candidate);
  expect(mine.success, JSON.stringify(candidate)).toBe(parsed.success);
  if (parsed.success && mine.success) {
    expect(mine.data).toStrictEqual(parsed.data);
    expect(keyPaths(mine.data)).toEqual(keyPaths(parsed.data));
  } else if (!mine.success) {
    expect(mine.paths, JSON.stringify(candidate)).toEqual(zodPaths(parsed.error!.issues));
  }
  return parsed.success;
}

// Reads every style-A sample page and checks thousands of records: a generous, explicit limit for a loaded machine.
describe('hand-written record checks equal to zod', { timeout: 120_000 }, () => {
  const all = records();
  const byType = (type: PageRecord['type']) => all.filter((r) => r.type === type);

  const cases = [
    ['artifact', Artifact, checkArtifact, 2000],
    ['class-progress', ClassProgress, checkClassProgress, 2000],
    ['course-offering', CourseOffering, checkCourseOffering, 3],
    ['course-code-run', CourseCodeRun, checkCourseCodeRun, 1],
    ['course-code-check', CourseCodeCheckRow, checkCourseCodeCheckRow, 3],
    ['precheck', PrecheckResult, checkPrecheckResult, 2],
    ['receipt', ReceiptConfirmation, checkReceiptConfirmation, 3],
  ] as const;

  it.each(cases)('%s: accepts every sample record, giving exactly what zod gives', (type, schema, check, least) => {
    const sample = byType(type);
    expect(sample.length).toBeGreaterThanOrEqual(least);
    const next = random(sample.length);
    for (const record of sample) {
      for (const candidate of [structuredClone(record), shuffled(record, next)]) expect(expectSame(schema as Schema, check, candidate)).toBe(true);
    }
  });

  it.each(cases)('%s: answers as zod on broken copies, naming the paths zod names', (type, schema, check) => {
    const sample = byType(type);
    const keys = Object.keys((schema as Schema).shape);
    let rejected = 0;
    for (const record of sample.filter((_, i) => i % 97 === 0 || i === sample.length - 1)) {
      for (const candidate of brokenCopies(record as Record<string, unknown>, keys)) if (!expectSame(schema as Schema, check, candidate)) rejected += 1;
    }
    expect(rejected).toBeGreaterThan(20);
  });
});
