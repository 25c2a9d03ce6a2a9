import type { Artifact, ClassProgress, FileRef, Term } from '@/lib/model/records';

/**
 * Hand-written fast paths for the two record types a 2,000-row page is made of (artifacts, class
 * progress), run before zod: each returns exactly what the zod schema in lib/model/records.ts
 * would return (same values, same key order, unknown keys never accepted) when it is sure the value
 * passes, and undefined otherwise — then the mapper asks zod, which gives the answer and, for a
 * bad row, the issues. They never accept anything zod rejects: tests/unit/adapters/fast-check.test.ts
 * checks them against zod on every sample page's records and on broken copies of them.
 */

type Plain = Record<string, unknown>;

function isPlain(value: unknown): value is Plain {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Own keys all among `allowed` (zod would strip others: the fast path leaves such values to zod). */
function onlyKeys(value: Plain, allowed: ReadonlySet<string>): boolean {
  for (const key in value) if (!allowed.has(key)) return false;
  return Object.getOwnPropertySymbols(value).length === 0;
}

const optString = (v: unknown) => v === undefined || typeof v === 'string';
/** z.number().int(): a safe integer. */
const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v);

/** Copies the keys present in `from` into `to`, in `order` (the schema's key order), as zod's output has them. */
function copyPresent(from: Plain, to: Plain, order: readonly string[]): void {
  for (const key of order) if (key in from) to[key] = from[key];
}

const TERM_KEYS = new Set(['year', 'semester']);

function fastTerm(value: unknown): Term | undefined {
  if (!isPlain(value) || !onlyKeys(value, TERM_KEYS)) return undefined;
  const { year, semester } = value;
  if (!isInt(year) || year < 90 || year > 200 || (semester !== 1 && semester !== 2)) return undefined;
  return { year, semester };
}

const FILE_ORDER = ['name', 'ext', 'bytes', 'statedType'] as const;
const FILE_KEYS = new Set<string>(FILE_ORDER);

function fastFile(value: unknown): FileRef | undefined {
  if (!isPlain(value) || !onlyKeys(value, FILE_KEYS)) return undefined;
  const { name, ext, bytes, statedType } = value;
  if (typeof name !== 'string' || name.length < 1 || typeof ext !== 'string') return undefined;
  if (bytes !== undefined && (!isInt(bytes) || bytes < 0)) return undefined;
  if (!optString(statedType)) return undefined;
  const out: Plain = {};
  copyPresent(value, out, FILE_ORDER);
  return out as FileRef;
}

const ARTIFACT_ORDER = [
  'type', 'kind', 'studentRef', 'studentName', 'term', 'grade', 'courseName', 'courseCode', 'category', 'title', 'summary', 'files',
  'link', 'uploadedAt', 'certStatus', 'certifiedAt', 'certReason', 'teacher', 'className', 'selected', 'source',
] as const;
const ARTIFACT_KEYS = new Set<string>(ARTIFACT_ORDER);
const ARTIFACT_STRINGS = ['studentRef', 'studentName', 'courseName', 'courseCode', 'category', 'summary', 'link', 'uploadedAt', 'certifiedAt', 'certReason', 'teacher', 'className'] as const;
const CERT_STATUS = new Set(['pending', 'certified', 'rejected']);
const SOURCES = new Set(['student', 'school', 'agency']);

/** Artifact.safeParse(value).data when that succeeds and the fast path can tell; else undefined. */
export function fastArtifact(value: unknown): Artifact | undefined {
  if (!isPlain(value) || !onlyKeys(value, ARTIFACT_KEYS)) return undefined;
  if (value.type !== 'artifact' || (value.kind !== 'outcome' && value.kind !== 'performance')) return undefined;
  if (typeof value.title !== 'string') return undefined;
  for (const key of ARTIFACT_STRINGS) if (!optString(value[key])) return undefined;
  const { grade, certStatus, selected, source } = value;
  if (grade !== undefined && (!isInt(grade) || grade < 10 || grade > 12)) return undefined;
  if (certStatus !== undefined && !(typeof certStatus === 'string' && CERT_STATUS.has(certStatus))) return undefined;
  if (selected !== undefined && typeof selected !== 'boolean') return undefined;
  if (source !== undefined && !(typeof source === 'string' && SOURCES.has(source))) return undefined;
  let term: Term | undefined;
  if (value.term !== undefined && (term = fastTerm(value.term)) === undefined) return undefined;
  if (!Array.isArray(value.files)) return undefined;
  const files: FileRef[] = new Array(value.files.length);
  for (let i = 0; i < value.files.length; i += 1) {
    const file = fastFile(value.files[i]);
    if (!file) return undefined;
    files[i] = file;
  }
  const out: Plain = {};
  copyPresent(value, out, ARTIFACT_ORDER);
  if ('term' in value) out.term = term;
  out.files = files;
  return out as Artifact;
}

const PROGRESS_ORDER = [
  'type', 'studentRef', 'studentName', 'idNumber', 'seat', 'className', 'term', 'outcomesUploaded', 'outcomesCertified', 'outcomesSelected',
  'performancesUploaded', 'performancesSelected', 'receiptConfirmed',
] as const;
const PROGRESS_KEYS = new Set<string>(PROGRESS_ORDER);
const PROGRESS_COUNTS = ['outcomesUploaded', 'outcomesCertified', 'outcomesSelected', 'performancesUploaded', 'performancesSelected'] as const;

/** ClassProgress.safeParse(value).data when that succeeds and the fast path can tell; else undefined. */
export function fastClassProgress(value: unknown): ClassProgress | undefined {
  if (!isPlain(value) || !onlyKeys(value, PROGRESS_KEYS)) return undefined;
  if (value.type !== 'class-progress' || typeof value.studentRef !== 'string') return undefined;
  if (!optString(value.studentName) || !optString(value.idNumber) || !optString(value.className)) return undefined;
  const { seat, receiptConfirmed } = value;
  if (seat !== undefined && (!isInt(seat) || seat <= 0)) return undefined;
  for (const key of PROGRESS_COUNTS) {
    const count = value[key];
    if (count !== undefined && (!isInt(count) || count < 0)) return undefined;
  }
  if (receiptConfirmed !== undefined && typeof receiptConfirmed !== 'boolean') return undefined;
  let term: Term | undefined;
  if (value.term !== undefined && (term = fastTerm(value.term)) === undefined) return undefined;
  const out: Plain = {};
  copyPresent(value, out, PROGRESS_ORDER);
  if ('term' in value) out.term = term;
  return out as ClassProgress;
}
