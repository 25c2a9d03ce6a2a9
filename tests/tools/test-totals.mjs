// Prints one closing line for CI, "N passed, N failed", from the JSON results
// that `npm test` writes for the unit and end-to-end runs.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ARTIFACTS = join(dirname(fileURLToPath(import.meta.url)), '../artifacts');
let passed = 0;
let failed = 0;
for (const name of ['unit-results.json', 'e2e-results.json']) {
  const file = join(ARTIFACTS, name);
  if (!existsSync(file)) {
    console.log(`${name}: not written (that run did not finish)`);
    failed += 1;
    continue;
  }
  const results = JSON.parse(readFileSync(file, 'utf8'));
  passed += results.numPassedTests;
  failed += results.numFailedTests;
}
console.log(`${passed} passed, ${failed} failed`);
