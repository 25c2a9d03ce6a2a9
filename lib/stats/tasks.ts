import type { Localized } from '@/lib/model/localized';

/**
 * Tasks the pages show that a school's task table (policy.tasks, 002 十一) may not list, with the
 * unit the seeds make responsible. A policy task with the same id wins (its name and unit).
 */
export const BUILTIN_TASKS: Record<string, { name: Localized; unit: string }> = {
  'outcome-cert': { name: { zh: '課程學習成果認證', en: 'Outcome certification' }, unit: '任課教師' },
  'receipt-confirm': { name: { zh: '收訖明細確認', en: 'Receipt confirmation' }, unit: '教務處註冊組' },
  'course-code-check': { name: { zh: '課程代碼比對', en: 'Course-code comparison' }, unit: '教務處教學組' },
  precheck: { name: { zh: '預檢名冊', en: 'Roster pre-check' }, unit: '教務處註冊組' },
};

/** The task's display name: the school's task table first, then the built-in list, else the id. */
export function taskName(taskId: string, tasks: readonly { id: string; name: string }[], locale: 'zh_TW' | 'en'): string {
  const own = tasks.find((task) => task.id === taskId);
  if (own && locale === 'zh_TW') return own.name;
  const builtin = BUILTIN_TASKS[taskId];
  if (builtin) return locale === 'en' ? builtin.name.en : builtin.name.zh;
  return own?.name ?? taskId;
}
