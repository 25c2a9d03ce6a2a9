import type { KeyedHash } from '@/lib/db/secret';
import { applyDelta, reportOf, type PageState } from '@/lib/messaging/page-delta';
import type { PageDelta, PageReport } from '@/lib/messaging/protocol';

/** Pages kept at once (one per content script that reported); the least recent is dropped first. */
const MAX_SESSIONS = 32;
/** Keyed hashes kept per page between its deltas: the page's rows and findings hashed once, not on every change. */
const MAX_HASHES = 60_000;

interface Session {
  seq: number;
  state: PageState;
  hashes: Map<string, Promise<string>>;
  hashedWith?: KeyedHash;
}

/**
 * The pages the background has been sent deltas of, in memory only (a page's rows, identities in clear as
 * the content script sent them: they are never written anywhere, and a restart of the service worker
 * forgets them — the next delta is then answered `stale` and the page sends every row again).
 */
export class PageSessions {
  private readonly sessions = new Map<string, Session>();

  /**
   * The page report `delta` makes of its page; 'stale' when the page this delta applies to is not here.
   * Synchronous, so deltas are merged in the order they arrive whatever their writes await. A delta
   * sent again (a retry after a failed write) gives the same report again.
   */
  merge(delta: PageDelta): { report: PageReport; hash: (hash: KeyedHash) => KeyedHash } | 'stale' {
    let session = this.sessions.get(delta.session);
    if (delta.base !== null && session?.seq !== delta.base && session?.seq !== delta.seq) return 'stale';
    if (!session || delta.base === null) session = { seq: 0, state: applyDelta(undefined, delta), hashes: new Map() };
    else if (session.seq !== delta.seq) applyDelta(session.state, delta);
    session.seq = delta.seq;
    // The most recent last.
    this.sessions.delete(delta.session);
    this.sessions.set(delta.session, session);
    if (this.sessions.size > MAX_SESSIONS) this.sessions.delete(this.sessions.keys().next().value!);
    const kept = session;
    return { report: reportOf(session.state), hash: (hash) => remembered(kept, hash) };
  }
}

/** `hash`, remembering its answers for this page (forgotten when the key changes or too many are kept). */
function remembered(session: Session, hash: KeyedHash): KeyedHash {
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

/** The background's pages. */
export const pageSessions = new PageSessions();
