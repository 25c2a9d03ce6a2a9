import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS_DIR, openSession, screenshot, type Session } from './harness';
// @ts-expect-error plain ES module of the sample portal
import { EXPECTED } from '../portal/pages/data/expected.js';

/*
 * The working group's dashboard in the real extension. The log is seeded by restoring a backup
 * through the dashboard's own file input (a hand-built log with known answers), then a colleague's
 * overlapping backup is merged. Figures are checked against the numbers worked out by hand here.
 *
 * The clock: the 檢核基準日 is set to 2026-01-27, the day backup A was exported. The rows' deadlines are the
 * sample school's 114-1 calendar (tests/portal/pages/data/sample-school-policy.json): 認證 until
 * 2026-02-10 (not passed), the last 收訖 round until 2025-10-28 (passed); 課程代碼比對 2025-09-29 (passed).
 *
 * Term 114-1. Observations of backup A (latest per slice):
 *   outcome-cert 任課教師 王怡君 英語文 301   8 / 8 done, 8 on time (seen 01-12 at 4/8, 01-26 at 8/8)
 *   outcome-cert 任課教師 王怡君 英語文 302   8 / 8 done, 8 on time
 *   outcome-cert 任課教師 張志明 數學   302  10 / 5 done, 5 on time, 5 pending before 02-10: not due yet
 *   receipt-confirm 教務處註冊組 — 302        32 / 30 done, 28 on time, 2 done late, 2 pending after 10-28: late
 *   course-code-check 教務處教學組 周美玲     40 / 40 done, 40 on time
 *   total 98, done 91 (92.9 %), pending 7; on time 8 + 8 + 5 + 28 + 40 = 89 of 98 − 5 not yet due = 93 (95.7 %)
 * Backup B = A plus one later visit: 張志明 10 / 10 done, 10 on time → done 96 (98.0 %), nothing left
 *   pending before its deadline: on time 94 of 98 (95.9 %).
 */

const ORIGIN = 'http://127.0.0.1:5180';
const REFERENCE_DATE = '2026-01-27';
const day = (iso: string) => Date.parse(`${iso}T09:00:00+08:00`);

function visit(id: number, uid: string, iso: string, path: string, pageKind: string) {
  return { id, uid, at: day(iso), origin: ORIGIN, path, pageKind, policyId: 'caotun', records: 10, errors: 0, warnings: 0 };
}

function observation(id: string, visitUid: string, iso: string, slice: { taskId: string; unit: string; person: string; className: string; course: string }, total: number, done: number, onTime: number, due: string) {
  const scope = [slice.taskId, 114, 1, slice.unit, slice.person, slice.className, slice.course].join('|');
  return { id, visitUid, at: day(iso), day: iso, origin: ORIGIN, pageKind: 'certification', scope, year: 114, semester: 1, ...slice, total, done, pending: total - done, onTime, due, folded: 0 };
}

const wang = (className: string) => ({ taskId: 'outcome-cert', unit: '任課教師', person: '王怡君', className, course: '英語文' });
const chang = { taskId: 'outcome-cert', unit: '任課教師', person: '張志明', className: '302', course: '數學' };
const receipt = { taskId: 'receipt-confirm', unit: '教務處註冊組', person: '', className: '302', course: '' };
const codes = { taskId: 'course-code-check', unit: '教務處教學組', person: '周美玲', className: '', course: '' };

function backupA() {
  return {
    format: 'lp-checker-log',
    schemaVersion: 2,
    exportedAt: day('2026-01-27'),
    tables: {
      visits: [
        visit(1, 'visit-a1', '2026-01-12', '/a/teacher/Certify.aspx', 'certification'),
        visit(2, 'visit-a2', '2026-01-20', '/a/staff/Receipt.aspx', 'receipt'),
        visit(3, 'visit-a3', '2026-01-26', '/a/teacher/Certify.aspx', 'certification'),
      ],
      findings: [
        { key: 'finding-1', ruleId: 'format.summary.too-long', severity: 'error', origin: ORIGIN, pageKind: 'certification', subject: 'subject-1', firstSeen: day('2026-01-12'), lastSeen: day('2026-01-26'), resolvedAt: 0 },
      ],
      sightings: [
        { id: 1, visitId: 1, day: '2026-01-12', ruleId: 'format.summary.too-long', findingKey: 'finding-1' },
        { id: 2, visitId: 3, day: '2026-01-26', ruleId: 'format.summary.too-long', findingKey: 'finding-1' },
      ],
      observations: [
        observation('obs-a1', 'visit-a1', '2026-01-12', wang('301'), 8, 4, 4, '2026-02-10'),
        observation('obs-a2', 'visit-a3', '2026-01-26', wang('301'), 8, 8, 8, '2026-02-10'),
        observation('obs-a3', 'visit-a3', '2026-01-26', wang('302'), 8, 8, 8, '2026-02-10'),
        observation('obs-a4', 'visit-a3', '2026-01-26', chang, 10, 5, 5, '2026-02-10'),
        observation('obs-a5', 'visit-a2', '2026-01-20', receipt, 32, 30, 28, '2025-10-28'),
        observation('obs-a6', 'visit-a2', '2026-01-20', codes, 40, 40, 40, '2025-09-29'),
      ],
      units: [{ name: '任課教師' }, { name: '教務處註冊組' }, { name: '教務處教學組' }],
      people: [
        { name: '王怡君', unit: '任課教師', lastSeen: day('2026-01-26') },
        { name: '張志明', unit: '任課教師', lastSeen: day('2026-01-26') },
        { name: '周美玲', unit: '教務處教學組', lastSeen: day('2026-01-20') },
      ],
      tasks: [],
      duties: [],
      meta: [{ key: 'hash-secret', value: 'ab'.repeat(32) }],
    },
  };
}

function backupB() {
  const b = backupA();
  b.exportedAt = day('2026-02-03');
  b.tables.visits.push(visit(4, 'visit-b1', '2026-02-02', '/a/teacher/Certify.aspx', 'certification'));
  b.tables.observations.push(observation('obs-b1', 'visit-b1', '2026-02-02', chang, 10, 10, 10, '2026-02-10'));
  return b;
}

const FILES = resolve(ARTIFACTS_DIR, 'dashboard-files');

function writeJson(name: string, value: unknown): string {
  mkdirSync(FILES, { recursive: true });
  const path = join(FILES, name);
  writeFileSync(path, JSON.stringify(value));
  return path;
}

async function kpi(page: Page, name: string) {
  return page.locator(`[data-kpi="${name}"] .kpi-value`).textContent();
}

/** The trend's last day, its 準時率 and items not yet due, from the chart's table of daily figures. */
async function trendEnd(page: Page) {
  const last = page.locator('table[data-table="trend"] tbody tr').last();
  return [await last.getAttribute('data-key'), await last.locator('[data-col="on-time"]').textContent(), await last.locator('[data-col="not-yet-due"]').textContent()];
}

async function cell(page: Page, table: string, key: string, col: string) {
  return page.locator(`table[data-table="${table}"] tr[data-key="${key}"] [data-col="${col}"]`).textContent();
}

describe('dashboard: completion rates, commendations, checklist, exports', () => {
  let session: Session;
  let page: Page;
  beforeAll(async () => {
    session = await openSession();
    await session.worker.evaluate(
      (date) => (globalThis as unknown as { chrome: { storage: { local: { set(items: object): Promise<void> } } } }).chrome.storage.local.set({ referenceDate: date }),
      REFERENCE_DATE,
    );
    page = await session.context.newPage();
    page.on('dialog', (dialog) => void dialog.accept());
  });
  afterAll(async () => {
    await session?.close();
  });

  it('says what to do first when the log is empty', async () => {
    await page.goto(`chrome-extension://${session.extensionId}/dashboard.html`);
    const empty = page.locator('[data-empty="observations"]');
    await empty.waitFor({ timeout: 15_000 });
    expect(await empty.textContent()).toContain('請先用這個瀏覽器開啟校務系統的「課程學習成果認證」');
    await screenshot(page, 'dashboard-empty');
  });

  it('restores a backup through the dashboard and shows the figures worked out by hand', async () => {
    await page.locator('input[data-action="restore"]').setInputFiles(writeJson('backup-a.json', backupA()));
    await expect.poll(() => page.locator('[data-message]').textContent(), { timeout: 15_000 }).toContain('已還原：3 次頁面紀錄、6 筆件數紀錄');
    await page.locator('[data-kpi="completion"]').waitFor();
    expect(await kpi(page, 'completion')).toBe('92.9%');
    // 89 on time ÷ (89 on time + 4 late) = 89 / 93: 張志明's 5 pending are not due until 02-10
    expect(await kpi(page, 'on-time')).toBe('95.7%');
    expect(await page.locator('[data-kpi="on-time"] [data-gap]').textContent()).toBe('另有 5 件尚未到期');
    expect(await kpi(page, 'pending')).toBe('7');
    // The trend's 準時率 line ends where the KPI stands, by the same clock: on its last day (01-26) 89 / 93 with
    // the same 5 not due yet — not 89 / 98 = 90.8 %, as when the line counted them
    expect(await trendEnd(page)).toEqual(['2026-01-26', '95.7%', '5']);
    expect((await trendEnd(page))[1]).toBe(await kpi(page, 'on-time'));
    // its first day (01-12): 王怡君 301 only, 4 on time, 4 pending before 02-10 → 4 / 4
    expect(await page.locator('table[data-table="trend"] tr[data-key="2026-01-12"] [data-col="on-time"]').textContent()).toBe('100.0%');
    expect(await page.locator('[data-report-meta]').textContent()).toContain('114 學年度第 1 學期');

    expect(await cell(page, 'tasks', 'outcome-cert', 'done')).toBe('21');
    expect(await cell(page, 'tasks', 'outcome-cert', 'total')).toBe('26');
    expect(await cell(page, 'units', '教務處註冊組', 'completion')).toBe('93.8%');
    expect(await cell(page, 'teachers', '張志明', 'completion')).toBe('50.0%');
    expect(await cell(page, 'teachers', '王怡君', 'completion')).toBe('100.0%');
    expect(await cell(page, 'classes', '302', 'completion')).toBe('86.0%');
    expect(await cell(page, 'classes', '301', 'on-time')).toBe('100.0%');
    // 張志明: 5 certified, all on time, none late; the 5 others not due yet are said beside the rate
    expect(await cell(page, 'teachers', '張志明', 'on-time')).toBe('100.0%另有 5 件尚未到期');
    // Lowest completion first: who needs a push is at the top.
    expect(await page.locator('table[data-table="teachers"] tbody tr').first().getAttribute('data-key')).toBe('張志明');

    const candidates = page.locator('[data-candidate]');
    expect(await candidates.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-candidate')))).toEqual(['王怡君', '周美玲']);
    // Each candidate carries the evidence rows behind it.
    expect(await page.locator('[data-candidate="王怡君"] [data-evidence]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-evidence')))).toEqual(['obs-a2', 'obs-a3']);

    // The findings logged in the backup are there too.
    expect(await page.locator('tr[data-rule="format.summary.too-long"] [data-col="open"]').textContent()).toBe('1');
    // Charts drew something.
    const painted = await page.locator('section#units canvas').evaluate((canvas: HTMLCanvasElement) => {
      const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
      let count = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) count += 1;
      return count;
    });
    expect(painted).toBeGreaterThan(1000);
    await screenshot(page, 'dashboard-restored');
  });

  it('exports a rates table as CSV that parses back to the same numbers', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('table[data-table="teachers"] [data-action="csv"]').click()]);
    const path = join(FILES, download.suggestedFilename());
    await download.saveAs(path);
    const text = readFileSync(path, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
    expect(rows[0]).toEqual(['教師／承辦人', '應完成', '已完成', '待完成', '完成率(%)', '準時完成', '準時率(%)', '準時率說明']);
    expect(rows.slice(1)).toEqual([
      // 5 on time ÷ (5 on time + 0 late); the 5 pending are before the 02-10 deadline
      ['張志明', '10', '5', '5', '50.0', '5', '100.0', '另有 5 件尚未到期'],
      ['王怡君', '16', '16', '0', '100.0', '16', '100.0', ''],
      ['周美玲', '40', '40', '0', '100.0', '40', '100.0', ''],
    ]);
  });

  it('saves a chart as a PNG image', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('section#units [data-action="png"]').click()]);
    const path = join(FILES, download.suggestedFilename());
    await download.saveAs(path);
    const bytes = readFileSync(path);
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(bytes.length).toBeGreaterThan(2000);
    writeFileSync(join(ARTIFACTS_DIR, 'dashboard-chart-units.png'), bytes);
  });

  it('merges a colleague’s overlapping backup, counting each observation once', async () => {
    await page.locator('input[data-action="merge"]').setInputFiles(writeJson('backup-b.json', backupB()));
    await expect.poll(() => page.locator('[data-message]').textContent(), { timeout: 15_000 }).toContain('新增 1 次頁面紀錄、1 筆件數紀錄');
    await expect.poll(() => kpi(page, 'completion'), { timeout: 15_000 }).toBe('98.0%');
    // on time 8 + 8 + 10 + 28 + 40 = 94; late: 收訖's 2 done late + 2 pending past 10-28 = 4; 94 / 98
    expect(await kpi(page, 'on-time')).toBe('95.9%');
    // the trend's last day (02-02) is past the clock (01-27) and judged on it, as the KPI: 94 / 98, none not due yet
    expect(await trendEnd(page)).toEqual(['2026-02-02', '95.9%', '0']);
    expect(await cell(page, 'teachers', '張志明', 'total')).toBe('10');
    expect(await cell(page, 'teachers', '張志明', 'done')).toBe('10');
    expect(await page.locator('[data-candidate]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-candidate')))).toEqual(['王怡君', '周美玲', '張志明']);
    // Merging the same file again changes nothing.
    await page.locator('input[data-action="merge"]').setInputFiles(writeJson('backup-b-again.json', backupB()));
    await expect.poll(() => page.locator('[data-message]').textContent(), { timeout: 15_000 }).toContain('新增 0 次頁面紀錄、0 筆件數紀錄');
    expect(await kpi(page, 'completion')).toBe('98.0%');
  });

  it('lets the secretary tick the working group’s duties, and filters by term', async () => {
    const meeting = page.locator('tr[data-duty="meeting|114|1"] input[type="checkbox"]');
    await meeting.check();
    await expect.poll(() => page.locator('[data-progress]').textContent(), { timeout: 15_000 }).toBe('已辦理 1 / 5 項');
    await page.locator('tr[data-duty="parent-session|114|0"] input[type="text"]').fill('9/28 親師座談');
    await page.locator('tr[data-duty="parent-session|114|0"] input[type="text"]').blur();

    await page.locator('select[data-filter="semester"]').selectOption('2');
    await expect.poll(() => page.locator('[data-empty="observations"]').textContent(), { timeout: 15_000 }).toContain('這個學期還沒有資料');
    await page.locator('select[data-filter="semester"]').selectOption('1');
    await page.locator('select[data-filter="unit"]').selectOption('任課教師');
    await expect.poll(() => kpi(page, 'completion'), { timeout: 15_000 }).toBe('100.0%');
    await page.locator('select[data-filter="unit"]').selectOption('');
    await expect.poll(() => kpi(page, 'completion'), { timeout: 15_000 }).toBe('98.0%');
  });

  it('backs up the whole log to a file that holds what was restored and merged', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action="backup"]').click()]);
    const path = join(FILES, 'backup-out.json');
    await download.saveAs(path);
    const backup = JSON.parse(readFileSync(path, 'utf8'));
    expect(backup.format).toBe('lp-checker-log');
    expect(backup.tables.observations.map((o: { id: string }) => o.id).sort()).toEqual(['obs-a1', 'obs-a2', 'obs-a3', 'obs-a4', 'obs-a5', 'obs-a6', 'obs-b1']);
    expect(backup.tables.visits).toHaveLength(4);
    expect(backup.tables.duties.map((d: { id: string; doneOn: string }) => d.id)).toEqual(expect.arrayContaining(['meeting|114|1', 'parent-session|114|0']));
    expect(backup.tables.duties.find((d: { id: string }) => d.id === 'parent-session|114|0').note).toBe('9/28 親師座談');
  });

  it('restoring that backup gives the same dashboard', async () => {
    const before = await page.locator('main').innerText();
    await page.locator('input[data-action="restore"]').setInputFiles(join(FILES, 'backup-out.json'));
    await expect.poll(() => page.locator('[data-message]').textContent(), { timeout: 15_000 }).toContain('已還原：4 次頁面紀錄、7 筆件數紀錄');
    const strip = (text: string) => text.replace(/已還原[^\n]*|已合併[^\n]*/g, '');
    expect(strip(await page.locator('main').innerText())).toBe(strip(before));
  });

  it('prints as an A4 report with the school, term, date, tables and charts', async () => {
    await page.emulateMedia({ media: 'print' });
    await screenshot(page, 'dashboard-print');
    expect(await page.locator('nav.sections').isVisible()).toBe(false);
    expect(await page.locator('.report-title').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
    writeFileSync(join(ARTIFACTS_DIR, 'dashboard-report.pdf'), pdf);
    expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF');
    // A4 pages (595 × 842 pt), more than one: the report flows over pages.
    const text = pdf.toString('latin1');
    expect(text).toMatch(/\/MediaBox\s*\[0 0 595\.\d+ 842\.\d+\]/);
    expect((text.match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBeGreaterThan(1);
  });
});

describe('dashboard from the sample portal: what the pages showed', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('counts the class-progress page’s 收訖確認 for class 302, each student once', async () => {
    // @ts-expect-error plain ES module without types
    const D = await import('../portal/pages/data/school.js');
    const rows = D.progressRows({ className: '302' }) as { sid: string; receipt: string }[];
    const last = new Map(rows.map((row) => [row.sid, row.receipt]));
    const confirmed = [...last.values()].filter((receipt) => receipt === 'confirmed').length;

    const portal = await session.context.newPage();
    await portal.goto(`${session.portalUrl}/a/mentor/ClassProgress.aspx`);
    await portal.locator('[data-lpc-summary][data-status="checked"]:not([data-checking])').waitFor({ timeout: 15_000 });
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/dashboard.html`);
    await expect.poll(() => cell(page, 'classes', '302', 'total'), { timeout: 15_000 }).toBe(String(last.size));
    expect(await cell(page, 'classes', '302', 'done')).toBe(String(confirmed));
    await screenshot(page, 'dashboard-from-portal');
  });

  it('counts style A’s 預檢 page: its 「共 10 筆」 counts the error list, so the 5 batches are the whole list', async () => {
    const portal = await session.context.newPage();
    await portal.goto(`${session.portalUrl}/a/central/PreCheck.aspx`);
    await portal.locator('[data-lpc-summary][data-status="checked"]').waitFor({ timeout: 15_000 });
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/dashboard.html`);
    // 5 rosters (名冊別), of which only 幹部經歷名冊 passed — read by hand from the page
    await expect.poll(() => cell(page, 'tasks', 'precheck', 'total'), { timeout: 15_000 }).toBe('5');
    expect(await cell(page, 'tasks', 'precheck', 'done')).toBe('1');
  });

  it('counts a teacher’s certification page — every page of its list — as that teacher’s completion', async () => {
    const certify = (EXPECTED as Record<string, unknown>)['/a/teacher/Certify.aspx'] as { facts: { teacher: string; pending: number; certified: number; rejected: number }; tables: { pageLinks: string[] }[] };
    const { teacher, pending, certified, rejected } = certify.facts;
    const portal = await session.context.newPage();
    for (const link of certify.tables[0]!.pageLinks) {
      await portal.goto(`${session.portalUrl}${link}`);
      await portal.locator('[data-lpc-summary][data-status="checked"]:not([data-checking])').waitFor({ timeout: 15_000 });
    }
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/dashboard.html`);
    // Certified and refused uploads are both decided; only 未認證 ones are still to do.
    await expect.poll(() => cell(page, 'teachers', teacher, 'total'), { timeout: 15_000 }).toBe(String(pending + certified + rejected));
    expect(await cell(page, 'teachers', teacher, 'done')).toBe(String(certified + rejected));
    await screenshot(page, 'dashboard-teacher-from-portal');
  });
});
