import { checkIdNumber, type IdCheck } from '@/lib/rules/identity/id-number';

/**
 * Consistent stand-ins for the identities on a page (student names, 學號, 身分證號 / 居留證號),
 * for an anonymous page sample. The same original always gets the same fake, two originals never
 * share one, and no fake is a value the page itself shows. A fake keeps the original's shape
 * (length, which characters are letters, digits or Chinese, upper or lower case) and, for an ID
 * number, what the ID check makes of it: a valid check digit stays valid, an invalid one invalid,
 * a 身分證號 stays a 身分證號 and a 居留證號 a 居留證號 of the same style.
 */

/** A number in [0, 1). */
export type Random = () => number;

/** One letter + 1/2 (身分證), 8/9 (new 居留證) or A–D (old 居留證) + 8 digits, in either case. */
export const ID_SHAPE = /^[A-Za-z][12ABCDabcd89]\d{8}$/;

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const DIGITS = '0123456789';
const SURNAMES = [...'王李張劉楊黃趙吳周徐孫馬朱胡郭何高羅鄭梁謝宋唐許韓馮鄧曹彭曾蕭田董袁潘蔣蔡余杜葉程蘇魏呂丁任沈姚盧姜崔鍾譚陸汪范金石廖賈夏韋方白鄒孟熊秦邱江尹薛段雷侯龍史陶黎賀顧毛郝龔邵萬錢嚴武戴莫孔向湯'];
const GIVEN = [...'安柏晨岳凱嘉玟瑄琳瑩宥宸婕涵廷庭彤偉翔佑睿銘潔芸蓉妤筠昕暄豪鈞皓瑜萱雅倫賢郁恩霖澄晴'];
/** A file type at the end of a value (a few common ones: a name's own last part such as 「chen.wei」 is not kept). */
const FILE_EXTENSION = /\.(?:pdf|docx?|odt|pptx?|xlsx?|txt|html?|jpe?g|png|gif|bmp|tiff?|heic|mp3|mp4|m4a|wav|mov|avi|webm|zip|rar|exe)$/i;
/** Han ideographs (CJK Unified Ideographs, Extension A, compatibility ideographs): the characters a Chinese name is written in. */
const isHan = (code: number) => (code >= 0x3400 && code <= 0x4dbf) || (code >= 0x4e00 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);

const pick = (pool: string | readonly string[], random: Random) => pool[Math.floor(random() * pool.length)]!;

/** Random numbers from the browser's cryptographic source: fakes must not be derivable from the originals. */
export function cryptoRandom(): number {
  const word = new Uint32Array(1);
  crypto.getRandomValues(word);
  return word[0]! / 2 ** 32;
}

/** The original's letter case laid over the fake, character by character. */
function withCaseOf(original: string, fake: string): string {
  return Array.from(fake, (char, i) => (original[i] !== undefined && original[i] !== original[i]!.toUpperCase() ? char.toLowerCase() : char)).join('');
}

/**
 * A random string of the original's shape: Han → Han (a surname first), letter → letter, digit →
 * digit, the rest kept. A trailing file extension stays, so a value that is also a file name
 * (a student named like a file, on a page of hostile strings) keeps its file type.
 */
function shapeLike(original: string, random: Random): string {
  const extension = FILE_EXTENSION.exec(original)?.[0] ?? '';
  let seenHan = false;
  let out = '';
  for (const char of original.slice(0, original.length - extension.length)) {
    const code = char.charCodeAt(0);
    if (char.length === 1 && isHan(code)) {
      out += pick(seenHan ? GIVEN : SURNAMES, random);
      seenHan = true;
    } else if (code >= 65 && code <= 90) out += pick(UPPER, random);
    else if (code >= 97 && code <= 122) out += pick(UPPER, random).toLowerCase();
    else if (code >= 48 && code <= 57) out += pick(DIGITS, random);
    else out += char;
  }
  return out + extension;
}

/** A random ID number (upper case) of the same kind and validity as `check` says the original has. */
function idLike(check: IdCheck, random: Random): string {
  if (check.kind === null) throw new Error('idLike needs an ID-shaped original');
  const second = check.kind === 'national-id' ? pick('12', random) : check.kind === 'resident-new' ? pick('89', random) : pick('ABCD', random);
  let body = pick(UPPER, random) + second;
  for (let i = 0; i < 7; i += 1) body += pick(DIGITS, random);
  const lastDigits = Array.from(DIGITS).filter((digit) => checkIdNumber(body + digit).valid === check.valid);
  return body + pick(lastDigits, random);
}

const sameCheck = (a: IdCheck, b: IdCheck) => a.kind === b.kind && a.valid === b.valid;

export type IdentityKind = 'name' | 'number';

export class IdentityFakes {
  private readonly fakes = new Map<string, string>();
  private readonly given = new Set<string>();

  /**
   * @param shown says whether a candidate is a value the page shows (an original or any other
   *   token on it); such a candidate is never handed out.
   */
  constructor(
    private readonly shown: (candidate: string) => boolean,
    private readonly random: Random = cryptoRandom,
  ) {}

  /**
   * The fake for a name (`name`) or a 學號 / ID number (`number`). An ID-shaped value is always
   * faked as an ID number; a value in a 身分證號 column that is not ID-shaped keeps its shape and
   * still fails the ID check the same way.
   */
  fakeFor(original: string, kind: IdentityKind): string {
    const key = keyOf(original);
    const known = this.fakes.get(key);
    if (known !== undefined) return withCaseOf(original, known);
    const check = checkIdNumber(original);
    const make = ID_SHAPE.test(original) ? () => idLike(check, this.random) : () => shapeLike(original, this.random);
    for (let attempt = 0; attempt < 10_000; attempt += 1) {
      const candidate = make();
      const candidateKey = keyOf(candidate);
      if (candidateKey === key || this.given.has(candidateKey) || this.shown(candidate)) continue;
      // Any number (a 學號 too) must read the same through the ID check, or a finding would change.
      if (kind === 'number' && !sameCheck(checkIdNumber(candidate), check)) continue;
      this.fakes.set(key, candidate);
      this.given.add(candidateKey);
      return withCaseOf(original, candidate);
    }
    throw new Error(`無法為「${original.length} 個字元」的值產生不重複的代稱。`);
  }
}

/**
 * Originals that the checker treats as one (the duplicate-student rule compares ID numbers in
 * upper case) get one fake, kept in upper case; each occurrence is written in its original's case.
 */
function keyOf(value: string): string {
  return ID_SHAPE.test(value) ? value.toUpperCase() : value;
}
