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

export function planIndex(plan: CoursePlan): Map<string, CoursePlanEntry> {
  return new Map(plan.entries.map((entry) => [entry.code.trim(), entry]));
}
