import type { CertStatus, PerformanceSource, ReceiptStatus, Term } from '@/lib/model/records';

/**
 * Parsers for the values vendor pages print, in the many ways people write them
 * (shared/domain.md: sizes as 「768 KB」「3,072 KB」「1.5MB」「1,572,864 bytes」, 民國 and 西元 dates,
 * terms as 114-1 or 114/上, each vendor's own status words). Each returns undefined when the
 * text cannot be read with confidence, never a guess.
 */

// ---- sizes ---------------------------------------------------------------------------------------

export type SizeUnit = 'B' | 'KB' | 'MB' | 'GB';

/** Bytes per unit: 1 KB = 1024 bytes, as vendor pages compute them. */
const UNIT_BYTES: Record<SizeUnit, number> = { B: 1, KB: 1024, MB: 1024 ** 2, GB: 1024 ** 3 };

const UNIT_WORDS: Readonly<Record<string, SizeUnit>> = {
  b: 'B', byte: 'B', bytes: 'B', 位元組: 'B',
  k: 'KB', kb: 'KB', kib: 'KB',
  m: 'MB', mb: 'MB', mib: 'MB',
  g: 'GB', gb: 'GB', gib: 'GB',
};

/** A unit as written ('KB', 'kb', 'K', 'KiB', 'bytes', '位元組') → its SizeUnit. */
export function sizeUnit(word: string): SizeUnit | undefined {
  return UNIT_WORDS[word.normalize('NFKC').trim().toLowerCase()];
}

/** A number with optional thousands separators and decimals, not part of a longer word or number. */
const NUMBER = String.raw`(?<![\w.]|\d,)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?`;
/**
 * A size: number then unit, with or without a space. A lone 「B」 needs a space before it (「512 B」) or
 * a number of three digits or more (「5767168B」), so that 「第2B組」 is not read as two bytes; the unit
 * may not run on into a word or an extension (「2M.mp4」 is a name).
 */
const SIZE = new RegExp(`${NUMBER}(?:\\s*(GiB|GB|G|MiB|MB|M|KiB|KB|K|bytes?|位元組)|\\s+(B)|(?<=\\d{3})(B))(?![A-Za-z0-9_]|\\.[A-Za-z0-9])`, 'i');
const SIZE_GLOBAL = new RegExp(SIZE.source, 'gi');
/** A cell holding only a number (under a header that names the unit, 「大小(KB)」). */
const BARE_NUMBER = new RegExp(`^[(\\[]?\\s*${NUMBER}\\s*[)\\]]?$`);

function bytesOf(whole: string, fraction: string | undefined, unit: SizeUnit): number {
  return Math.round(Number(`${whole.replace(/,/g, '')}.${fraction ?? '0'}`) * UNIT_BYTES[unit]);
}

/** The bytes a SIZE match states. */
function matchedBytes(match: RegExpExecArray | RegExpMatchArray): number | undefined {
  const [, whole = '0', fraction, word, lone, joined] = match;
  const unit = sizeUnit(word ?? lone ?? joined ?? '');
  return unit ? bytesOf(whole, fraction, unit) : undefined;
}

/**
 * '3.2 MB', '850KB', '1,024 KB', '１２ ＭＢ', '1,572,864 bytes' → bytes. A bare number ('3,072')
 * is read only with `defaultUnit`, the unit its column header states; a unit in the text wins.
 */
export function parseSize(text: string, defaultUnit?: SizeUnit): number | undefined {
  const normal = text.normalize('NFKC').trim();
  const match = SIZE.exec(normal);
  if (match) return matchedBytes(match);
  if (!defaultUnit) return undefined;
  const bare = BARE_NUMBER.exec(normal);
  return bare ? bytesOf(bare[1]!, bare[2], defaultUnit) : undefined;
}

/** Every size written in a text, in order; a text that is only a number counts with `defaultUnit`. */
export function findSizes(text: string, defaultUnit?: SizeUnit): number[] {
  const sizes = sizeSpans(text.normalize('NFKC')).map((span) => span.bytes);
  if (sizes.length > 0 || !defaultUnit) return sizes;
  const bare = parseSize(text, defaultUnit);
  return bare === undefined ? [] : [bare];
}

/** Where each size stands in an NFKC-normalised text: [start, end) and bytes, for telling a name from its size. */
export function sizeSpans(normalText: string): { start: number; end: number; bytes: number }[] {
  const spans: { start: number; end: number; bytes: number }[] = [];
  for (const match of normalText.matchAll(SIZE_GLOBAL)) {
    const bytes = matchedBytes(match);
    if (bytes !== undefined) spans.push({ start: match.index, end: match.index + match[0].length, bytes });
  }
  return spans;
}

// ---- dates ---------------------------------------------------------------------------------------

/**
 * y/m/d with / - . or 年月日 between, the year 西元 (4 digits) or 民國 (2–3 digits), optionally
 * prefixed 民國 / 西元, then optionally a weekday 「(一)」「（週一）」「星期一」 and a time.
 */
const DATE = /(?<!\d)(?:(民國|西元)\s*)?(\d{2,4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)\s*日?/;
const WEEKDAY_AFTER = /^\s*(?:[(（]\s*(?:星期|週|周|禮拜)?\s*([一二三四五六日天])\s*[)）]|(?:星期|週|周|禮拜)\s*([一二三四五六日天]))/;
const WEEKDAY_INDEX: Record<string, number> = { 日: 0, 天: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6 };
/** Years a learning-portfolio page can mean: anything else is a misreading, not a date. */
const FIRST_YEAR = 1990;
const LAST_YEAR = 2100;

/**
 * 民國 115/03/02, 115.3.2, 115-03-02, 115年3月2日, 民國115年3月2日(一), 西元 2026/03/02 00:00,
 * 2026-03-02T08:00 → '2026-03-02'. Impossible dates (2月30日), years outside 1990–2100 and a
 * weekday that contradicts the date give undefined.
 */
export function parseDate(text: string): string | undefined {
  const normal = text.normalize('NFKC');
  const match = DATE.exec(normal);
  if (!match) return undefined;
  const [whole, era, yearText = '', monthText = '', dayText = ''] = match;
  let year = Number(yearText);
  if (yearText.length < 4 && era !== '西元') year += 1911;
  if (yearText.length === 4 && era === '民國') return undefined;
  if (year < FIRST_YEAR || year > LAST_YEAR) return undefined;
  const month = Number(monthText);
  const day = Number(dayText);
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return undefined;
  const weekday = WEEKDAY_AFTER.exec(normal.slice(match.index + whole.length));
  const stated = weekday ? WEEKDAY_INDEX[weekday[1] ?? weekday[2] ?? ''] : undefined;
  if (stated !== undefined && stated !== new Date(Date.UTC(year, month - 1, day)).getUTCDay()) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function daysIn(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

// ---- terms ---------------------------------------------------------------------------------------

/** What a term text needs from its page when it does not say the year itself. */
export interface TermContext {
  /** 入學學年度 of the student the row is about (e.g. from a 課程代碼, see entryYearOfCourseCode) */
  entryYear?: number;
}

const HALF: Record<string, 1 | 2> = { '1': 1, 一: 1, 上: 1, '2': 2, 二: 2, 下: 2 };
/** 114-1, 114/上, 114上, 1141, 114學年度第1學期, 114學年第二學期, 114 上學期. */
const YEAR_TERM = /(?<!\d)(\d{2,3})\s*(?:學年度?|年度)?\s*(?:[-/_.、]|第)?\s*([12一二上下])(?![上下\d])\s*(?:學期)?/;
/** 114學年度 一下, 114 高二上: the year is stated, the grade adds nothing. */
const YEAR_GRADE_HALF = /(?<!\d)(\d{2,3})\s*(?:學年度?|年度)?\s*[-/、]?\s*高?[一二三]\s*(?:年級)?\s*([上下])/;
/** 一上, 一下, 高二上, 二年級下學期, 一年級第二學期, 2上, 11下 (the grade in the school's 1–3 or 10–12). */
const GRADE_HALF = /^高?([一二三123]|1[0-2])(?:年級)?(?:([上下])(?:學期)?|第?([一二12])學期)$/;
const GRADE_NUMBER: Record<string, number> = { 一: 1, 二: 2, 三: 3, '1': 1, '2': 2, '3': 3, '10': 1, '11': 2, '12': 3 };
const FIRST_TERM_YEAR = 90;
const LAST_TERM_YEAR = 200;

/**
 * A term from a 學年度 text and, when the page shows it in its own column, a 學期 text:
 * '114-1', '114/上', '114上', '114學年度第1學期', '114學年第二學期', or ('114', '下').
 *
 * Grade-and-half forms (一上, 二下, 高三上, 二年級下學期) name the student's grade, not a 學年度:
 * they are read only with `context.entryYear` (year = entryYear + grade − 1) and give undefined
 * without it. A year with a grade-half (「114 一下」) takes the year as stated.
 */
export function parseTerm(yearText: string, semesterText?: string, context: TermContext = {}): Term | undefined {
  const text = `${yearText} ${semesterText ?? ''}`.normalize('NFKC').trim();
  const stated = YEAR_TERM.exec(text) ?? YEAR_GRADE_HALF.exec(text);
  const read = stated ? term(Number(stated[1]), HALF[stated[2] ?? '']) : undefined;
  if (read) return read;
  const grade = GRADE_HALF.exec(text.replace(/\s/g, ''));
  if (!grade || context.entryYear === undefined) return undefined;
  const years = GRADE_NUMBER[grade[1] ?? ''];
  const half = HALF[grade[2] ?? grade[3] ?? ''];
  return years === undefined ? undefined : term(context.entryYear + years - 1, half);
}

function term(year: number, semester: 1 | 2 | undefined): Term | undefined {
  if (!semester || year < FIRST_TERM_YEAR || year > LAST_TERM_YEAR) return undefined;
  return { year, semester };
}

/**
 * The 入學學年度 a 課程代碼 states in its first three characters (shared/domain.md: positions
 * 1–3, then the 6-digit 學校代碼), e.g. 108 from 108011302H11101A1010101.
 */
export function entryYearOfCourseCode(code: string | undefined): number | undefined {
  if (!code) return undefined;
  // A list repeats a few dozen codes over its rows: each is read once.
  if (entryYears.has(code)) return entryYears.get(code);
  const match = /^(\d{3})\d{6}[0-9A-Z]/.exec(code.normalize('NFKC').trim().toUpperCase());
  const year = match ? Number(match[1]) : NaN;
  const entryYear = year >= FIRST_TERM_YEAR && year <= LAST_TERM_YEAR ? year : undefined;
  if (entryYears.size >= 10_000) entryYears.clear();
  entryYears.set(code, entryYear);
  return entryYear;
}
const entryYears = new Map<string, number | undefined>();

// ---- words by their stems ------------------------------------------------------------------------

/**
 * An ordered stem table: the first rule whose pattern is found in the value decides. Rules that
 * contain a more general stem's text come first (未通過 before 通過, 無疑義 before 疑義).
 */
export type StemRules<T> = readonly (readonly [RegExp, T])[];

/** The value as compared with stems: NFKC, no spaces, no brackets or full stops around it. */
function stemText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\s/g, '')
    .replace(/^[[【(「<]+|[\]】)」>。.!]+$/g, '');
}

function byStems<T>(rules: StemRules<T>, text: string): T | undefined {
  const value = stemText(text);
  if (!value) return undefined;
  for (const [pattern, result] of rules) if (pattern.test(value)) return result;
  return undefined;
}

const YES = /^(?:是|y|yes|ok|v|[✓✔☑])$/i;

/**
 * 認證狀態 stems. 尚未 (not yet) comes first, so that 「尚未通過」 is pending; then refusals,
 * then what is still waiting — including 「已上傳」「已送出」, which say the student acted, not the
 * teacher — and last what is done. 「已…」 counts as done only with a certifying verb.
 */
export const CERT_STATUS_STEMS: StemRules<CertStatus> = [
  [/尚未|還沒/, 'pending'],
  [/未通過|不通過|不予|不認證|不合格|失敗|駁回|拒絕|退|補件|補交|重新上傳|重傳/, 'rejected'],
  [/未|待|等待|中$|上傳|送出|繳交|提交|送審|^(?:否|n|no|x|[✗✘×])$/i, 'pending'],
  [/已(?:認證|驗證|審核|審查|通過|核准|完成|確認)|通過|成功|完成|核准|合格/, 'certified'],
  [YES, 'certified'],
];

/** 認證狀態 as the portals word it: by CERT_STATUS_STEMS; unknown words give undefined. */
export function parseCertStatus(text: string): CertStatus | undefined {
  return byStems(CERT_STATUS_STEMS, text);
}

/**
 * 收訖 answers: the 收訖 system's 正確 / 錯誤 (「學生回報資料正確」「問題回報」) and their kin.
 * 「視同確認」 (no answer by the end counts as confirmed, 004 item 6) and 「無疑義」 come before
 * the stems they contain; a raised doubt (「申覆中」) before what is still waiting; 未確認 before
 * 確認; 不正確 before 正確. 「否」 alone is left unread: it answers 「資料是否正確」 and
 * 「是否已確認」 alike.
 */
export const RECEIPT_STEMS: StemRules<ReceiptStatus> = [
  [/視同確認|視為確認|視同正確|無疑義|無異議|無問題|沒有問題/, 'confirmed'],
  [/疑義|異議|申覆/, 'disputed'],
  [/尚未|未回覆|未回報|未確認|未填|未處理|待確認|待回覆|等待|中$/, 'pending'],
  [/錯誤|有誤|問題|不正確|不符|更正/, 'disputed'],
  [/正確|無誤|確認|同意/, 'confirmed'],
  [YES, 'confirmed'],
];

/**
 * 收訖 answer → status. An empty answer is pending: on a 收訖 list a blank cell is a student who
 * has not answered yet (whether that counts as confirmed depends on the period, not on the page).
 */
export function parseReceiptStatus(text: string): ReceiptStatus | undefined {
  if (stemText(text) === '') return 'pending';
  return byStems(RECEIPT_STEMS, text);
}

/** 課程代碼比對 results: true when the code matched, false when the vendor says it does not. */
export const COMPARE_STEMS: StemRules<boolean> = [
  [/不符|不相符|不一致|錯誤|有誤|查無|不存在|找不到|未找到|無此|缺少|異常|失敗|^(?:否|n|no|x|ng|[✗✘×])$/i, false],
  [/相符|符合|一致|正確|無誤|通過|存在/, true],
  [YES, true],
];

/** 比對結果 → matched or not; 「未比對」 or a word not in COMPARE_STEMS gives undefined. */
export function parseCompareResult(text: string): boolean | undefined {
  return byStems(COMPARE_STEMS, text);
}

export type PrecheckOutcome = 'passed' | 'failed' | 'pending';

/** 預檢 results: failures first (未通過 holds 通過), then runs still going, then passes. */
export const PRECHECK_STEMS: StemRules<PrecheckOutcome> = [
  [/未通過|不通過|失敗|錯誤|有誤|退回|異常|不合格/, 'failed'],
  [/尚未|未|待|排程|中$/, 'pending'],
  [/通過|成功|正確|無誤|合格/, 'passed'],
  [YES, 'passed'],
];

/** 預檢結果 → passed, failed or still pending; unknown words give undefined. */
export function parsePrecheckResult(text: string): PrecheckOutcome | undefined {
  return byStems(PRECHECK_STEMS, text);
}

/** A written tick in a 勾選 cell: V ✓ ✔ ☑ ● 是 Y 已勾選 → true; 空白 ☐ □ ○ 否 N 未勾選 → false. */
export const TICK_STEMS: StemRules<boolean> = [
  [/^(?:未勾選|未選|未提交|不提交|否|n|no|x|[☐□○◯✗✘×])$/i, false],
  [/^(?:已勾選|勾選|已選|已選取|已提交|提交|是|y|yes|v|[✓✔☑●■])$/i, true],
];

/** A tick written as text; an empty cell is not ticked; other words give undefined. */
export function parseTick(text: string): boolean | undefined {
  if (stemText(text) === '') return false;
  return byStems(TICK_STEMS, text);
}

/** 資料來源 / 登錄者: 學生上傳, 學校登錄, 校外機構登錄. */
export function parseSource(text: string): PerformanceSource | undefined {
  const value = text.replace(/\s/g, '');
  if (/校外|機構/.test(value)) return 'agency';
  if (/學校|校內|教師|承辦/.test(value)) return 'school';
  if (/學生|本人/.test(value)) return 'student';
  return undefined;
}
