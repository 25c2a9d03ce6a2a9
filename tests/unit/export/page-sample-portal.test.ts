// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readPage, type PageRead } from '@/lib/adapters/read-page';
import { parseCoursePlan } from '@/lib/csv/course-plan';
import { pageSample } from '@/lib/export/page-sample';
import { pageSnapshot } from '@/lib/export/page-snapshot';
import { NATIONAL_POLICY } from '@/lib/policy/presets';
import { runRules } from '@/lib/rules';
// @ts-expect-error plain ES modules of the sample portal
import { renderA } from '../../portal/ssr/a.mjs';
// @ts-expect-error plain ES modules of the sample portal
import { EXPECTED } from '../../portal/pages/data/expected.js';
// @ts-expect-error plain ES modules of the sample portal
import * as D from '../../portal/pages/data/school.js';
import { renderStyleB } from '../helpers/portal-b-page';
import { renderStyleCD } from '../helpers/portal-cd-page';
import { parseHtml } from '../helpers/portal-page';

/**
 * Every sample-portal page, every style, exported as an anonymous sample: none of the students the
 * page shows (by the portal's own data, not by what the exporter found) is left in the file, and the
 * file reads into the same findings as the page.
 */

interface Expected {
  style: string;
  kind: string;
  charset?: string;
}

const plan = parseCoursePlan(readFileSync(join(import.meta.dirname, '../../portal/pages/data/course-plan.csv')));
if (!plan.ok) throw new Error('sample course plan does not parse');
const policy = { ...NATIONAL_POLICY, schoolCode: '093301' };
const context = { now: new Date('2026-01-26T12:00:00'), plan: plan.plan };

type Student = { name: string; sid: string; id?: string };
/** Every student of the portal's data; on the hostile certification page each upload is a student of its own (its `id` is the upload's). */
const STUDENTS: Student[] = [
  ...(D.STUDENTS as Student[]),
  D.HOSTILE_STUDENT as Student,
  ...(D.hostileCertificationUploads() as Student[]).map(({ name, sid }) => ({ name, sid })),
];
/** A 學號 or ID number as a word of its own (inside a course code it is not that student's). */
const word = (value: string) => new RegExp(`(?<![0-9A-Za-z])${value}(?![0-9A-Za-z])`, 'i');
const HAN_NAME = /^[\u4e00-\u9fff]{2,4}$/;

/** The students' names (the portal's Chinese names: hostile ones double as titles), 學號 and ID numbers the HTML shows. */
function identitiesIn(html: string): string[] {
  const found = new Set<string>();
  for (const student of STUDENTS) {
    if (HAN_NAME.test(student.name) && html.includes(student.name)) found.add(student.name);
    if (word(student.sid).test(html)) found.add(student.sid);
    if (student.id && word(student.id).test(html)) found.add(student.id);
  }
  return [...found];
}

async function pageHtml(path: string, expected: Expected): Promise<string> {
  if (expected.style === 'b') return renderStyleB(path);
  if (expected.style === 'c' || expected.style === 'd') return renderStyleCD(path);
  const url = new URL(path, 'http://127.0.0.1');
  const rendered = renderA(url.pathname, url.searchParams) as { body: string | Uint8Array } | null;
  if (rendered) return typeof rendered.body === 'string' ? rendered.body : new TextDecoder(expected.charset ?? 'utf-8').decode(rendered.body);
  return readFileSync(join(import.meta.dirname, '../../portal/pages', url.pathname), 'utf8');
}

function findings(read: PageRead) {
  if (read.status === 'unrecognized') return [];
  return runRules({ pageKind: read.pageKind, records: read.rows.map((row) => row.record) }, policy, context).map(({ ruleId, severity, recordIndex }) => ({ ruleId, severity, recordIndex }));
}

// The 2,000-row variants are the same pages made longer; happy-dom takes seconds a step on them. The export e2e
// covers a 2,000-row page in Chromium.
const pages = Object.entries(EXPECTED as Record<string, Expected>).filter(([path]) => !path.includes('rows=2000'));
const html = new Map<string, string>();

beforeAll(async () => {
  // Style-B pages draw their table after a delay: render them side by side.
  await Promise.all(pages.map(async ([path, expected]) => html.set(path, await pageHtml(path, expected))));
}, 120_000);

describe.each(pages)('the anonymous sample of %s', (path) => {
  let original: Document;
  let read: PageRead;
  let sample: string;
  beforeAll(() => {
    original = parseHtml(html.get(path)!);
    read = readPage(original);
    sample = pageSample(pageSnapshot(original, read));
  });

  it('shows none of the page’s students', () => {
    const identities = identitiesIn(original.documentElement.outerHTML);
    const left = identities.filter((value) => (HAN_NAME.test(value) ? sample.includes(value) : word(value).test(sample)));
    expect(left).toEqual([]);
  });

  it('reads into the same findings, on the same rows', () => {
    const again = readPage(parseHtml(sample));
    expect(again.status).toBe(read.status);
    if (read.status === 'unrecognized' || again.status === 'unrecognized') return;
    expect(again.pageKind).toBe(read.pageKind);
    expect(again.rows).toHaveLength(read.rows.length);
    expect(again.skipped.map((skip) => skip.rowNumber)).toEqual(read.skipped.map((skip) => skip.rowNumber));
    expect(findings(again)).toEqual(findings(read));
  });
});

describe('the sample portal as a whole', () => {
  it('shows students on its staff pages, so the check above is not empty', () => {
    const shown = (path: string) => identitiesIn(parseHtml(html.get(path)!).documentElement.outerHTML);
    expect(shown('/a/mentor/ClassProgress.aspx').length).toBeGreaterThan(60);
    expect(shown('/b/staff/receipt.html').length).toBeGreaterThan(60);
    expect(shown('/a/student/outcomes.html')).toContain('陳柏翰');
    expect(shown('/b/teacher/certify.html?variant=hostile')).toContain('112091');
  });
});
