import { z } from 'zod';
import { DEFAULT_CRITERIA, type CommendationCriteria } from '@/lib/stats/commendations';
import type { MetaRow } from './database';
import { KEY_INFO_KEY, KeyInfo, SECRET_KEY, SecretHex } from './secret';

/**
 * The log's `meta` table holds a few settings of the log itself, each with its own schema. A row
 * from a file or an older version that does not fit its schema is never used as it is.
 */

/** meta row of the 敘獎 criteria the secretary set in the dashboard */
export const CRITERIA_KEY = 'commendation-criteria';

export const CommendationCriteriaSchema = z.object({
  by: z.enum(['person', 'unit']),
  minCompletion: z.number().min(0).max(1),
  minOnTime: z.number().min(0).max(1),
  minItems: z.number().int().min(1).max(1_000_000),
}) satisfies z.ZodType<CommendationCriteria>;

/** The stored criteria, or the defaults when none are stored or the stored value is not valid. */
export function criteriaOf(value: unknown): CommendationCriteria {
  const parsed = CommendationCriteriaSchema.safeParse(value);
  return parsed.success ? parsed.data : DEFAULT_CRITERIA;
}

const SCHEMAS: Record<string, z.ZodType> = {
  [CRITERIA_KEY]: CommendationCriteriaSchema,
  [KEY_INFO_KEY]: KeyInfo,
  [SECRET_KEY]: SecretHex,
};

/** Meta rows a plain backup carries: never the hashing key. */
export const EXPORTED_META: readonly string[] = [CRITERIA_KEY, KEY_INFO_KEY];

/** The rows among `rows` whose key is one of `keys` and whose value fits that key's schema. */
export function validMeta(rows: readonly { key: string; value?: unknown }[], keys: readonly string[] = EXPORTED_META): MetaRow[] {
  const kept: MetaRow[] = [];
  for (const { key, value } of rows) {
    const schema = SCHEMAS[key];
    if (!schema || !keys.includes(key)) continue;
    const parsed = schema.safeParse(value);
    if (parsed.success) kept.push({ key, value: parsed.data });
  }
  return kept;
}
