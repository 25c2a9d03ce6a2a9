import { afterEach } from 'vitest';
import { LogDatabase } from '@/lib/db/database';

/**
 * Logs for one test file, each under a name of its own (`test-<prefix>-1`, `-2` …), deleted after each test.
 * Call it at the top of the file. `name` gives the next name for a log opened another way (an upgrade test's
 * older Dexie), and `keep` has such a log deleted after the test too.
 */
export function freshLogs(prefix: string): { fresh(): LogDatabase; name(): string; keep(db: LogDatabase): LogDatabase } {
  const opened: LogDatabase[] = [];
  let n = 0;
  afterEach(async () => {
    for (const db of opened.splice(0)) await db.delete();
  });
  const name = () => `test-${prefix}-${(n += 1)}`;
  const keep = (db: LogDatabase) => {
    opened.push(db);
    return db;
  };
  return { fresh: () => keep(new LogDatabase(name())), name, keep };
}
