import type { LogDatabase } from './database';

const SECRET_KEY = 'hash-secret';

function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

function fromHex(hex: string): Uint8Array {
  return new Uint8Array(hex.match(/../g)!.map((pair) => parseInt(pair, 16)));
}

/** The per-install secret behind every keyed hash; made once, never leaves this browser profile. */
async function installSecret(db: LogDatabase): Promise<Uint8Array> {
  return db.transaction('rw', db.meta, async () => {
    const row = await db.meta.get(SECRET_KEY);
    if (typeof row?.value === 'string') return fromHex(row.value);
    const secret = crypto.getRandomValues(new Uint8Array(32));
    await db.meta.put({ key: SECRET_KEY, value: toHex(secret) });
    return secret;
  });
}

export type KeyedHash = (text: string) => Promise<string>;

/** HMAC-SHA-256 with the install secret, as hex: the same text always gives the same key here, and nothing elsewhere. */
export async function keyedHasher(db: LogDatabase): Promise<KeyedHash> {
  const secret = await installSecret(db);
  const key = await crypto.subtle.importKey('raw', secret as BufferSource, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return async (text) => toHex(new Uint8Array(await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(text))));
}
