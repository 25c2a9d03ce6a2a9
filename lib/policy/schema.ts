import { z } from 'zod';

/**
 * A school's policy: the national baseline plus its 補充規定. Rules read numbers
 * from here; no rule hard-codes a school's figure.
 */
export const SchoolPolicy = z.object({
  schemaVersion: z.literal(1),
  id: z.string().min(1),
  name: z.string().min(1),
  summary: z.object({
    /** 簡述 limit in characters; every character counts as one (000 附件二) */
    maxChars: z.number().int().positive(),
  }),
});
export type SchoolPolicy = z.infer<typeof SchoolPolicy>;
