import type { KeyedHash } from '@/lib/db/secret';
import { applyDelta, reportOf, type PageState } from '@/lib/messaging/page-delta';
import type { CertificationRowsDelta, CertificationRowsReport, PageDelta, PageReport } from '@/lib/messaging/protocol';
import { applyRowsDelta, readingOf, type RowsState } from '@/lib/messaging/rows-delta';

/** Pages kept at once, of each kind (one per content script that reported); the least recent is dropped first. */
const MAX_SESSIONS = 32;
/** Keyed hashes kept per page between its deltas: the page's rows and findings hashed once, not on every change. */
const MAX_HASHES = 60_000;

interface Session<S> {
  seq: number;
  state: S;
  hashes: Map<string, Promise<string>>;
  hashedWith?: KeyedHash;
}

/** What every delta says of itself: its session, its number and the one it applies to (null: it carries everything). */
interface Delta {
  session: string;
  seq: number;
  base: number | null;
}

/**
 * The pages (or lists) the background has been sent deltas of, in memory only (rows with identities in clear
 * as the content script sent them: they are never written anywhere, and a restart of the service worker
 * forgets them — the next delta is then answered `stale` and the page sends every row again).
 * `apply` merges a delta into a state (a new one when the state is undefined or the delta carries
 * everything); `whole` gives the whole message the state stands for.
 */
export class DeltaSessions<D extends Delta, S, W> {
  private readonly sessions = new Map<string, Session<S>>();

  constructor(
    private readonly apply: (state: S | undefined, delta: D) => S,
    private readonly whole: (state: S) => W,
  ) {}

  /**
   * The whole message `delta` makes of its page; 'stale' when the page this delta applies to is not here.
   * Synchronous, so deltas are merged in the order they arrive whatever their writes await. A delta
   * sent again (a retry after a failed write) gives the same message again. `hash` remembers the
   * page's keyed hashes from one delta to the next, so a change of one row hashes one row.
   */
  merge(delta: D): { whole: W; hash: (hash: KeyedHash) => KeyedHash } | 'stale' {
    let session = this.sessions.get(delta.session);
    if (delta.base !== null && session?.seq !== delta.base && session?.seq !== delta.seq) return 'stale';
    if (!session || delta.base === null) session = { seq: 0, state: this.apply(undefined, delta), hashes: new Map() };
    else if (session.seq !== delta.seq) this.apply(session.state, delta);
    session.seq = delta.seq;
    // The most recent last.
    this.sessions.delete(delta.session);
    this.sessions.set(delta.session, session);
    if (this.sessions.size > MAX_SESSIONS) this.sessions.delete(this.sessions.keys().next().value!);
    const kept = session;
    return { whole: this.whole(session.state), hash: (hash) => remembered(kept, hash) };
  }
}

/** `hash`, remembering its answers for this page (forgotten when the key changes or too many are kept). */
function remembered<S>(session: Session<S>, hash: KeyedHash): KeyedHash {
  if (session.hashedWith !== hash || session.hashes.size > MAX_HASHES) {
    session.hashes = new Map();
    session.hashedWith = hash;
  }
  const { hashes } = session;
  return (text) => {
    let hashed = hashes.get(text);
    if (hashed === undefined) {
      hashed = hash(text);
      hashes.set(text, hashed);
      // A failed hash is not kept.
      hashed.catch(() => hashes.delete(text));
    }
    return hashed;
  };
}

/** The background's pages, merged from page deltas into page reports. */
export const pageSessions = new DeltaSessions<PageDelta, PageState, PageReport>(applyDelta, reportOf);
/** The background's certification lists, merged from deltas into whole readings. */
export const rowsSessions = new DeltaSessions<CertificationRowsDelta, RowsState, CertificationRowsReport>(applyRowsDelta, readingOf);
