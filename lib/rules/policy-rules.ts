import type { Finding } from '@/lib/model/finding';
import type { TaskStatus } from '@/lib/model/records';
import type { SchoolPolicy } from '@/lib/policy/schema';
import { receiptPeriodTooShort } from './schedule/receipt-period-too-short';
import { taskOverdue } from './schedule/task-overdue';
import { uploadWindowTooShort } from './schedule/upload-window-too-short';
import type { PolicyRule, RuleContext } from './types';

/** The rules over the school's own policy (calendar and task table), for the options page and the dashboard. */
export const POLICY_RULES: readonly PolicyRule[] = [uploadWindowTooShort, receiptPeriodTooShort, taskOverdue];

/**
 * Runs the schedule rules over the school's own policy (calendar and task table) and the task
 * progress the dashboard keeps. Calendar findings have recordIndex null and the policy path in
 * `field`; task findings have the index into `tasks` as recordIndex.
 */
export function checkPolicy(policy: SchoolPolicy, context: RuleContext, tasks: TaskStatus[] = []): Finding[] {
  return POLICY_RULES.flatMap((rule) => rule.check({ tasks }, policy, context));
}
