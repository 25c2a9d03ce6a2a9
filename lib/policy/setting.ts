import { defineItem } from '@/lib/storage-item';
import { NATIONAL_POLICY } from './national';
import type { SchoolPolicy } from './schema';
import { baselinePolicySetting } from '@/lib/settings';

/**
 * The school policy the rules read: a preset or the school's edited copy; the national baseline until one is
 * chosen. The same stored value as `storedPolicySetting`, which the content script reads (with `baselinePolicySetting`).
 */
export const policySetting = defineItem<SchoolPolicy>('local:policy', { fallback: NATIONAL_POLICY });

/**
 * Stores the national baseline under its own key (the background, at each start), so a page's checker, which reads
 * the stored policy only, has one before a school chooses its own. It never writes the school's policy: a
 * school's choice made while the background starts cannot be overwritten.
 */
export async function storeBaselinePolicy(): Promise<void> {
  await baselinePolicySetting.setValue(NATIONAL_POLICY);
}
