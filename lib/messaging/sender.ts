import { browser } from 'wxt/browser';
import { noteProblem, pageOf } from '@/lib/db/health';
import type { BackgroundAnswer } from './protocol';

/** Waits before each retry of a report the background did not take: about 20 s in all. */
export const RETRY_DELAYS_MS = [1_000, 4_000, 15_000] as const;

type Post = (message: unknown) => Promise<unknown>;

/**
 * Sends the content script's reports to the background. A report counts as sent only when the
 * background answers `ok: true`; until then it is retried with growing waits, and if it must give
 * up the popup is told (lib/db/health.ts). A report the same as the last one of its kind (pages
 * re-render often) is not sent again; a newer report of the same kind takes over from an older
 * one still being retried.
 */
export class ReportSender {
  private readonly sent = new Map<string, unknown>();
  private readonly current = new Map<string, unknown>();

  constructor(
    private readonly post: Post = (message) => browser.runtime.sendMessage(message),
    private readonly wait: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    private readonly delays: readonly number[] = RETRY_DELAYS_MS,
  ) {}

  /**
   * Sends `message` unless one with the same `key` (compared value by value) of this `kind` was
   * delivered or is on its way. Resolves with the background's result once delivered, else undefined.
   * `quiet`: a question whose failure loses nothing (which findings are dismissed: unanswered, the
   * marks stay in colour) is retried the same way but not reported to the popup as a lost write.
   * `retrying`: called each time an attempt has failed and another is coming, so a caller need not wait
   * for the retries (the dismissals question: the page's report goes on without its answer).
   */
  async send<T>(
    kind: string,
    key: unknown,
    message: { url?: string },
    { quiet = false, retrying }: { quiet?: boolean; retrying?: () => void } = {},
  ): Promise<T | undefined> {
    if (sameValue(key, this.sent.get(kind)) || (this.current.has(kind) && sameValue(key, this.current.get(kind)))) return undefined;
    this.current.set(kind, key);
    const mine = () => this.current.has(kind) && this.current.get(kind) === key;
    for (let attempt = 0; ; attempt += 1) {
      let answer: BackgroundAnswer<T> | undefined;
      try {
        answer = (await this.post(message)) as BackgroundAnswer<T> | undefined;
      } catch {
        answer = undefined;
      }
      if (answer?.ok || (answer && (answer.kind === 'too-large' || answer.kind === 'invalid'))) {
        // Delivered, or refused for good (the background has told the user): either way, done.
        if (mine()) this.current.delete(kind);
        this.sent.set(kind, key);
        return answer.ok ? answer.result : undefined;
      }
      // A newer report of this kind is on its way; or the extension was reloaded and this script is orphaned.
      if (!mine() || !browser.runtime?.id) return undefined;
      if (attempt >= this.delays.length) {
        this.current.delete(kind);
        if (quiet) return undefined;
        const page = message.url ? pageOf(message.url) : undefined;
        const problem = !answer ? 'unreachable' : answer.kind === 'quota' ? 'quota' : 'write-failed';
        await noteProblem({ kind: problem, ...(answer && !answer.ok ? { error: answer.error } : {}), ...(page ? { page } : {}) });
        return undefined;
      }
      retrying?.();
      await this.wait(this.delays[attempt]!);
      if (!mine()) return undefined;
    }
  }
}

/** Deep equality of plain data (what JSON would say), without building strings. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i += 1) if (!sameValue(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  // Key by key, building no arrays: a re-check compares thousands of small objects.
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  let defined = 0;
  for (const k in x) {
    if (x[k] === undefined) continue;
    defined += 1;
    if (!sameValue(x[k], y[k])) return false;
  }
  for (const k in y) if (y[k] !== undefined) defined -= 1;
  return defined === 0;
}
