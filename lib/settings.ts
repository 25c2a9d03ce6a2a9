import { defineItem } from '@/lib/storage-item';
import type { Locale } from '@/lib/model/localized';
import type { SchoolPolicy } from '@/lib/policy/schema';
import type { QueueSnapshot } from '@/lib/certification/urgency';
import type { CoursePlan } from '@/lib/model/records';
import type { SiteOverride } from '@/lib/adapters/overrides';

/** User settings, kept in the extension's local storage (never synced, never sent anywhere). */
export const localeSetting = defineItem<Locale>('local:locale', { fallback: 'zh_TW' });

/**
 * The school policy as stored, null until one is chosen: what the content script reads, with the baseline below
 * when it is null — so the national preset is not carried into every page (lib/policy/setting.ts).
 */
export const storedPolicySetting = defineItem<SchoolPolicy | null>('local:policy', { fallback: null });

/**
 * The national baseline, stored by the background at each start under a key of its own (never over a school's
 * choice): what pages check against until a school policy is chosen.
 */
export const baselinePolicySetting = defineItem<SchoolPolicy | null>('local:baselinePolicy', { fallback: null });

/** Who uses this browser; chosen on first run, it decides what the popup shows first. */
export type Role = 'teacher' | 'homeroom' | 'staff';
export const roleSetting = defineItem<Role | null>('local:role', { fallback: null });

/** The teacher's certification queue as last seen; the badge is drawn from it. */
export const certificationQueueSetting = defineItem<QueueSnapshot | null>('local:certificationQueue', { fallback: null });

/** The approved course plan (課程計畫) the school imported; course-code rules compare against it. */
export const coursePlanSetting = defineItem<CoursePlan | null>('local:coursePlan', { fallback: null });

/**
 * 檢核基準日: check pages as of this date (yyyy-mm-dd) instead of today, e.g. to
 * preview what will be overdue at a deadline. Null means today.
 */
export const referenceDateSetting = defineItem<string | null>('local:referenceDate', { fallback: null });

/** The moment rules judge deadlines against: the reference date at noon, or now. */
export function checkMoment(referenceDate: string | null, now = new Date()): Date {
  return referenceDate ? new Date(`${referenceDate}T12:00:00`) : now;
}

/** Per-site adjustments to the adapter (lib/adapters/overrides.ts), edited in the options page. */
export const siteOverridesSetting = defineItem<SiteOverride[]>('local:siteOverrides', { fallback: [] });

/**
 * The name of the person using this browser, kept with each finding they mark 「已確認，無需更正」 so the
 * working group can review dismissals per person (staff names may be stored; DESIGN). Asked in the
 * options page and in the dismiss form when empty.
 */
export const staffNameSetting = defineItem<string>('local:staffName', { fallback: '' });
