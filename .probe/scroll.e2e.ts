import { it } from 'vitest';
import { openSession } from './harness';
it('probe', async () => {
  const s = await openSession();
  const page = await s.context.newPage();
  page.on('console', (m) => console.log('PAGE', m.text()));
  await page.goto(`${s.portalUrl}/a/staff/Receipt.aspx`);
  await page.locator('[data-lpc-summary][data-status="checked"]').waitFor({ state: 'attached' });
  await page.waitForTimeout(500);
  const probe = () => page.evaluate(() => {
    const root = document.querySelector('lpc-overlay')!.shadowRoot!;
    const b = Array.from(root.querySelectorAll<HTMLElement>('button.badge'));
    return { scrollY, badges: b.map((x) => `${x.hidden ? 'H' : ''}${x.style.transform}`).slice(0, 4), anchors: Array.from(document.querySelectorAll('[data-lpc-finding]')).slice(0, 4).map((a) => Math.round(a.parentElement!.getBoundingClientRect().top)) };
  });
  console.log(await probe());
  await page.evaluate(() => { document.scrollingElement!.scrollTop = 600; });
  for (let i = 0; i < 4; i++) {
    await page.evaluate(() => new Promise((d) => requestAnimationFrame(d)));
    console.log(i, await probe());
  }
  await s.close();
}, 60000);
