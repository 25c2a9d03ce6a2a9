import type { CoursePlan, CoursePlanEntry } from '@/lib/model/records';

/** Names compare without spaces, full-width forms folded (ＡＢ → AB). */
export function normalizeName(name: string): string {
  return name.normalize('NFKC').replace(/\s+/g, '');
}

export function planIndex(plan: CoursePlan): Map<string, CoursePlanEntry> {
  return new Map(plan.entries.map((entry) => [entry.code.trim(), entry]));
}
