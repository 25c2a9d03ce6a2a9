import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCoursePlan } from '@/lib/csv/course-plan';
import { NATIONAL_POLICY } from '@/lib/policy/presets';
import { precheckRosters } from '@/lib/roster/precheck';

const ROOT = join(import.meta.dirname, '../../portal/pages/rosters');
const file = (path: string) => ({ name: path.split('/').pop()!, bytes: new Uint8Array(readFileSync(join(ROOT, path))) });
const plan = parseCoursePlan(readFileSync(join(ROOT, 'batch/course-plan.csv')));
const POLICY = { ...NATIONAL_POLICY, schoolCode: '093301' };
const CONTEXT = { now: new Date('2026-01-10T12:00:00'), plan: plan.ok ? plan.plan : undefined };
const BATCH = ['batch/students.xlsx', 'batch/grades.xlsx', 'batch/outcomes.xlsx', 'batch/performances.xlsx'];

describe('the sample rosters (tests/portal/rosters/build.mjs)', () => {
  it('the consistent batch is recognised file by file and passes', () => {
    const { check } = precheckRosters(BATCH.map(file), { policy: POLICY, context: CONTEXT });
    expect(check.files.map((f) => [f.file, f.kind, f.rows, f.errors, f.warnings, f.verdict, f.schoolCode, f.term])).toEqual([
      ['students.xlsx', 'students', 12, 0, 0, 'ok', '093301', { year: 114, semester: 1 }],
      ['grades.xlsx', 'grades', 48, 0, 0, 'ok', '093301', { year: 114, semester: 1 }],
      ['outcomes.xlsx', 'outcomes', 6, 0, 0, 'ok', '093301', { year: 114, semester: 1 }],
      ['performances.xlsx', 'performances', 3, 0, 0, 'ok', '093301', { year: 114, semester: 1 }],
    ]);
    expect(check.files[3]!.sheets.map((s) => [s.name, s.rows])).toEqual([
      ['幹部經歷暨事蹟紀錄', 2],
      ['競賽參與紀錄', 1],
    ]);
    expect(check.problems).toEqual([]);
  });

  it('the error files: every problem by file, sheet, Excel row, column, masked value and rule', () => {
    const errors = ['errors/grades-errors.xlsx', 'errors/students-errors.xlsx', 'errors/performances-errors.xlsx', 'errors/outcomes-errors.xlsx'];
    const { check } = precheckRosters([...BATCH, ...errors].map(file), { policy: POLICY, context: CONTEXT });
    const rows = check.problems.map((p) => [p.file, p.sheet, p.row, p.column, p.value, p.ruleId, p.severity]);
    expect(rows).toEqual([
      ['grades-errors.xlsx', '學期成績名冊', 8, '身分證號', 'B21****975', 'identity.id-number.invalid', 'error'],
      ['grades-errors.xlsx', '學期成績名冊', 8, '身分證號', 'B21****975', 'identity.roster.student-missing', 'error'],
      ['grades-errors.xlsx', '學期成績名冊', 9, '出生日期', '2009-02-30', 'identity.birth-date.invalid', 'error'],
      ['grades-errors.xlsx', '學期成績名冊', 10, '課程代碼', '113093301H111010101010', 'course.code.structure-invalid', 'error'],
      ['grades-errors.xlsx', '學期成績名冊', 10, '課程代碼', '113093301H111010101010', 'course.code.not-in-plan', 'error'],
      ['grades-errors.xlsx', '學期成績名冊', 11, '課程代碼', '113093301H111010X010101', 'course.code.structure-invalid', 'error'],
      ['grades-errors.xlsx', '學期成績名冊', 11, '課程代碼', '113093301H111010X010101', 'course.code.not-in-plan', 'error'],
      ['grades-errors.xlsx', '學期成績名冊', 12, '課程代碼', '113093301H1110108000001', 'course.grade.not-submittable', 'error'],
      ['grades-errors.xlsx', '學期成績名冊', 12, '課程代碼', '113093301H1110108000001', 'course.code.not-in-plan', 'error'],
      ['grades-errors.xlsx', '學期成績名冊', 13, '學期學業成績', '', 'format.roster.required-empty', 'error'],
      ['grades-errors.xlsx', '學期成績名冊', 14, '身分證號', 'Q17****214', 'identity.roster.student-missing', 'error'],
      ['grades-errors.xlsx', '學期成績名冊', 15, '科目名稱', '物理（加深）', 'course.plan.mismatch', 'warning'],
      ['grades-errors.xlsx', '學期成績名冊', 15, '修課學分', '3', 'course.plan.mismatch', 'warning'],
      ['grades-errors.xlsx', '學期成績名冊', 16, '學期學業成績', '85', 'read.cell.formula', 'warning'],
      ['grades-errors.xlsx', '學期成績名冊', 17, '出生日期', '39877', 'read.cell.date-number', 'warning'],
      ['students-errors.xlsx', '學生資料名冊', 1, '學校代碼', '93301', 'read.cell.leading-zero', 'error'],
      ['students-errors.xlsx', '學生資料名冊', 6, '', 'C6:D6', 'read.header.merged', 'warning'],
      ['students-errors.xlsx', '學生資料名冊', 7, '身分證號', 'A11****604', 'identity.student.duplicate', 'error'],
      ['students-errors.xlsx', '學生資料名冊', 8, '學號', '113002', 'read.cell.leading-zero', 'error'],
      ['students-errors.xlsx', '學生資料名冊', 9, '身分證號', 'A11****604', 'identity.student.duplicate', 'error'],
      ['students-errors.xlsx', '學生資料名冊', 10, '出生日期', '0098-03-04', 'identity.birth-date.invalid', 'error'],
      ['performances-errors.xlsx', '幹部經歷暨事蹟紀錄', 7, '開始日期', '2024-09-01', 'schedule.roster.date-outside-term', 'error'],
      ['performances-errors.xlsx', '幹部經歷暨事蹟紀錄', 7, '結束日期', '2025-01-20', 'schedule.roster.date-outside-term', 'error'],
      ['performances-errors.xlsx', '幹部經歷暨事蹟紀錄', 8, '結束日期', '2025-09-30', 'schedule.roster.date-outside-term', 'error'],
      ['performances-errors.xlsx', '幹部經歷暨事蹟紀錄', 9, '內容簡述', `${'參與'.repeat(50)}。`, 'format.summary.too-long', 'error'],
      ['performances-errors.xlsx', '幹部經歷暨事蹟紀錄', 20, '', '', 'quota.performance.selected-over-cap', 'error'],
      ['outcomes-errors.xlsx', '課程學習成果名冊', 1, '學校代碼', '093302', 'format.roster.cover-mismatch', 'error'],
      ['outcomes-errors.xlsx', '課程學習成果名冊', 2, '學年度', '114-2', 'format.roster.cover-mismatch', 'error'],
      ['outcomes-errors.xlsx', '課程學習成果名冊', 13, '', '', 'quota.outcome.selected-over-cap', 'error'],
    ]);
    expect(check.files.slice(4).map((f) => [f.file, f.errors, f.warnings, f.verdict])).toEqual([
      ['grades-errors.xlsx', 11, 4, 'fix'],
      ['students-errors.xlsx', 5, 1, 'fix'],
      ['performances-errors.xlsx', 5, 0, 'fix'],
      ['outcomes-errors.xlsx', 3, 0, 'fix'],
    ]);
    // No problem carries an ID number in clear, in its value or its message.
    const text = JSON.stringify(check.problems);
    for (const id of ['B212345975', 'Q176543214', 'A112345604']) expect(text).not.toContain(id);
  });

  it('shows the decoding of a course code in the message', () => {
    const { check } = precheckRosters([file('errors/grades-errors.xlsx')], { policy: POLICY, context: CONTEXT });
    const notSubmittable = check.problems.find((p) => p.ruleId === 'course.grade.not-submittable')!;
    expect(notSubmittable.message.zh).toContain(
      '逐碼解讀：入學學年度 113｜學校代碼 093301｜課程類型 H｜群別／科別／學程 11101｜班群 0 不分班群｜課程類別 8 團體活動時間｜第 18 碼 0｜科目屬性 0 不分屬性｜領域 00 不分領域｜序號 01',
    );
    expect(notSubmittable.source.zh).toBe('依據：國教署 學生學習歷程檔案作業要點 三(二)');
  });
});
