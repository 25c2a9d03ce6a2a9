import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useDashboardWorker, type DashboardWorker } from '@/entrypoints/dashboard/worker-connection';
import type { FromDashboardWorker } from '@/entrypoints/dashboard/worker';

/**
 * A stand-in for the dashboard's worker that says its first words as soon as it has started, as a worker whose
 * log is open quickly does: each message is a task of its own, and like a real Worker it goes to whatever
 * `onmessage` is set when that task runs (none: it is lost).
 */
class QuickWorker {
  onmessage: ((event: MessageEvent<FromDashboardWorker>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  constructor(first: readonly FromDashboardWorker[]) {
    for (const data of first) setTimeout(() => this.onmessage?.({ data } as MessageEvent<FromDashboardWorker>));
  }
  postMessage(): void {}
  terminate(): void {
    this.terminated = true;
  }
}

/** Renders a page that uses the hook, the way the dashboard mounts it: plain render, effects after the paint. */
function mount(start: () => QuickWorker): { seen: () => DashboardWorker; unmount: () => void } {
  let latest: DashboardWorker | undefined;
  function Page() {
    latest = useDashboardWorker(start as unknown as () => Worker);
    return null;
  }
  const root = document.createElement('div');
  document.body.append(root);
  render(<Page />, root);
  return {
    seen: () => latest!,
    unmount: () => {
      render(null, root);
      root.remove();
    },
  };
}

let unmount: (() => void) | undefined;
afterEach(() => {
  unmount?.();
  unmount = undefined;
});

describe('the dashboard page and its worker', () => {
  it('hears a worker that is ready before the page has been painted', async () => {
    const page = mount(() => new QuickWorker([{ type: 'ready' }]));
    unmount = page.unmount;
    await vi.waitFor(() => expect(page.seen().ready).toBe(true), { timeout: 5_000 });
    expect(page.seen().failure).toBeUndefined();
  });

  it('keeps what the worker says failed, and lets the page read the log itself', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const page = mount(() => new QuickWorker([{ type: 'failed', message: 'TypeError: x is undefined' }]));
    unmount = page.unmount;
    await vi.waitFor(() => expect(page.seen().failure).toBe('TypeError: x is undefined'), { timeout: 5_000 });
    expect(page.seen().ready).toBe(true);
  });

  it('keeps an error the worker did not catch as a failure', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    let worker: QuickWorker | undefined;
    const page = mount(() => (worker = new QuickWorker([])));
    unmount = page.unmount;
    await vi.waitFor(() => expect(worker?.onerror).toBeTypeOf('function'), { timeout: 5_000 });
    worker!.onerror!({ message: 'Uncaught RangeError: Invalid time value' } as ErrorEvent);
    await vi.waitFor(() => expect(page.seen().failure).toBe('Uncaught RangeError: Invalid time value'), { timeout: 5_000 });
  });

  it('stops the worker when the page goes', async () => {
    let worker: QuickWorker | undefined;
    const page = mount(() => (worker = new QuickWorker([{ type: 'ready' }])));
    await vi.waitFor(() => expect(page.seen().ready).toBe(true), { timeout: 5_000 });
    page.unmount();
    await vi.waitFor(() => expect(worker!.terminated).toBe(true), { timeout: 5_000 });
  });
});
