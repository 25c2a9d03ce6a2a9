import type { Finding, Severity } from '@/lib/model/finding';
import type { Localized } from '@/lib/model/localized';
import type { PageKind } from '@/lib/page-kinds';
import type { CoursePlan, PageRecord } from '@/lib/model/records';
import type { SchoolPolicy } from '@/lib/policy/schema';
import { cite } from '@/lib/rules/cite';
import { ruleById } from '@/lib/rules/catalog';
import type { PageRule, RuleContext } from '@/lib/rules/types';
import { ROSTER_KIND_LABEL, type RosterKind } from './kinds';
import { READ_NOTES, READ_SOURCE, type ReadNote } from './notes';
import type { ParsedFile } from './parse-workbook';
import { FIELD_COLUMN, fileViews, rosterFileRecord, type RowRef, type View, type ViewName } from './record-views';
import { maskId } from './values';

/**
 * The roster pre-check: the same pure rules the pages use, run over each file's record views, then
 * the cross-file rules over the whole batch. Findings become problems that name the cell: file,
 * sheet, the row Excel shows, the column's header and its value (ID numbers masked).
 *
 * `course.code.malformed` is left out: it reads the sample portal's unverified 21-character layout,
 * while rosters carry the platform's 23-character codes, which `course.code.structure-invalid`
 * decodes. The 預檢 messages of the central database itself were not found (shared/domain.md).
 */

export interface RosterProblem {
  file: string;
  sheet: string;
  /** the row Excel shows; null for the whole file or sheet */
  row: number | null;
  /** the column's header text; '' when the problem is not one column's */
  column: string;
  /** the cell's text, ID numbers masked (A12****789) */
  value: string;
  ruleId: string;
  severity: Severity;
  title: Localized;
  message: Localized;
  /** where the rule comes from (its seed and clause), or that reading found it */
  source: Localized;
}

export interface RosterSheetSummary {
  name: string;
  label: Localized;
  rows: number;
  verified: boolean;
}

export interface RosterFileSummary {
  file: string;
  kind: RosterKind | 'unknown';
  label: Localized;
  sheets: RosterSheetSummary[];
  rows: number;
  errors: number;
  warnings: number;
  /** ok: 可上傳 (no errors); fix: 請先更正 */
  verdict: 'ok' | 'fix';
  schoolCode?: string;
  term?: { year: number; semester: 1 | 2 };
}

export interface RosterCheck {
  files: RosterFileSummary[];
  problems: RosterProblem[];
}

interface RuleRun {
  view: ViewName;
  rules: readonly string[];
  /** the rules see rows of a course list for the plan checks, a pre-check otherwise */
  pageKind: PageKind;
  /** only files of these kinds */
  only?: readonly RosterKind[];
}

/** Which rules run over which view, as data. */
export const FILE_RULES: readonly RuleRun[] = [
  { view: 'students', rules: ['identity.id-number.invalid', 'identity.birth-date.invalid'], pageKind: 'precheck' },
  { view: 'students', rules: ['identity.student.duplicate'], pageKind: 'precheck', only: ['students'] },
  { view: 'grades', rules: ['course.code.structure-invalid', 'course.grade.not-submittable'], pageKind: 'precheck' },
  { view: 'courses', rules: ['course.code.not-in-plan', 'course.plan.mismatch'], pageKind: 'course-list' },
  {
    view: 'artifacts',
    rules: ['format.summary.too-long', 'course.code.structure-invalid', 'quota.outcome.selected-over-cap', 'quota.performance.selected-over-cap', 'schedule.roster.date-outside-term'],
    pageKind: 'precheck',
  },
  { view: 'rows', rules: ['format.roster.required-empty'], pageKind: 'precheck' },
];

/** The rules over the whole batch. */
export const BATCH_RULES: readonly string[] = ['format.roster.cover-mismatch', 'identity.roster.student-missing'];

function pageRule(id: string): PageRule {
  const rule = ruleById(id);
  if (!rule || rule.scope !== 'page') throw new Error(`roster check needs page rule ${id}`);
  return rule;
}

/** The plan as it applies to one 年級 and 學期: credits from 授課學期學分節數 where the import read them. */
function planForTerm(plan: CoursePlan, grade: number | undefined, semester: 1 | 2 | undefined): CoursePlan {
  if (grade === undefined || semester === undefined) return plan;
  const slot = (grade - 10) * 2 + (semester - 1);
  return { ...plan, entries: plan.entries.map((entry) => (entry.creditsByTerm ? { ...entry, credits: entry.creditsByTerm[slot]! } : entry)) };
}

/** Runs a rule over a view; the plan rules per 年級 and 學期 when the plan has credits per term. */
function runOver(rule: PageRule, view: View, run: RuleRun, policy: SchoolPolicy, context: RuleContext): Finding[] {
  const perTerm = run.view === 'courses' && context.plan?.entries.some((entry) => entry.creditsByTerm);
  if (!perTerm) return rule.check({ pageKind: run.pageKind, records: view.records }, policy, context);
  const groups = new Map<string, number[]>();
  view.records.forEach((record, index) => {
    const key = record.type === 'course-offering' ? `${record.grade ?? ''}|${record.term?.semester ?? ''}` : '|';
    const list = groups.get(key);
    if (list) list.push(index);
    else groups.set(key, [index]);
  });
  const findings: Finding[] = [];
  for (const indexes of groups.values()) {
    const first = view.records[indexes[0]!]!;
    const plan = first.type === 'course-offering' ? planForTerm(context.plan!, first.grade, first.term?.semester) : context.plan!;
    const found = rule.check({ pageKind: run.pageKind, records: indexes.map((i) => view.records[i]!) }, policy, { ...context, plan });
    for (const f of found) findings.push({ ...f, recordIndex: f.recordIndex === null ? null : indexes[f.recordIndex]! });
  }
  return findings;
}

function problemFromFinding(file: string, finding: Finding, ref: RowRef | undefined, view: ViewName): RosterProblem {
  const rule = pageRule(finding.ruleId);
  let column = '';
  let value = '';
  if (ref && finding.field !== undefined) {
    const position = view === 'rows' ? Number(finding.field) : FIELD_COLUMN[view][finding.field]?.map((field) => ref.sheet.at[field]).find((at) => at !== undefined);
    const parsed = position === undefined ? undefined : ref.sheet.columns[position];
    if (parsed) {
      column = parsed.header;
      const text = ref.row.cells[position!]!;
      value = parsed.type === 'id' ? maskId(text) : text;
    }
  }
  return {
    file,
    sheet: ref?.sheet.name ?? '',
    row: ref?.row.row ?? null,
    column,
    value,
    ruleId: rule.id,
    severity: finding.severity,
    title: rule.title,
    message: finding.message,
    source: cite(rule.basis),
  };
}

function problemFromNote(file: string, note: ReadNote): RosterProblem {
  const kind = READ_NOTES[note.id];
  return { file, sheet: note.sheet, row: note.row, column: note.column, value: note.value, ruleId: note.id, severity: kind.severity, title: kind.title, message: note.message, source: READ_SOURCE };
}

export interface CheckOptions {
  policy: SchoolPolicy;
  context: RuleContext;
  /** rows of the file being checked done so far */
  onRows?: (file: string, done: number) => void;
}

/** Checks a batch of parsed files. Files that could not be read come in as their reading notes. */
export function checkRosters(batch: ReadonlyArray<{ file: ParsedFile } | { name: string; unreadable: ReadNote }>, options: CheckOptions): RosterCheck {
  const { policy, context } = options;
  const problems: RosterProblem[] = [];
  const summaries: RosterFileSummary[] = [];
  const crossRecords: PageRecord[] = [];
  const crossRefs: Array<{ file: string; ref?: RowRef; cover?: ParsedFile }> = [];

  for (const entry of batch) {
    if (!('file' in entry)) {
      problems.push(problemFromNote(entry.name, entry.unreadable));
      summaries.push({ file: entry.name, kind: 'unknown', label: { zh: '無法讀取', en: 'Unreadable' }, sheets: [], rows: 0, errors: 1, warnings: 0, verdict: 'fix' });
      continue;
    }
    const { file } = entry;
    const own: RosterProblem[] = file.notes.map((note) => problemFromNote(file.name, note));
    const views = fileViews(file, options.onRows && ((done) => options.onRows!(file.name, done)));
    for (const run of FILE_RULES) {
      if (run.only && (file.kind === 'unknown' || !run.only.includes(file.kind))) continue;
      const view = views[run.view];
      if (view.records.length === 0) continue;
      for (const id of run.rules) {
        for (const finding of runOver(pageRule(id), view, run, policy, context)) {
          own.push(problemFromFinding(file.name, finding, finding.recordIndex === null ? undefined : view.refs[finding.recordIndex], run.view));
        }
      }
    }
    if (file.kind !== 'unknown') {
      crossRecords.push(rosterFileRecord(file));
      crossRefs.push({ file: file.name, cover: file });
      const add = (view: View) =>
        view.records.forEach((record, i) => {
          crossRecords.push(record);
          crossRefs.push({ file: file.name, ref: view.refs[i] });
        });
      if (file.kind === 'students') add(views.students);
      add(views.grades);
      add(views.artifacts);
    }
    const rows = file.sheets.reduce((sum, sheet) => sum + sheet.rows.length, 0);
    const errors = own.filter((p) => p.severity === 'error').length;
    const summary: RosterFileSummary = {
      file: file.name,
      kind: file.kind,
      label: file.kind === 'unknown' ? { zh: '無法辨識', en: 'Not recognised' } : ROSTER_KIND_LABEL[file.kind],
      sheets: file.sheets.map((sheet) => ({ name: sheet.name, label: sheet.spec.label, rows: sheet.rows.length, verified: sheet.spec.verified })),
      rows,
      errors,
      warnings: own.filter((p) => p.severity === 'warning').length,
      verdict: errors > 0 || file.kind === 'unknown' ? 'fix' : 'ok',
    };
    if (file.cover.schoolCode) summary.schoolCode = file.cover.schoolCode.value;
    if (file.cover.term) summary.term = file.cover.term;
    summaries.push(summary);
    problems.push(...own);
  }

  for (const id of BATCH_RULES) {
    const rule = pageRule(id);
    for (const finding of rule.check({ pageKind: 'precheck', records: crossRecords }, policy, context)) {
      const at = finding.recordIndex === null ? undefined : crossRefs[finding.recordIndex];
      if (!at) continue;
      let problem: RosterProblem;
      if (at.cover) {
        const cell = finding.field === 'schoolCode' ? at.cover.cover.schoolCode : at.cover.cover.year;
        problem = { ...problemFromFinding(at.file, finding, undefined, 'rows'), sheet: at.cover.sheets[0]?.name ?? '', row: cell?.row ?? null, column: cell?.label ?? '', value: finding.field === 'schoolCode' ? (cell?.value ?? '') : at.cover.cover.term ? `${at.cover.cover.term.year}-${at.cover.cover.term.semester}` : '' };
      } else {
        problem = problemFromFinding(at.file, finding, at.ref, finding.field === 'studentRef' ? 'artifacts' : 'grades');
      }
      problems.push(problem);
      const summary = summaries.find((s) => s.file === at.file)!;
      if (finding.severity === 'error') {
        summary.errors += 1;
        summary.verdict = 'fix';
      } else if (finding.severity === 'warning') summary.warnings += 1;
    }
  }
  // By file as chosen, then by row as Excel shows it (the whole file or sheet first); rules keep their order within a row.
  const order = new Map(summaries.map((summary, i) => [summary.file, i]));
  const sorted = problems
    .map((problem, i) => ({ problem, i }))
    .sort((a, b) => order.get(a.problem.file)! - order.get(b.problem.file)! || (a.problem.row ?? 0) - (b.problem.row ?? 0) || a.i - b.i)
    .map(({ problem }) => problem);
  return { files: summaries, problems: sorted };
}
