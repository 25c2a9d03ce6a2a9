// Self-check of the sample portal in real Chromium (no extension): every page in expected.js shows
// the expected rows on each page (styles A–D, paged as a person would), hostile strings stay text,
// and the interactive pages keep their state across a reload. `node tests/portal/check.mjs` (uses /usr/bin/chromium or $CHROMIUM).
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

/** The selector of a list's data rows: the GridView / SPA table's rows, the jqGrid body's, the el-table body's. */
const ROWS = {
  c: (id) => `#gbox_${id} table.ui-jqgrid-btable tr.jqgrow`,
  d: (id) => `#${id} table.el-table__body tr.el-table__row`,
};

/** Waits until a late list is drawn and not loading (jqGrid's 「讀取中...」, el-table's mask). */
async function settled(frame, style, id) {
  if (style === 'c') await frame.waitForFunction((gid) => document.getElementById(`load_${gid}`)?.style.display === 'none', id, { timeout: 5000 });
  else if (style === 'd') await frame.waitForFunction((tid) => document.getElementById(tid) && !document.querySelector(`#${tid} .el-loading-mask`), id, { timeout: 5000 });
  else await frame.waitForSelector(`table#${id}`, { timeout: 5000 });
}

/** Data rows of a list as text: skips header rows (th only), GridView pager/empty rows, form rows, jqGrid's jqgfirstrow. */
async function rowTexts(frame, style, id) {
  await settled(frame, style, id);
  if (ROWS[style]) return frame.$$eval(ROWS[style](id), (trs) => trs.map((tr) => tr.textContent));
  return frame.$$eval(`table#${id} tr`, (trs, tid) =>
    trs
      .filter((tr) => tr.closest('table').id === tid && tr.querySelector('td') && !/gvPager|gvEmpty|refuseForm/.test(tr.className) && !tr.querySelector('td.empty'))
      .map((tr) => tr.textContent), id);
}

/** Shows page n of a list: A follows the postback link, B/D press the number, C presses the jqGrid's 「下一頁」. */
async function goTo(frame, e, t, n) {
  if (e.style === 'a') await page.goto(portal.url + t.pageLinks[n - 1]);
  else if (e.style === 'b') await frame.click(`table#${t.id} >> xpath=ancestor::div[1]/following-sibling::nav//button[text()="${n}"]`);
  else if (e.style === 'c') await frame.click(`#gbox_${t.id} .ui-jqgrid-pager td[id^="next_"]`);
  else await frame.click(`#${t.id} ~ .el-pagination li.number:text-is("${n}")`);
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
      if (i > 0) await goTo(frame, e, t, i + 1);
      const texts = await rowTexts(frame, e.style, t.id);
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

  // C: 通過 and 不通過 (empty reason refused), reload keeps them, reset clears
  await page.goto(`${portal.url}/c/teacher/Certify.action`);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await settled(page, 'c', 'gridVerify');
  const rowC = (key) => page.locator(`#gridVerify tr.jqgrow[id="${key}"]`);
  const pendingC = page.locator('#gridVerify tr.jqgrow', { has: page.locator('td[aria-describedby="gridVerify_state"]', { hasText: '待認證' }) });
  const c1 = await pendingC.nth(0).getAttribute('id');
  const c2 = await pendingC.nth(1).getAttribute('id');
  await rowC(c1).locator('input.btnPass').click();
  await settled(page, 'c', 'gridVerify');
  await rowC(c2).locator('input.btnFail').click();
  await page.locator('.ui-dialog button.btnOk').click();
  if (!(await page.textContent('.ui-dialog .ui-state-error-text')).includes('請輸入')) fail('C refuse: empty reason accepted');
  await page.locator('#txtReason').fill('非本課程作業');
  await page.locator('.ui-dialog button.btnOk').click();
  await settled(page, 'c', 'gridVerify');
  await page.reload();
  await settled(page, 'c', 'gridVerify');
  const stateC = (key) => page.locator(`#gridVerify tr.jqgrow[id="${key}"] td[aria-describedby="gridVerify_state"]`).textContent();
  if ((await stateC(c1)) !== '通過') fail('C pass not kept after reload');
  if ((await stateC(c2)) !== '不通過') fail('C refuse not kept after reload');
  if (!(await rowC(c2).textContent()).includes('非本課程作業')) fail('C refuse reason not shown');
  await page.click('#btnReset');
  await settled(page, 'c', 'gridVerify');
  if ((await stateC(c1)) !== '待認證') fail('C reset did not clear');

  // C: selection (jqGrid checkbox formatter), the count follows
  await page.goto(`${portal.url}/c/student/Select.action`);
  await settled(page, 'c', 'gridSelResult');
  const boxC = page.locator('#gridSelResult input.chkPick').first();
  await boxC.uncheck();
  if ((await page.textContent('#lblResultCount')) !== '6') fail('C selection count not updated');
  await page.reload();
  await settled(page, 'c', 'gridSelResult');
  if (await page.locator('#gridSelResult input.chkPick').first().isChecked()) fail('C selection not kept');
  await page.click('#btnReset');

  // D: 通過 and 退件 (empty reason refused), reload keeps them, reset clears
  await page.goto(`${portal.url}/d/teacher/certify`);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await settled(page, 'd', 'certifyTable');
  const rowsD = page.locator('#certifyTable tr.el-table__row');
  const pendingD = rowsD.filter({ has: page.locator('span.el-tag--warning', { hasText: '待審核' }) });
  const sidOf = async (row) => (await row.locator('td').nth(1).textContent()).trim();
  const d1 = await sidOf(pendingD.nth(0));
  const d2 = await sidOf(pendingD.nth(1));
  const rowD = (sid) => rowsD.filter({ has: page.locator('td:nth-child(2)', { hasText: sid }) });
  await rowD(d1).locator('button.act-pass').click();
  await rowD(d2).locator('button.act-return').click();
  await page.locator('.el-message-box button.btn-confirm').click();
  if (!(await page.locator('.el-message-box__errormsg').isVisible())) fail('D return: empty reason accepted');
  await page.locator('.el-message-box input').fill('非本課程作品');
  await page.locator('.el-message-box button.btn-confirm').click();
  await page.reload();
  await settled(page, 'd', 'certifyTable');
  const tagD = (sid) => rowD(sid).locator('span.el-tag').textContent();
  if ((await tagD(d1)) !== '認證通過') fail('D pass not kept after reload');
  if ((await tagD(d2)) !== '退件') fail('D return not kept after reload');
  if (!(await rowD(d2).textContent()).includes('非本課程作品')) fail('D return reason not shown');
  await page.click('button.reset-demo');
  await settled(page, 'd', 'certifyTable');
  if ((await tagD(d1)) !== '待審核') fail('D reset did not clear');

  // D: selection (el-checkbox: class and the hidden input's property), then the menu changes the route without a load
  await page.goto(`${portal.url}/d/student/selection`);
  await settled(page, 'd', 'selectOutcomeTable');
  const boxD = page.locator('#selectOutcomeTable label.el-checkbox').first();
  const wasD = await boxD.locator('input').isChecked();
  await boxD.click();
  if ((await boxD.locator('input').isChecked()) === wasD || (await boxD.getAttribute('class')).includes('is-checked') === wasD) fail('D checkbox did not toggle');
  await page.reload();
  await settled(page, 'd', 'selectOutcomeTable');
  if ((await page.locator('#selectOutcomeTable label.el-checkbox input').first().isChecked()) === wasD) fail('D selection not kept');
  await page.click('button.reset-demo');
  await settled(page, 'd', 'selectOutcomeTable');
  await page.evaluate(() => (window.__sameDocument = true));
  await page.click('li.el-menu-item:text-is("開課資料")');
  await settled(page, 'd', 'courseTable');
  if (new URL(page.url()).pathname !== '/d/staff/courses' || !(await page.evaluate(() => window.__sameDocument))) fail('D menu did not change the route in place');
  if ((await page.title()) !== EXPECTED['/d/staff/courses'].title) fail('D route title not set');

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
