// CPU profile of the content script's first check and of re-checks, on one 2,000-row page, in Chromium.
// `npx wxt build -c tests/bench/wxt.profile.config.ts && node tests/bench/profile.mjs /a/teacher/Certify.aspx?rows=2000`
// Prints the content script's functions by self time and by total time (own frames only). Not a test.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { startPortal } from '../portal/server.mjs';
import { CHROMIUM, extensionArgs } from '../tools/chromium.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const EXTENSION_DIR = resolve(process.env.LPC_EXTENSION_DIR ?? join(ROOT, '.output/profile/chrome-mv3'));
const path = process.argv[2] ?? '/a/teacher/Certify.aspx?rows=2000';
const RECHECKS = Number(process.argv[3] ?? 5);
/** Functions whose callers are listed (self time by caller). */
const WATCH = (process.env.WATCH ?? 'querySelectorAll,(garbage collector)').split(',');

function summarize(profile, label) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map();
  const total = new Map();
  const dt = profile.timeDeltas;
  const name = (n) => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber + 1}`;
  let all = 0;
  profile.samples.forEach((id, i) => {
    const ms = (dt[i + 1] ?? 0) / 1000;
    let node = nodes.get(id);
    if (!node || node.callFrame.functionName === '(idle)' || node.callFrame.functionName === '(program)') return;
    all += ms;
    self.set(name(node), (self.get(name(node)) ?? 0) + ms);
    const seen = new Set();
    for (; node; node = nodes.get(parent.get(node.id))) {
      const key = name(node);
      if (seen.has(key)) continue;
      seen.add(key);
      total.set(key, (total.get(key) ?? 0) + ms);
    }
  });
  const callers = new Map();
  profile.samples.forEach((id, i) => {
    const node = nodes.get(id);
    if (!node || !WATCH.includes(node.callFrame.functionName)) return;
    const up = nodes.get(parent.get(node.id));
    const key = `${node.callFrame.functionName} ← ${up ? name(up) : '?'}`;
    callers.set(key, (callers.get(key) ?? 0) + (dt[i + 1] ?? 0) / 1000);
  });
  const top = (map) => [...map].sort((a, b) => b[1] - a[1]).slice(0, 35).map(([k, v]) => `${v.toFixed(1).padStart(8)}  ${k}`).join('\n');
  console.log(`\n== ${label}: ${all.toFixed(1)} ms busy\n-- self\n${top(self)}\n-- total\n${top(total)}\n-- callers\n${top(callers)}`);
}

const portal = await startPortal(0);
mkdirSync(join(ROOT, '.e2e-profiles'), { recursive: true });
const dir = mkdtempSync(join(ROOT, '.e2e-profiles/profile-'));
const context = await chromium.launchPersistentContext(dir, {
  executablePath: CHROMIUM,
  headless: true,
  locale: 'zh-TW',
  args: extensionArgs(EXTENSION_DIR),
});
try {
  context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const page = await context.newPage();
  // Generous waits: on a machine shared by several test runs a 2,000-row page takes long to load and check.
  await page.goto(`${portal.url}${path}`, { timeout: 180_000 });
  await page.evaluate(() => localStorage.clear());
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
  await page.reload();
  await page.waitForFunction(() => performance.getEntriesByName('lpc-check').some((e) => e.detail?.rows >= 1000), null, { timeout: 180_000 });
  const first = (await cdp.send('Profiler.stop')).profile;
  mkdirSync(join(ROOT, 'tests/artifacts'), { recursive: true });
  writeFileSync(join(ROOT, 'tests/artifacts/first.cpuprofile'), JSON.stringify(first));
  summarize(first, 'load + first check');
  console.log(await page.evaluate(() => ['lpc-read', 'lpc-rules', 'lpc-annotate', 'lpc-check'].map((n) => `${n} ${performance.getEntriesByName(n).at(-1)?.duration.toFixed(1)}`).join('  ')));
  await page.waitForTimeout(500);
  await cdp.send('Profiler.start');
  for (let i = 0; i < RECHECKS; i += 1) {
    const before = await page.evaluate(() => performance.getEntriesByName('lpc-check').length);
    const certified = process.env.CHANGE === 'certify' && (await page.evaluate((n) => {
      const rows = Array.from(document.querySelectorAll('.btnCertify')).map((b) => b.closest('tr')).filter((tr) => !/已認證/.test(tr.textContent));
      const row = rows[(n * 97) % rows.length];
      row?.querySelector('.btnCertify').click();
      return Boolean(row);
    }, i));
    if (!certified) await page.evaluate((n) => {
      const table = Array.from(document.querySelectorAll('table')).sort((a, b) => b.rows.length - a.rows.length)[0];
      const rows = Array.from(table.tBodies[0]?.rows ?? table.rows).filter((tr) => tr.querySelectorAll('td').length > 3);
      rows[10 + ((n * 389) % (rows.length - 20))].querySelectorAll('td')[1].append(document.createTextNode('＊'));
    }, i);
    await page.waitForFunction((b) => performance.getEntriesByName('lpc-check').length > b, before, { timeout: 60_000 });
  }
  const re = (await cdp.send('Profiler.stop')).profile;
  summarize(re, `${RECHECKS} re-checks`);
  console.log(await page.evaluate(() => performance.getEntriesByName('lpc-check').slice(1).map((e) => e.duration.toFixed(1)).join(' ')));
} finally {
  await context.close();
  await portal.close();
  rmSync(dir, { recursive: true, force: true });
}
