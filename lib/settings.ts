import { storage } from 'wxt/utils/storage';
import type { Locale } from '@/lib/model/localized';
import { NATIONAL_POLICY } from '@/lib/policy/national';
import type { SchoolPolicy } from '@/lib/policy/schema';
import type { QueueSnapshot } from '@/lib/certification/urgency';

/** User settings, kept in the extension's local storage (never synced, never sent anywhere). */
export const localeSetting = storage.defineItem<Locale>('local:locale', { fallback: 'zh_TW' });

/** The school policy the rules read: a preset or the school's edited copy. */
export const policySetting = storage.defineItem<SchoolPolicy>('local:policy', { fallback: NATIONAL_POLICY });

/** Who uses this browser; chosen on first run, it decides what the popup shows first. */
export type Role = 'teacher' | 'homeroom' | 'staff';
export const roleSetting = storage.defineItem<Role | null>('local:role', { fallback: null });

/** The teacher's certification queue as last seen; the badge is drawn from it. */
export const certificationQueueSetting = storage.defineItem<QueueSnapshot | null>('local:certificationQueue', { fallback: null });
