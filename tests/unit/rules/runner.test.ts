// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { readPage } from '@/lib/adapters/read-page';
import { parseCoursePlan } from '@/lib/csv/course-plan';
import type { Finding } from '@/lib/model/finding';
import type { PageRecord } from '@/lib/model/records';
import { CAOTUN_POLICY } from '@/lib/policy/caotun';
import { SAMPLE_SCHOOL_POLICY } from '../../portal/sample-school-policy';
import { createRuleRunner, PAGE_RULES, runRules } from '@/lib/rules';
import { RULES } from '@/lib/rules/catalog';
import type { PageRule, RuleContext, RuleInput } from '@/lib/rules/types';
// @ts-expect-error plain ES modules of the sample portal
import { renderA } from '../../portal/ssr/a.mjs';
// @ts-expect-error plain ES modules of the sample portal
import { EXPECTED } from '../../portal/pages/data/expected.js';
import { parseHtml } from '../helpers/portal-page';

/**
 * The memoizing rule runner (createRuleRunner) must say exactly what runRules says: same findings,
 * same order, on every sample page, through records changing, moving, appearing and disappearing,
 * and a policy, plan, day or page kind changing. Record-local rules must really be record-local.
 */

const planRead = parseCoursePlan(readFileSync(join(import.meta.dirname, '../../portal/pages/data/course-plan.csv')));
if (!planRead.ok) throw new Error('sample course plan does not parse');
const plan = planRead.plan;
// The sample school's own policy and calendar (sample-school-policy.json): its pages, its deadlines.
const policy = SAMPLE_SCHOOL_POLICY;
const context: RuleContext = { now: new Date('2026-01-26T12:00:00'), plan };

function pageInput(path: string): RuleInput {
  const url = new URL(path, 'http://127.0.0.1');
  const rendered = renderA(url.pathname, url.searchParams) as { body: string | Uint8Array } | null;
  const charset = (EXPECTED as Record<string, { charset?: string }>)[path]?.charset;
  const html = rendered ? (typeof rendered.body === 'string' ? rendered.body : new TextDecoder(charset ?? 'utf-8').decode(rendered.body)) : readFileSync(join(import.meta.dirname, '../../portal/pages', url.pathname), 'utf8');
  const read = readPage(parseHtml(html));
  if (read.status !== 'checked') throw new Error(`${path} is not read`);
  return { pageKind: read.pageKind, records: read.rows.map((row) => row.record) };
}

const paths = Object.entries(EXPECTED as Record<string, { style: string }>)
  .filter(([, e]) => e.style === 'a')
  .map(([path]) => path);
const pages = paths.map((path) => [path, pageInput(path)] as const);

/** A copy of a record with something a rule looks at changed (a new object, as a re-read row gives). */
function changed(record: PageRecord, n: number): PageRecord {
  switch (record.type) {
    case 'artifact':
      return n % 3 === 0
        ? { ...record, summary: `${record.summary ?? ''}${'長'.repeat(120)}` }
        : n % 3 === 1
          ? { ...record, certStatus: record.certStatus === 'pending' ? 'rejected' : 'pending', certReason: '品質不佳', selected: true }
          : { ...record, files: [...record.files, { name: 'x.docx', ext: 'docx', bytes: 9_000_000 }], courseCode: '1120933011010010101' };
    case 'class-progress':
    case 'receipt':
      return n % 2 === 0 ? { ...record, idNumber: 'A123456788' } : { ...record, studentRef: 'DUP-1' };
    case 'course-offering':
      return { ...record, code: `${record.code}X`, credits: (record.credits ?? 0) + 1 };
    case 'course-code-check':
      return { ...record, matched: !record.matched, reason: '代碼不存在' };
    case 'precheck':
      return { ...record, passed: !record.passed, errors: [{ message: '欄位錯誤' }] };
    case 'course-code-run':
      return { ...record, ranAt: '2025-08-01' };
    default:
      return { ...record };
  }
}

/** A small deterministic random sequence, so failures reproduce. */
function random(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
}

// Runs every rule over the 2,000-row sample pages many times: a generous, explicit limit for a loaded machine.
describe('createRuleRunner', { timeout: 60_000 }, () => {
  it.each(pages)('finds exactly what runRules finds on %s, first and again', (_path, input) => {
    const run = createRuleRunner();
    const plain = runRules(input, policy, context);
    expect(run(input, policy, context)).toEqual(plain);
    // Again with the same record objects: every record-local finding comes from memory.
    expect(run(input, policy, context)).toEqual(plain);
    expect(run({ ...input, records: [...input.records] }, policy, context)).toEqual(plain);
  });

  it.each(pages.flatMap(([path, input]) => [[path, input, context] as const, [path, input, { now: new Date('2026-11-25T12:00:00'), plan }] as const]))(
    'stays equal to runRules while records change, move, appear and vanish on %s',
    (_path, input, context) => {
    const run = createRuleRunner();
    const next = random(input.records.length + 7);
    let records = [...input.records];
    for (let step = 0; step < 12; step += 1) {
      if (records.length > 0) {
        // Change a few records (new objects), drop one, insert one copy elsewhere, sometimes duplicate one.
        for (let k = 0; k < 3; k += 1) {
          const i = Math.floor(next() * records.length);
          records[i] = changed(records[i]!, step + k);
        }
        if (step % 3 === 1) records.splice(Math.floor(next() * records.length), 1);
        if (step % 3 === 2) records.splice(Math.floor(next() * (records.length + 1)), 0, changed(input.records[Math.floor(next() * input.records.length)]!, step));
        if (step % 4 === 3) records.push(records[Math.floor(next() * records.length)]!);
        if (step === 6) records.reverse();
      }
      const now = { ...input, records: [...records] };
      const plain = runRules(now, policy, context);
      expect(run(now, policy, context), `step ${step}`).toEqual(plain);
      // Rules that remember per record object (past-deadline) say the same about fresh copies.
      expect(runRules({ ...now, records: structuredClone(records) }, policy, context), `step ${step}, copies`).toEqual(plain);
    }
  },
  );

  it('sees late certifications on the 2,000-row certify page, so their memory is exercised', () => {
    const input = pages.find(([path]) => path === '/a/teacher/Certify.aspx?rows=2000')![1];
    const context = { now: new Date('2026-11-25T12:00:00'), plan };
    const late = runRules(input, policy, context).filter((f) => f.ruleId === 'cert.pending.past-deadline');
    expect(late.length).toBeGreaterThan(50);
    // Certifying one of a group's uploads changes the count every other late upload of that group states.
    const first = late[0]!;
    const records = [...input.records];
    records[first.recordIndex!] = { ...(records[first.recordIndex!] as PageRecord & { type: 'artifact' }), certStatus: 'certified' };
    const after = runRules({ ...input, records }, policy, context);
    expect(after).toEqual(runRules({ ...input, records: structuredClone(records) }, policy, context));
    expect(after.filter((f) => f.ruleId === 'cert.pending.past-deadline')).toHaveLength(late.length - 1);
  });

  it('forgets what it found when the policy, plan, day or page kind changes', () => {
    const input = pages.find(([path]) => path.startsWith('/a/teacher/Certify.aspx'))![1];
    const run = createRuleRunner();
    const settings: Array<[RuleInput, typeof policy, RuleContext]> = [
      [input, policy, context],
      [input, { ...CAOTUN_POLICY, schoolCode: '093301' }, context],
      [input, policy, { now: context.now }],
      [input, policy, { now: new Date('2026-09-30T12:00:00'), plan }],
      [{ ...input, pageKind: 'outcome-list' }, policy, context],
      [input, policy, context],
    ];
    for (const [i, p, c] of settings) expect(run(i, p, c)).toEqual(runRules(i, p, c));
  });

  it('runs record-local rules over changed records only, and re-evaluates them', () => {
    const input = pages.find(([path]) => path === '/a/teacher/Certify.aspx?rows=2000')![1];
    const run = createRuleRunner();
    run(input, policy, context);
    const local = PAGE_RULES.filter((rule) => rule.recordLocal);
    const spies = local.map((rule) => vi.spyOn(rule, 'check'));
    const target = input.records.findIndex((record) => record.type === 'artifact' && record.summary !== undefined && [...record.summary].length < 50);
    const records = [...input.records];
    records[target] = { ...(records[target] as PageRecord & { type: 'artifact' }), summary: '長'.repeat(150) };
    const findings = run({ ...input, records }, policy, context);
    for (const spy of spies) {
      expect(spy).toHaveBeenCalledTimes(1);
      expect(spy.mock.calls[0]![0].records).toEqual([records[target]]);
    }
    for (const spy of spies) spy.mockClear();
    expect(findings).toEqual(runRules({ ...input, records }, policy, context));
    for (const spy of spies) spy.mockClear();
    const mark = findings.find((f: Finding) => f.ruleId === 'format.summary.too-long' && f.recordIndex === target);
    expect(mark?.message.zh).toContain('簡述有 150 字');
    // Nothing changed: no record-local rule runs at all.
    expect(run({ ...input, records }, policy, context)).toEqual(findings);
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
  });

  it.each(pages)('record-local rules find about each record alone what they find about it on the whole page (%s)', (_path, input) => {
    for (const rule of RULES) {
      if (rule.scope !== 'page' || !rule.recordLocal) continue;
      const records = input.records.map((record, i) => (i % 5 === 0 ? changed(record, i) : record));
      const whole = rule.check({ ...input, records }, policy, context);
      const alone = records.flatMap((record, i) =>
        rule.check({ ...input, records: [record] }, policy, context).map((f) => ({ ...f, recordIndex: f.recordIndex === null ? null : f.recordIndex + i })),
      );
      expect(alone, rule.id).toEqual(whole);
    }
  });

  it('runs every time, over every record, exactly the rules that count over the whole page', () => {
    const whole = RULES.filter((rule) => rule.scope === 'page' && !rule.recordLocal).map((rule) => rule.id);
    expect(whole.sort()).toEqual([
      'cert.pending.past-deadline',
      'format.roster.cover-mismatch',
      'identity.roster.student-missing',
      'identity.student.duplicate',
      'quota.outcome.selected-over-cap',
      'quota.outcome.uploaded-over-cap',
      'quota.performance.selected-over-cap',
      'quota.performance.uploaded-over-cap',
    ]);
  });

  it('gives, for part of a page, exactly the record-local rules\' findings runRules gives for it', () => {
    const localIds = new Set(RULES.filter((rule): rule is PageRule => rule.scope === 'page' && rule.recordLocal).map((rule) => rule.id));
    for (const [path, input] of pages) {
      const runner = createRuleRunner();
      // The rows read so far (the first third), then the whole page, as a check in slices sees them.
      const part = { pageKind: input.pageKind, records: input.records.slice(0, Math.ceil(input.records.length / 3)) };
      const expectedPart = runRules(part, policy, context).filter((f) => localIds.has(f.ruleId));
      expect(runner.local(part, policy, context), path).toEqual(expectedPart);
      expect(runner(input, policy, context), path).toEqual(runRules(input, policy, context));
      expect(runner.local(input, policy, context), path).toEqual(runRules(input, policy, context).filter((f) => localIds.has(f.ruleId)));
    }
  });
});
