import type { Localized } from './localized';

/**
 * The 課程代碼 layout, as data. The 課程計畫平臺's real layout is unverified (domain.md); this one
 * parses every code the sample portal shows: 112 093301 1 010 0 1 01 01 01
 * = 入學學年度 3 + 學校代碼 6 + 課程類型 1 + 群別/學程 3 + 班群 1 + 課程屬性 1 + 領域 2 + 科目 2 + 課程 2.
 */

export interface CodeSegment {
  key: 'entryYear' | 'schoolCode' | 'courseType' | 'group' | 'classGroup' | 'attribute' | 'domain' | 'subject' | 'course';
  label: Localized;
  length: number;
  /** digits only, or digits and capital letters */
  charset: 'digits' | 'alnum';
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
    { key: 'courseType', label: { zh: '課程類型', en: 'course type' }, length: 1, charset: 'alnum' },
    { key: 'group', label: { zh: '群別／學程', en: 'group / programme' }, length: 3, charset: 'alnum' },
    { key: 'classGroup', label: { zh: '班群', en: 'class group' }, length: 1, charset: 'alnum' },
    { key: 'attribute', label: { zh: '課程屬性', en: 'course attribute' }, length: 1, charset: 'alnum' },
    { key: 'domain', label: { zh: '領域', en: 'domain' }, length: 2, charset: 'alnum' },
    { key: 'subject', label: { zh: '科目', en: 'subject' }, length: 2, charset: 'alnum' },
    { key: 'course', label: { zh: '課程', en: 'course' }, length: 2, charset: 'alnum' },
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
    parts[segment.key] = value;
  }
  return { ok: true, parts };
}
