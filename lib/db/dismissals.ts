import { checkReason, checkStaffName } from '@/lib/dismissals/reasons';
import { judge, replacedBy, withdrawn, type Dismissal, type SeenFinding } from '@/lib/dismissals/lifecycle';
import type { DismissalsQuery, DismissedFinding, DismissRequest, WithdrawRequest } from '@/lib/messaging/protocol';
import { ruleById } from '@/lib/rules/catalog';
import { newId, type LogDatabase } from './database';
import { FINDING_COUNT_TABLES, recountFindings } from './problem-summaries';
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

/** The log's finding (lib/db/log-visit.ts) of a record and rule, by its key. */
const findingKeyOf = (hash: KeyedHash, origin: string, ruleId: string, subject: string) => hash(`${origin}\u001f${ruleId}\u001f${subject}`);

/**
 * Marks the log's finding of a dismissal's record and rule, while it is open, as dismissed since `at` (0: open
 * again), and recounts it in the 檢核問題 summaries. Needs FINDING_COUNT_TABLES in the transaction.
 */
async function markFinding(db: LogDatabase, key: string, at: number): Promise<void> {
  await db.findings
    .where(':id')
    .equals(key)
    .filter((row) => row.resolvedAt === 0)
    .modify((row) => {
      row.dismissedAt = at;
    });
  await recountFindings(db, [key]);
}

/**
 * Keeps one dismissal; one still in force about the same record, rule and field ends as replaced.
 * The log's finding of that record and rule stops counting as open at once (the page's next report says so again).
 */
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
  const findingKey = await findingKeyOf(hash, url.origin, rule.id, dismissal.subject);
  await db.transaction('rw', [db.dismissals, ...FINDING_COUNT_TABLES.map((name) => db.table(name))], async () => {
    const same = await db.dismissals.where('subject').equals(dismissal.subject).toArray();
    await db.dismissals.bulkPut([...replacedBy(same, dismissal), dismissal]);
    await markFinding(db, findingKey, now);
  });
  return dismissal;
}

/**
 * 「取消確認」: ends a dismissal in force as taken back by the staff member named, and the log's finding
 * of its record and rule counts as open again. Refused for a dismissal this site did not make, one
 * that has ended, or a name missing.
 */
export async function withdrawDismissal(db: LogDatabase, request: WithdrawRequest, hash: KeyedHash, now: number): Promise<Dismissal> {
  const name = checkStaffName(request.staffName);
  if (!name.ok) throw new DismissalRefused(name.problem.en);
  const origin = new URL(request.url).origin;
  const row = await db.dismissals.get(request.id);
  if (!row || row.origin !== origin) throw new DismissalRefused(`no dismissal ${request.id} on ${origin}`);
  const findingKey = await findingKeyOf(hash, origin, row.ruleId, row.subject);
  return db.transaction('rw', [db.dismissals, ...FINDING_COUNT_TABLES.map((name) => db.table(name))], async () => {
    // as it is now: another page may have ended it meanwhile
    const current = await db.dismissals.get(request.id);
    const ended = current && withdrawn(current, { role: request.role, staffName: name.staffName }, now);
    if (!ended) throw new DismissalRefused(`dismissal ${request.id} is no longer in force`);
    await db.dismissals.put(ended);
    await markFinding(db, findingKey, 0);
    return ended;
  });
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
