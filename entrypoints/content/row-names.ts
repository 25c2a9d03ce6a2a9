import type { Locale } from '@/lib/model/localized';
import type { PageRecord } from '@/lib/model/records';
import { visibleControls } from '@/lib/rules/shared';
import { t } from '@/lib/i18n';

/**
 * How a summary item names the row it is about, from the row's own record: 「302 班 座號 7」,
 * 「學號 112045〈英文新聞摘要與評論〉」, 「〈古典小說人物分析報告〉」. Never the national ID (the
 * records' idNumber is not read here). Text from the page keeps its bidi controls visible and a long
 * title is cut, so a name can neither reorder nor crowd out the message after it.
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

/** A student by seat and class, else by 學號 (and class); undefined when the record names neither. */
function student(locale: Locale, seat: number | undefined, className: string | undefined, studentRef: string | undefined): string | undefined {
  if (seat !== undefined) return present(className) ? t(locale, 'rowSeat', shown(className), seat) : t(locale, 'rowSeatOnly', seat);
  if (!present(studentRef)) return undefined;
  return present(className) ? t(locale, 'rowStudentInClass', shown(className), shown(studentRef)) : t(locale, 'rowStudent', shown(studentRef));
}

/** The row's name, or undefined for a record that names no row (a page-level record, a roster file). */
export function rowName(record: PageRecord, locale: Locale): string | undefined {
  switch (record.type) {
    case 'artifact': {
      const title = [record.title, record.courseName, record.files[0]?.name].find(present);
      if (!title) return student(locale, undefined, record.className, record.studentRef);
      return present(record.studentRef) ? t(locale, 'rowStudentTitle', shown(record.studentRef), shown(title)) : t(locale, 'rowTitle', shown(title));
    }
    case 'class-progress':
    case 'student':
      return student(locale, record.seat, record.className, record.studentRef);
    case 'receipt':
      return student(locale, undefined, record.className, record.studentRef);
    case 'consultation':
      return student(locale, undefined, undefined, record.studentRef);
    case 'course-offering':
      return present(record.name) ? t(locale, 'rowCourse', shown(record.name), shown(record.code)) : t(locale, 'rowCode', shown(record.code));
    case 'course-code-check':
    case 'course-grade':
      return present(record.code) ? t(locale, 'rowCode', shown(record.code)) : undefined;
    case 'precheck':
      return present(record.rosterType) ? t(locale, 'rowTitle', shown(record.rosterType)) : undefined;
    default:
      return undefined;
  }
}
