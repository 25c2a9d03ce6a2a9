import type { Localized } from '@/lib/model/localized';

/**
 * The 23-character 課程代碼 of the 課程計畫平臺, as data (shared/domain.md, "Identifiers"; verified from
 * school-software sources). Positions are 1-based. Meanings of 課程類型 (10) and of position 18 were
 * not found, so any value is accepted there; 班群 (16) takes letters too (real codes carry A and B).
 */

export interface CodePosition {
  key: 'entryYear' | 'schoolCode' | 'courseType' | 'program' | 'classGroup' | 'category' | 'pos18' | 'attribute' | 'domain' | 'serial';
  from: number;
  to: number;
  label: Localized;
  /** which characters the position may hold */
  charset: 'digits' | 'letter' | 'alnum';
  /** the code table, when the position has one; a value outside it is wrong only when `closed` */
  table?: Record<string, string>;
  closed?: boolean;
}

export const CODE_LENGTH = 23;

/** 課程類別 (position 17). */
export const COURSE_CATEGORY: Record<string, string> = {
  '1': '部定必修',
  '2': '校訂必修',
  '3': '選修-加深加廣',
  '4': '選修-補強性',
  '5': '選修-多元',
  '6': '選修-其他',
  '7': '校訂選修',
  '8': '團體活動時間',
  '9': '彈性學習時間',
  A: '大學預修課程',
  B: '基礎訓練',
  C: '職前訓練',
  D: '寒暑假課程',
  E: '返校課程',
  F: '職業技能訓練',
};

/** 科目屬性 (position 19). */
export const SUBJECT_ATTRIBUTE: Record<string, string> = {
  '0': '不分屬性',
  '1': '一般科目',
  '2': '專業科目',
  '3': '實習科目',
  '4': '專精科目',
  '5': '專精科目（核心）',
  '6': '特殊需求領域',
  A: '自主學習',
  B: '選手培訓',
  C: '充實（增廣）／補強，不授予學分',
  D: '充實（增廣）／補強，授予學分',
  E: '學校特色活動',
};

/** 領域 (positions 20–21): the general ones; 0A–0T and 11–18 are special-needs domains, letters a 群's own. */
export const DOMAIN: Record<string, string> = {
  '00': '不分領域',
  '01': '語文',
  '02': '數學',
  '03': '社會',
  '04': '自然科學',
  '05': '藝術',
  '06': '綜合活動',
  '07': '科技',
  '08': '健康與體育',
  '09': '全民國防教育',
};

/** 班群 (position 16) digits; letters are seen on real codes with no meaning found. */
const CLASS_GROUP: Record<string, string> = {
  '0': '不分班群',
  '1': '建教合作班輪調式',
  '2': '建教合作班階梯式',
  '3': '建教合作班實習式',
  '4': '建教合作班其他式',
  '5': '產學訓專班',
  '6': '雙軌訓練旗艦計畫',
  '7': '產學攜手專班',
};

export const CODE_POSITIONS: readonly CodePosition[] = [
  { key: 'entryYear', from: 1, to: 3, label: { zh: '入學學年度', en: 'entry year' }, charset: 'digits' },
  { key: 'schoolCode', from: 4, to: 9, label: { zh: '學校代碼', en: 'school code' }, charset: 'digits' },
  { key: 'courseType', from: 10, to: 10, label: { zh: '課程類型', en: 'course type' }, charset: 'letter' },
  { key: 'program', from: 11, to: 15, label: { zh: '群別／科別／學程', en: 'group / department / programme' }, charset: 'alnum' },
  { key: 'classGroup', from: 16, to: 16, label: { zh: '班群', en: 'class group' }, charset: 'alnum', table: CLASS_GROUP },
  { key: 'category', from: 17, to: 17, label: { zh: '課程類別', en: 'course category' }, charset: 'alnum', table: COURSE_CATEGORY, closed: true },
  { key: 'pos18', from: 18, to: 18, label: { zh: '第 18 碼', en: 'position 18' }, charset: 'alnum' },
  { key: 'attribute', from: 19, to: 19, label: { zh: '科目屬性', en: 'subject attribute' }, charset: 'alnum', table: SUBJECT_ATTRIBUTE, closed: true },
  { key: 'domain', from: 20, to: 21, label: { zh: '領域', en: 'domain' }, charset: 'alnum', table: DOMAIN },
  { key: 'serial', from: 22, to: 23, label: { zh: '序號', en: 'serial' }, charset: 'alnum' },
];

const CHARSET: Record<CodePosition['charset'], { pattern: RegExp; zh: string; en: string }> = {
  digits: { pattern: /^[0-9]+$/, zh: '數字', en: 'digits' },
  letter: { pattern: /^[A-Z]$/, zh: '大寫英文字母', en: 'a capital letter' },
  alnum: { pattern: /^[0-9A-Z]+$/, zh: '數字或大寫英文字母', en: 'digits or capital letters' },
};

export interface DecodedPart {
  position: CodePosition;
  value: string;
  /** the table's meaning of the value, when there is one */
  meaning?: string;
}

export interface DecodedCode {
  /** the code, trimmed */
  code: string;
  /** the parts that could be cut (all of them when the length is right) */
  parts: DecodedPart[];
  /** what is wrong with the layout, position by position; empty when nothing is */
  problems: Localized[];
}

function meaningOf(position: CodePosition, value: string): string | undefined {
  const own = position.table?.[value];
  if (own) return own;
  if (position.key === 'domain' && /^(0[A-T]|1[1-8])$/.test(value)) return '特殊需求領域';
  return undefined;
}

/** Cuts a 23-character code into its positions and says, position by position, what does not fit. */
export function decodeCourseCode(raw: string): DecodedCode {
  const code = raw.trim();
  const length = [...code].length;
  const problems: Localized[] = [];
  if (length !== CODE_LENGTH) {
    problems.push({ zh: `長度為 ${length} 碼，應為 ${CODE_LENGTH} 碼`, en: `is ${length} characters long, not ${CODE_LENGTH}` });
  }
  const parts: DecodedPart[] = [];
  for (const position of CODE_POSITIONS) {
    if (position.to > length) break;
    const value = code.slice(position.from - 1, position.to);
    const meaning = meaningOf(position, value);
    parts.push(meaning === undefined ? { position, value } : { position, value, meaning });
    if (length !== CODE_LENGTH) continue;
    const where = position.from === position.to ? `第 ${position.from} 碼` : `第 ${position.from}–${position.to} 碼`;
    const whereEn = position.from === position.to ? `position ${position.from}` : `positions ${position.from}–${position.to}`;
    const charset = CHARSET[position.charset];
    if (!charset.pattern.test(value)) {
      problems.push({ zh: `${where}（${position.label.zh}）「${value}」應為${charset.zh}`, en: `${whereEn} (${position.label.en}) "${value}" should be ${charset.en}` });
    } else if (position.closed && meaning === undefined) {
      problems.push({
        zh: `${where}（${position.label.zh}）「${value}」不在代碼表中（可用：${Object.keys(position.table!).join('、')}）`,
        en: `${whereEn} (${position.label.en}) "${value}" is not in its code table (${Object.keys(position.table!).join(', ')})`,
      });
    }
  }
  return { code, parts, problems };
}

/** 「入學學年度 108｜學校代碼 011302｜…｜課程類別 1 部定必修｜…」: the decoding a message shows. */
export function describeDecoding(decoded: DecodedCode): Localized {
  return {
    zh: decoded.parts.map(({ position, value, meaning }) => `${position.label.zh} ${value}${meaning ? ` ${meaning}` : ''}`).join('｜'),
    en: decoded.parts.map(({ position, value, meaning }) => `${position.label.en} ${value}${meaning ? ` (${meaning})` : ''}`).join('; '),
  };
}

/** The value at one position of a decoded code, when the code reaches it. */
export function partOf(decoded: DecodedCode, key: CodePosition['key']): string | undefined {
  return decoded.parts.find((part) => part.position.key === key)?.value;
}
