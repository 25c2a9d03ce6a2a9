import type { Term } from '@/lib/model/records';

/**
 * A date cell's text as ISO yyyy-mm-dd when it is written as one (西元 yyyy/mm/dd, yyyy-mm-dd,
 * yyyy.mm.dd, yyyymmdd; 民國 yyy/mm/dd, yyymmdd, yyy年m月d日), without judging whether the day exists
 * (the rules say that); anything else is kept as written.
 */
export function rosterDate(text: string): string {
  const value = text.normalize('NFKC').trim();
  const parts = /^(\d{2,4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(value) ?? /^(\d{3,4})(\d{2})(\d{2})$/.exec(value);
  if (!parts) return value;
  const year = Number(parts[1]) + (parts[1]!.length <= 3 ? 1911 : 0);
  return `${String(year).padStart(4, '0')}-${parts[2]!.padStart(2, '0')}-${parts[3]!.padStart(2, '0')}`;
}

/** An Excel date serial (days since 1899-12-30, the 1900 leap-year bug included) as ISO. */
export function serialDate(serial: number): string {
  return new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000).toISOString().slice(0, 10);
}

/** 學年度 and 學期 from the cover rows' values (114 / 1, 一, 上, 上學期, 第1學期). */
export function coverTerm(yearText: string, semesterText: string): Term | undefined {
  const year = Number(/\d{2,3}/.exec(yearText.normalize('NFKC'))?.[0]);
  const semester = semesterText.normalize('NFKC').replace(/\s/g, '');
  const which = /^(第)?(1|一|上)(學期)?$/.test(semester) ? 1 : /^(第)?(2|二|下)(學期)?$/.test(semester) ? 2 : undefined;
  if (!which || !Number.isInteger(year) || year < 90 || year > 200) return undefined;
  return { year, semester: which };
}

/** A number cell's text as a number, when it is one. */
export function numberOf(text: string): number | undefined {
  if (!/^\d+(\.\d+)?$/.test(text)) return undefined;
  return Number(text);
}

/** 開課年級 as 10–12: 1–3 and 10–12 are both written. */
export function gradeOf(text: string): number | undefined {
  const n = numberOf(text);
  if (n === undefined) return undefined;
  if (n >= 1 && n <= 3) return n + 9;
  return n >= 10 && n <= 12 ? n : undefined;
}

/** An ID number as shown in the problem list: A12****789. */
export function maskId(text: string): string {
  const value = text.trim();
  if (value.length <= 6) return '*'.repeat(value.length);
  return `${value.slice(0, 3)}${'*'.repeat(value.length - 6)}${value.slice(-3)}`;
}
