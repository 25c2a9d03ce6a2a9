import type { PageContext } from '@/lib/adapters/page-context';
import type { Mapped, RowCells } from '@/lib/adapters/mappers/cells';
import type { Field } from '@/lib/adapters/vocabulary';
import type { Localized } from '@/lib/model/localized';
import type { PageRecord, Term } from '@/lib/model/records';

/**
 * How a page kind is recognised from the columns a list has: every group in `needs` must have at least
 * one of its fields; no field in `without` may be present. When several kinds fit, words in the page's
 * title, headings, the list's caption or the address (`hints`) break the tie.
 */
export interface Signature {
  needs: Field[][];
  without?: Field[];
  hints: string[];
}

/** What a kind's mapper may ask of the list it reads. */
export interface TableFacts {
  has(field: Field): boolean;
}

/** One body row's cells → a validated record, or why the row could not be read. */
export type Mapper = (cells: RowCells) => Mapped;

/** A slice of a task a page shows, as lib/stats/observe.ts counts it. */
export interface ObservedSlice {
  person?: string;
  className?: string;
  course?: string;
}

/**
 * One item of a task a page shows, as its kind's `observe` hands it to lib/stats/observe.ts. The term
 * is the one the page states for it; `dates` (上傳日期, 確認日期 …, in order of preference) place it in a
 * term when the page states none. The visit's own date never does.
 */
export interface ObservedItem {
  taskId: string;
  term?: Term;
  slice: ObservedSlice;
  done: boolean;
  /** the day it was done (認證日期, 確認日期, 提交時間, the comparison run), when the page shows it */
  doneDate?: string;
  dates?: readonly (string | undefined)[];
}

/** What a kind's `observe` gets: `add` counts one item of a task. */
export interface ObserveTools {
  add(item: ObservedItem): void;
}

/**
 * Everything lp-checker knows about one kind of page, in one place: its name, how it is recognised,
 * how a row becomes a record and which dashboard counts it gives. Registered in ./index.ts.
 */
export interface PageKindUnit<Id extends string = string> {
  id: Id;
  name: Localized;
  signature: Signature;
  /** the row mapper for one list of this kind; `joined` is what `joins.read` took from the page's joined lists */
  mapper(table: TableFacts, context: PageContext, joined: readonly unknown[]): Mapper;
  /** lists of this kind whose rows are joined into the others' records rather than read as records (a 預檢 error list) */
  joins?: {
    isJoined(table: TableFacts): boolean;
    read(rows: readonly RowCells[]): unknown[];
  };
  /** records about the page as a whole (when a comparison ran), read from what the page states outside its lists */
  pageRecords?(context: PageContext): PageRecord[];
  /** counts for the dashboard, from the records of a whole list (staff pages only; student pages give none) */
  observe?(records: readonly PageRecord[], tools: ObserveTools): void;
}

/** Keeps a unit's id as its literal type, so the registry's ids make the PageKind type. */
export function definePageKind<const Id extends string>(unit: PageKindUnit<Id>): PageKindUnit<Id> {
  return unit;
}

/** Fields that name a student in a row. */
export const STUDENT: Field[] = ['studentNo', 'studentName'];
/** Fields that say an item's own content (a 簡述, files or a link). */
export const CONTENT: Field[] = ['summary', 'files', 'proofFiles', 'mediaFiles', 'link'];
/** A 班級進度 list's count columns. */
export const COUNTS: Field[] = ['outcomesUploaded', 'outcomesCertified', 'outcomesSelected', 'performancesUploaded', 'performancesSelected'];
