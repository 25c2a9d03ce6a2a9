/**
 * The roster worker (entrypoints/roster/worker.ts), started from one place so the build emits it
 * once: the roster page checks files with it, the options page reads xlsx course plans with it.
 */
export function newRosterWorker(): Worker {
  return new Worker(new URL('../../entrypoints/roster/worker.ts', import.meta.url), { type: 'module' });
}
