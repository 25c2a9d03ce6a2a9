import type { Artifact, PageRecord } from '@/lib/model/records';
import type { PageKind } from '@/lib/page-kinds';
import { NATIONAL_POLICY } from '@/lib/policy/national';
import type { SchoolPolicy } from '@/lib/policy/schema';
import type { RuleContext, RuleInput } from '@/lib/rules/types';

export function outcome(over: Partial<Artifact> = {}): Artifact {
  return { type: 'artifact', kind: 'outcome', title: '成果', files: [], term: { year: 114, semester: 1 }, ...over };
}

export function performance(over: Partial<Artifact> = {}): Artifact {
  return { type: 'artifact', kind: 'performance', title: '表現', files: [], term: { year: 114, semester: 1 }, ...over };
}

export function page(records: PageRecord[], pageKind: PageKind = 'outcome-list'): RuleInput {
  return { pageKind, records };
}

/** Noon local time on an ISO date: the day the user sees. */
export function on(iso: string, plan?: RuleContext['plan']): RuleContext {
  return plan ? { now: new Date(`${iso}T12:00:00`), plan } : { now: new Date(`${iso}T12:00:00`) };
}

export function withPolicy(change: (policy: SchoolPolicy) => void, base: SchoolPolicy = NATIONAL_POLICY): SchoolPolicy {
  const copy = structuredClone(base);
  change(copy);
  return copy;
}

/** `n` items uploaded on consecutive December days, in the order given. */
export function uploads(n: number, make: (over: Partial<Artifact>) => Artifact, over: Partial<Artifact> = {}): Artifact[] {
  return Array.from({ length: n }, (_, i) => make({ title: `第${i + 1}件`, uploadedAt: `2025-12-${String(i + 1).padStart(2, '0')}`, ...over }));
}
