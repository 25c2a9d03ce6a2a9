import { z } from 'zod';
import { PAGE_KINDS, type PageKind } from '@/lib/model/page-kind';

/**
 * Messages between the content script, the background and the popup. The
 * background validates every message it receives with these schemas.
 */

const pageKind = z.enum(Object.keys(PAGE_KINDS) as [PageKind, ...PageKind[]]);
const severity = z.enum(['error', 'warning', 'info']);

export const PageReport = z.object({
  type: z.literal('page-report'),
  url: z.string().url(),
  pageKind: pageKind.nullable(),
  status: z.enum(['checked', 'unrecognized']),
  policyId: z.string(),
  /**
   * One identity per record read, made of what the page shows (學號, term, course
   * code, title). The background turns each into a keyed hash before logging.
   */
  subjects: z.array(z.string()),
  findings: z.array(
    z.object({
      ruleId: z.string(),
      severity,
      recordIndex: z.number().int().nonnegative().nullable(),
    }),
  ),
});
export type PageReport = z.infer<typeof PageReport>;

export const SitesChanged = z.object({ type: z.literal('sites-changed') });

export const BackgroundMessage = z.discriminatedUnion('type', [PageReport, SitesChanged]);
export type BackgroundMessage = z.infer<typeof BackgroundMessage>;

/** What the popup asks a tab's content script, and what it answers. */
export interface SummaryRequest {
  type: 'get-summary';
}

export interface PageSummary {
  status: 'checked' | 'unrecognized';
  pageKind: PageKind | null;
  errors: number;
  warnings: number;
  /** zh/en note when unrecognized */
  reason?: { zh: string; en: string };
  findings: { ruleId: string; severity: 'error' | 'warning' | 'info'; message: { zh: string; en: string } }[];
}
