// @ts-expect-error plain ES module of the sample portal
import * as D from '../portal/pages/data/school.js';

/**
 * How the summary panel should name a row of a sample-portal page, worked out from the portal's own data
 * (tests/portal/pages/data/school.js) and the row key expected.js gives it, by the naming issue 10 asks
 * for: a student by class and seat (or 學號) with the name, an upload by its title in 〈〉 — or, on a list
 * with no title column, by its file name, the first thing the row shows that tells it apart — after the
 * 學號 and name where the list mixes students, a course by name and code, a 預檢 batch by its roster.
 * Never the national ID. `label` is the name without the student's name (what an export carries unless
 * names are asked for).
 */

interface Student {
  sid: string;
  name: string;
  className: string;
  seat: number;
}
interface Upload {
  sid?: string;
  name?: string;
  title: string;
  course?: string;
  files: { name: string }[];
}

/** Characters of a title or name shown before 「…」 (issue 10: a long title must not crowd out the message). */
const LONGEST = 24;

/** Text as the panel shows it: spaces collapsed, bidi controls written out as [U+202E], cut after 24 characters. */
export function shown(text: string): string {
  const clean = text
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, (c) => `[U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}]`);
  const chars = Array.from(clean);
  return chars.length > LONGEST ? `${chars.slice(0, LONGEST).join('')}…` : clean;
}

const STUDENTS: Student[] = [...(D.STUDENTS as Student[]), D.HOSTILE_STUDENT as Student];
const UPLOADS: Upload[] = [
  ...D.OUTCOMES_CHEN,
  ...D.OUTCOMES_LIN,
  ...D.PERFORMANCES_CHEN,
  ...D.PERFORMANCES_LIN,
  ...D.selectionFor('113005').performances,
  ...D.HOSTILE_OUTCOMES,
  ...D.certificationUploads(),
  ...D.hostileCertificationUploads(),
];
const OFFERINGS: { code: string; name: string }[] = D.COURSE_OFFERINGS;

export interface ExpectedName {
  /** the whole name the panel shows */
  name: string;
  /** the name less the student's own name */
  label: string;
}

/** Whether the list's key column is a course name (no title column): the row is shown by its file name. */
const untitled = (rowKey: string) => /學科|科目$/.test(rowKey);

/**
 * The name of the row keyed `key` in a table keyed by `rowKey` on a page of `kind`; undefined for a key
 * the data does not hold (a row no one can read).
 */
export function expectedRowName(kind: string, rowKey: string, key: string): ExpectedName | undefined {
  const student = (sid: string) => STUDENTS.find((s) => s.sid === sid);
  switch (kind) {
    case 'class-progress': {
      const s = student(key);
      return s && { name: `${s.className} 班 座號 ${s.seat} ${s.name}`, label: `${s.className} 班 座號 ${s.seat}` };
    }
    case 'receipt': {
      const s = student(key);
      return s && { name: `${s.className} 班 學號 ${s.sid} ${shown(s.name)}`, label: `${s.className} 班 學號 ${s.sid}` };
    }
    case 'course-list':
    case 'course-code-check': {
      const offering = OFFERINGS.find((o) => o.code === key);
      const name = offering && `〈${shown(offering.name)}〉課程代碼 ${key}`;
      return name ? { name, label: name } : undefined;
    }
    case 'precheck':
      return { name: `〈${shown(key)}〉`, label: `〈${shown(key)}〉` };
    case 'certification': {
      // `${學號} ${title}` (or `${學號} ${科目}` on a list without titles)
      const space = key.indexOf(' ');
      const [sid, what] = [key.slice(0, space), key.slice(space + 1)];
      const upload = UPLOADS.find((u) => u.sid === sid && (untitled(rowKey) ? u.course === what : u.title === what) && u.name !== undefined);
      if (!upload) return undefined;
      const title = shown(untitled(rowKey) ? upload.files[0]!.name : upload.title);
      return { name: `學號 ${sid} ${shown(upload.name!)}〈${title}〉`, label: `學號 ${sid}〈${title}〉` };
    }
    default: {
      // an upload on a student's own list: its title (or, keyed by course, its file name)
      const upload = UPLOADS.find((u) => (untitled(rowKey) ? u.course === key && u.sid === '112045' : u.title === key));
      if (!upload) return undefined;
      const name = `〈${shown(untitled(rowKey) ? upload.files[0]!.name : upload.title)}〉`;
      return { name, label: name };
    }
  }
}
