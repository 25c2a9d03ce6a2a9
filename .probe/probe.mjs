import { chromium } from 'playwright-core';
import { startPortal } from '/work/wt/overlay/tests/portal/server.mjs';
import { CHROMIUM } from '/work/wt/overlay/tests/tools/chromium.mjs';
const portal = await startPortal(0);
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
await page.goto(`${portal.url}/a/teacher/Certify.aspx?rows=2000`);
const r = await page.evaluate(() => {
  const cells = Array.from(document.querySelectorAll('tr')).slice(1).map((tr) => tr.cells[1]).filter(Boolean);
  const out = {};
  const time = (name, fn) => { const t = performance.now(); fn(); out[name] = +(performance.now() - t).toFixed(2); };
  const rounds = 3;
  for (let k = 0; k < rounds; k++) {
    let added = [];
    time('plain' + k, () => { added = cells.map((c) => c.appendChild(document.createElement('span'))); });
    added.forEach((a) => a.remove());
    const tpl = document.createElement('lpc-mark');
    tpl.setAttribute('data-lpc-finding', ''); tpl.setAttribute('data-rule', 'cert.x'); tpl.setAttribute('data-severity', 'error'); tpl.hidden = true;
    time('attrsHidden' + k, () => { added = cells.map((c) => c.appendChild(tpl.cloneNode(false))); });
    added.forEach((a) => a.remove());
    const tpl2 = tpl.cloneNode(false); tpl2.style.setProperty('display', 'none', 'important');
    time('attrsStyle' + k, () => { added = cells.map((c) => c.appendChild(tpl2.cloneNode(false))); });
    added.forEach((a) => a.remove());
    const io = new IntersectionObserver(() => {}, { rootMargin: '300px 0px' });
    time('ioCells' + k, () => cells.forEach((c) => io.observe(c)));
    io.disconnect();
    const rows = cells.map((c) => c.parentElement);
    const io2 = new IntersectionObserver(() => {}, { rootMargin: '300px 0px' });
    time('ioRows' + k, () => rows.forEach((c) => io2.observe(c)));
    io2.disconnect();
  }
  out.n = cells.length;
  return out;
});
console.log(r);
await browser.close(); await portal.close();
