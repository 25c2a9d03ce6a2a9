import { CAOTUN_POLICY } from './caotun';
import { HUALIEN_GIRLS_POLICY } from './hualien-girls';
import { NATIONAL_POLICY } from './national';
import { RENWU_POLICY } from './renwu';
import type { SchoolPolicy } from './schema';

export { CAOTUN_POLICY, HUALIEN_GIRLS_POLICY, NATIONAL_POLICY, RENWU_POLICY };

/** The policies a school can start from, in the order the options page lists them. */
export const POLICY_PRESETS: readonly SchoolPolicy[] = [NATIONAL_POLICY, RENWU_POLICY, HUALIEN_GIRLS_POLICY, CAOTUN_POLICY];

export function presetById(id: string): SchoolPolicy | undefined {
  return POLICY_PRESETS.find((policy) => policy.id === id);
}
