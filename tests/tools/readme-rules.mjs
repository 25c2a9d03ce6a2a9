// `npm run readme:rules`: rewrites README.md's rule table from the rules' own ids, severities and
// bases. tests/unit/readme/rule-table.test.ts only compares; this is the one way to update.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createServer } from 'vite';

const ROOT = resolve(import.meta.dirname, '../..');
const README = join(ROOT, 'README.md');
const server = await createServer({ root: ROOT, configFile: join(ROOT, 'vitest.config.ts'), server: { middlewareMode: true, hmr: false }, appType: 'custom', logLevel: 'error' });
try {
  const { ruleTable, tableIn, withTable } = await server.ssrLoadModule('/tests/tools/readme-rule-table.ts');
  const readme = readFileSync(README, 'utf8');
  const table = ruleTable();
  if (tableIn(readme) === table) console.log('README.md rule table is already up to date.');
  else {
    writeFileSync(README, withTable(readme, table));
    console.log('README.md rule table rewritten.');
  }
} finally {
  await server.close();
}
