import type { CoursePlan, CoursePlanEntry } from '@/lib/model/records';

/** Names compare without spaces, full-width forms folded (ＡＢ → AB). */
/**
 * A course name reduced for comparison: width and spaces ignored, and a
 * vendor's category label before a colon dropped (多元選修：程式設計 → 程式設計).
 */
export function normalizeName(name: string): string {
  const plain = name.normalize('NFKC').replace(/\s+/g, '');
  const colon = plain.lastIndexOf(':');
  return colon >= 0 ? plain.slice(colon + 1) : plain;
}

const indexes = new WeakMap<CoursePlan, { entries: CoursePlanEntry[]; length: number; index: ReadonlyMap<string, CoursePlanEntry> }>();

/** The plan's entries by code, built once per plan object (a re-check runs the plan rules again and again). */
export function planIndex(plan: CoursePlan): ReadonlyMap<string, CoursePlanEntry> {
  const known = indexes.get(plan);
  if (known && known.entries === plan.entries && known.length === plan.entries.length) return known.index;
  const index = new Map(plan.entries.map((entry) => [entry.code.trim(), entry] as const));
  indexes.set(plan, { entries: plan.entries, length: plan.entries.length, index });
  return index;
}
