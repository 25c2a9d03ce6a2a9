// Self-check of the sample portal in real Chromium (no extension): every page in expected.js shows
// the expected rows on each page, hostile strings stay text, and the interactive pages keep their
// state across a reload. `node tests/portal/check.mjs` (uses /usr/bin/chromium or $CHROMIUM).
import { chromium } from 'playwright-core';
import { startPortal } from './server.mjs';
import { EXPECTED, STATE_KEYS } from './pages/data/expected.js';

const portal = await startPortal(0);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
const errors = [];
page.on('pageerror', (e) => errors.push(e.message));
let failed = 0;
const fail = (msg) => {
  failed++;
  console.log(`  ✗ ${msg}`);
};

/** Data rows of a table as text: skips header rows (th only), GridView pager/empty rows, form rows. */
async function rowTexts(frame, id) {
  await frame.waitForSelector(`table#${id}`, { timeout: 5000 });
  return frame.$$eval(`table#${id} tr`, (trs, tid) =>
    trs
      .filter((tr) => tr.closest('table').id === tid && tr.querySelector('td') && !/gvPager|gvEmpty|refuseForm/.test(tr.className) && !tr.querySelector('td.empty'))
      .map((tr) => tr.textContent), id);
}

async function checkPage(path, e) {
  await page.goto(portal.url + path);
  await page.evaluate(() => localStorage.clear());
  await page.goto(portal.url + path);
  let frame = page.mainFrame();
  if (e.frame) {
    await page.waitForSelector('iframe');
    frame = page.frames().find((f) => f.url().endsWith(e.frame));
    if (!frame) return fail(`${path}: iframe ${e.frame} missing`);
  }
  if ((await page.title()) !== e.title) fail(`${path}: title ${await page.title()} ≠ ${e.title}`);
  for (const t of e.tables) {
    for (let i = 0; i < t.pages.length; i++) {
      if (i > 0) {
        if (e.style === 'a') await page.goto(portal.url + t.pageLinks[i]);
        else await frame.click(`table#${t.id} >> xpath=ancestor::div[1]/following-sibling::nav//button[text()="${i + 1}"]`);
      }
      const texts = await rowTexts(frame, t.id);
      const keys = t.pages[i];
      if (texts.length !== keys.length) {
        fail(`${path} ${t.id} page ${i + 1}: ${texts.length} rows ≠ ${keys.length}`);
        continue;
      }
      if (keys.length <= 200) keys.forEach((k, j) => k.split(' ').every((part) => texts[j].includes(part)) || fail(`${path} ${t.id} row ${j}: missing ${k}`));
    }
  }
  if (e.hostile) {
    const bad = await page.evaluate(() => ({ pwned: window.__pwned, imgs: document.querySelectorAll('img').length }));
    if (bad.pwned || bad.imgs) fail(`${path}: hostile markup became live ${JSON.stringify(bad)}`);
    const text = await page.evaluate(() => document.body.innerText + document.body.textContent);
    for (const s of e.hostile) if (!text.includes(s)) fail(`${path}: hostile text not shown: ${JSON.stringify(s.slice(0, 30))}`);
  }
}

for (const [path, e] of Object.entries(EXPECTED)) {
  const before = failed;
  await checkPage(path, e);
  console.log(`${failed === before ? '✓' : '✗'} ${path}`);
}

// ---- interactions
async function interactions() {
  // A: certify, refuse (empty reason refused), reload keeps it, reset clears it
  await page.goto(`${portal.url}/a/teacher/Certify.aspx`);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  const rowA = page.locator('#ctl00_MainContent_gvCert tr', { hasText: '未認證' }).first();
  const keyA = await rowA.locator('input.hfKey').getAttribute('value');
  await rowA.locator('input.btnCertify').click();
  const rowB = page.locator('#ctl00_MainContent_gvCert tr', { hasText: '未認證' }).first();
  const keyB = await rowB.locator('input.hfKey').getAttribute('value');
  await rowB.locator('input.btnRefuse').click();
  await page.locator('input.btnRefuseOk').click();
  if (!(await page.locator('tr.refuseForm').textContent()).includes('請填寫退回原因')) fail('A refuse: empty reason accepted');
  await page.locator('input.txtReason').fill('非本課程作業');
  await page.locator('input.btnRefuseOk').click();
  await page.reload();
  const statusOf = (key) => page.locator(`#ctl00_MainContent_gvCert tr:has(input.hfKey[value="${key}"]) td.colStatus`).textContent();
  if ((await statusOf(keyA)).trim() !== '已認證') fail('A certify not kept after reload');
  if ((await statusOf(keyB)).trim() !== '認證未通過') fail('A refuse not kept after reload');
  const stored = await page.evaluate((k) => localStorage.getItem(k), STATE_KEYS['/a/teacher/Certify.aspx']);
  if (!stored?.includes('非本課程作業')) fail('A certify state not under its key');
  await page.click('#btnResetDemo');
  await page.waitForLoadState();
  if ((await statusOf(keyA)).trim() !== '未認證') fail('A reset did not clear');

  // A: selection
  await page.goto(`${portal.url}/a/student/Selection.aspx`);
  const box = page.locator('#ctl00_MainContent_gvOutcome input.chkSel').first();
  await box.uncheck();
  await page.reload();
  if (await box.isChecked()) fail('A selection not kept');
  if ((await page.textContent('#lblOutcomeCount')) !== '6') fail('A selection count not updated');
  await page.click('#btnResetDemo');
  await page.waitForLoadState();

  // B: certify and refuse, reload, pager page kept
  await page.goto(`${portal.url}/b/teacher/certify.html`);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.waitForSelector('#certify-table');
  const first = page.locator('#certify-table tbody tr', { hasText: '未認證' }).first();
  const k1 = await first.getAttribute('data-key');
  await first.locator('.act-certify').click();
  const second = page.locator('#certify-table tbody tr', { hasText: '未認證' }).first();
  const k2 = await second.getAttribute('data-key');
  await second.locator('.act-refuse').click();
  await page.locator('.reason-form button[type=submit]').click();
  if (!(await page.locator('.reason-form .error').textContent()).includes('請填寫')) fail('B refuse: empty reason accepted');
  await page.locator('.reason-input').fill('非本課程作業');
  await page.locator('.reason-form button[type=submit]').click();
  await page.click('nav.pager button:text-is("2")');
  await page.reload();
  await page.waitForSelector('#certify-table');
  if ((await page.textContent('nav.pager .pg.current')) !== '2') fail('B pager page not kept');
  await page.click('nav.pager button:text-is("1")');
  if (!(await page.locator(`#certify-table tr[data-key="${k1}"]`).textContent()).includes('認證通過')) fail('B certify not kept');
  if (!(await page.locator(`#certify-table tr[data-key="${k2}"]`).textContent()).includes('非本課程作業')) fail('B refuse not kept');
  await page.click('#reset-demo');
  await page.waitForSelector('#certify-table');
  if ((await page.locator(`#certify-table tr[data-key="${k1}"]`).textContent()).includes('認證通過')) fail('B reset did not clear');

  // B: selection
  await page.goto(`${portal.url}/b/student/selection.html`);
  await page.waitForSelector('#select-outcomes');
  const pick = page.locator('#select-outcomes input.pick').first();
  const was = await pick.isChecked();
  await pick.setChecked(!was);
  await page.reload();
  await page.waitForSelector('#select-outcomes');
  if ((await page.locator('#select-outcomes input.pick').first().isChecked()) === was) fail('B selection not kept');
  await page.click('#reset-demo');

  // Big5 page decodes
  await page.goto(`${portal.url}/a/staff/CourseList.aspx`);
  if (!(await page.textContent('h2')).includes('開課資料維護')) fail('Big5 page not decoded');
  if ((await page.evaluate(() => document.characterSet)).toLowerCase() !== 'big5') fail('Big5 page not read as Big5');
}
const beforeInteractions = failed;
await interactions();
console.log(`${failed === beforeInteractions ? '✓' : '✗'} interactions`);
if (errors.length) {
  failed += errors.length;
  console.log('page errors:', errors);
}
await browser.close();
await portal.close();
console.log(failed ? `${failed} problem(s)` : 'all pages as expected');
process.exit(failed ? 1 : 0);
