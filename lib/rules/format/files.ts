import type { Localized } from '@/lib/model/localized';
import type { FileRef, PageRecord } from '@/lib/model/records';
import type { CategoryFiles, FileCategory, FileGroup, SchoolPolicy } from '@/lib/policy/schema';

/** Records that carry files, with the format-table category they fall under. */
export function fileCategory(record: PageRecord): FileCategory | null {
  if (record.type === 'artifact') return record.kind;
  if (record.type === 'consultation') return 'consultation';
  return null;
}

export function filesOf(record: PageRecord): FileRef[] {
  return record.type === 'artifact' || record.type === 'consultation' ? record.files : [];
}

/** `jpeg` is the same format as the table's `jpg`. */
export function normalizeExt(ext: string): string {
  const lower = ext.trim().toLowerCase().replace(/^\./, '');
  return lower === 'jpeg' ? 'jpg' : lower;
}

export function groupOf(ext: string, category: CategoryFiles): FileGroup | undefined {
  const normal = normalizeExt(ext);
  return category.groups.find((group) => group.types.includes(normal));
}

export function bytesPerMB(policy: SchoolPolicy): number {
  return policy.files.mebibyte ? 1_048_576 : 1_000_000;
}

export function mbUnitNote(policy: SchoolPolicy): Localized {
  return policy.files.mebibyte
    ? { zh: '1 MB 以 1,048,576 位元組計', en: '1 MB = 1,048,576 bytes' }
    : { zh: '1 MB 以 1,000,000 位元組計', en: '1 MB = 1,000,000 bytes' };
}

export const GROUP_LABEL: Record<FileGroup['group'], Localized> = {
  consultation: { zh: '文件', en: 'document' },
  document: { zh: '文件', en: 'document' },
  media: { zh: '影音檔案', en: 'audio/video file' },
};
