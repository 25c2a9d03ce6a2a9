import type { SchoolPolicy } from '@/lib/policy/schema';
import { describeDeadline } from '@/lib/policy/calendar';
import type { DutyKind, LogDatabase } from './database';
import { dutyId } from '@/lib/stats/duties';

/**
 * The school's units and task table, copied from the policy so every observation maps to a unit
 * (and the dashboard can name tasks the way the school's table does). Replaces the task table;
 * units are only added (observations may name units an older policy had).
 */
export async function syncSchoolFromPolicy(db: LogDatabase, policy: SchoolPolicy): Promise<void> {
  await db.transaction('rw', [db.tasks, db.units], async () => {
    await db.tasks.clear();
    await db.tasks.bulkPut(
      policy.tasks.map((task) => ({ id: task.id, name: task.task, unit: task.unit, deadline: describeDeadline(task.deadline).zh, policyId: policy.id })),
    );
    await db.units.bulkPut([...new Set(policy.tasks.map((task) => task.unit))].map((name) => ({ name })));
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
