import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS_DIR, importSampleSchoolPolicy, openSession, screenshot, type Session } from './harness';
import { pdfText } from './pdf-text';

/*
 * What the working group takes to a meeting, for a whole school: 60 classes and 80 teachers. The log
 * is a hand-built backup restored through the dashboard. Every teacher T01…T80 certifies in three
 * classes; teacher n has done n of every 10 in each (so T01 is the lowest at 10 %, T10, T20 … at
 * 100 %); every class has 30 students confirming their 收訖明細, class k (1-based) with k mod 30
 * confirmed. The school is the sample portal's 範例高級中學, its own policy imported as its staff would
 * (tests/portal/pages/data/sample-school-policy.json): its 114-1 calendar gives the deadlines the log
 * carries — 認證 until 2026-02-10, the last 收訖 round ending 2025-10-28. The 檢核基準日 is 2026-01-26,
 * the last day checked: the 收訖 deadline has passed, the 認證 one has not.
 *
 * Checked: the A4 report (page.pdf, print media) has at most two pages, its text carries the title and
 * the term; the Excel workbook reads back with the figures worked out here; the dashboard, popup and
 * options pages have no serious or critical axe-core violation and every control is reached by Tab.
 */

type WorkerGlobal = { chrome: { storage: { local: { set(items: object): Promise<void> } } } };
const ORIGIN = 'http://127.0.0.1:5180';
const at = (iso: string) => Date.parse(`${iso}T09:00:00+08:00`);
const pad = (n: number) => String(n).padStart(2, '0');
const CLASSES = Array.from({ length: 60 }, (_, i) => `${1 + Math.floor(i / 20)}${pad((i % 20) + 1)}`);
const TEACHERS = Array.from({ length: 80 }, (_, i) => `T${pad(i + 1)}`);

function schoolBackup() {
  const observations: object[] = [];
  const visits: object[] = [];
  let n = 0;
  const add = (day: string, slice: { taskId: string; unit: string; person: string; className: string; course: string }, total: number, done: number, due: string) => {
    n += 1;
    const scope = [slice.taskId, 114, 1, slice.unit, slice.person, slice.className, slice.course].join('|');
    observations.push({ id: `o${n}`, visitUid: `v-${day}`, at: at(day), day, origin: ORIGIN, pageKind: 'certification', scope, year: 114, semester: 1, ...slice, total, done, pending: total - done, onTime: done, due, folded: 0 });
  };
  for (const day of ['2026-01-20', '2026-01-26']) {
    visits.push({ id: visits.length + 1, uid: `v-${day}`, at: at(day), origin: ORIGIN, path: '/a/teacher/Certify.aspx', pageKind: 'certification', policyId: 'sample-school', records: 2400, errors: 0, warnings: 0 });
    const late = day === '2026-01-26';
    TEACHERS.forEach((person, t) => {
      for (let c = 0; c < 3; c += 1) {
        const className = CLASSES[(t * 3 + c) % 60]!;
        const done = late ? ((t + 1) % 10 || 10) : Math.min((t + 1) % 10 || 10, 5);
        add(day, { taskId: 'outcome-cert', unit: '任課教師', person, className, course: '英語文' }, 10, done, '2026-02-10');
      }
    });
    CLASSES.forEach((className, k) => add(day, { taskId: 'receipt-confirm', unit: '教務處註冊組', person: '', className, course: '' }, 30, (k + 1) % 30, '2025-10-28'));
  }
  return {
    format: 'lp-checker-log',
    schemaVersion: 2,
    exportedAt: at('2026-01-27'),
    tables: { visits, findings: [], sightings: [], observations, units: [{ name: '任課教師' }, { name: '教務處註冊組' }], people: [], tasks: [], duties: [], meta: [{ key: 'hash-secret', value: 'cd'.repeat(32) }] },
  };
}

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's serious and critical violations on the page (run through CDP, as the extension's CSP allows no injected script tag). */
async function seriousViolations(page: Page) {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  });
}

/** Presses Tab through the page and says which visible controls it never reached. */
async function unreachedByTab(page: Page): Promise<string[]> {
  const controls = await page.evaluate(() => {
    const all = [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary')];
    const visible = all.filter((el) => !(el as HTMLButtonElement).disabled && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden');
    visible.forEach((el, i) => el.setAttribute('data-tab-probe', String(i)));
    return visible.length;
  });
  const reached = new Set<string>();
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  for (let i = 0; i < controls * 2 + 5 && reached.size < controls; i += 1) {
    await page.keyboard.press('Tab');
    const probe = await page.evaluate(() => document.activeElement?.getAttribute('data-tab-probe') ?? null);
    if (probe !== null) reached.add(probe);
  }
  // A radio group is one stop for Tab (its other choices are reached with the arrow keys).
  return page.evaluate((seen) => {
    const reachedEls = [...document.querySelectorAll<HTMLInputElement>('[data-tab-probe]')].filter((el) => seen.includes(el.getAttribute('data-tab-probe')!));
    const groups = new Set(reachedEls.filter((el) => el.type === 'radio').map((el) => el.name));
    return [...document.querySelectorAll<HTMLInputElement>('[data-tab-probe]')]
      .filter((el) => !seen.includes(el.getAttribute('data-tab-probe')!) && !(el.type === 'radio' && groups.has(el.name)))
      .map((el) => el.outerHTML.slice(0, 120));
  }, [...reached]);
}

describe('the meeting: a whole school’s report, workbook, and pages anyone can use', () => {
  let session: Session;
  let page: Page;
  const files = join(ARTIFACTS_DIR, 'meeting-files');
  beforeAll(async () => {
    session = await openSession();
    await session.worker.evaluate(() => (globalThis as unknown as WorkerGlobal).chrome.storage.local.set({ role: 'staff', referenceDate: '2026-01-26' }));
    await importSampleSchoolPolicy(session);
    mkdirSync(files, { recursive: true });
    page = await session.context.newPage();
    page.on('dialog', (dialog) => void dialog.accept());
    await page.goto(`chrome-extension://${session.extensionId}/dashboard.html`);
    const path = join(files, 'school-backup.json');
    writeFileSync(path, JSON.stringify(schoolBackup()));
    await page.locator('input[data-action="restore"]').setInputFiles(path);
    await page.locator('[data-kpi="completion"]').waitFor({ timeout: 20_000 });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('shows the school’s figures for 114-1, the 檢核基準日 named in the header', async () => {
    // outcome-cert: Σ over 80 teachers of 3 × ((n mod 10) or 10) = 3 × 8 × 55 = 1320 of 2400;
    // receipt: Σ over 60 classes of (k mod 30) = 2 × 435 = 870 of 1800. Together 2190 / 4200 = 52.1 %.
    expect(await page.locator('[data-kpi="completion"] .kpi-value').textContent()).toBe('52.1%');
    // 準時率 on 2026-01-26: 認證 1320 done, every one on time (the log's on-time count is its done count);
    // its other 2400 − 1320 = 1080 are pending before the 2026-02-10 deadline: not due yet, left out.
    // 收訖 870 on time and 930 late (pending past 2025-10-28). (1320 + 870) / (1320 + 1800) = 2190 / 3120 = 70.2 %
    expect(await page.locator('[data-kpi="on-time"] .kpi-value').textContent()).toBe('70.2%');
    expect(await page.locator('[data-kpi="on-time"] .kpi-note').allTextContents()).toEqual(['2190 / 3120 件', '另有 1080 件尚未到期']);
    // the trend's 準時率 line ends on the same figure (its last day, 01-26, is the 檢核基準日), with the same 1080 left out
    const trendEnd = page.locator('table[data-table="trend"] tbody tr').last();
    expect([await trendEnd.getAttribute('data-key'), await trendEnd.locator('[data-col="on-time"]').textContent(), await trendEnd.locator('[data-col="not-yet-due"]').textContent()]).toEqual(['2026-01-26', '70.2%', '1080']);
    expect(await page.locator('[data-report-title]').textContent()).toBe('範例高級中學 學生學習歷程檔案工作成效報告');
    expect(await page.locator('[data-report-meta]').textContent()).toContain('114 學年度第 1 學期｜全部處室｜製表日期 2026-01-26');
    expect(await page.locator('table[data-table="teachers"] tbody tr').count()).toBe(80);
  });

  it('prints the A4 report on at most two portrait pages, titled with the school and the term', async () => {
    await page.emulateMedia({ media: 'print' });
    await screenshot(page, 'meeting-report-print');
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    await page.emulateMedia({ media: 'screen' });
    writeFileSync(join(ARTIFACTS_DIR, 'meeting-report.pdf'), pdf);
    const { pages, text } = await pdfText(new Uint8Array(pdf));
    expect(pages).toBeLessThanOrEqual(2);
    expect(text).toContain('範例高級中學 學生學習歷程檔案工作成效報告');
    expect(text).toContain('114 學年度第 1 學期');
    // the teachers' table condensed to the ten lowest, saying where the rest are
    expect(text).toContain('列印僅列完成率最低的 10 項；完整 80 項見匯出的 CSV / Excel 檔');
    expect(pdf.toString('latin1')).toMatch(/\/MediaBox\s*\[0 0 595\.\d+ 842\.\d+\]/);
  });

  it('exports one Excel workbook whose sheets read back with the figures', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action="xlsx"]').click()]);
    const path = join(files, download.suggestedFilename());
    await download.saveAs(path);
    expect(download.suggestedFilename()).toBe('學習歷程工作成效-114-1.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path);
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(['各工作項目完成率', '各處室完成率', '各教師完成率（由低到高）', '各班級完成率（由低到高）', '檢核問題', '敘獎建議', '已確認無需更正']);
    const tasks = book.worksheets[0]!;
    expect(tasks.getRow(1).font?.bold).toBe(true);
    const byTask = new Map([2, 3].map((r) => [tasks.getRow(r).getCell(1).value, tasks.getRow(r).values]));
    // 收訖: deadline 2025-10-28 passed by 2026-01-26, so the 930 still unconfirmed are late, not left out:
    // 準時率 = 870 on time ÷ (870 + 930) = 870 / 1800, nothing to say beside it
    expect(byTask.get('收訖明細確認')).toEqual([undefined, '收訖明細確認', 1800, 870, 930, 870 / 1800, 870, 870 / 1800, '']);
    expect(tasks.getCell('E2').numFmt).toBe('0.0%');
    const teachers = book.worksheets[2]!;
    expect(teachers.rowCount).toBe(81);
    // lowest first: T01, T11, … each 3 of 30 done (1 of 10 in each of 3 classes), all 3 certified on time.
    // 認證 deadline 2026-02-10 not passed on 2026-01-26: the 27 uncertified are not due yet, so they are
    // left out and said beside it — 準時率 = 3 on time ÷ (3 on time + 0 late) = 100 %
    expect(teachers.getRow(2).values).toEqual([undefined, 'T01', 30, 3, 27, 0.1, 3, 1, '另有 27 件尚未到期']);
  });

  it('saves a chart for slides: twice the size on screen, on white, titled with the school, term and unit inside the image', async () => {
    const chart = page.locator('section#units figure.chart');
    const box = await chart.locator('.chart-box').boundingBox();
    const [download] = await Promise.all([page.waitForEvent('download'), chart.locator('[data-action="png"]').click()]);
    const path = join(files, download.suggestedFilename());
    await download.saveAs(path);
    const png = readFileSync(path);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    // IHDR: width and height at bytes 16–23
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([Math.round(box!.width) * 2, Math.round(box!.height) * 2]);
    writeFileSync(join(ARTIFACTS_DIR, 'meeting-chart-units.png'), png);
    // what the image holds: decoded in the page, its corner pixel is white and it is not blank
    const pixels = await page.evaluate(async (bytes) => {
      const bitmap = await createImageBitmap(new Blob([new Uint8Array(bytes)], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
      let dark = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i]! < 128 && data[i + 3]! > 0) dark += 1;
      return { corner: [...data.slice(0, 4)], dark };
    }, [...png]);
    expect(pixels.corner).toEqual([255, 255, 255, 255]);
    expect(pixels.dark).toBeGreaterThan(2000);
    // the chart's own title and subtitle (drawn in the canvas) are what the chart's accessible name says
    expect(await chart.locator('canvas').getAttribute('aria-label')).toBe('各處室完成率與準時率（範例高級中學｜114 學年度第 1 學期｜全部處室）');
  });

  it('has no serious or critical accessibility problem, and Tab reaches every control: dashboard', async () => {
    expect(await seriousViolations(page)).toEqual([]);
    expect(await unreachedByTab(page)).toEqual([]);
    await screenshot(page, 'meeting-dashboard');
  });

  it('… the popup and the options page', async () => {
    const popup = await session.context.newPage();
    await popup.setViewportSize({ width: 420, height: 600 });
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
    await popup.locator('main.popup h1').waitFor();
    expect(await seriousViolations(popup)).toEqual([]);
    expect(await unreachedByTab(popup)).toEqual([]);
    await screenshot(popup, 'meeting-popup');
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    await options.locator('#current-term').waitFor();
    expect(await seriousViolations(options)).toEqual([]);
    expect(await unreachedByTab(options)).toEqual([]);
    await screenshot(options, 'meeting-options');
  });
});
