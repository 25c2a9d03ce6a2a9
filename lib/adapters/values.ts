import type { CertStatus, PerformanceSource, Term } from '@/lib/model/records';

/**
 * Parsers for the values vendor pages print. Each returns undefined when the text
 * cannot be read with confidence, never a guess.
 */

const SIZE = /(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?\s*(GB|MB|KB|K|M|B|bytes?)\b/i;
const UNIT: Record<string, number> = { b: 1, byte: 1, bytes: 1, k: 1024, kb: 1024, m: 1024 ** 2, mb: 1024 ** 2, gb: 1024 ** 3 };

/** '3.2 MB', '850KB', '1,024 KB' → bytes (1 KB = 1024 bytes, as vendor pages compute them). */
export function parseSize(text: string): number | undefined {
  const match = SIZE.exec(text.normalize('NFKC'));
  if (!match) return undefined;
  const [, whole = '0', fraction = '0', unit = 'b'] = match;
  return Math.round(Number(`${whole.replace(/,/g, '')}.${fraction}`) * (UNIT[unit.toLowerCase()] ?? 1));
}

/** Finds every size written in a text, in order. */
export function findSizes(text: string): number[] {
  const sizes: number[] = [];
  const global = new RegExp(SIZE.source, 'gi');
  for (const match of text.normalize('NFKC').matchAll(global)) {
    const size = parseSize(match[0]);
    if (size !== undefined) sizes.push(size);
  }
  return sizes;
}

/** '2025-12-18', '2025/12/18', ROC '114/12/18', '114.12.18', with an optional time → '2025-12-18'. */
export function parseDate(text: string): string | undefined {
  const match = /(\d{2,4})[-/.年](\d{1,2})[-/.月](\d{1,2})/.exec(text.normalize('NFKC'));
  if (!match) return undefined;
  let year = Number(match[1]);
  if (year < 1000) year += 1911;
  const month = Number(match[2]);
  const day = Number(match[3]);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

/** '114-1', '114學年度第1學期', '114 上' or a 學年度 and 學期 cell read separately. */
export function parseTerm(yearText: string, semesterText?: string): Term | undefined {
  const text = `${yearText} ${semesterText ?? ''}`.normalize('NFKC');
  const combined = /(\d{2,3})\s*(?:學年度?)?\s*(?:[-/ ]|第)?\s*([12一二上下])\s*(?:學期)?/.exec(text);
  if (!combined) return undefined;
  const year = Number(combined[1]);
  const semester = ['1', '一', '上'].includes(combined[2] ?? '') ? 1 : 2;
  if (year < 90 || year > 200) return undefined;
  return { year, semester };
}

/** 認證狀態 as the portals word it. */
export function parseCertStatus(text: string): CertStatus | undefined {
  const value = text.replace(/\s/g, '');
  if (!value) return undefined;
  if (/未通過|不通過|退回|駁回|不予認證/.test(value)) return 'rejected';
  if (/未認證|待認證|尚未認證|審核中|待審/.test(value)) return 'pending';
  if (/已認證|認證通過|^通過$|已通過/.test(value)) return 'certified';
  return undefined;
}

/** 資料來源 / 登錄者: 學生上傳, 學校登錄, 校外機構登錄. */
export function parseSource(text: string): PerformanceSource | undefined {
  const value = text.replace(/\s/g, '');
  if (/校外|機構/.test(value)) return 'agency';
  if (/學校|校內|教師|承辦/.test(value)) return 'school';
  if (/學生|本人/.test(value)) return 'student';
  return undefined;
}
