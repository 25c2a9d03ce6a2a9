import type { Artifact, CourseGrade, CourseOffering, PageRecord, RosterFile, RosterRow, StudentIdentity, Term } from '@/lib/model/records';
import { ROSTER_KIND_LABEL, type RosterField } from './kinds';
import type { ParsedFile, ParsedRow, ParsedSheet } from './parse-workbook';
import { gradeOf, numberOf } from './values';

/**
 * A parsed roster as the records the rules read, in views: the same row gives its student to the
 * `students` view, its grade to `grades`, the course it names to `courses`, its item to `artifacts`
 * and its empty required cells to `rows`. Each view keeps, per record, the row it came from and how
 * the record's fields map to the sheet's columns, so a finding can name the cell.
 */

export type ViewName = 'students' | 'grades' | 'courses' | 'artifacts' | 'rows';

export interface RowRef {
  sheet: ParsedSheet;
  row: ParsedRow;
}

export interface View {
  records: PageRecord[];
  refs: RowRef[];
}

export type FileViews = Record<ViewName, View>;

/** Which sheet column a record field was read from, per view (`rows` findings name the column position). */
export const FIELD_COLUMN: Record<Exclude<ViewName, 'rows'>, Record<string, readonly RosterField[]>> = {
  students: { idNumber: ['idNumber'], birthDate: ['birthDate'], studentRef: ['studentRef'] },
  grades: { code: ['code', 'originalCode'], idNumber: ['idNumber'] },
  courses: { code: ['code', 'originalCode'], name: ['courseName', 'originalName'], credits: ['credits', 'originalCredits'] },
  artifacts: { summary: ['summary'], courseCode: ['code'], occurredAt: ['startDate'], endedAt: ['endDate'], studentRef: ['idNumber'], title: ['title'] },
};

/** Shared by every row that fills all its required columns (most of them); records are never changed. */
const COMPLETE_ROW: RosterRow = Object.freeze({ type: 'roster-row', empty: Object.freeze([]) as unknown as RosterRow['empty'] }) as RosterRow;

const emptyViews = (): FileViews => ({
  students: { records: [], refs: [] },
  grades: { records: [], refs: [] },
  courses: { records: [], refs: [] },
  artifacts: { records: [], refs: [] },
  rows: { records: [], refs: [] },
});

/** The file's own record for the cross-file rules: kind, 學校代碼 and term from its cover rows. */
export function rosterFileRecord(file: ParsedFile): RosterFile {
  const record: RosterFile = {
    type: 'roster-file',
    fileName: file.name,
    kind: file.kind,
    label: file.kind === 'unknown' ? '名冊' : ROSTER_KIND_LABEL[file.kind].zh,
  };
  if (file.cover.schoolCode) record.schoolCode = file.cover.schoolCode.value;
  if (file.cover.term) record.term = file.cover.term;
  return record;
}

/** Builds the views of one parsed file; `onRows` hears how many rows are done, now and then. */
export function fileViews(file: ParsedFile, onRows?: (done: number) => void): FileViews {
  const views = emptyViews();
  let done = 0;
  const term = file.cover.term;
  for (const sheet of file.sheets) {
    const at = sheet.at;
    const get = (row: ParsedRow, field: RosterField): string => {
      const i = at[field];
      return i === undefined ? '' : row.cells[i]!;
    };
    const required = sheet.columns.map((column, i) => (column.required ? i : -1)).filter((i) => i >= 0);
    const kind = sheet.spec.kind;
    for (const row of sheet.rows) {
      const ref: RowRef = { sheet, row };
      const push = (view: ViewName, record: PageRecord) => {
        views[view].records.push(record);
        views[view].refs.push(ref);
      };
      const idNumber = get(row, 'idNumber');
      const student: StudentIdentity = { type: 'student', idNumber };
      const birthDate = get(row, 'birthDate');
      if (birthDate) student.birthDate = birthDate;
      if (kind === 'students') {
        const studentRef = get(row, 'studentRef');
        const className = get(row, 'className');
        const seat = numberOf(get(row, 'seat'));
        if (studentRef) student.studentRef = studentRef;
        if (className) student.className = className;
        if (seat !== undefined && Number.isInteger(seat) && seat > 0) student.seat = seat;
      }
      push('students', student);

      if (kind === 'grades' || kind === 'retakes') {
        const retake = kind === 'retakes';
        const code = get(row, retake ? 'originalCode' : 'code');
        const name = get(row, retake ? 'originalName' : 'courseName');
        const grade = gradeOf(get(row, retake ? 'originalGrade' : 'grade'));
        const credits = numberOf(get(row, retake ? 'originalCredits' : 'credits'));
        const rowTerm = retake ? retakeTerm(get(row, 'originalYear'), get(row, 'originalSemester')) ?? term : term;
        const gradeRecord: CourseGrade = { type: 'course-grade', code, idNumber, score: get(row, retake ? 'retakeScore' : 'score') };
        const offering: CourseOffering = { type: 'course-offering', code, name };
        if (name) gradeRecord.name = name;
        if (retake) gradeRecord.retake = true;
        if (rowTerm) gradeRecord.term = offering.term = rowTerm;
        if (grade !== undefined) gradeRecord.grade = offering.grade = grade;
        if (credits !== undefined) gradeRecord.credits = offering.credits = credits;
        if (code) {
          push('grades', gradeRecord);
          push('courses', offering);
        }
      } else if (kind === 'outcomes' || kind === 'performances') {
        const artifact: Artifact = {
          type: 'artifact',
          kind: kind === 'outcomes' ? 'outcome' : 'performance',
          studentRef: idNumber,
          title: get(row, 'title') || get(row, 'courseName'),
          files: [],
          // A roster lists the items students selected for submission.
          selected: true,
        };
        const summary = get(row, 'summary');
        const code = get(row, 'code');
        const courseName = get(row, 'courseName');
        const started = get(row, 'startDate');
        const ended = get(row, 'endDate');
        if (term) artifact.term = term;
        if (summary) artifact.summary = summary;
        if (code) artifact.courseCode = code;
        if (courseName) artifact.courseName = courseName;
        if (sheet.spec.category) artifact.category = sheet.spec.category;
        if (started) artifact.occurredAt = started;
        if (ended) artifact.endedAt = ended;
        push('artifacts', artifact);
        if (code) {
          const offering: CourseOffering = { type: 'course-offering', code, name: courseName };
          if (term) offering.term = term;
          push('courses', offering);
        }
      }

      let empty: RosterRow['empty'] | undefined;
      for (const i of required) if (row.cells[i] === '') (empty ??= []).push({ field: String(i), column: sheet.columns[i]!.header });
      push('rows', empty ? { type: 'roster-row', empty } : COMPLETE_ROW);

      done += 1;
      if (onRows && done % 5000 === 0) onRows(done);
    }
  }
  return views;
}

function retakeTerm(year: string, semester: string): Term | undefined {
  const y = numberOf(year);
  const s = numberOf(semester);
  if (y === undefined || !Number.isInteger(y) || y < 90 || y > 200 || (s !== 1 && s !== 2)) return undefined;
  return { year: y, semester: s };
}
