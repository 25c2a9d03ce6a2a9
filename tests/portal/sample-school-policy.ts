import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SchoolPolicy } from '@/lib/policy/schema';
import { importPolicy } from '@/lib/policy/validate';

/**
 * The sample portal's school (範例高級中學) as a school policy file, the file a user of the sample portal
 * imports in the options page (「匯入設定」). Its calendar is the school's own — written by hand from
 * pages/data/school.js (開學 2025-09-01, 休業式 2026-01-20, 認證期限 2026-02-10 …) — and no preset carries
 * these dates: every test that involves a deadline on the sample portal chooses this policy.
 */
export const SAMPLE_SCHOOL_POLICY_FILE = join(import.meta.dirname, 'pages/data/sample-school-policy.json');

export const SAMPLE_SCHOOL_POLICY_TEXT = readFileSync(SAMPLE_SCHOOL_POLICY_FILE, 'utf8');

function load(): SchoolPolicy {
  const result = importPolicy(SAMPLE_SCHOOL_POLICY_TEXT);
  if (!result.ok) throw new Error(`sample-school-policy.json does not import: ${result.errors.map((e) => e.message).join('; ')}`);
  return result.policy;
}

export const SAMPLE_SCHOOL_POLICY: SchoolPolicy = load();
