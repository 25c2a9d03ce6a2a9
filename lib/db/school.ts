import type { SchoolPolicy } from '@/lib/policy/schema';
import { describeDeadline } from '@/lib/policy/calendar';
import type { DutyKind, LogDatabase, TaskRow } from './database';
import { dutyId } from '@/lib/stats/duties';

/**
 * The school's units and task table, copied from the policy so every observation maps to a unit
 * (and the dashboard can name tasks the way the school's table does). Replaces the task table;
 * units are only added (observations may name units an older policy had). Writes only what differs,
 * so opening the dashboard with the same policy changes nothing (and wakes no live query).
 */
export async function syncSchoolFromPolicy(db: LogDatabase, policy: SchoolPolicy): Promise<void> {
  const tasks: TaskRow[] = policy.tasks.map((task) => ({ id: task.id, name: task.task, unit: task.unit, deadline: describeDeadline(task.deadline).zh, policyId: policy.id }));
  const units = [...new Set(policy.tasks.map((task) => task.unit))];
  const [storedTasks, storedUnits] = await db.transaction('r', [db.tasks, db.units], () => Promise.all([db.tasks.toArray(), db.units.bulkGet(units)]));
  const same = (a: TaskRow, b: TaskRow) => a.id === b.id && a.name === b.name && a.unit === b.unit && a.deadline === b.deadline && a.policyId === b.policyId;
  const wanted = new Map(tasks.map((task) => [task.id, task]));
  const stale = storedTasks.filter((row) => !wanted.has(row.id)).map((row) => row.id);
  const stored = new Map(storedTasks.map((row) => [row.id, row]));
  const changed = tasks.filter((task) => !stored.has(task.id) || !same(stored.get(task.id)!, task));
  const newUnits = units.filter((_, i) => storedUnits[i] === undefined);
  if (stale.length === 0 && changed.length === 0 && newUnits.length === 0) return;
  await db.transaction('rw', [db.tasks, db.units], async () => {
    await db.tasks.bulkDelete(stale);
    await db.tasks.bulkPut(changed);
    await db.units.bulkPut(newUnits.map((name) => ({ name })));
  });
}

/** The secretary ticks (doneOn = yyyy-mm-dd) or unticks (doneOn = '') one of the working group's duties. */
export async function setDuty(
  db: LogDatabase,
  duty: { kind: DutyKind; year: number; semester: 0 | 1 | 2; doneOn: string; note?: string },
  now: number,
): Promise<void> {
  const id = dutyId(duty.kind, duty.year, duty.semester);
  const before = await db.duties.get(id);
  await db.duties.put({ id, kind: duty.kind, year: duty.year, semester: duty.semester, doneOn: duty.doneOn, note: duty.note ?? before?.note ?? '', updatedAt: now });
}
