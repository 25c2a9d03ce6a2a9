import { z } from 'zod';
import type { LogDatabase, MetaRow } from './database';

/**
 * The hashing key behind every keyed hash in the log. It is either made at random once per
 * browser profile, or derived from the school key: a passphrase the working group gives its
 * staff, so logs of several browsers that enter it match after a merge. The key never leaves
 * this profile except inside a passphrase-protected full backup; the passphrase is never stored.
 */

/** meta row holding the key itself, 64 hex characters */
export const SECRET_KEY = 'hash-secret';
/** meta row saying where the key came from, with a check value that tells two keys apart without revealing them */
export const KEY_INFO_KEY = 'hash-key';

export const SecretHex = z.string().regex(/^[0-9a-f]{64}$/);
export const SchoolCode = z.string().regex(/^\d{6}$/);
export const KeyInfo = z.object({
  source: z.enum(['browser', 'school']),
  /** 學校代碼 the school key was derived with */
  schoolCode: SchoolCode.optional(),
  /** first 16 hex characters of HMAC(key, KEY_CHECK_TEXT) */
  check: z.string().regex(/^[0-9a-f]{16}$/),
  /** ms since epoch */
  setAt: z.number(),
});
export type KeyInfo = z.infer<typeof KeyInfo>;

const KEY_CHECK_TEXT = 'lp-checker key check';
/** PBKDF2-SHA-256 rounds for the school key (OWASP's 2023 figure). */
export const SCHOOL_KEY_ROUNDS = 600_000;
/** Shortest passphrase accepted for a school key, in characters. */
export const SCHOOL_PASSPHRASE_MIN = 10;

export function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

function fromHex(hex: string): Uint8Array {
  return new Uint8Array(hex.match(/../g)!.map((pair) => parseInt(pair, 16)));
}

export type KeyedHash = (text: string) => Promise<string>;

/** HMAC-SHA-256 with the key, as hex. */
export async function hasherFromKey(hex: string): Promise<KeyedHash> {
  const key = await crypto.subtle.importKey('raw', fromHex(hex) as BufferSource, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return async (text) => toHex(new Uint8Array(await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(text))));
}

/** A short value that is the same for the same key and tells nothing about what the key hashes. */
export async function keyCheck(hex: string): Promise<string> {
  return (await (await hasherFromKey(hex))(KEY_CHECK_TEXT)).slice(0, 16);
}

export interface StoredKey {
  hex: string;
  /** true when the stored key was unusable (e.g. from a crafted backup) and a new one was made */
  replaced: boolean;
}

/**
 * The stored key; a new random one when there is none or the stored value is not a valid key.
 * A replaced key means the earlier log can no longer be matched: the caller tells the user.
 */
export async function storedKey(db: LogDatabase, now = Date.now()): Promise<StoredKey> {
  const row = await db.meta.get(SECRET_KEY);
  if (SecretHex.safeParse(row?.value).success) return { hex: row!.value as string, replaced: false };
  const hex = toHex(crypto.getRandomValues(new Uint8Array(32)));
  const info: KeyInfo = { source: 'browser', check: await keyCheck(hex), setAt: now };
  return db.transaction('rw', db.meta, async () => {
    // Another context may have made the key meanwhile.
    const again = await db.meta.get(SECRET_KEY);
    if (SecretHex.safeParse(again?.value).success) return { hex: again!.value as string, replaced: false };
    await db.meta.bulkPut([
      { key: SECRET_KEY, value: hex },
      { key: KEY_INFO_KEY, value: info },
    ]);
    return { hex, replaced: again !== undefined };
  });
}

/** Where this log's key came from. A key made before key info existed is this browser's own. */
export async function keyInfo(db: LogDatabase): Promise<KeyInfo> {
  const { hex } = await storedKey(db);
  const parsed = KeyInfo.safeParse((await db.meta.get(KEY_INFO_KEY))?.value);
  const check = await keyCheck(hex);
  if (parsed.success && parsed.data.check === check) return parsed.data;
  return { source: 'browser', check, setAt: 0 };
}

/** A hasher with the stored key, as it is now. */
export async function keyedHasher(db: LogDatabase): Promise<KeyedHash> {
  return hasherFromKey((await storedKey(db)).hex);
}

/**
 * For a long-lived context (the background): a hasher with the key as stored at the moment of
 * each call, so a restore or a new school key takes effect on the next page without a restart.
 * One meta read per call; the imported key is reused while the stored value stays the same.
 */
export function hasherKeeper(db: LogDatabase, onReplaced: () => void): () => Promise<KeyedHash> {
  let cached: { hex: string; hash: Promise<KeyedHash> } | undefined;
  return async () => {
    const { hex, replaced } = await storedKey(db);
    if (replaced) onReplaced();
    if (cached?.hex !== hex) cached = { hex, hash: hasherFromKey(hex) };
    return cached.hash;
  };
}

/** The passphrase as typed on any computer: Unicode NFC, no surrounding spaces. */
export function normalizePassphrase(passphrase: string): string {
  return passphrase.normalize('NFC').trim();
}

/** The school key: PBKDF2-SHA-256 of the passphrase, with the 學校代碼 as salt. */
export async function deriveSchoolKey(passphrase: string, schoolCode: string): Promise<string> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(normalizePassphrase(passphrase)), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: new TextEncoder().encode(`lp-checker school key|${schoolCode}`), iterations: SCHOOL_KEY_ROUNDS },
    material,
    256,
  );
  return toHex(new Uint8Array(bits));
}

/** Hashes from now on use the school key. Only the derived key is stored, never the passphrase. */
export async function setSchoolKey(db: LogDatabase, passphrase: string, schoolCode: string, now: number): Promise<KeyInfo> {
  SchoolCode.parse(schoolCode);
  if ([...normalizePassphrase(passphrase)].length < SCHOOL_PASSPHRASE_MIN) throw new RangeError('passphrase too short');
  const hex = await deriveSchoolKey(passphrase, schoolCode);
  const info: KeyInfo = { source: 'school', schoolCode, check: await keyCheck(hex), setAt: now };
  await db.meta.bulkPut([
    { key: SECRET_KEY, value: hex },
    { key: KEY_INFO_KEY, value: info },
  ]);
  return info;
}

/** Back to a key of this browser's own, made at random. */
export async function newBrowserKey(db: LogDatabase, now: number): Promise<KeyInfo> {
  const hex = toHex(crypto.getRandomValues(new Uint8Array(32)));
  const info: KeyInfo = { source: 'browser', check: await keyCheck(hex), setAt: now };
  await db.meta.bulkPut([
    { key: SECRET_KEY, value: hex },
    { key: KEY_INFO_KEY, value: info },
  ]);
  return info;
}

/** The meta rows that put a key back as it was (a protected full backup's), with its info when that info fits the key. */
export async function keyRows(hex: string, info: KeyInfo | undefined, now: number): Promise<MetaRow[]> {
  SecretHex.parse(hex);
  const check = await keyCheck(hex);
  const kept: KeyInfo = info && info.check === check ? info : { source: 'browser', check, setAt: now };
  return [
    { key: SECRET_KEY, value: hex },
    { key: KEY_INFO_KEY, value: kept },
  ];
}
