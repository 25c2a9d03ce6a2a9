import { syncSiteScripts } from '@/lib/sites';
import type { LogDatabase } from '@/lib/db/database';
import { isQuotaError } from '@/lib/db/errors';
import { noteProblem, pageOf } from '@/lib/db/health';
import { logVisit } from '@/lib/db/log-visit';
import { DismissalRefused, dismissalsForPage, recordDismissal, withdrawDismissal } from '@/lib/db/dismissals';
import type { KeyedHash } from '@/lib/db/secret';
import { BackgroundMessage, oversize, type BackgroundAnswer, type CertificationRowsDelta, type PageDelta } from '@/lib/messaging/protocol';
import { recordCertificationReading } from './badge';
import { pageSessions, rowsSessions } from './delta-sessions';

/**
 * The background's answer to one message: validated against the protocol's schemas and limits,
 * then written. A page over the limits is not logged and the user is told (popup); a failed
 * write answers `ok: false` with its kind, and the content script retries and, if it must give
 * up, tells the user. Nothing is marked done before the write is.
 */
export async function answerMessage(db: LogDatabase, hasher: () => Promise<KeyedHash>, message: unknown, now = Date.now()): Promise<BackgroundAnswer> {
  const parsed = BackgroundMessage.safeParse(message);
  if (!parsed.success) {
    const url = (message as { url?: unknown } | null)?.url;
    const page = typeof url === 'string' ? pageOf(url) : undefined;
    const big = oversize(message);
    const longText = parsed.error.issues.find((issue) => issue.code === 'too_big');
    if (big || longText) {
      const limit = big?.limit ?? Number((longText as { maximum?: number | bigint }).maximum);
      console.warn('lp-checker: a page over the limits was not logged', page, big ?? longText);
      // Which findings are dismissed is asked after the page's report, which over the limits has said so already.
      if ((message as { type?: unknown }).type !== 'dismissals-query') {
        await noteProblem({ kind: 'too-large', ...(page ? { page } : {}), ...(big ? { size: big.size } : {}), limit }, now);
      }
      return { ok: false, kind: 'too-large', error: 'too-large' };
    }
    console.warn('lp-checker: a message did not fit the protocol', parsed.error.issues.slice(0, 3));
    return { ok: false, kind: 'invalid', error: 'invalid' };
  }
  const data = parsed.data;
  try {
    switch (data.type) {
      case 'page-report':
        return { ok: true, result: await logVisit(db, data, await hasher(), now) };
      case 'page-delta':
        return await logDelta(db, hasher, data, now);
      case 'certification-rows':
        return { ok: true, result: await recordCertificationReading(db, data, await hasher(), now) };
      case 'certification-rows-delta':
        return await recordRowsDelta(db, hasher, data, now);
      case 'sites-changed':
        return { ok: true, result: await syncSiteScripts() };
      case 'dismiss':
        return { ok: true, result: (await recordDismissal(db, data, await hasher(), now)).id };
      case 'withdraw-dismissal':
        return { ok: true, result: (await withdrawDismissal(db, data, await hasher(), now)).id };
      case 'dismissals-query':
        return { ok: true, result: await dismissalsForPage(db, data, await hasher(), now) };
    }
  } catch (error) {
    if (error instanceof DismissalRefused) {
      console.warn('lp-checker: a dismissal was refused', error.message);
      return { ok: false, kind: 'invalid', error: 'invalid' };
    }
    console.error('lp-checker:', error);
    const name = error instanceof Error ? error.name : typeof error;
    return { ok: false, kind: isQuotaError(error) ? 'quota' : 'write-failed', error: name };
  }
}

/**
 * A page delta merged into its page (synchronously, before anything is awaited, so deltas apply in the order
 * they came) and the merged page logged as a page report would be; `stale` when the page it applies to is
 * not kept here, and the content script then sends every row. A merged page over the limits is refused as
 * a report over them is.
 */
async function logDelta(db: LogDatabase, hasher: () => Promise<KeyedHash>, delta: PageDelta, now: number): Promise<BackgroundAnswer> {
  const merged = pageSessions.merge(delta);
  if (merged === 'stale') return { ok: true, result: 'stale' };
  const refused = await refuseOversize(merged.whole, now);
  if (refused) return refused;
  return { ok: true, result: await logVisit(db, merged.whole, merged.hash(await hasher()), now) };
}

/** A message merged from deltas over the limits is refused, and the user told, as one sent whole would be. */
async function refuseOversize(message: { url: string }, now: number): Promise<BackgroundAnswer | undefined> {
  const big = oversize(message);
  if (!big) return undefined;
  const page = pageOf(message.url);
  console.warn('lp-checker: a page over the limits was not logged', page, big);
  await noteProblem({ kind: 'too-large', ...(page ? { page } : {}), size: big.size, limit: big.limit }, now);
  return { ok: false, kind: 'too-large', error: 'too-large' };
}

/**
 * A certification list's delta merged into its last reading (synchronously, as a page delta) and the whole
 * reading taken as a `certification-rows` message is; the merged list is answered only when asked for.
 */
async function recordRowsDelta(db: LogDatabase, hasher: () => Promise<KeyedHash>, delta: CertificationRowsDelta, now: number): Promise<BackgroundAnswer> {
  const merged = rowsSessions.merge(delta);
  if (merged === 'stale') return { ok: true, result: 'stale' };
  const refused = await refuseOversize(merged.whole, now);
  if (refused) return refused;
  const list = await recordCertificationReading(db, merged.whole, merged.hash(await hasher()), now);
  return { ok: true, result: delta.answer ? list : null };
}
