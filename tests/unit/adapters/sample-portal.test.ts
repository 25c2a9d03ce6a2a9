// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPage } from '@/lib/adapters/read-page';
import { parseCoursePlan } from '@/lib/csv/course-plan';
import type { PageRecord } from '@/lib/model/records';
import { NATIONAL_POLICY } from '@/lib/policy/presets';
import { runRules } from '@/lib/rules';
// @ts-expect-error plain ES modules of the sample portal
import { renderA } from '../../portal/ssr/a.mjs';
// @ts-expect-error plain ES modules of the sample portal
import { EXPECTED } from '../../portal/pages/data/expected.js';
import { parseHtml } from '../helpers/portal-page';
import { JOINED_TABLE_KEYS, PROBLEM_RULES, rowKey } from '../../e2e/expected-marks';

interface Expected {
  kind: string;
  style: string;
  charset?: string;
  tables: { rowKey: string; pages: string[][] }[];
  rows: { key: string; page: number; problems: string[] }[];
}

const plan = parseCoursePlan(readFileSync(join(import.meta.dirname, '../../portal/pages/data/course-plan.csv')));
if (!plan.ok) throw new Error('sample course plan does not parse');
const policy = { ...NATIONAL_POLICY, schoolCode: '093301' };
const context = { now: new Date('2026-01-26T12:00:00'), plan: plan.plan };

/** Style-A pages are rendered by the portal's server code; read them as the browser would. */
function renderPage(path: string, expected: Expected): Document {
  const url = new URL(path, 'http://127.0.0.1');
  const rendered = renderA(url.pathname, url.searchParams) as { body: string | Uint8Array } | null;
  const html = rendered ? (typeof rendered.body === 'string' ? rendered.body : new TextDecoder(expected.charset ?? 'utf-8').decode(rendered.body)) : readFileSync(join(import.meta.dirname, '../../portal/pages', url.pathname), 'utf8');
  return parseHtml(html);
}

const pages = Object.entries(EXPECTED as Record<string, Expected>).filter(([path, e]) => e.style === 'a' && !path.includes('rows=2000'));

describe.each(pages)('sample portal page %s', (path, expected) => {
  const read = readPage(renderPage(path, expected));

  it(`is read as ${expected.kind}, every row of its first page`, () => {
    expect(read.status).toBe('checked');
    if (read.status !== 'checked') return;
    expect(read.pageKind).toBe(expected.kind);
    const keys = read.rows.map((row) => rowKey(row.record)).filter((key): key is string => key !== undefined);
    const tables = expected.tables.filter((table) => !JOINED_TABLE_KEYS.includes(table.rowKey));
    expect(keys.sort()).toEqual(tables.flatMap((table) => table.pages[0] ?? []).sort());
    expect(read.skipped).toEqual([]);
  });

  it('gets exactly the marks its data call for', () => {
    if (read.status !== 'checked') throw new Error('unrecognized');
    const findings = runRules({ pageKind: read.pageKind, records: read.rows.map((row) => row.record) }, policy, context);
    const actual = new Map<string, Set<string>>();
    for (const finding of findings) {
      if (finding.recordIndex === null) continue;
      const key = rowKey(read.rows[finding.recordIndex]!.record as PageRecord);
      if (key === undefined) continue;
      if (!actual.has(key)) actual.set(key, new Set());
      actual.get(key)!.add(finding.ruleId);
    }
    const mapped = new Set(Object.values(PROBLEM_RULES).flatMap((byKind) => Object.values(byKind)));
    for (const row of expected.rows.filter((r) => r.page === 1)) {
      const want = new Set(row.problems.map((problem) => PROBLEM_RULES[problem]?.[expected.kind] ?? PROBLEM_RULES[problem]?.any).filter(Boolean));
      const got = new Set([...(actual.get(row.key) ?? [])].filter((id) => mapped.has(id)));
      expect([...got].sort(), row.key).toEqual([...want].sort());
    }
  });
});
