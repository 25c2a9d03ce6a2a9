import { deltaBetween, pageStateOf, type PageState } from './page-delta';
import type { PageReport } from './protocol';
import { ReportSender } from './sender';

/**
 * Sends one document's page reports to the background as deltas: the first with every row, then only
 * the rows whose findings changed and the rows gone (lib/messaging/page-delta.ts), so a re-check of one
 * row sends one row. A report the same as the last one sent is not sent again. When the background
 * does not have the page a delta applies to (its service worker was restarted), or a delta was not
 * delivered, the next report carries every row again.
 */
export class PageReporter {
  private readonly session = Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
  private seq = 0;
  /** the page as last sent (before the background has answered) */
  private last: { state: PageState; seq: number } | undefined;

  constructor(private readonly sender = new ReportSender()) {}

  /** Resolves once the background has logged the report (or it was the same as the last, or it could not be). */
  async send(report: PageReport): Promise<void> {
    const state = pageStateOf(report);
    const seq = this.seq + 1;
    const delta = deltaBetween(this.last, state, this.session, seq);
    if (!delta) return;
    this.seq = seq;
    this.last = { state, seq };
    const result = await this.sender.send<number | 'stale'>('report', [this.session, seq], delta);
    // A newer report took over: it goes on from this one.
    if (this.seq !== seq) return;
    if (result === undefined) this.last = undefined;
    else if (result === 'stale') {
      this.last = undefined;
      await this.send(report);
    }
  }
}
