// The roster case of `npm run bench`: a 30,000-row 學期成績名冊 (tests/portal/rosters/build.mjs) checked on the
// extension's roster.html, in its worker. The page records two measures per file from the worker's own clock:
// 'lpc-roster-read' (SheetJS reading the bytes into cells: the raw parse) and 'lpc-roster-check' (the whole
// pre-check of the file: the same read, then recognition, records and every rule). Both come from the same run,
// so their ratio is the share of raw-parse throughput the whole check keeps. 'on the page' is the time from
// handing the file to the input until the page shows the file's verdict.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rosterWorkbook } from '../portal/rosters/build.mjs';

const ROWS = 30_000;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Runs the roster case `runs` times in `context` (a Chromium with the extension); returns its figures. */
export async function benchRoster(context, { runs, artifacts }) {
  mkdirSync(artifacts, { recursive: true });
  const file = join(artifacts, 'bench-grades-30000.xlsx');
  writeFileSync(file, rosterWorkbook(ROWS));
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const page = await context.newPage();
  await page.goto(`chrome-extension://${new URL(worker.url()).host}/roster.html`);
  await page.locator('[data-policy]').waitFor();
  const read = [];
  const whole = [];
  const onPage = [];
  let rows = 0;
  for (let run = 0; run < runs; run += 1) {
    const before = await page.evaluate(() => performance.getEntriesByName('lpc-roster-check').length);
    const t0 = Date.now();
    await page.locator('input[data-lpc-roster-input]').setInputFiles(file);
    await page.waitForFunction((n) => performance.getEntriesByName('lpc-roster-check').length > n && document.querySelector('[data-lpc-roster-file][data-verdict]'), before, { timeout: 120_000 });
    onPage.push(Date.now() - t0);
    const [r, w] = await page.evaluate(() => [performance.getEntriesByName('lpc-roster-read').at(-1), performance.getEntriesByName('lpc-roster-check').at(-1)].map((e) => ({ duration: e.duration, detail: e.detail })));
    rows = w.detail.rows;
    read.push(r.duration);
    whole.push(w.duration);
  }
  await page.close();
  if (rows !== ROWS) throw new Error(`the roster page read ${rows} rows of the ${ROWS}-row file`);
  return { rows, read: median(read), whole: median(whole), onPage: median(onPage), runs };
}

/** Prints the roster figures and whether its targets are met. */
export function printRoster(figures) {
  const perSecond = (ms) => Math.round((figures.rows / ms) * 1000).toLocaleString('en-US');
  const share = figures.read / figures.whole;
  console.log(`\nroster case — 學期成績名冊 of ${figures.rows.toLocaleString('en-US')} rows, medians of ${figures.runs} runs in roster.html's worker\n`);
  console.log('| measure | ms | rows/s |');
  console.log('|:--|--:|--:|');
  console.log(`| raw parse (SheetJS read) | ${figures.read.toFixed(0)} | ${perSecond(figures.read)} |`);
  console.log(`| whole check (read, recognise, records, rules) | ${figures.whole.toFixed(0)} | ${perSecond(figures.whole)} |`);
  console.log(`| on the page (input to verdict shown) | ${figures.onPage.toFixed(0)} | ${perSecond(figures.onPage)} |`);
  console.log(
    `\nroster targets — whole check < 3 s: ${figures.whole < 3000 ? 'met' : 'NOT met'} (${(figures.whole / 1000).toFixed(2)} s); ` +
      `≥ 50 % of raw parse throughput: ${share >= 0.5 ? 'met' : 'NOT met'} (${(share * 100).toFixed(0)} %)`,
  );
}
