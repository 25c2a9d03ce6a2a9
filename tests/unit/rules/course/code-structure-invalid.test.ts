// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { CourseGrade } from '@/lib/model/records';
import { NATIONAL_POLICY } from '@/lib/policy/presets';
import { courseCodeStructureInvalid as rule } from '@/lib/rules/course/code-structure-invalid';
import { decodeCourseCode, describeDecoding } from '@/lib/rules/course/code-structure';
import { on, outcome, page, withPolicy } from '../fixtures';

const grade = (code: string, over: Partial<CourseGrade> = {}): CourseGrade => ({ type: 'course-grade', code, term: { year: 114, semester: 1 }, ...over });
const CHECK = on('2026-01-10');

describe('decodeCourseCode (the 23-character layout of shared/domain.md)', () => {
  it('decodes the real examples position by position', () => {
    expect(describeDecoding(decodeCourseCode('108011302H11101A1010101')).zh).toBe(
      '入學學年度 108｜學校代碼 011302｜課程類型 H｜群別／科別／學程 11101｜班群 A｜課程類別 1 部定必修｜第 18 碼 0｜科目屬性 1 一般科目｜領域 01 語文｜序號 01',
    );
    expect(describeDecoding(decodeCourseCode('108120401E22L0107020005')).zh).toBe(
      '入學學年度 108｜學校代碼 120401｜課程類型 E｜群別／科別／學程 22L01｜班群 0 不分班群｜課程類別 7 校訂選修｜第 18 碼 0｜科目屬性 2 專業科目｜領域 00 不分領域｜序號 05',
    );
    expect(decodeCourseCode('109041305H11101B1010101').problems).toEqual([]);
  });
});

describe('course.code.structure-invalid', () => {
  it('is silent on valid codes of this school and on a page’s codes of another length', () => {
    const policy = withPolicy((p) => (p.schoolCode = '011302'));
    const records = [grade('114011302H11101A1010101'), outcome({ courseCode: '114093301101001010101' })];
    expect(rule.check(page(records), policy, CHECK)).toEqual([]);
  });

  it('fires on a grade row’s code of the wrong length, showing what it could decode', () => {
    const [found] = rule.check(page([grade('114011302H11101A10101')], 'course-list'), NATIONAL_POLICY, CHECK);
    expect(found).toMatchObject({ ruleId: 'course.code.structure-invalid', severity: 'error', recordIndex: 0, field: 'code' });
    expect(found!.message.zh).toContain('課程代碼「114011302H11101A10101」逐碼解讀：入學學年度 114｜學校代碼 011302');
    expect(found!.message.zh).toContain('問題：長度為 21 碼，應為 23 碼');
  });

  it('names the position, its meaning and the table when 課程類別 or 科目屬性 is not in it', () => {
    const [category] = rule.check(page([grade('114011302H11101A' + 'X' + '010101')]), NATIONAL_POLICY, CHECK);
    expect(category!.message.zh).toContain('第 17 碼（課程類別）「X」不在代碼表中（可用：1、2、3、4、5、6、7、8、9、A、B、C、D、E、F）');
    const [letter] = rule.check(page([grade('1140113021H1101A1010101')]), NATIONAL_POLICY, CHECK);
    expect(letter!.message.zh).toContain('第 10 碼（課程類型）「1」應為大寫英文字母');
  });

  it('fires on another school’s code and on an entry year after the record’s school year', () => {
    const policy = withPolicy((p) => (p.schoolCode = '011302'));
    const [other] = rule.check(page([grade('114093301H11101A1010101')]), policy, CHECK);
    expect(other!.message.zh).toContain('學校代碼 093301 不是本校的 011302');
    const [late] = rule.check(page([grade('115011302H11101A1010101')]), policy, CHECK);
    expect(late!.message.zh).toContain('入學學年度 115 晚於這筆資料的 114 學年度');
  });
});
