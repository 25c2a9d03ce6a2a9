import { z } from 'zod';

/**
 * The domain model every adapter and parser produces and every rule reads.
 * Values are as the page states them, normalised (dates ISO, sizes in bytes);
 * nothing here is HTML.
 */

export const Term = z.object({
  /** 學年度, e.g. 114 */
  year: z.number().int().min(90).max(200),
  /** 學期: 1 or 2 */
  semester: z.union([z.literal(1), z.literal(2)]),
});
export type Term = z.infer<typeof Term>;

export const FileRef = z.object({
  name: z.string().min(1),
  /** lower-case extension without the dot, from the file name */
  ext: z.string(),
  bytes: z.number().int().nonnegative().optional(),
  /** the type the page states (文件 / 影音 / pdf …), when it states one */
  statedType: z.string().optional(),
});
export type FileRef = z.infer<typeof FileRef>;

export const CertStatus = z.enum(['pending', 'certified', 'rejected']);
export type CertStatus = z.infer<typeof CertStatus>;

export const PerformanceSource = z.enum(['student', 'school', 'agency']);
export type PerformanceSource = z.infer<typeof PerformanceSource>;

/** A 課程學習成果 (outcome) or 多元表現 (performance) item. */
export const Artifact = z.object({
  type: z.literal('artifact'),
  kind: z.enum(['outcome', 'performance']),
  /** 學號 or another per-school student key as the page shows it (hashed before it is logged) */
  studentRef: z.string().optional(),
  term: Term.optional(),
  courseName: z.string().optional(),
  courseCode: z.string().optional(),
  category: z.string().optional(),
  title: z.string(),
  /** 簡述 */
  summary: z.string().optional(),
  files: z.array(FileRef),
  link: z.string().optional(),
  /** ISO date (yyyy-mm-dd) */
  uploadedAt: z.string().optional(),
  certStatus: CertStatus.optional(),
  certReason: z.string().optional(),
  teacher: z.string().optional(),
  className: z.string().optional(),
  selected: z.boolean().optional(),
  source: PerformanceSource.optional(),
});
export type Artifact = z.infer<typeof Artifact>;

export const PageRecord = z.discriminatedUnion('type', [Artifact]);
export type PageRecord = z.infer<typeof PageRecord>;
