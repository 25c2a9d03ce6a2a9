import { GENERIC_NAMES, HEADER_MEANINGS, NEVER_MEANS, type HeaderMeaning } from './header-meanings';
import { headerKey } from './text';
import { sizeUnit, type SizeUnit } from './values';

/**
 * Column names the portals use, with the synonyms seen across vendors
 * (shared/domain.md, "Vocabulary the adapters should know", extended with the
 * sample portal's two vendor styles). Header texts are compared after
 * headerKey(): NFKC, no spaces or sort marks. A name belongs to one field;
 * the page kind's mapper decides what a shared word means there. These exact
 * names are the strongest signal; other wordings are understood by their parts
 * (header-meanings.ts), scored below them.
 */
export const FIELD_NAMES = {
  schoolYear: ['學年度', '學年'],
  semester: ['學期'],
  term: ['學年期', '學年度學期', '學年度/學期', '學期別'],
  grade: ['年級'],
  className: ['班級', '班別', '開課班級', '班級名稱'],
  seat: ['座號'],
  studentNo: ['學號'],
  studentName: ['姓名', '學生姓名'],
  nationalId: ['身分證號', '身分證統一編號', '證號', '身分證字號', '統一證號', '居留證號'],
  courseName: ['科目名稱', '課程名稱', '科目'],
  courseCode: ['課程代碼', '課程代號', '科目代碼'],
  credits: ['學分', '學分數'],
  title: ['成果名稱', '標題', '表現名稱', '名稱'],
  summary: ['簡述', '內容簡述', '成果簡述'],
  files: ['檔案', '附件', '檔案名稱', '上傳檔案'],
  proofFiles: ['證明文件'],
  mediaFiles: ['影音檔', '影音檔案'],
  fileSize: ['檔案大小', '大小'],
  fileType: ['檔案類型', '檔案格式', '類型'],
  link: ['外部連結', '連結'],
  uploadedAt: ['上傳日期', '上傳時間'],
  certStatus: ['認證狀態', '狀態'],
  certDate: ['認證日期', '認證時間'],
  certReason: ['未通過原因', '不通過原因', '退回原因', '原因', '認證說明'],
  teacher: ['認證教師', '任課教師', '授課教師'],
  selected: ['勾選', '已勾選', '提交', '勾選狀態'],
  category: ['多元表現類別', '類別', '項目類別'],
  source: ['資料來源', '登錄者', '來源'],
  outcomesUploaded: ['成果上傳數', '成果上傳件數'],
  outcomesCertified: ['成果已認證', '成果認證數'],
  outcomesSelected: ['成果已勾選', '成果勾選數'],
  performancesUploaded: ['多元表現上傳數', '多元表現上傳件數'],
  performancesSelected: ['多元表現已勾選', '多元表現勾選數'],
  receiptStatus: ['收訖確認', '確認狀態', '收訖狀態'],
  receiptDate: ['確認日期', '回覆時間', '確認時間'],
  receiptNote: ['疑義說明', '疑義內容'],
  compareResult: ['比對結果', '結果'],
  compareNote: ['差異說明', '不符說明'],
  rosterType: ['名冊別', '名冊類型', '名冊'],
  submittedAt: ['提交時間', '提交日期'],
  rowCount: ['資料筆數', '筆數'],
  precheckResult: ['預檢結果', '預檢狀態'],
  errorCount: ['錯誤筆數', '錯誤數'],
  errorRow: ['列號', '第幾筆'],
  errorField: ['欄位'],
  errorMessage: ['錯誤說明', '錯誤訊息'],
} as const;

export type Field = keyof typeof FIELD_NAMES;

/** Extra header → field names for one site (from its override), compared as header keys. */
export type ExtraNames = ReadonlyMap<string, Field>;

/** What a header was taken for, and how surely. */
export interface HeaderMatch {
  field: Field;
  /** 1000 a site's own name, 100 an exact name, less a match by parts (header-meanings.ts) */
  score: number;
  /** the size unit the header states for its cells (「大小(KB)」), for fileSize columns */
  unit?: SizeUnit;
}

export const SITE_SCORE = 1000;
export const EXACT_SCORE = 100;
/** A match by parts scoring less than this (too much of the header unexplained) is no match. */
const MIN_SCORE = 20;
/** Longer headers are prose (a layout table's text), not column names: only an exact name counts. */
const MAX_CJK = 12;
const MAX_LENGTH = 24;
const PROSE = /[。，,；;！!？?]/;
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
const COST_PER_CHAR = 3;
/** Exact names this short (名稱, 狀態, 已勾選) take their meaning from a group header above them. */
const SHORT_NAME = 3;

const BY_KEY = new Map<string, Field>();
for (const [field, names] of Object.entries(FIELD_NAMES) as [Field, readonly string[]][]) {
  for (const name of names) BY_KEY.set(name, field);
}

/**
 * The field a header names, and how surely. `key` and `groupKey` are header keys (headerKey()).
 * Under a group header a short or inexact header is read together with the group first (檔案 ›
 * 名稱 is 檔案名稱, the file name; 收訖確認 › 狀態 the 收訖 answer; 課程學習成果 › 已勾選 a count);
 * an exact name longer than that (科目名稱) keeps its own meaning whatever the group says.
 * A site's own names win over everything.
 */
export function matchKey(key: string, groupKey?: string, extra?: ExtraNames): HeaderMatch | undefined {
  const own = extra?.get(key);
  if (own) return { field: own, score: SITE_SCORE };
  const alone = meaningOf(key);
  if (groupKey && !(alone && alone.score >= EXACT_SCORE && key.length > SHORT_NAME)) {
    const combined = groupKey + key;
    const site = extra?.get(combined);
    if (site) return { field: site, score: SITE_SCORE };
    const together = meaningOf(combined);
    if (together) return together;
  }
  return alone;
}

/** The field a column header names, given the group header above it (if any). Site names win. */
export function fieldForHeader(key: string, groupKey?: string, extra?: ExtraNames): Field | undefined {
  return matchKey(key, groupKey, extra)?.field;
}

/**
 * A header as the page writes it (brackets, units, sort marks and all) → the field it names, how
 * surely, and for a size column the unit its cells are in (「大小(KB)」 → KB).
 */
export function matchHeader(rawText: string, groupText?: string, extra?: ExtraNames): HeaderMatch | undefined {
  const group = groupText === undefined ? undefined : headerKey(groupText);
  const key = headerKey(rawText);
  const match = matchKey(key, group && group !== key ? group : undefined, extra);
  if (!match || match.field !== 'fileSize') return match;
  const unit = headerUnit(rawText) ?? (groupText === undefined ? undefined : headerUnit(groupText));
  return unit ? { ...match, unit } : match;
}

/** A unit in brackets (「大小(KB)」「檔案大小（MB）」「容量[單位:GB]」) or right after 大小 / 容量 (「大小 KB」). */
const UNIT_IN_BRACKETS = /[([【]\s*(?:單位\s*[:：]?\s*)?(bytes?|位元組|[KMG]i?B|[KMG]|B)\s*[)\]】]/i;
const UNIT_AFTER_SIZE = /(?:大小|容量)\s*[-/:：]?\s*(bytes?|位元組|[KMG]i?B)\s*$/i;

/** The size unit a header states for its cells; headerKey drops the brackets, so this takes the raw text. */
export function headerUnit(rawHeaderText: string): SizeUnit | undefined {
  const text = rawHeaderText.normalize('NFKC');
  const match = UNIT_IN_BRACKETS.exec(text) ?? UNIT_AFTER_SIZE.exec(text);
  return match ? sizeUnit(match[1]!) : undefined;
}

/** Meanings found, by header key: a list's headers are read again on every layout change, its words do not change. */
const MEANINGS = new Map<string, Readonly<HeaderMatch> | undefined>();
const MEANINGS_KEPT = 4096;

/** The best meaning of one header key (the same frozen object each time): its exact name, else the best meaning by parts. */
function meaningOf(key: string): Readonly<HeaderMatch> | undefined {
  if (MEANINGS.has(key)) return MEANINGS.get(key);
  if (MEANINGS.size >= MEANINGS_KEPT) MEANINGS.clear();
  const meaning = scoredMeaningOf(key);
  MEANINGS.set(key, meaning && Object.freeze(meaning));
  return meaning;
}

function scoredMeaningOf(key: string): HeaderMatch | undefined {
  if (!key) return undefined;
  const exact = BY_KEY.get(key) ?? BY_KEY.get(key.replace(/[A-Za-z]+$/, ''));
  if (exact) return { field: exact, score: EXACT_SCORE };
  const chars = Array.from(key);
  if (key.length > MAX_LENGTH || chars.filter((c) => CJK.test(c)).length > MAX_CJK || PROSE.test(key)) return undefined;
  if (NEVER_MEANS.some((word) => key.includes(word))) return undefined;
  const generic = GENERIC_NAMES[key];
  let best: HeaderMatch | undefined = generic ? { ...generic } : undefined;
  const lower = key.toLowerCase();
  for (const meaning of HEADER_MEANINGS) {
    const score = scoreOf(meaning, lower);
    if (score !== undefined && score >= MIN_SCORE && (!best || score > best.score)) best = { field: meaning.field, score };
  }
  return best;
}

/** The meaning's score for this (lower-cased) header, or undefined when it does not match. */
function scoreOf(meaning: HeaderMeaning, text: string): number | undefined {
  if (meaning.not?.some((word) => text.includes(word.toLowerCase()))) return undefined;
  let from = 0;
  const covered = new Array<boolean>(text.length).fill(false);
  for (const group of meaning.parts) {
    let found = -1;
    let length = 0;
    for (const word of group) {
      const w = word.toLowerCase();
      const at = text.indexOf(w, from);
      if (at >= 0 && (found < 0 || at < found || (at === found && w.length > length))) {
        found = at;
        length = w.length;
      }
      // Every place a word of the meaning stands is explained, wherever it is.
      for (let i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1)) covered.fill(true, i, i + w.length);
    }
    if (found < 0) return undefined;
    from = found + length;
  }
  let unexplained = 0;
  for (let i = 0; i < text.length; i += 1) if (!covered[i] && CJK.test(text[i]!)) unexplained += 1;
  return meaning.score - COST_PER_CHAR * unexplained;
}
