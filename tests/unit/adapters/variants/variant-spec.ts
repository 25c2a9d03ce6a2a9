import type { ColumnName, ExtraColumn, TermForm } from './vendor-wording';

/**
 * One vendor's way of drawing a canonical list: plain data, so that fast-check prints a failing one
 * readably and shrinks it towards CANONICAL_SPEC (the canonical page itself).
 */
export interface VariantSpec {
  markup: Markup;
  /** the header each column is shown with (a synonym from vendor-wording.ts) */
  headers: Partial<Record<ColumnName, string>>;
  /** what a header cell holds around its text */
  headerWrap: 'plain' | 'bold' | 'sortLink' | 'lineBreak';
  /** one header row, or two: 檔案 over 名稱 / 大小, or a neutral band over some adjacent columns */
  headerRows: 'one' | 'fileGroup' | { band: string; at: number; span: number };
  /** a sort key per column slot (see columnSlots); equal keys keep the canonical order */
  order: number[];
  extras: ExtraColumn[];
  files: FileFormat;
  date: DateFormat;
  /** how the outcome list's 學年度 / 學期 columns are drawn */
  term: { columns: 'split' | 'one'; form: TermForm; semester: 'digit' | 'word' };
  /** how the heading states the term (pages whose heading states one) */
  headingTerm: string;
  headingTag: 'h1' | 'h2' | 'h3' | 'div';
  words: Words;
  around: Around;
}

export type Markup =
  | { kind: 'table'; cell: 'th' | 'td'; thead: boolean }
  /** a header-only table followed by a body-only table */
  | { kind: 'split'; cell: 'th' | 'td'; thead: boolean }
  | { kind: 'jqgrid'; rowNumbers: boolean }
  | { kind: 'element'; fixedCopy: boolean }
  | { kind: 'aria' };

export interface FileFormat {
  /** the size beside the name 「a.pdf (768 KB)」, after it 「a.pdf 768KB」, on the next line, in its own column, or a bare number under 「大小(KB)」 */
  size: 'paren' | 'fullWidthParen' | 'after' | 'nextLine' | 'column' | 'unitInHeader';
  sizeHeader: string;
  unit: 'B' | 'bytes' | 'KB' | 'MB' | 'auto';
  thousands: boolean;
  space: boolean;
  /** how several files (or lines) in one cell are separated */
  join: 'br' | 'div' | 'li';
  links: boolean;
}

export interface DateFormat {
  era: 'roc' | 'ad';
  form: 'slash' | 'dot' | 'dash' | 'cjk';
  pad: boolean;
  weekday: boolean;
  time: boolean;
}

export interface Words {
  certified: string;
  pending: string;
  rejected: string;
  confirmed: string;
  disputed: string;
  unconfirmed: string;
  tick: 'checkbox' | 'words';
  /** 比對結果 for a match and a mismatch */
  compare: readonly [string, string];
  /** 預檢結果 for passed and failed */
  precheck: readonly [string, string];
  /** a status as text, inside a tag, or only as an icon's title or an image's alt */
  statusWrap: 'plain' | 'tag' | 'iconTitle' | 'imageAlt';
}

export interface Around {
  /** the page laid out in a table (banner row, content cell) */
  layoutTable: boolean;
  /** a menu cell beside the content (in the layout table) */
  menu: boolean;
  /** a query form above the list (學年度 / 學期 selects) */
  form: boolean;
  /** a caption (or title bar) naming the list */
  caption: boolean;
  /** a pager under the list stating the row count */
  pager: boolean;
}

/** The canonical page's own drawing. */
export const CANONICAL_SPEC: VariantSpec = {
  markup: { kind: 'table', cell: 'th', thead: true },
  headers: {},
  headerWrap: 'plain',
  headerRows: 'one',
  order: [],
  extras: [],
  files: { size: 'paren', sizeHeader: '檔案大小', unit: 'auto', thousands: true, space: true, join: 'br', links: false },
  date: { era: 'ad', form: 'dash', pad: true, weekday: false, time: false },
  term: { columns: 'split', form: 'dash', semester: 'digit' },
  headingTerm: '114學年度第1學期',
  headingTag: 'h1',
  words: {
    certified: '已認證',
    pending: '未認證',
    rejected: '認證未通過',
    confirmed: '已確認',
    disputed: '有疑義',
    unconfirmed: '未確認',
    tick: 'checkbox',
    compare: ['相符', '不符'],
    precheck: ['通過', '未通過'],
    statusWrap: 'plain',
  },
  around: { layoutTable: false, menu: false, form: false, caption: false, pager: false },
};
