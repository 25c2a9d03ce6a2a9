// `npm start`: installs what is missing, builds the extension, serves the sample
// portal and opens it in Chromium with the extension loaded. Without a display it
// says how to load the extension by hand and where the portal is.
import { execSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureSetup } from './setup.mjs';
import { CHROMIUM, extensionArgs } from './chromium.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

ensureSetup({ needBrowser: hasDisplay });
console.log('建置擴充功能…');
execSync('npx wxt build --mode portal', { cwd: ROOT, stdio: 'inherit' });

const { startPortal } = await import('../portal/server.mjs');
const port = Number(process.env.PORTAL_PORT ?? 5180);
const { url } = await startPortal(port);
console.log(`\n範例校務系統：${url}/`);

if (hasDisplay) {
  const { chromium } = await import('playwright-core');
  const profile = mkdtempSync(join(tmpdir(), 'lp-checker-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: false,
    viewport: null,
    args: extensionArgs(EXTENSION_DIR, { headless: false }),
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${url}/a/student/outcomes.html`);
  console.log('已在 Chromium 開啟範例頁面（已載入擴充功能）。關閉瀏覽器或按 Ctrl+C 結束。');
  context.on('close', () => process.exit(0));
} else {
  console.log(`
這台電腦沒有顯示器，無法自動開啟瀏覽器。請在有瀏覽器的電腦上：
  1. 開啟 chrome://extensions，打開「開發人員模式」。
  2. 按「載入未封裝項目」，選擇資料夾 ${EXTENSION_DIR}
  3. 前往 ${url}/a/student/outcomes.html
（範例校務系統只在本機 127.0.0.1 提供；按 Ctrl+C 結束。）`);
}
