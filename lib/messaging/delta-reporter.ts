import { deltaBetween, pageStateOf, type PageState } from './page-delta';
import type { PageReport, CertificationRowsReport } from './protocol';
import { rowsDeltaBetween, rowsStateOf, type RowsState } from './rows-delta';
import { ReportSender } from './sender';

type Diff<S, D> = (last: { state: S; seq: number } | undefined, next: S, session: string, seq: number) => D | null;

/**
 * Sends one document's reports of one kind to the background as deltas: the first with every row, then
 * only the rows that changed and the rows gone (lib/messaging/page-delta.ts, rows-delta.ts), so a re-check
 * of one row sends one row. A report the same as the last one sent is not sent again. When the background
 * does not have the page a delta applies to (its service worker was restarted) it answers `stale`, and
 * the report goes again with every row; after a delta that was not delivered, the next report has every row.
 */
export class DeltaReporter<W, S, D extends object> {
  private readonly session = Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
  private seq = 0;
  /** the page as last sent (before the background has answered) */
  private last: { state: S; seq: number } | undefined;

  constructor(
    private readonly kind: string,
    private readonly stateOf: (whole: W) => S,
    private readonly diff: Diff<S, D>,
    private readonly sender = new ReportSender(),
  ) {}

  /**
   * Resolves with the background's result once it has taken the report; undefined when the report was the
   * same as the last, could not be delivered or a newer one took over. `extra`: fields added to the delta.
   */
  async send<R>(whole: W, extra: Record<string, unknown> = {}): Promise<R | undefined> {
    const state = this.stateOf(whole);
    const seq = this.seq + 1;
    const delta = this.diff(this.last, state, this.session, seq);
    if (!delta) return undefined;
    this.seq = seq;
    this.last = { state, seq };
    const result = await this.sender.send<R | 'stale'>(this.kind, [this.session, seq], { ...delta, ...extra });
    // A newer report took over: it goes on from this one.
    if (this.seq !== seq) return undefined;
    if (result === undefined) this.last = undefined;
    if (result !== 'stale') return result;
    this.last = undefined;
    return this.send<R>(whole, extra);
  }
}

/** A document's page reports, as page deltas. */
export const pageReporter = (sender?: ReportSender) => new DeltaReporter<PageReport, PageState, object>('report', pageStateOf, deltaBetween, sender);

/** A document's readings of a certification list, as deltas of its uploads. */
export const rowsReporter = (sender?: ReportSender) => new DeltaReporter<CertificationRowsReport, RowsState, object>('rows', rowsStateOf, rowsDeltaBetween, sender);
