// `npm test`'s last step: Mozilla's addons-linter (the checks addons.mozilla.org runs) on the Firefox build in
// .output/firefox-mv3, built first when it is missing or older than the sources. Fails on any error; prints
// every warning (each one left is explained in SECURITY.md).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const BUILD = join(ROOT, '.output/firefox-mv3');
const MANIFEST = join(BUILD, 'manifest.json');
const SOURCES = ['entrypoints', 'lib', 'components', 'public', 'wxt.config.ts', 'package.json'];

/** Newest modification time under a file or folder. */
function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

if (!existsSync(MANIFEST) || newest(MANIFEST) < Math.max(...SOURCES.map((s) => newest(join(ROOT, s))))) {
  console.log('建置 Firefox 版（npm run build:firefox）…');
  const build = spawnSync('npm', ['run', 'build:firefox'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const run = spawnSync(join(ROOT, 'node_modules/.bin/addons-linter'), [BUILD, '--output', 'json', '--boring'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  console.error('addons-linter 沒有產生結果：', run.stderr || run.stdout);
  process.exit(1);
}
const line = (m) => `  ${m.code}  ${m.file ?? ''}${m.line ? `:${m.line}` : ''}  ${m.message}`;
for (const m of report.errors) console.error(`error${line(m)}`);
for (const m of report.warnings) console.warn(`warning${line(m)}`);
for (const m of report.notices) console.log(`notice${line(m)}`);
console.log(`addons-linter on .output/firefox-mv3: ${report.errors.length} errors, ${report.warnings.length} warnings, ${report.notices.length} notices (warnings explained in SECURITY.md)`);
process.exit(report.errors.length > 0 ? 1 : 0);
