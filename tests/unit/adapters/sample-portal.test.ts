// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPage } from '@/lib/adapters/read-page';
import { parseCoursePlan } from '@/lib/csv/course-plan';
import type { PageRecord } from '@/lib/model/records';
import { SAMPLE_SCHOOL_POLICY } from '../../portal/sample-school-policy';
import { runRules } from '@/lib/rules';
// @ts-expect-error plain ES modules of the sample portal
import { renderA } from '../../portal/ssr/a.mjs';
// @ts-expect-error plain ES modules of the sample portal
import { EXPECTED } from '../../portal/pages/data/expected.js';
import { parseHtml } from '../helpers/portal-page';
import { expectedRowRules, JOINED_TABLE_KEYS, NEVER_ON_SAMPLE_PAGES, PROBLEM_RULES, rowKey } from '../../e2e/expected-marks';
import { RULES } from '@/lib/rules/catalog';

interface Expected {
  kind: string;
  style: string;
  charset?: string;
  tables: { rowKey: string; pages: string[][] }[];
  facts: { withinFourWeeks?: boolean };
  rows: { key: string; page: number; problems: string[]; pageProblems: string[] }[];
}

const plan = parseCoursePlan(readFileSync(join(import.meta.dirname, '../../portal/pages/data/course-plan.csv')));
if (!plan.ok) throw new Error('sample course plan does not parse');
// The sample school's own policy, calendar included (sample-school-policy.json), as its user imports it.
const policy = SAMPLE_SCHOOL_POLICY;
const context = { now: new Date('2026-01-26T12:00:00'), plan: plan.plan };

/** Style-A pages are rendered by the portal's server code; read them as the browser would. */
function renderPage(path: string, expected: Expected): Document {
  const url = new URL(path, 'http://127.0.0.1');
  const rendered = renderA(url.pathname, url.searchParams) as { body: string | Uint8Array } | null;
  const html = rendered ? (typeof rendered.body === 'string' ? rendered.body : new TextDecoder(expected.charset ?? 'utf-8').decode(rendered.body)) : readFileSync(join(import.meta.dirname, '../../portal/pages', url.pathname), 'utf8');
  return parseHtml(html);
}

/**
 * Data rows on the first page of each style-A page, counted by hand on the rendered pages (the 預檢
 * error list, joined into its batches, not counted): asserted before any loop over rows, so a page
 * read as empty cannot pass by comparing nothing. `?term=1142` shows its header and one 查無資料
 * row, which is no data row.
 */
const ROWS_ON_FIRST_PAGE: Record<string, number> = {
  '/a/student/outcomes.html': 8,
  '/a/student/outcomes.html?term=1142': 0,
  '/a/student/outcomes.html?variant=hostile': 6,
  '/a/student/Performance.aspx': 10,
  '/a/student/Performance.aspx?variant=hostile': 6,
  '/a/student/Selection.aspx': 23,
  '/a/teacher/Certify.aspx': 15,
  '/a/teacher/Certify.aspx?variant=hostile': 6,
  '/a/mentor/ClassProgress.aspx': 33,
  '/a/staff/CourseList.aspx': 20,
  '/a/staff/CourseCodeCheck.aspx': 28,
  '/a/central/PreCheck.aspx': 5,
  '/a/staff/Receipt.aspx': 33,
  '/a/staff/Receipt.aspx?ddlClass=301': 32,
  '/a/staff/Receipt.aspx?ddlClass=303': 32,
};

/** The records read from a page's data rows: not the 課程代碼比對 run record, which the page's 比對時間 line gives. */
const dataRows = (rows: readonly { record: PageRecord }[]) => rows.filter((row) => row.record.type !== 'course-code-run');

const pages = Object.entries(EXPECTED as Record<string, Expected>).filter(([path, e]) => e.style === 'a' && !path.includes('rows=2000'));

describe.each(pages)('sample portal page %s', (path, expected) => {
  const read = readPage(renderPage(path, expected));

  it(`is read as ${expected.kind}, every row of its first page`, () => {
    expect(read.status).toBe('checked');
    if (read.status !== 'checked') return;
    expect(read.pageKind).toBe(expected.kind);
    expect(ROWS_ON_FIRST_PAGE[path], `${path} needs a hand count in ROWS_ON_FIRST_PAGE`).toBeDefined();
    expect(dataRows(read.rows)).toHaveLength(ROWS_ON_FIRST_PAGE[path]!);
    const keys = read.rows.map((row) => rowKey(row.record)).filter((key): key is string => key !== undefined);
    const tables = expected.tables.filter((table) => !JOINED_TABLE_KEYS.includes(table.rowKey));
    expect(keys.sort()).toEqual(tables.flatMap((table) => table.pages[0] ?? []).sort());
    expect(read.skipped).toEqual([]);
  });

  it('gets exactly the marks its data call for: every rule id, row by row and on the page', () => {
    if (read.status !== 'checked') throw new Error('unrecognized');
    const firstPage = expected.rows.filter((r) => r.page === 1 && !JOINED_TABLE_KEYS.includes(expected.tables.find((t) => t.pages.flat().includes(r.key))?.rowKey ?? ''));
    expect(dataRows(read.rows)).toHaveLength(ROWS_ON_FIRST_PAGE[path]!);
    expect(firstPage).toHaveLength(ROWS_ON_FIRST_PAGE[path]!);
    const findings = runRules({ pageKind: read.pageKind, records: read.rows.map((row) => row.record) }, policy, context);
    const actual = new Map<string, Set<string>>();
    const pageLevel: string[] = [];
    for (const finding of findings) {
      if (finding.recordIndex === null) {
        pageLevel.push(finding.ruleId);
        continue;
      }
      const key = rowKey(read.rows[finding.recordIndex]!.record as PageRecord) ?? '(no key)';
      if (!actual.has(key)) actual.set(key, new Set());
      actual.get(key)!.add(finding.ruleId);
    }
    // a 課程代碼比對 run after its 4-week deadline is the only page-level mark the sample portal calls for
    const late = expected.kind === 'course-code-check' && expected.facts.withinFourWeeks === false;
    expect(pageLevel).toEqual(late ? ['course.code-check.overdue'] : []);
    const want = new Map<string, string[]>();
    for (const row of expected.rows.filter((r) => r.page === 1)) {
      const rules = expectedRowRules(row, expected.kind);
      want.set(row.key, [...new Set([...(want.get(row.key) ?? []), ...rules])].sort());
    }
    for (const [key, rules] of want) expect([...(actual.get(key) ?? [])].sort(), key).toEqual(rules);
    for (const key of actual.keys()) expect(want.has(key), `marks on a row expected.js does not list: ${key}`).toBe(true);
  });
});

describe('the page comparison covers every rule', () => {
  it('names each rule id either as a mark expected.js calls for or as one no sample page carries, with the reason', () => {
    const marked = new Set(Object.values(PROBLEM_RULES).flatMap((byKind) => Object.values(byKind)));
    marked.add('course.code-check.overdue');
    const unclassified = RULES.map((rule) => rule.id).filter((id) => !marked.has(id) && !(id in NEVER_ON_SAMPLE_PAGES));
    expect(unclassified).toEqual([]);
    expect(Object.keys(NEVER_ON_SAMPLE_PAGES).filter((id) => marked.has(id))).toEqual([]);
  });
});
