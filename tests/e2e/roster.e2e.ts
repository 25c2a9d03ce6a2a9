import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { read, utils, write } from '@e965/xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromCsv } from '@/lib/export/csv';
import { ARTIFACTS_DIR, openSession, screenshot, type Session } from './harness';
// @ts-expect-error plain ES module without types
import { rosterWorkbook } from '../portal/rosters/build.mjs';

/** The extension's storage as its service worker sees it (these tests run in Node, without chrome's types). */
type WorkerGlobal = { chrome: { storage: { local: { set(items: object): Promise<void>; get(key: string): Promise<Record<string, unknown>> } } } };

const ROSTERS = resolve(import.meta.dirname, '../portal/pages/rosters');
const BATCH = ['batch/students.xlsx', 'batch/grades.xlsx', 'batch/outcomes.xlsx', 'batch/performances.xlsx'];
const ERRORS = ['errors/grades-errors.xlsx', 'errors/students-errors.xlsx', 'errors/old-format.xls', 'errors/password.xlsx'];
const FILES = join(ARTIFACTS_DIR, 'roster-downloads');

/** The sample batch's course plan (batch/course-plan.csv), as stored by the options page. */
const PLAN = {
  entries: [
    { code: '113093301H1110101010101', name: '國語文', credits: 4, grade: 11, semester: 1 },
    { code: '113093301H1110101010201', name: '數學', credits: 4, grade: 11, semester: 1 },
    { code: '113093301H1110103010401', name: '物理', credits: 2, grade: 11, semester: 1 },
    { code: '113093301H11101090D0001', name: '彈性學習-程式設計', credits: 1, grade: 11, semester: 1 },
  ],
};

/** Every problem row on the page as [file, row, column, rule]. */
const problemRows = (page: Page) =>
  page.locator('[data-lpc-roster-finding]').evaluateAll((rows) => rows.map((row) => [row.getAttribute('data-file'), row.getAttribute('data-row'), row.getAttribute('data-column'), row.getAttribute('data-rule')]));

describe('名冊預檢 (roster.html)', () => {
  let session: Session;
  let page: Page;
  beforeAll(async () => {
    session = await openSession();
    mkdirSync(FILES, { recursive: true });
    // The sample school, its plan, and a fixed day for the date rules.
    await session.worker.evaluate(
      ([plan]) =>
        (globalThis as unknown as WorkerGlobal).chrome.storage.local.set({ coursePlan: plan, referenceDate: '2026-01-10' }),
      [PLAN] as const,
    );
    page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/roster.html`);
    await page.locator('[data-policy]').waitFor();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('checks a batch with error files: a verdict per file and the problems by file, row and column', async () => {
    await page.locator('input[data-lpc-roster-input]').setInputFiles([...BATCH, ...ERRORS].map((path) => join(ROSTERS, path)));
    await expect.poll(() => page.locator('[data-lpc-roster-file]').count(), { timeout: 30_000 }).toBe(8);
    const files = await page.locator('[data-lpc-roster-file]').evaluateAll((rows) => rows.map((row) => [row.getAttribute('data-lpc-roster-file'), row.getAttribute('data-kind'), row.getAttribute('data-verdict')]));
    expect(files).toEqual([
      ['students.xlsx', 'students', 'ok'],
      ['grades.xlsx', 'grades', 'ok'],
      ['outcomes.xlsx', 'outcomes', 'ok'],
      ['performances.xlsx', 'performances', 'ok'],
      ['grades-errors.xlsx', 'grades', 'fix'],
      ['students-errors.xlsx', 'students', 'fix'],
      ['old-format.xls', 'unknown', 'fix'],
      ['password.xlsx', 'unknown', 'fix'],
    ]);
    expect(await page.locator('[data-lpc-roster-file="grades.xlsx"] .verdict').textContent()).toBe('可上傳');
    expect(await page.locator('[data-lpc-roster-file="grades-errors.xlsx"] .verdict').textContent()).toBe('請先更正');
    expect(await problemRows(page)).toEqual([
      ['grades-errors.xlsx', '8', '身分證號', 'identity.id-number.invalid'],
      ['grades-errors.xlsx', '8', '身分證號', 'identity.roster.student-missing'],
      ['grades-errors.xlsx', '9', '出生日期', 'identity.birth-date.invalid'],
      ['grades-errors.xlsx', '10', '課程代碼', 'course.code.structure-invalid'],
      ['grades-errors.xlsx', '10', '課程代碼', 'course.code.not-in-plan'],
      ['grades-errors.xlsx', '11', '課程代碼', 'course.code.structure-invalid'],
      ['grades-errors.xlsx', '11', '課程代碼', 'course.code.not-in-plan'],
      ['grades-errors.xlsx', '12', '課程代碼', 'course.grade.not-submittable'],
      ['grades-errors.xlsx', '12', '課程代碼', 'course.code.not-in-plan'],
      ['grades-errors.xlsx', '13', '學期學業成績', 'format.roster.required-empty'],
      ['grades-errors.xlsx', '14', '身分證號', 'identity.roster.student-missing'],
      ['grades-errors.xlsx', '15', '科目名稱', 'course.plan.mismatch'],
      ['grades-errors.xlsx', '15', '修課學分', 'course.plan.mismatch'],
      ['grades-errors.xlsx', '16', '學期學業成績', 'read.cell.formula'],
      ['grades-errors.xlsx', '17', '出生日期', 'read.cell.date-number'],
      ['students-errors.xlsx', '1', '學校代碼', 'read.cell.leading-zero'],
      ['students-errors.xlsx', '6', '', 'read.header.merged'],
      ['students-errors.xlsx', '7', '身分證號', 'identity.student.duplicate'],
      ['students-errors.xlsx', '8', '學號', 'read.cell.leading-zero'],
      ['students-errors.xlsx', '9', '身分證號', 'identity.student.duplicate'],
      ['students-errors.xlsx', '10', '出生日期', 'identity.birth-date.invalid'],
      ['old-format.xls', '', '', 'read.file.xls'],
      ['password.xlsx', '', '', 'read.file.encrypted'],
    ]);
    // The cell is shown with the ID number masked; the message decodes the course code.
    const idRow = page.locator('[data-lpc-roster-finding][data-rule="identity.id-number.invalid"]');
    expect(await idRow.locator('td.value').textContent()).toBe('B21****975');
    expect(await page.locator('[data-rule="course.grade.not-submittable"]').textContent()).toContain('課程類別 8 團體活動時間｜第 18 碼 0｜科目屬性 0 不分屬性');
    expect(await page.locator('[data-rule="read.file.xls"]').textContent()).toContain('存檔類型選「Excel 活頁簿 (*.xlsx)」');
    expect(await page.locator('body').textContent()).not.toContain('B212345975');
    await page.locator('[data-logged]').waitFor();
    expect(await page.locator('[data-logged]').textContent()).toBe('結果已記入統計（只記名冊種類、規則與件數，不含儲存格內容）。');
    await screenshot(page, 'roster-results');
  });

  it('filters the problems by file, rule and severity', async () => {
    await page.locator('select[data-filter="file"]').selectOption('students-errors.xlsx');
    await expect.poll(() => page.locator('[data-lpc-roster-finding]').count(), { timeout: 15_000 }).toBe(6);
    await page.locator('select[data-filter="severity"]').selectOption('warning');
    expect(await problemRows(page)).toEqual([['students-errors.xlsx', '6', '', 'read.header.merged']]);
    await page.locator('select[data-filter="file"]').selectOption('');
    await page.locator('select[data-filter="severity"]').selectOption('');
    await page.locator('select[data-filter="rule"]').selectOption('identity.roster.student-missing');
    expect(await problemRows(page)).toEqual([
      ['grades-errors.xlsx', '8', '身分證號', 'identity.roster.student-missing'],
      ['grades-errors.xlsx', '14', '身分證號', 'identity.roster.student-missing'],
    ]);
    await page.locator('select[data-filter="rule"]').selectOption('');
    await expect.poll(() => page.locator('[data-lpc-roster-finding]').count(), { timeout: 15_000 }).toBe(23);
  });

  it('exports the problem list as CSV (UTF-8 with BOM) and xlsx, and both read back', async () => {
    const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action="export-csv"]').click()]);
    const csvPath = join(FILES, csvDownload.suggestedFilename());
    await csvDownload.saveAs(csvPath);
    const csvBytes = readFileSync(csvPath);
    expect([...csvBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = fromCsv(csvBytes.toString('utf8'));
    expect(csv.header).toEqual(['檔案', '工作表', '列', '欄位', '儲存格內容', '嚴重度', '規則', '規則代碼', '說明', '依據']);
    expect(csv.rows).toHaveLength(23);
    expect(csv.rows[0]!.slice(0, 8)).toEqual(['grades-errors.xlsx', '學期成績名冊', '8', '身分證號', 'B21****975', '錯誤', '身分證明號碼有誤', 'identity.id-number.invalid']);
    expect(csv.rows[0]![9]).toBe('依據：國教署 學生學習歷程檔案作業要點 三(一)');

    const [xlsxDownload] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action="export-xlsx"]').click()]);
    const xlsxPath = join(FILES, xlsxDownload.suggestedFilename());
    await xlsxDownload.saveAs(xlsxPath);
    expect(xlsxPath.endsWith('.xlsx')).toBe(true);
    const book = read(readFileSync(xlsxPath), { type: 'buffer' });
    expect(book.SheetNames).toEqual(['問題清單']);
    const rows = utils.sheet_to_json<unknown[]>(book.Sheets['問題清單']!, { header: 1, raw: false });
    expect(rows).toHaveLength(24);
    expect(rows[0]).toEqual(csv.header);
    expect((rows[8] as unknown[]).slice(0, 8)).toEqual(['grades-errors.xlsx', '學期成績名冊', '12', '課程代碼', '113093301H1110108000001', '錯誤', '此課程代碼的成績不可提交', 'course.grade.not-submittable']);
  });

  it('opens from the popup (「名冊預檢」) and from the dashboard', async () => {
    await session.worker.evaluate(() => (globalThis as unknown as WorkerGlobal).chrome.storage.local.set({ role: 'staff' }));
    const popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
    const [opened] = await Promise.all([session.context.waitForEvent('page'), popup.locator('[data-action="open-roster"]').click()]);
    await opened.waitForURL(/\/roster\.html$/);
    expect(await popup.locator('[data-action="open-roster"]').textContent()).toBe('名冊預檢');
    await opened.close();
    await popup.close();
    const dashboard = await session.context.newPage();
    await dashboard.goto(`chrome-extension://${session.extensionId}/dashboard.html`);
    const link = dashboard.locator('a.roster-link');
    expect(await link.textContent()).toBe('名冊預檢');
    expect(await link.evaluate((a) => (a as HTMLAnchorElement).href)).toBe(`chrome-extension://${session.extensionId}/roster.html`);
    // The first test's run is in the log as the 預檢 task: 6 rosters recognised, 4 可上傳 (the two unreadable files are not).
    const precheck = dashboard.locator('table[data-table="tasks"] tr[data-key="precheck"]');
    await precheck.waitFor({ timeout: 15_000 });
    expect([await precheck.locator('[data-col="total"]').textContent(), await precheck.locator('[data-col="done"]').textContent()]).toEqual(['6', '4']);
    await dashboard.close();
  });

  it('imports an xlsx course plan in the options page through the roster worker: a preview with credits per semester, saved on confirmation', async () => {
    const book = utils.book_new();
    utils.book_append_sheet(
      book,
      utils.aoa_to_sheet([
        ['課程代碼', '科目名稱', '授課學期學分節數'],
        ['113093301H1110101010101', '國語文', 'DDDDCZ'],
        ['113093301H1110103010401', '物理', 'ZZBBZZ'],
      ]),
      '課程代碼',
    );
    const plan = join(FILES, 'course-plan.xlsx');
    writeFileSync(plan, write(book, { type: 'buffer', bookType: 'xlsx' }));
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    await options.locator('input[data-action="import-plan"]').setInputFiles(plan);
    await options.getByText('「course-plan.xlsx」讀到 2 門課程，請確認後儲存').waitFor();
    const rows = await options.locator('.plan-preview tbody tr').evaluateAll((trs) => trs.map((tr) => Array.from(tr.querySelectorAll('td'), (td) => td.textContent)));
    expect(rows).toEqual([
      ['2', '113093301H1110101010101', '國語文', '4 / 4 / 4 / 4 / 3 / 0'],
      ['3', '113093301H1110103010401', '物理', '0 / 0 / 2 / 2 / 0 / 0'],
    ]);
    await options.locator('[data-action="save-plan-preview"]').click();
    await options.getByText('已從「course-plan.xlsx」讀入 2 門課程並儲存。').waitFor();
    const stored = await session.worker.evaluate(() => (globalThis as unknown as WorkerGlobal).chrome.storage.local.get('coursePlan').then((items) => items.coursePlan));
    expect(stored).toEqual({
      entries: [
        { code: '113093301H1110101010101', name: '國語文', creditsByTerm: [4, 4, 4, 4, 3, 0] },
        { code: '113093301H1110103010401', name: '物理', creditsByTerm: [0, 0, 2, 2, 0, 0], credits: 2 },
      ],
    });
    await options.close();
  });

  it('shows progress on a big file and cancels without leaving a result', async () => {
    const big = join(FILES, 'big-grades.xlsx');
    writeFileSync(big, rosterWorkbook(30_000));
    await page.locator('input[data-lpc-roster-input]').setInputFiles([big, big, big].map((path, i) => ({ name: `big-${i + 1}.xlsx`, mimeType: 'application/octet-stream', buffer: readFileSync(path) })));
    await page.locator('[data-lpc-roster-progress]').waitFor({ timeout: 15_000 });
    await page.locator('[data-lpc-roster-progress] [data-action="cancel"]').click();
    await page.getByText('已取消，沒有留下任何結果。').waitFor();
    expect(await page.locator('[data-lpc-roster-file]').count()).toBe(0);
  });
});
