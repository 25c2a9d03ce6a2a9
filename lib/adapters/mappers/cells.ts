import type { Localized } from '@/lib/model/localized';
import type { PageRecord } from '@/lib/model/records';
import { cellLines, cellText } from '../text';
import type { Field } from '../vocabulary';

/** The cells of one body row, by field, and what the mapper took from them. */
export class RowCells {
  /** record field → the cell it was read from, for placing marks */
  readonly used: Record<string, Element> = {};
  /** checkboxes read by ticked(), with the state read: a tick changes no markup, so a re-reading compares these */
  boxes?: { box: HTMLInputElement; checked: boolean }[];

  constructor(private readonly byField: Partial<Record<Field, Element>>) {}

  has(field: Field): boolean {
    return this.byField[field] !== undefined;
  }

  /** The cell's text (white space collapsed), noting that `recordField` came from it; undefined when empty. */
  text(field: Field, recordField: string = field): string | undefined {
    const cell = this.byField[field];
    if (!cell) return undefined;
    const text = cellText(cell);
    if (!text || /^[-—–]$/.test(text)) return undefined;
    this.used[recordField] ??= cell;
    return text;
  }

  lines(field: Field, recordField: string = field): string[] {
    const cell = this.byField[field];
    if (!cell) return [];
    const lines = cellLines(cell).filter((line) => !/^[-—–]$/.test(line));
    if (lines.length > 0) this.used[recordField] ??= cell;
    return lines;
  }

  /** A tick: a checkbox's state, or a written mark (V, ✓, 是, 已勾選). */
  ticked(field: Field, recordField: string = field): boolean | undefined {
    const cell = this.byField[field];
    if (!cell) return undefined;
    this.used[recordField] ??= cell;
    const box = cell.querySelector<HTMLInputElement>('input[type=checkbox]');
    if (box) {
      (this.boxes ??= []).push({ box, checked: box.checked });
      return box.checked;
    }
    const text = cellText(cell);
    if (/^(v|✓|✔|☑|是|已勾選|已提交|y)$/i.test(text)) return true;
    if (/^(|x|☐|否|未勾選|未提交|n)$/i.test(text)) return false;
    return undefined;
  }

  /** A whole number written in the cell (「5」「5 件」); undefined when it isn't one. */
  count(field: Field, recordField: string = field): number | undefined {
    const text = this.text(field, recordField)?.normalize('NFKC');
    const match = text ? /^(\d+)\s*(件|筆|項)?$/.exec(text) : null;
    return match ? Number(match[1]) : undefined;
  }
}

export type Mapped = { ok: true; record: PageRecord } | { ok: false; reason: Localized };

export const missing = (what: { zh: string; en: string }): Mapped => ({
  ok: false,
  reason: { zh: `這一列沒有${what.zh}，無法讀取。`, en: `This row has no ${what.en} and cannot be read.` },
});
