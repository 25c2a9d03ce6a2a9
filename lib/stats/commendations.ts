import { ratesBy, unknownOnTime, type Rate, type Snapshot } from './completion';

/**
 * 敘獎建議: who qualifies for the working group's commendation proposal (002 十 and 案由三; 000 柒;
 * 001 十) under criteria the secretary sets. Pure. The working group decides; this only lists
 * candidates and the evidence behind each.
 */
export interface CommendationCriteria {
  /** whom to evaluate: teachers/staff by name, or units */
  by: 'person' | 'unit';
  /** every task of theirs at least this done (0–1); default 0.95 */
  minCompletion: number;
  /** of the items they did, at least this share done by the deadline, in every task (0–1); default 1 = all on time */
  minOnTime: number;
  /** at least this many items in all (so one item is not a record); default 1 */
  minItems: number;
}

export const DEFAULT_CRITERIA: CommendationCriteria = { by: 'person', minCompletion: 0.95, minOnTime: 1, minItems: 1 };

export interface Candidate {
  /** the person's or unit's name */
  name: string;
  /** their figures per task */
  tasks: Rate[];
  /** all their items together */
  total: number;
  done: number;
  onTime: number;
  /** the snapshots (observations) the figures come from */
  evidence: Snapshot[];
}

export interface CommendationResult {
  candidates: Candidate[];
  /** people or units evaluated who fall short, with the first reason (for the secretary, not the minutes) */
  others: { name: string; reason: 'completion' | 'on-time' | 'on-time-unknown' | 'too-few'; task: string }[];
}

/** Candidates and the others, each task's pending items judged on `today` (the clock in use), as in the rates tables. */
export function commendationCandidates(snapshots: readonly Snapshot[], today: string, criteria: CommendationCriteria = DEFAULT_CRITERIA): CommendationResult {
  const field = criteria.by;
  const names = [...new Set(snapshots.map((s) => s[field]).filter(Boolean))].sort((a, b) => a.localeCompare(b, 'zh-Hant'));
  const candidates: Candidate[] = [];
  const others: CommendationResult['others'] = [];
  for (const name of names) {
    const evidence = snapshots.filter((s) => s[field] === name);
    const tasks = ratesBy(evidence, 'taskId', today);
    const total = tasks.reduce((sum, t) => sum + t.total, 0);
    const done = tasks.reduce((sum, t) => sum + t.done, 0);
    const onTime = tasks.reduce((sum, t) => sum + t.onTime, 0);
    const shortfall = (() => {
      if (total < criteria.minItems) return { reason: 'too-few' as const, task: '' };
      for (const task of tasks) {
        if ((task.completion ?? 0) < criteria.minCompletion - 1e-9) return { reason: 'completion' as const, task: task.key };
        // Every slice of the task must have a known on-time count to judge it, by the rates tables' own
        // gaps: items still pending before their deadline are not unknown, only not due yet.
        if (unknownOnTime(task) > 0) return { reason: 'on-time-unknown' as const, task: task.key };
        const doneOnTime = task.done > 0 ? task.onTime / task.done : 1;
        if (doneOnTime < criteria.minOnTime - 1e-9) return { reason: 'on-time' as const, task: task.key };
      }
      return null;
    })();
    if (shortfall) others.push({ name, ...shortfall });
    else candidates.push({ name, tasks, total, done, onTime, evidence });
  }
  return { candidates, others };
}
