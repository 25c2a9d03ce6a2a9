import { z } from 'zod';
import type { LogDatabase } from '@/lib/db/database';
import { normalizePassphrase, SCHOOL_PASSPHRASE_MIN, SecretHex, storedKey } from '@/lib/db/secret';
import { BackupError, BackupFormatError, backupLog, PROTECTED_FORMAT, readBackup, type LogBackup } from './backup';

/**
 * The full backup: the log and its hashing key, for moving to a new computer without a school
 * key. Opt-in, and only with a passphrase: the whole content is AES-GCM encrypted with a key made
 * from the passphrase by PBKDF2-SHA-256 (600,000 rounds, random salt). The file says in clear
 * what it is; nothing else in it can be read without the passphrase, which is never stored.
 */
const ROUNDS = 600_000;
const NOTE = '學習歷程檢核助手完整備份：含這台電腦的雜湊金鑰，內容以密碼加密。請妥善保管，不要拿來合併或傳給他人。';

const base64 = (min: number, max: number) =>
  z
    .string()
    .max(Math.ceil(max / 3) * 4)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/)
    .transform((text, ctx) => {
      const bytes = fromBase64(text);
      if (bytes.length < min || bytes.length > max) ctx.addIssue({ code: 'custom', message: 'length' });
      return bytes;
    });

const Envelope = z.object({
  format: z.literal(PROTECTED_FORMAT),
  version: z.literal(1),
  note: z.string().max(1_000),
  exportedAt: z.number(),
  kdf: z.object({
    name: z.literal('PBKDF2'),
    hash: z.literal('SHA-256'),
    // bounded both ways: a crafted file must not make the browser spin or weaken the key
    iterations: z.number().int().min(100_000).max(5_000_000),
    salt: base64(16, 64),
  }),
  cipher: z.object({ name: z.literal('AES-GCM'), iv: base64(12, 12) }),
  data: base64(17, 512 * 1024 * 1024),
});

const Content = z.object({ key: SecretHex, backup: z.unknown() });

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

async function passphraseKey(passphrase: string, salt: Uint8Array, iterations: number): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(normalizePassphrase(passphrase)), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/** The additional data each encryption binds to: the file's kind and version. */
const AAD = new TextEncoder().encode(`${PROTECTED_FORMAT}|1`);

/** The full backup's file text. Throws RangeError when the passphrase is shorter than SCHOOL_PASSPHRASE_MIN. */
export async function fullBackup(db: LogDatabase, passphrase: string, now: number): Promise<string> {
  if ([...normalizePassphrase(passphrase)].length < SCHOOL_PASSPHRASE_MIN) throw new RangeError('passphrase too short');
  const backup = await backupLog(db, now);
  const { hex } = await storedKey(db);
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const key = await passphraseKey(passphrase, salt, ROUNDS);
  const plain = new TextEncoder().encode(JSON.stringify({ key: hex, backup }));
  const data = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: AAD }, key, plain));
  return JSON.stringify({
    format: PROTECTED_FORMAT,
    version: 1,
    note: NOTE,
    exportedAt: now,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: ROUNDS, salt: toBase64(salt) },
    cipher: { name: 'AES-GCM', iv: toBase64(iv) },
    data: toBase64(data),
  });
}

/** Opens a full backup with its passphrase: the log and the key, for restoreLog(db, backup, key). */
export async function openFullBackup(text: string, passphrase: string): Promise<{ backup: LogBackup; key: { hex: string } }> {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new BackupFormatError('這不是 JSON 檔案，請選擇本擴充功能匯出的完整備份檔。');
  }
  const envelope = Envelope.safeParse(json);
  if (!envelope.success) throw new BackupFormatError('檔案不是本擴充功能的完整備份（含金鑰、以密碼保護的那一種），或內容有誤。');
  const { kdf, cipher, data } = envelope.data;
  let plain: ArrayBuffer;
  try {
    const key = await passphraseKey(passphrase, kdf.salt, kdf.iterations);
    plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: cipher.iv as BufferSource, additionalData: AAD }, key, data as BufferSource);
  } catch {
    throw new BackupError('密碼不對，或檔案已損壞；沒有匯入任何資料。');
  }
  let inner: unknown;
  try {
    inner = JSON.parse(new TextDecoder().decode(plain));
  } catch {
    inner = undefined;
  }
  const content = Content.safeParse(inner);
  if (!content.success) throw new BackupFormatError('完整備份的內容有誤，沒有匯入任何資料。');
  return { backup: readBackup(content.data.backup), key: { hex: content.data.key } };
}
