import type { Artifact, ClassProgress, CourseCodeCheckRow, CourseCodeRun, CourseOffering, PrecheckResult, ReceiptConfirmation } from '@/lib/model/records';

/**
 * The page records' schemas (lib/model/records.ts) checked by hand, so that the content script
 * ships without zod: each check gives exactly what the zod schema's safeParse gives — the same
 * output (values, key order, unknown keys dropped) for a record that passes, and for one that does
 * not, the paths zod's issues name (each once, in zod's order). tests/unit/adapters/record-check.test.ts
 * compares them with zod on every sample page's records and on broken copies of them.
 */

export type Checked<T> = { success: true; data: T } | { success: false; paths: string[] };

/**
 * Checks a value at a path; returns the output value, or FAIL after noting the path. The path is one
 * array the checks push their key onto and pop again (no array per key: a 2,000-row page checks ~40,000).
 */
type Check = (value: unknown, path: PathPart[], issues: string[]) => unknown;
type PathPart = string | number;

const FAIL = Symbol('fail');
const OPTIONAL = Symbol('optional');
type OptionalCheck = Check & { [OPTIONAL]: true };

function fail(path: readonly PathPart[], issues: string[]): typeof FAIL {
  issues.push(path.join('.'));
  return FAIL;
}

const string =
  (min = 0): Check =>
  (v, path, issues) =>
    typeof v === 'string' && v.length >= min ? v : fail(path, issues);

/** z.number() with .int() (a safe integer), .min(), .max(), .nonnegative() (min 0) or .positive(). */
const number =
  (rule: { int?: boolean; min?: number; max?: number; positive?: boolean } = {}): Check =>
  (v, path, issues) => {
    if (typeof v !== 'number' || Number.isNaN(v) || !Number.isFinite(v)) return fail(path, issues);
    if (rule.int && !Number.isSafeInteger(v)) return fail(path, issues);
    if (rule.min !== undefined && v < rule.min) return fail(path, issues);
    if (rule.max !== undefined && v > rule.max) return fail(path, issues);
    if (rule.positive && !(v > 0)) return fail(path, issues);
    return v;
  };

const boolean: Check = (v, path, issues) => (typeof v === 'boolean' ? v : fail(path, issues));

const oneOf =
  (...values: readonly (string | number)[]): Check =>
  (v, path, issues) =>
    values.includes(v as string | number) ? v : fail(path, issues);

function optional(check: Check): OptionalCheck {
  const wrapped = ((v, path, issues) => (v === undefined ? undefined : check(v, path, issues))) as OptionalCheck;
  wrapped[OPTIONAL] = true;
  return wrapped;
}

const array =
  (item: Check): Check =>
  (v, path, issues) => {
    if (!Array.isArray(v)) return fail(path, issues);
    const out: unknown[] = new Array(v.length);
    let ok = true;
    for (let i = 0; i < v.length; i += 1) {
      path.push(i);
      const checked = item(v[i], path, issues);
      path.pop();
      if (checked === FAIL) ok = false;
      else out[i] = checked;
    }
    return ok ? out : FAIL;
  };

/** z.object(shape): the shape's keys in order; an optional key absent stays absent, unknown keys are dropped. */
const object =
  (shape: Readonly<Record<string, Check>>): Check => {
    const keys = Object.keys(shape);
    return (v, path, issues) => {
      if (typeof v !== 'object' || v === null || Array.isArray(v)) return fail(path, issues);
      const input = v as Record<string, unknown>;
      const out: Record<string, unknown> = {};
      let ok = true;
      for (const key of keys) {
        const check = shape[key]!;
        const value = input[key];
        if (value === undefined && (check as Partial<OptionalCheck>)[OPTIONAL]) {
          if (key in input) out[key] = undefined;
          continue;
        }
        path.push(key);
        const checked = check(value, path, issues);
        path.pop();
        if (checked === FAIL) ok = false;
        else out[key] = checked;
      }
      return ok ? out : FAIL;
    };
  };

function run<T>(check: Check, value: unknown): Checked<T> {
  const issues: string[] = [];
  const data = check(value, [], issues);
  if (data !== FAIL) return { success: true, data: data as T };
  return { success: false, paths: [...new Set(issues)] };
}

const Term = object({ year: number({ int: true, min: 90, max: 200 }), semester: oneOf(1, 2) });
const Grade = number({ int: true, min: 10, max: 12 });
const FileRef = object({ name: string(1), ext: string(), bytes: optional(number({ int: true, min: 0 })), statedType: optional(string()) });
const text = optional(string());
const count = optional(number({ int: true, min: 0 }));

const ARTIFACT = object({
  type: oneOf('artifact'),
  kind: oneOf('outcome', 'performance'),
  studentRef: text,
  studentName: text,
  term: optional(Term),
  grade: optional(Grade),
  courseName: text,
  courseCode: text,
  category: text,
  title: string(),
  summary: text,
  files: array(FileRef),
  link: text,
  uploadedAt: text,
  certStatus: optional(oneOf('pending', 'certified', 'rejected')),
  certifiedAt: text,
  certReason: text,
  teacher: text,
  className: text,
  selected: optional(boolean),
  source: optional(oneOf('student', 'school', 'agency')),
  occurredAt: text,
  endedAt: text,
});

const CLASS_PROGRESS = object({
  type: oneOf('class-progress'),
  studentRef: string(),
  studentName: text,
  idNumber: text,
  seat: optional(number({ int: true, positive: true })),
  className: text,
  term: optional(Term),
  outcomesUploaded: count,
  outcomesCertified: count,
  outcomesSelected: count,
  performancesUploaded: count,
  performancesSelected: count,
  receiptConfirmed: optional(boolean),
});

const COURSE_OFFERING = object({
  type: oneOf('course-offering'),
  code: string(),
  name: string(),
  credits: optional(number({ min: 0 })),
  grade: optional(Grade),
  term: optional(Term),
  classes: optional(array(string())),
  teacher: text,
});

const COURSE_CODE_RUN = object({ type: oneOf('course-code-run'), ranAt: text, term: optional(Term) });

const COURSE_CODE_CHECK = object({ type: oneOf('course-code-check'), code: string(), name: text, matched: boolean, reason: text });

const PRECHECK = object({
  type: oneOf('precheck'),
  rosterType: string(),
  submittedAt: text,
  passed: boolean,
  errorCount: count,
  errors: array(object({ row: optional(number({ int: true, positive: true })), field: text, message: string() })),
});

const RECEIPT = object({
  type: oneOf('receipt'),
  studentRef: string(),
  studentName: text,
  idNumber: text,
  className: text,
  status: oneOf('confirmed', 'disputed', 'pending'),
  confirmedAt: text,
});

/** Artifact.safeParse, by hand. */
export const checkArtifact = (value: unknown) => run<Artifact>(ARTIFACT, value);
/** ClassProgress.safeParse, by hand. */
export const checkClassProgress = (value: unknown) => run<ClassProgress>(CLASS_PROGRESS, value);
/** CourseOffering.safeParse, by hand. */
export const checkCourseOffering = (value: unknown) => run<CourseOffering>(COURSE_OFFERING, value);
/** CourseCodeRun.safeParse, by hand. */
export const checkCourseCodeRun = (value: unknown) => run<CourseCodeRun>(COURSE_CODE_RUN, value);
/** CourseCodeCheckRow.safeParse, by hand. */
export const checkCourseCodeCheckRow = (value: unknown) => run<CourseCodeCheckRow>(COURSE_CODE_CHECK, value);
/** PrecheckResult.safeParse, by hand. */
export const checkPrecheckResult = (value: unknown) => run<PrecheckResult>(PRECHECK, value);
/** ReceiptConfirmation.safeParse, by hand. */
export const checkReceiptConfirmation = (value: unknown) => run<ReceiptConfirmation>(RECEIPT, value);
