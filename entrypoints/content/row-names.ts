import type { Locale } from '@/lib/model/localized';
import type { PageRecord } from '@/lib/model/records';
import { visibleControls } from '@/lib/rules/shared';
import { t } from '@/lib/i18n';
import type { Finding } from '@/lib/model/finding';
import type { PageRead } from '@/lib/adapters/read-page';
import type { SummaryFinding } from '@/lib/messaging/protocol';
import type { DismissedNote } from './dismiss-form';

/**
 * How a summary item names the row it is about, from the row's own record: 「302 班 座號 7 蔡彥恆」,
 * 「學號 112045 王小明〈英文新聞摘要與評論〉」, 「〈古典小說人物分析報告〉」. Never the national ID (the
 * records' idNumber is not read here). The student's name is kept apart (`name`) so an export can leave
 * it out. Text from the page keeps its bidi controls visible and a long title is cut, so a name can
 * neither reorder nor crowd out the message after it.
 */

/** Characters of a title or name shown before it is cut with 「…」. */
const LONGEST = 24;

function shown(text: string): string {
  const clean = visibleControls(text.trim().replace(/\s+/g, ' '));
  const chars = Array.from(clean);
  return chars.length > LONGEST ? `${chars.slice(0, LONGEST).join('')}…` : clean;
}

function present(text: string | undefined): text is string {
  return text !== undefined && text.trim() !== '';
}

/** A row's name in parts: who (class, seat, 學號), the student's name, and what (an item's title, a course). */
interface Parts {
  who?: string;
  name?: string;
  /** an upload's title, as shown (it is quoted when the name is put together) */
  title?: string;
  what?: string;
}

/** A student by seat and class, else by 學號 (and class); undefined when the record names neither. */
function student(locale: Locale, seat: number | undefined, className: string | undefined, studentRef: string | undefined): string | undefined {
  if (seat !== undefined) return present(className) ? t(locale, 'rowSeat', shown(className), seat) : t(locale, 'rowSeatOnly', seat);
  if (!present(studentRef)) return undefined;
  return present(className) ? t(locale, 'rowStudentInClass', shown(className), shown(studentRef)) : t(locale, 'rowStudent', shown(studentRef));
}

function course(locale: Locale, name: string | undefined, code: string): string {
  return present(name) ? t(locale, 'rowCourse', shown(name), shown(code)) : t(locale, 'rowCode', shown(code));
}

function parts(record: PageRecord, locale: Locale): Parts {
  const name = 'studentName' in record && present(record.studentName) ? shown(record.studentName) : undefined;
  switch (record.type) {
    case 'artifact': {
      const title = [record.title, record.courseName, record.files[0]?.name].find(present);
      // the class is left out when a title names the item: 學號 and title are enough to find it
      const who = student(locale, undefined, title ? undefined : record.className, record.studentRef);
      return title ? { who, name, title: shown(title) } : { who, name };
    }
    case 'class-progress':
    case 'student':
      return { who: student(locale, record.seat, record.className, record.studentRef), name };
    case 'receipt':
      return { who: student(locale, undefined, record.className, record.studentRef), name };
    case 'consultation':
      return { who: student(locale, undefined, undefined, record.studentRef) };
    case 'course-offering':
      return { what: course(locale, record.name, record.code) };
    case 'course-code-check':
    case 'course-grade':
      return present(record.code) ? { what: course(locale, record.name, record.code) } : {};
    case 'precheck':
      return present(record.rosterType) ? { what: t(locale, 'rowTitle', shown(record.rosterType)) } : {};
    default:
      return {};
  }
}

function joined(locale: Locale, who: string | undefined, { title, what }: Parts): string | undefined {
  if (title !== undefined) return who === undefined ? t(locale, 'rowTitle', title) : t(locale, 'rowWhoTitle', who, title);
  return who ?? what;
}

/** What names a row: `label` without the student's name, and the name apart (when the page shows one). */
export interface RowNameParts {
  label: string;
  name?: string;
}

/** The row's name in parts, or undefined for a record that names no row (a page-level record, a roster file). */
export function rowNameParts(record: PageRecord, locale: Locale): RowNameParts | undefined {
  const found = parts(record, locale);
  const { who, name } = found;
  const label = joined(locale, who, found);
  if (label === undefined) return name === undefined ? undefined : { label: '', name };
  return name === undefined ? { label } : { label, name };
}

/** The row's whole name, the student's name after the seat or 學號: 「302 班 座號 7 蔡彥恆」「學號 112045 王小明〈…〉」. */
export function rowName(record: PageRecord, locale: Locale): string | undefined {
  const known = rowNames.get(record);
  if (known && known.locale === locale) return known.name;
  const found = parts(record, locale);
  const { who, name } = found;
  const named = name === undefined ? who : who === undefined ? name : t(locale, 'rowWhoNamed', who, name);
  const whole = joined(locale, named, found);
  rowNames.set(record, { locale, name: whole });
  return whole;
}

/** Row names by record object: unchanged rows keep their records from one check to the next, and their names. */
const rowNames = new WeakMap<PageRecord, { locale: Locale; name: string | undefined }>();

/**
 * Row names told apart for the panel: when several rows of the list share a name (the same student shown
 * twice), each of those rows gets 「（第 N 筆）」 after it, N counting them in page order. Each entry pairs
 * a name with its row (record index), in any order — a row's findings share its name and number — or is
 * undefined (a finding about no row), and stays so. Names no other row shares are left as they are.
 */
export function toldApart(rows: readonly ({ name: string; row: number } | undefined)[], locale: Locale): (string | undefined)[] {
  const rowsByName = new Map<string, Set<number>>();
  for (const entry of rows) {
    if (!entry) continue;
    let same = rowsByName.get(entry.name);
    if (!same) rowsByName.set(entry.name, (same = new Set()));
    same.add(entry.row);
  }
  const nth = new Map<string, Map<number, number>>();
  for (const [name, same] of rowsByName) {
    if (same.size > 1) nth.set(name, new Map([...same].sort((a, b) => a - b).map((row, i) => [row, i + 1])));
  }
  return rows.map((entry) => {
    if (!entry) return undefined;
    const n = nth.get(entry.name)?.get(entry.row);
    return n === undefined ? entry.name : t(locale, 'rowNth', entry.name, n);
  });
}

/**
 * The findings as the popup gets them (lib/messaging/protocol.ts SummaryFinding): each with its row
 * named in parts and whole (as the panel names it), and, when it is marked 「已確認，無需更正」, why, by
 * whom and when (`dismissal` answers that, or undefined for an open finding).
 */
export function summaryFindings(
  findings: readonly Finding[],
  read: PageRead & { status: 'checked' | 'partial' },
  locale: Locale,
  dismissal: (finding: Finding) => DismissedNote | undefined = () => undefined,
): SummaryFinding[] {
  return findings.map((finding) => {
    const { ruleId, severity, message, recordIndex } = finding;
    const row = recordIndex === null ? undefined : read.rows[recordIndex];
    const parts = row && !row.pageLevel ? rowNameParts(row.record, locale) : undefined;
    const named = parts ? { ruleId, severity, message, row: { ...parts, full: rowName(row!.record, locale)! } } : { ruleId, severity, message };
    const note = dismissal(finding);
    return note ? { ...named, dismissed: { choice: note.choice, note: note.note, staffName: note.staffName, at: note.at } } : named;
  });
}
