import { openSession } from '../tests/e2e/harness.ts';
