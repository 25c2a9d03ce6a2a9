import { defineItem } from '@/lib/storage-item';
import { NATIONAL_POLICY } from './national';
import type { SchoolPolicy } from './schema';
import { storedPolicySetting } from '@/lib/settings';

/**
 * The school policy the rules read: a preset or the school's edited copy; the national baseline until one is
 * chosen. The same stored value as `storedPolicySetting`, which the content script reads.
 */
export const policySetting = defineItem<SchoolPolicy>('local:policy', { fallback: NATIONAL_POLICY });

/**
 * Stores the national baseline when no policy is stored yet (the background, at each start), so a page's
 * checker, which reads the stored policy only, always finds one.
 */
export async function ensurePolicyStored(): Promise<void> {
  if ((await storedPolicySetting.getValue()) === null) await policySetting.setValue(NATIONAL_POLICY);
}
