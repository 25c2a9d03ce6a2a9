import type { PageKind } from '@/lib/page-kinds';
import type { Role } from '@/lib/settings';
import type { ReasonChoice } from './reasons';

/**
 * One finding marked 「已確認，無需更正」: which finding (page kind, the record's keyed hash, rule,
 * field and a keyed hash of the value it was about), why, who, when and on which page. It applies
 * while the finding is seen with the same value; when the value changes the dismissal ends
 * (已失效) and the finding is shown again. Ended dismissals stay in the log as its history.
 */
export interface Dismissal {
  /** random, stable through backup, restore and merge */
  id: string;
  /** ms since epoch */
  at: number;
  origin: string;
  path: string;
  pageKind: PageKind;
  /** keyed hash of the record's identity, as FindingRow.subject (never a name, 學號 or ID in clear) */
  subject: string;
  ruleId: string;
  /** the record field the finding is about; '' when it names none */
  field: string;
  /** keyed hash of the digest of the value(s) the finding was about when it was dismissed */
  fingerprint: string;
  choice: ReasonChoice;
  note: string;
  /** who: the role chosen in this browser ('' when none was) and the staff member's name */
  role: Role | '';
  staffName: string;
  /** 0 while it applies; else when it ended */
  endedAt: number;
  /**
   * why it ended: the value changed (已失效), a newer dismissal of the same finding replaced it, or
   * someone took it back (「取消確認」: the finding is open again)
   */
  ended: '' | 'value-changed' | 'replaced' | 'withdrawn';
  /** who took it back (role and name), for a withdrawn one; absent otherwise */
  withdrawnBy?: { role: Role | ''; staffName: string };
}

/** A finding as a check saw it, in the background's keyed hashes. */
export interface SeenFinding {
  subject: string;
  ruleId: string;
  field: string;
  fingerprint: string;
}

export type DismissalStatus = 'active' | 'value-changed' | 'replaced' | 'withdrawn';

export function statusOf(dismissal: Pick<Dismissal, 'endedAt' | 'ended'>): DismissalStatus {
  if (dismissal.endedAt === 0) return 'active';
  return dismissal.ended === 'replaced' || dismissal.ended === 'withdrawn' ? dismissal.ended : 'value-changed';
}

function sameFinding(dismissal: Dismissal, seen: Omit<SeenFinding, 'fingerprint'>): boolean {
  return dismissal.subject === seen.subject && dismissal.ruleId === seen.ruleId && dismissal.field === seen.field;
}

/**
 * What a check that saw `seen` does to the dismissals of its record, rule and field: the latest one
 * still in force with the same value applies; those in force with another value end now (已失效).
 */
export function judge(dismissals: readonly Dismissal[], seen: SeenFinding, now: number): { applies: Dismissal | undefined; ended: Dismissal[] } {
  let applies: Dismissal | undefined;
  const ended: Dismissal[] = [];
  for (const dismissal of dismissals) {
    if (dismissal.endedAt !== 0 || !sameFinding(dismissal, seen)) continue;
    if (dismissal.fingerprint === seen.fingerprint) {
      if (!applies || dismissal.at > applies.at) applies = dismissal;
    } else ended.push({ ...dismissal, endedAt: now, ended: 'value-changed' });
  }
  return { applies, ended };
}

/** A new dismissal replaces any still in force about the same record, rule and field: those end as replaced. */
export function replacedBy(dismissals: readonly Dismissal[], fresh: Dismissal): Dismissal[] {
  return dismissals
    .filter((dismissal) => dismissal.id !== fresh.id && dismissal.endedAt === 0 && sameFinding(dismissal, fresh))
    .map((dismissal) => ({ ...dismissal, endedAt: fresh.at, ended: 'replaced' as const }));
}

/**
 * 「取消確認」: the dismissal ends now, saying who took it back, and its finding is open again. Only
 * one still in force can be taken back (undefined otherwise: it has ended already).
 */
export function withdrawn(dismissal: Dismissal, by: { role: Role | ''; staffName: string }, now: number): Dismissal | undefined {
  if (dismissal.endedAt !== 0) return undefined;
  return { ...dismissal, endedAt: now, ended: 'withdrawn', withdrawnBy: by };
}

/**
 * Two views of the same dismissal (a merge): the one that ended wins over one still in force (a
 * later check saw the value change), else the one already here is kept.
 */
export function mergeDismissal(here: Dismissal, theirs: Dismissal): Dismissal {
  if (here.endedAt === 0 && theirs.endedAt !== 0) return theirs;
  if (here.endedAt !== 0 && theirs.endedAt !== 0 && theirs.endedAt < here.endedAt) return theirs;
  return here;
}
