// Makes a fresh checkout ready to build and test: installs the npm packages from
// the lockfile if they are missing, and checks for Debian's Chromium (installing
// it with apt-get when running as root). Plain Node: it runs before npm ci.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM } from './chromium.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const run = (command) => execSync(command, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });

export function ensureSetup({ needBrowser = true } = {}) {
  if (!existsSync(join(ROOT, 'node_modules/.bin/wxt'))) {
    console.log('安裝 npm 套件（npm ci）…');
    run('npm ci --no-audit --no-fund');
  }
  if (needBrowser && !existsSync(CHROMIUM)) {
    const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
    if (isRoot && existsSync('/usr/bin/apt-get')) {
      console.log('安裝 Debian 的 Chromium 與中文字型（apt-get）…');
      run('apt-get update -q && apt-get install -y -q chromium fonts-wqy-microhei');
    } else {
      console.error(`找不到 Chromium（${CHROMIUM}）。請執行：sudo apt-get install -y chromium fonts-wqy-microhei`);
      process.exit(1);
    }
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) ensureSetup();
