import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { logHealthSetting } from '@/lib/db/health';
import type { BackgroundAnswer } from '@/lib/messaging/protocol';
import { ReportSender } from '@/lib/messaging/sender';

const URL_ = 'http://127.0.0.1:5180/a/teacher/Certify.aspx?page=2&sid=112045';
const message = { type: 'page-report', url: URL_ };
const ok: BackgroundAnswer = { ok: true, result: 7 };
const quota: BackgroundAnswer = { ok: false, kind: 'quota', error: 'QuotaExceededError' };
const failed: BackgroundAnswer = { ok: false, kind: 'write-failed', error: 'AbortError' };
const tooLarge: BackgroundAnswer = { ok: false, kind: 'too-large', error: 'too-large' };

/** A sender whose waits are instant and recorded, posting the given answers in turn. */
function senderWith(...answers: (BackgroundAnswer | Error)[]) {
  const post = vi.fn(async () => {
    const next = answers.length > 1 ? answers.shift()! : answers[0]!;
    if (next instanceof Error) throw next;
    return next;
  });
  const waits: number[] = [];
  const sender = new ReportSender(post, async (ms) => void waits.push(ms), [1_000, 4_000, 15_000]);
  return { sender, post, waits };
}

beforeEach(() => fakeBrowser.reset());

describe('ReportSender', () => {
  it('counts a report as sent only when the background says it was written, retrying with growing waits', async () => {
    const { sender, post, waits } = senderWith(failed, failed, ok);
    expect(await sender.send('report', ['k'], message)).toBe(7);
    expect(post).toHaveBeenCalledTimes(3);
    expect(waits).toEqual([1_000, 4_000]);
    // the same report again is not sent: it is in the log
    expect(await sender.send('report', ['k'], message)).toBeUndefined();
    expect(post).toHaveBeenCalledTimes(3);
    expect((await logHealthSetting.getValue()).problems).toEqual([]);
  });

  it('a quiet question is retried the same way but, unanswered, does not trouble the popup', async () => {
    const { sender, post, waits } = senderWith(quota);
    const question = { type: 'dismissals-query', url: URL_ };
    // its asker is told of each failed try before the wait, and need not wait for the retries
    const waitsBeforeEachCall: number[] = [];
    const retrying = () => void waitsBeforeEachCall.push(waits.length);
    expect(await sender.send('dismissals', ['q'], question, { quiet: true, retrying })).toBeUndefined();
    expect(post).toHaveBeenCalledTimes(4);
    expect(waits).toEqual([1_000, 4_000, 15_000]);
    expect(waitsBeforeEachCall).toEqual([0, 1, 2]);
    expect((await logHealthSetting.getValue()).problems).toEqual([]);
  });

  it('gives up after its retries and tells the popup, naming the page without its query', async () => {
    const { sender, post } = senderWith(quota);
    expect(await sender.send('report', ['k'], message)).toBeUndefined();
    expect(post).toHaveBeenCalledTimes(4);
    expect((await logHealthSetting.getValue()).problems).toEqual([
      { kind: 'quota', count: 1, last: expect.any(Number), page: 'http://127.0.0.1:5180/a/teacher/Certify.aspx', error: 'QuotaExceededError' },
    ]);
    // not marked as sent: the next check of the page tries again
    await sender.send('report', ['k'], message);
    expect(post).toHaveBeenCalledTimes(8);
    expect((await logHealthSetting.getValue()).problems[0]!.count).toBe(2);
  });

  it('says so when the background could not be reached at all', async () => {
    const { sender } = senderWith(new Error('Could not establish connection. Receiving end does not exist.'));
    await sender.send('report', ['k'], message);
    expect((await logHealthSetting.getValue()).problems).toMatchObject([{ kind: 'unreachable', count: 1 }]);
  });

  it('does not retry a page the background refused as too large (it has told the user)', async () => {
    const { sender, post } = senderWith(tooLarge);
    await sender.send('report', ['k'], message);
    await sender.send('report', ['k'], message);
    expect(post).toHaveBeenCalledTimes(1);
    expect((await logHealthSetting.getValue()).problems).toEqual([]);
  });

  it('lets a newer report of the same kind take over from one being retried', async () => {
    let release!: () => void;
    const answers: BackgroundAnswer[] = [failed, ok];
    const post = vi.fn(async () => answers.shift() ?? ok);
    const sender = new ReportSender(post, () => new Promise<void>((resolve) => (release = resolve)), [1_000, 4_000, 15_000]);
    const older = sender.send('report', ['old'], message);
    await vi.waitFor(() => expect(post).toHaveBeenCalledTimes(1));
    expect(await sender.send('report', ['new'], message)).toBe(7);
    release();
    expect(await older).toBeUndefined();
    expect(post).toHaveBeenCalledTimes(2);
  });
});
