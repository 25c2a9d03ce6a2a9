import { presetById } from '@/lib/policy/presets';
import type { PolicySource, PolicySourceKey, SchoolPolicy } from '@/lib/policy/schema';
import type { PolicyError } from '@/lib/policy/validate';

/**
 * Pure helpers behind the options page's policy form: immutable edits by path, the source a
 * section cites once the school changes it, and which validation errors belong to which field.
 */

export type PolicyPath = ReadonlyArray<string | number>;

/** The source an edited section cites: the school's own setting. */
export const SCHOOL_EDIT_SOURCE: PolicySource = { seed: null, clause: '學校自訂' };

/** A copy of `target` with `value` at `path`; `undefined` removes an object key. */
export function setAt<T>(target: T, path: PolicyPath, value: unknown): T {
  if (path.length === 0) return value as T;
  const [head, ...rest] = path;
  if (Array.isArray(target)) {
    const copy = [...target];
    copy[head as number] = setAt(copy[head as number], rest, value);
    return copy as T;
  }
  const copy: Record<string, unknown> = { ...(target as Record<string, unknown>) };
  const next = setAt(copy[head as string], rest, value);
  if (next === undefined) delete copy[head as string];
  else copy[head as string] = next;
  return copy as T;
}

/** The section of `policy.sources` a field belongs to, e.g. caps.outcomeUpload.max → caps.outcomeUpload. */
export function sourceKeyFor(path: PolicyPath): PolicySourceKey | undefined {
  const [head, next] = path;
  if (head === 'caps' && typeof next === 'string') return `caps.${next}` as PolicySourceKey;
  if (head === 'files') return 'files';
  if (head === 'summary') return 'summary.maxChars';
  if (head === 'calendar') return 'calendar';
  if (head === 'tasks') return 'tasks';
  if (head === 'schoolCode') return 'schoolCode';
  return undefined;
}

/** Sets one field and records that its section is now the school's own setting. */
export function editPolicy(policy: SchoolPolicy, path: PolicyPath, value: unknown): SchoolPolicy {
  const edited = setAt(policy, path, value);
  const key = sourceKeyFor(path);
  return key ? { ...edited, sources: { ...edited.sources, [key]: SCHOOL_EDIT_SOURCE } } : edited;
}

/**
 * True when the policy holds the school's own work, so replacing it would lose something: a
 * section edited in the form, or a policy that is no preset at all (e.g. imported from a file).
 */
export function hasSchoolEdits(policy: SchoolPolicy): boolean {
  if (!presetById(policy.id)) return true;
  return Object.values(policy.sources).some((source) => source?.seed === null && source.clause === SCHOOL_EDIT_SOURCE.clause);
}

export function pathKey(path: PolicyPath): string {
  return path.map(String).join('.');
}

/** The errors about exactly this field. */
export function errorsAt(errors: readonly PolicyError[], path: PolicyPath): PolicyError[] {
  const key = pathKey(path);
  return errors.filter((error) => error.path === key);
}

/** Splits a typed list of extensions (「pdf, jpg、png」) into the policy's list. */
export function parseTypes(text: string): string[] {
  return text
    .split(/[\s,，、;；]+/)
    .map((type) => type.replace(/^\./, ''))
    .filter(Boolean);
}

/** A number input's value for the policy: empty stays visible to validation as NaN. */
export function numberFrom(text: string): number {
  return text.trim() === '' ? Number.NaN : Number(text);
}

/** A task id not yet used: task-1, task-2 … */
export function newTaskId(policy: SchoolPolicy): string {
  const used = new Set(policy.tasks.map((task) => task.id));
  let n = policy.tasks.length + 1;
  while (used.has(`task-${n}`)) n += 1;
  return `task-${n}`;
}
