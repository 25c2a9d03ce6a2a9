import { describe, expect, it } from 'vitest';
import { NATIONAL_POLICY } from '@/lib/policy/presets';
import { checkIdNumber } from '@/lib/rules/identity/id-number';
import { summaryTooLong } from '@/lib/rules/format/summary-too-long';
// @ts-expect-error plain ES modules of the sample portal
import { EXPECTED } from '../../portal/pages/data/expected.js';
// @ts-expect-error plain ES modules of the sample portal
import * as D from '../../portal/pages/data/school.js';
import { on, outcome, page } from '../rules/fixtures';

/**
 * Anchors written by hand, not by the functions that build the sample portal's pages
 * (compareCourse, precheckBatches, the ID weights): if one of those functions goes wrong, the
 * pages and expected.js go wrong together and only these literals notice.
 */

interface Row {
  key: string;
  problems: string[];
}
const rowsOf = (path: string): Row[] => (EXPECTED as Record<string, { rows: Row[] }>)[path]!.rows;

describe('課程代碼比對: expected results read by hand off course-plan.csv', () => {
  // Each line: the offering as the pages show it, what course-plan.csv says for that code, the verdict.
  const ANCHORS: [code: string, why: string, problems: string[]][] = [
    ['114093301101001010101', '國語文 4 學分; plan: 國語文,4', []],
    ['114093301101001050101', '化學 3 學分; plan: 化學,2', ['course-credits-differs']],
    ['113093301101001110101', '地理與生活 2 學分; plan: 地理,2', ['course-name-differs']],
    ['113093301101004150101', '多元選修：科學閱讀; no such code in the plan', ['course-code-unmatched']],
    ['112093310101001020101', '英語文; school code 093310, not 093301; not in the plan', ['course-code-unmatched', 'course-code-school-mismatch']],
  ];

  for (const path of ['/a/staff/CourseCodeCheck.aspx', '/b/staff/course-check.html', '/c/staff/CourseCodeCompare.action', '/d/staff/course-check']) {
    it.each(ANCHORS)(`${path}: %s (%s)`, (code, _why, problems) => {
      const row = rowsOf(path).find((r) => r.key === code);
      expect(row, `${code} is on ${path}`).toBeDefined();
      expect([...row!.problems].sort()).toEqual([...problems].sort());
    });
  }

  it('the vendor page prints the same verdicts (比對結果 from compareCourse)', () => {
    const verdict = (code: string) => D.compareCourse(D.COURSE_OFFERINGS.find((o: { code: string }) => o.code === code)).result;
    expect(['114093301101001010101', '114093301101001050101', '113093301101001110101', '113093301101004150101', '112093310101001020101'].map(verdict)).toEqual([
      'matched',
      'mismatch',
      'mismatch',
      'unmatched',
      'unmatched',
    ]);
  });
});

describe('預檢: which batches fail, written by hand', () => {
  // 學生基本資料名冊: the three students with a bad check digit (BAD_ID_SEATS 302-20, 302-27, 201-14);
  // 修課紀錄名冊: the two 114-1 codes not in the plan; 課程學習成果名冊: 陳柏翰's three summaries over
  // 100 characters (152, 125, 110); 多元表現名冊: a .docx and an mp4 over 10 MB; 幹部經歷名冊: none.
  const FAILED = ['學生基本資料名冊', '修課紀錄名冊', '課程學習成果名冊', '多元表現名冊'];
  for (const path of ['/a/central/PreCheck.aspx', '/b/central/precheck.html', '/c/central/PreCheck.action', '/d/central/precheck']) {
    it(`${path}: exactly those four batches are marked not passed`, () => {
      const failed = rowsOf(path).filter((r) => r.problems.includes('precheck-failed')).map((r) => r.key);
      expect(failed).toEqual(FAILED);
    });
  }
  it('the error counts per batch are 3, 2, 3, 0, 2', () => {
    expect(D.precheckBatches().map((b: { errors: unknown[] }) => b.errors.length)).toEqual([3, 2, 3, 0, 2]);
  });
});

describe('身分證統一編號: validity from published examples, not from our own weights', () => {
  // A123456789 is the example printed in textbooks and in the 內政部 explanation of the check digit
  // (valid); changing its last digit makes it invalid.
  const PUBLISHED: [id: string, valid: boolean][] = [
    ['A123456789', true],
    ['A123456788', false],
    ['A123456780', false],
  ];
  it.each(PUBLISHED)('the product says %s is valid: %s', (id, valid) => {
    expect(checkIdNumber(id).valid).toBe(valid);
  });
  it.each(PUBLISHED)('the sample portal (which makes its students’ numbers) says %s is valid: %s', (id, valid) => {
    expect(D.idCheckOk(id)).toBe(valid);
  });
});

describe('簡述 at the limit with trailing spaces (附件二: 每件固定100個中文字為限)', () => {
  // 100 characters followed by three 全形空白 and a space: the spaces are not characters written, so
  // the summary is at the limit, not over it — for the product's rule and for the portal's expectation.
  const atLimit = `${'字'.repeat(100)}　　　 `;
  it('the rule does not fire', () => {
    expect(summaryTooLong.check(page([outcome({ summary: atLimit })]), NATIONAL_POLICY, on('2026-01-01'))).toEqual([]);
  });
  it('the sample portal counts it as 100, and 101 written characters as 101', () => {
    expect(D.charCount(atLimit)).toBe(100);
    expect(D.charCount(`${'字'.repeat(101)}　`)).toBe(101);
  });
});
