// Draws the toolbar and store icons (public/icon/16, 32, 48, 128 .png) from the SVG below, rendered by
// Debian's Chromium: `node tests/tools/draw-icons.mjs`. The PNGs are committed; run this after changing the
// drawing. Nothing is downloaded.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM } from './chromium.mjs';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '../../public/icon');
const BRAND = '#1e3a5f';
const OK = '#1a7f37';

/** A portfolio page with a check mark: 學習歷程, checked. Small sizes keep only the check, which stays legible. */
function svg(size) {
  const detailed = size >= 48;
  const page = detailed
    ? `<rect x="26" y="16" width="62" height="84" rx="7" fill="#fff"/>
       <rect x="36" y="32" width="40" height="7" rx="3.5" fill="#b8c4d4"/>
       <rect x="36" y="47" width="40" height="7" rx="3.5" fill="#b8c4d4"/>
       <rect x="36" y="62" width="26" height="7" rx="3.5" fill="#b8c4d4"/>
       <circle cx="88" cy="88" r="27" fill="${OK}" stroke="#fff" stroke-width="6"/>
       <path d="M75 88 l9 9 l17 -18" fill="none" stroke="#fff" stroke-width="9" stroke-linecap="round" stroke-linejoin="round"/>`
    : `<path d="M30 66 l22 22 l46 -48" fill="none" stroke="#fff" stroke-width="18" stroke-linecap="round" stroke-linejoin="round"/>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 128 128">
    <rect width="128" height="128" rx="26" fill="${BRAND}"/>${page}</svg>`;
}

const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const size of [16, 32, 48, 128]) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(`<html><body style="margin:0;background:transparent">${svg(size)}</body></html>`);
    const png = await page.locator('svg').screenshot({ omitBackground: true });
    writeFileSync(join(OUT, `${size}.png`), png);
    console.log(`public/icon/${size}.png (${png.length} bytes)`);
  }
} finally {
  await browser.close();
}
