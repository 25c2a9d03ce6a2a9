// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { uncheckedInputs } from '@/lib/rules';

describe('uncheckedInputs: what a page could not check for want of an input', () => {
  it('names the course-plan comparisons on a 開課資料 page when no plan is imported', () => {
    expect(uncheckedInputs('course-list', { plan: false, schoolCode: true }).map((note) => note.zh)).toEqual([
      '未匯入核定課程計畫：課程代碼未比對',
      '未匯入核定課程計畫：科目名稱與學分未比對',
    ]);
  });

  it('names the school-code check on course pages when no 學校代碼 is set', () => {
    expect(uncheckedInputs('course-code-check', { plan: true, schoolCode: false }).map((note) => note.zh)).toEqual(['未設定學校代碼：課程代碼中的學校代碼未核對']);
  });

  it('says nothing when the inputs are there, or on pages that do not need them', () => {
    expect(uncheckedInputs('course-list', { plan: true, schoolCode: true })).toEqual([]);
    expect(uncheckedInputs('receipt', { plan: false, schoolCode: false })).toEqual([]);
  });
});
