import { storage } from 'wxt/utils/storage';
import type { Locale } from '@/lib/model/localized';
import { NATIONAL_POLICY } from '@/lib/policy/national';
import type { SchoolPolicy } from '@/lib/policy/schema';

/** User settings, kept in the extension's local storage (never synced, never sent anywhere). */
export const localeSetting = storage.defineItem<Locale>('local:locale', { fallback: 'zh_TW' });

/** The school policy the rules read: a preset or the school's edited copy. */
export const policySetting = storage.defineItem<SchoolPolicy>('local:policy', { fallback: NATIONAL_POLICY });
