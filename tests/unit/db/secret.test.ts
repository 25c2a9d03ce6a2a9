import { describe, expect, it, vi } from 'vitest';
import { LogDatabase } from '@/lib/db/database';
import { criteriaOf, CRITERIA_KEY, validMeta } from '@/lib/db/meta';
import { hasherKeeper, KEY_INFO_KEY, keyedHasher, keyInfo, SECRET_KEY, setSchoolKey, storedKey, newBrowserKey } from '@/lib/db/secret';
import { DEFAULT_CRITERIA } from '@/lib/stats/commendations';
import { freshLogs } from '../helpers/fresh-logs';

const { fresh } = freshLogs('secret');

const PASSPHRASE = '仁武高中學習歷程2025';

describe('the hashing key', () => {
  it('is made once per browser, 64 hex characters, and says it is this browser’s own', async () => {
    const db = fresh();
    const first = await storedKey(db);
    expect(first.hex).toMatch(/^[0-9a-f]{64}$/);
    expect(first.replaced).toBe(false);
    expect((await storedKey(db)).hex).toBe(first.hex);
    expect(await keyInfo(db)).toMatchObject({ source: 'browser' });
  });

  it.each([[''], ['xyz'], ['AB'.repeat(32)], [42], [null]])('replaces a stored key that is not one (%j) and says so', async (value) => {
    const db = fresh();
    await db.meta.put({ key: SECRET_KEY, value });
    const onReplaced = vi.fn();
    const hash = await hasherKeeper(db, onReplaced)();
    expect(onReplaced).toHaveBeenCalledTimes(1);
    expect((await db.meta.get(SECRET_KEY))!.value).toMatch(/^[0-9a-f]{64}$/);
    expect(await hash('a')).toMatch(/^[0-9a-f]{64}$/);
  });

  it('is read again when it changes (a restore, a school key), without restarting', { timeout: 30_000 }, async () => {
    const db = fresh();
    const keeper = hasherKeeper(db, () => undefined);
    const before = await (await keeper())('112045');
    expect(await (await keeper())('112045')).toBe(before);
    await setSchoolKey(db, PASSPHRASE, '123456', 1);
    const after = await (await keeper())('112045');
    expect(after).not.toBe(before);
    expect(after).toBe(await (await keyedHasher(db))('112045'));
  });
});

describe('the school key', () => {
  it('gives the same hashes in every browser that enters it, and others elsewhere', { timeout: 60_000 }, async () => {
    const [a, b, otherSchool, otherPhrase] = [fresh(), fresh(), fresh(), fresh()];
    await setSchoolKey(a, PASSPHRASE, '123456', 1);
    // typed on another computer: composed differently, with a stray space
    await setSchoolKey(b, ` ${PASSPHRASE.normalize('NFD')}`, '123456', 2);
    await setSchoolKey(otherSchool, PASSPHRASE, '654321', 1);
    await setSchoolKey(otherPhrase, `${PASSPHRASE}!`, '123456', 1);
    const hashOf = async (db: LogDatabase) => (await keyedHasher(db))('http://127.0.0.1:5180\u001f112045');
    expect(await hashOf(b)).toBe(await hashOf(a));
    expect(await hashOf(otherSchool)).not.toBe(await hashOf(a));
    expect(await hashOf(otherPhrase)).not.toBe(await hashOf(a));
    expect(await keyInfo(a)).toEqual({ source: 'school', schoolCode: '123456', check: (await keyInfo(b)).check, setAt: 1 });
  });

  it('stores no passphrase, and refuses a short one or a code that is not a 學校代碼', { timeout: 30_000 }, async () => {
    const db = fresh();
    await setSchoolKey(db, PASSPHRASE, '123456', 1);
    expect(JSON.stringify(await db.meta.toArray())).not.toContain(PASSPHRASE);
    await expect(setSchoolKey(db, '短密碼', '123456', 1)).rejects.toThrow(RangeError);
    await expect(setSchoolKey(db, PASSPHRASE, '12345', 1)).rejects.toThrow();
  });

  it('can be left for a new key of this browser’s own', { timeout: 30_000 }, async () => {
    const db = fresh();
    const school = await setSchoolKey(db, PASSPHRASE, '123456', 1);
    const own = await newBrowserKey(db, 2);
    expect(own.source).toBe('browser');
    expect(own.check).not.toBe(school.check);
    expect(await keyInfo(db)).toEqual(own);
  });
});

describe('meta rows', () => {
  it('keeps only known keys with values that fit, never the key itself unless asked', () => {
    const criteria = { by: 'unit', minCompletion: 0.9, minOnTime: 1, minItems: 2 };
    expect(
      validMeta([
        { key: SECRET_KEY, value: 'ab'.repeat(32) },
        { key: CRITERIA_KEY, value: criteria },
        { key: KEY_INFO_KEY, value: { source: 'school', check: 'zz', setAt: 1 } },
        { key: 'something-else', value: 1 },
      ]),
    ).toEqual([{ key: CRITERIA_KEY, value: criteria }]);
    expect(validMeta([{ key: SECRET_KEY, value: 'ab'.repeat(32) }], [SECRET_KEY])).toEqual([{ key: SECRET_KEY, value: 'ab'.repeat(32) }]);
  });

  it.each([
    [{ by: 'total', minCompletion: 0.9, minOnTime: 1, minItems: 1 }],
    [{ by: 'person', minCompletion: 'all', minOnTime: 1, minItems: 1 }],
    [{ by: 'person', minCompletion: 0.9, minOnTime: 1, minItems: 0 }],
    [undefined],
    ['person'],
  ])('gives the default 敘獎 criteria for a stored value that does not fit (%j)', (value) => {
    expect(criteriaOf(value)).toEqual(DEFAULT_CRITERIA);
  });
});
