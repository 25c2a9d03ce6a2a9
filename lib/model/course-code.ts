import type { Localized } from './localized';

/**
 * The 課程代碼 layout, as data. The 課程計畫平臺's real layout is unverified (domain.md); this one
 * is the sample portal's (tests/portal/pages/data/school.js) and parses every code it shows:
 * 112 093301 1 01 001 01 01 01 = 入學學年度 3 + 學校代碼 6 + 學制 1 + 群科班別 2 + 課程類別 3
 * + 科目 2 + 序號 2 + 學期 2.
 */

export interface CodeSegment {
  key: 'entryYear' | 'schoolCode' | 'system' | 'program' | 'category' | 'subject' | 'sequence' | 'semester';
  label: Localized;
  length: number;
  /** digits only, or digits and capital letters */
  charset: 'digits' | 'alnum';
  /** the only values the segment may take, when it is a closed list */
  values?: string[];
}

export interface CourseCodeLayout {
  segments: CodeSegment[];
  /** false while no official source confirms the layout; messages say so */
  verified: boolean;
}

export const COURSE_CODE_LAYOUT: CourseCodeLayout = {
  verified: false,
  segments: [
    { key: 'entryYear', label: { zh: '入學學年度', en: 'entry year' }, length: 3, charset: 'digits' },
    { key: 'schoolCode', label: { zh: '學校代碼', en: 'school code' }, length: 6, charset: 'digits' },
    { key: 'system', label: { zh: '學制', en: 'school system' }, length: 1, charset: 'alnum' },
    { key: 'program', label: { zh: '群科班別', en: 'programme' }, length: 2, charset: 'alnum' },
    { key: 'category', label: { zh: '課程類別', en: 'course category' }, length: 3, charset: 'alnum' },
    { key: 'subject', label: { zh: '科目', en: 'subject' }, length: 2, charset: 'alnum' },
    { key: 'sequence', label: { zh: '序號', en: 'sequence' }, length: 2, charset: 'alnum' },
    { key: 'semester', label: { zh: '學期', en: 'term' }, length: 2, charset: 'digits', values: ['01', '02'] },
  ],
};

export function codeLength(layout: CourseCodeLayout = COURSE_CODE_LAYOUT): number {
  return layout.segments.reduce((sum, segment) => sum + segment.length, 0);
}

export type ParsedCourseCode =
  | { ok: true; parts: Record<CodeSegment['key'], string> }
  | { ok: false; problem: Localized };

/** Splits a code by the layout; says which segment is wrong when it can't. */
export function parseCourseCode(raw: string, layout: CourseCodeLayout = COURSE_CODE_LAYOUT): ParsedCourseCode {
  const code = raw.trim();
  const length = codeLength(layout);
  if ([...code].length !== length) {
    return {
      ok: false,
      problem: { zh: `長度為 ${[...code].length} 碼，應為 ${length} 碼`, en: `is ${[...code].length} characters long, expected ${length}` },
    };
  }
  const parts = {} as Record<CodeSegment['key'], string>;
  let at = 0;
  for (const segment of layout.segments) {
    const value = code.slice(at, at + segment.length);
    at += segment.length;
    const pattern = segment.charset === 'digits' ? /^[0-9]+$/ : /^[0-9A-Z]+$/;
    if (!pattern.test(value)) {
      return {
        ok: false,
        problem: {
          zh: `第 ${at - segment.length + 1}–${at} 碼（${segment.label.zh}）「${value}」不是${segment.charset === 'digits' ? '數字' : '數字或大寫英文字母'}`,
          en: `characters ${at - segment.length + 1}–${at} (${segment.label.en}) "${value}" are not ${segment.charset === 'digits' ? 'digits' : 'digits or capital letters'}`,
        },
      };
    }
    if (segment.values && !segment.values.includes(value)) {
      return {
        ok: false,
        problem: {
          zh: `第 ${at - segment.length + 1}–${at} 碼（${segment.label.zh}）「${value}」應為 ${segment.values.join(' 或 ')}`,
          en: `characters ${at - segment.length + 1}–${at} (${segment.label.en}) "${value}" should be ${segment.values.join(' or ')}`,
        },
      };
    }
    parts[segment.key] = value;
  }
  return { ok: true, parts };
}
