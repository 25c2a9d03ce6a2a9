import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { watchPage, type Touched } from '@/entrypoints/content/watch';

const stops: (() => void)[] = [];
beforeEach(() => {
  fakeBrowser.reset();
  document.body.innerHTML = '<table><tbody><tr><td id="cell">未認證</td></tr></tbody></table>';
});
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
  vi.restoreAllMocks();
});

const cell = () => document.getElementById('cell')!;
const watch = (recheck: (changes: Touched) => void) => {
  const stop = watchPage(recheck, 10);
  stops.push(stop);
  return stop;
};

describe('watchPage', () => {
  it('re-checks after the page dispatches WXT’s “content script started” event, which ends WXT’s own context', async () => {
    const ctx = new ContentScriptContext('content', { noScriptStartedPostMessage: true });
    const recheck = vi.fn();
    watch(recheck);
    // what a hostile page can do once it knows the extension's id
    document.dispatchEvent(
      new CustomEvent((ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string }).SCRIPT_STARTED_MESSAGE_TYPE, { detail: { contentScriptName: 'content', messageId: 'page' } }),
    );
    expect(ctx.isInvalid).toBe(true);
    cell().textContent = '已認證';
    await vi.waitFor(() => expect(recheck).toHaveBeenCalledTimes(1), { timeout: 5_000 });
    expect([...recheck.mock.calls[0]![0].nodes]).toEqual([cell()]);
  });

  it('stops once the extension is gone (reloaded or removed)', async () => {
    const recheck = vi.fn();
    watch(recheck);
    const running = () => (globalThis as Record<symbol, unknown>)[Symbol.for('lp-checker.watchPage')];
    expect(running()).toBeTypeOf('function');
    vi.spyOn(browser.runtime, 'id', 'get').mockReturnValue(undefined as unknown as string);
    cell().textContent = '已認證';
    // the next mutation it sees finds the extension gone: it disconnects and gives up its place
    await vi.waitFor(() => expect(running()).toBeUndefined(), { timeout: 5_000 });
    expect(recheck).not.toHaveBeenCalled();
  });

  it('hands over to a second copy of the script in the same frame', async () => {
    const first = vi.fn();
    const second = vi.fn();
    watch(first);
    watch(second);
    cell().textContent = '已認證';
    await vi.waitFor(() => expect(second).toHaveBeenCalledTimes(1), { timeout: 5_000 });
    expect(first).not.toHaveBeenCalled();
  });
});
