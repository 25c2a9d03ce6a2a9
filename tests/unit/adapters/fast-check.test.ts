// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readPage } from '@/lib/adapters/read-page';
import { fastArtifact, fastClassProgress } from '@/lib/adapters/mappers/fast-check';
import { Artifact, ClassProgress, type PageRecord } from '@/lib/model/records';
// @ts-expect-error plain ES modules of the sample portal
import { renderA } from '../../portal/ssr/a.mjs';
// @ts-expect-error plain ES modules of the sample portal
import { EXPECTED } from '../../portal/pages/data/expected.js';
import { parseHtml, portalPage } from '../helpers/portal-page';

/**
 * The fast paths before zod must never accept what zod rejects, and must give exactly zod's output
 * (values, undefined-valued keys, key order) for what they accept — on every sample page's records,
 * on copies with their keys shuffled, and on broken copies of them.
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

// Reads every sample page and checks thousands of records twice: a generous, explicit limit for a loaded machine.
describe('fast record checks before zod', { timeout: 60_000 }, () => {
  const all = records();
  const artifacts = all.filter((r) => r.type === 'artifact');
  const progress = all.filter((r) => r.type === 'class-progress');

  it('has sample records of both types to check', () => {
    expect(artifacts.length).toBeGreaterThan(2000);
    expect(progress.length).toBeGreaterThan(2000);
  });

  const cases = [
    ['artifact', Artifact, fastArtifact, artifacts],
    ['class-progress', ClassProgress, fastClassProgress, progress],
  ] as const;

  it.each(cases)('%s: accepts every sample record, giving exactly what zod gives', (_name, schema, fast, sample) => {
    const next = random(sample.length);
    for (const record of sample) {
      for (const candidate of [structuredClone(record), shuffled(record, next)]) {
        const parsed = schema.safeParse(candidate);
        const quick = fast(candidate);
        expect(parsed.success).toBe(true);
        expect(quick).toStrictEqual(parsed.data);
        expect(keyPaths(quick)).toEqual(keyPaths(parsed.data));
      }
    }
  });

  it.each(cases)('%s: never accepts a broken copy zod rejects, and matches zod on those it accepts', (_name, schema, fast, sample) => {
    let rejected = 0;
    for (const record of sample.filter((_, i) => i % 25 === 0)) {
      for (const brk of BREAKS) {
        const candidate = brk(structuredClone(record) as Record<string, unknown>);
        const parsed = schema.safeParse(candidate);
        const quick = fast(candidate);
        if (!parsed.success) {
          rejected += 1;
          expect(quick, `${JSON.stringify(candidate)}`).toBeUndefined();
        } else if (quick !== undefined) {
          expect(quick).toStrictEqual(parsed.data);
          expect(keyPaths(quick)).toEqual(keyPaths(parsed.data));
        }
      }
    }
    expect(rejected).toBeGreaterThan(100);
  });
});
