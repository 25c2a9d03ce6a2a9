import type { Finding } from '@/lib/model/finding';
import type { PageRecord } from '@/lib/model/records';

/**
 * What a dismissal is about, as the content script sees it: the record (by its identity), the rule,
 * the field, and a digest of the value(s) the finding is about. The digest changes when the value
 * does, and then the dismissal no longer applies. The background keeps only keyed hashes of the
 * identity and the digest (a digest of a national ID alone could be reversed by trying them all).
 */

/** Plain data as JSON with object keys sorted, so the same value always gives the same text. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * The value(s) a finding is about, as text: the record's field the finding names (the 簡述 of a
 * summary too long, the 課程代碼 of a malformed code), or the whole record for a finding about the
 * record as a whole (a quota's extra item, a disputed receipt) or naming a field the record lacks.
 */
export function findingValue(record: PageRecord, finding: Pick<Finding, 'field'>): string {
  const fields = record as unknown as Record<string, unknown>;
  const about = finding.field !== undefined && Object.hasOwn(fields, finding.field) ? fields[finding.field] : record;
  return stableJson(about);
}

/**
 * A 64-bit digest of a text (two 32-bit multiply-xor lanes over its UTF-16 units), as 16 hex
 * digits. Not a secret and not collision-proof against an attacker: it only tells whether a value
 * changed, and the background hashes it with the log's key before keeping it.
 */
export function valueDigest(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    a = Math.imul(a ^ unit, 0x01000193);
    b = Math.imul(b ^ unit, 0x5bd1e995);
    b ^= b >>> 15;
  }
  b = Math.imul(b ^ text.length, 0x5bd1e995);
  return (a >>> 0).toString(16).padStart(8, '0') + ((b ^ (b >>> 13)) >>> 0).toString(16).padStart(8, '0');
}

/** The digest of what a finding about `record` is about. */
export function findingDigest(record: PageRecord, finding: Pick<Finding, 'field'>): string {
  return valueDigest(findingValue(record, finding));
}

/** A finding's dismissal key in the page: the record's identity, rule, field and value digest. */
export function dismissalKey(identity: string, finding: Pick<Finding, 'ruleId' | 'field'>, digest: string): string {
  return `${identity}\u001f${finding.ruleId}\u001f${finding.field ?? ''}\u001f${digest}`;
}
