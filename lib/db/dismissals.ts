import { checkReason } from '@/lib/dismissals/reasons';
import { judge, replacedBy, type Dismissal, type SeenFinding } from '@/lib/dismissals/lifecycle';
import type { DismissalsQuery, DismissedFinding, DismissRequest } from '@/lib/messaging/protocol';
import { ruleById } from '@/lib/rules/catalog';
import { newId, type LogDatabase } from './database';
import type { KeyedHash } from './secret';

/**
 * The log's side of dismissals: keeping one the content script sends, and telling a page which of
 * its findings are dismissed. Identities and values arrive as the page shows them and are kept only
 * as keyed hashes — the record's the same as logVisit makes (so a dismissal and a finding of the
 * same record share a subject).
 */

/** A dismissal refused for good (an unknown rule, a reason the rule does not accept): sending again cannot help. */
export class DismissalRefused extends Error {}

const subjectOf = (hash: KeyedHash, origin: string, identity: string) => hash(`${origin}\u001f${identity}`);
const fingerprintOf = (hash: KeyedHash, origin: string, ruleId: string, field: string, digest: string) =>
  hash(`${origin}\u001fvalue\u001f${ruleId}\u001f${field}\u001f${digest}`);

/** Keeps one dismissal; one still in force about the same record, rule and field ends as replaced. */
export async function recordDismissal(db: LogDatabase, request: DismissRequest, hash: KeyedHash, now: number): Promise<Dismissal> {
  const rule = ruleById(request.ruleId);
  if (!rule || rule.scope !== 'page') throw new DismissalRefused(`unknown rule ${request.ruleId}`);
  const checked = checkReason(rule.dismissal, request);
  if (!checked.ok) throw new DismissalRefused(checked.problem.en);
  const url = new URL(request.url);
  const dismissal: Dismissal = {
    id: newId(),
    at: now,
    origin: url.origin,
    path: url.pathname,
    pageKind: request.pageKind,
    subject: await subjectOf(hash, url.origin, request.identity),
    ruleId: rule.id,
    field: request.field,
    fingerprint: await fingerprintOf(hash, url.origin, rule.id, request.field, request.digest),
    ...checked.reason,
    role: request.role,
    endedAt: 0,
    ended: '',
  };
  await db.transaction('rw', db.dismissals, async () => {
    const same = await db.dismissals.where('subject').equals(dismissal.subject).toArray();
    await db.dismissals.bulkPut([...replacedBy(same, dismissal), dismissal]);
  });
  return dismissal;
}

/**
 * The dismissals that apply to a page's findings (same record, rule, field and value), by the
 * finding's index in the query; dismissals of those records whose value changed end now (已失效).
 */
export async function dismissalsForPage(db: LogDatabase, query: DismissalsQuery, hash: KeyedHash, now: number): Promise<DismissedFinding[]> {
  const origin = new URL(query.url).origin;
  const subjects = await Promise.all(query.subjects.map((identity) => subjectOf(hash, origin, identity)));
  const inForce = await db.dismissals
    .where('subject')
    .anyOf([...new Set(subjects)])
    .filter((row) => row.endedAt === 0)
    .toArray();
  if (inForce.length === 0) return [];
  // Only findings with a dismissal of their record, rule and field are hashed (before the transaction,
  // which must not wait on Web Crypto).
  const about = new Set(inForce.map((row) => `${row.subject}\u001f${row.ruleId}\u001f${row.field}`));
  const seen: { index: number; finding: SeenFinding }[] = [];
  for (const [index, finding] of query.findings.entries()) {
    const subject = subjects[finding.subject];
    if (subject === undefined || !about.has(`${subject}\u001f${finding.ruleId}\u001f${finding.field}`)) continue;
    const fingerprint = await fingerprintOf(hash, origin, finding.ruleId, finding.field, finding.digest);
    seen.push({ index, finding: { subject, ruleId: finding.ruleId, field: finding.field, fingerprint } });
  }
  return db.transaction('rw', db.dismissals, async () => {
    // As they are now: another page may have ended or added one meanwhile.
    const current = (await db.dismissals.where('subject').anyOf([...new Set(inForce.map((row) => row.subject))]).toArray()).filter((row) => row.endedAt === 0);
    const applied: DismissedFinding[] = [];
    const ended = new Map<string, Dismissal>();
    for (const { index, finding } of seen) {
      const verdict = judge(current, finding, now);
      if (verdict.applies) {
        const { id, choice, note, staffName, at } = verdict.applies;
        applied.push({ index, id, choice, note, staffName, at });
      }
      for (const row of verdict.ended) ended.set(row.id, row);
    }
    // A dismissal that applies to one finding of the page is not ended by another one alike (a record shown twice).
    for (const { id } of applied) ended.delete(id);
    if (ended.size > 0) await db.dismissals.bulkPut([...ended.values()]);
    return applied;
  });
}
