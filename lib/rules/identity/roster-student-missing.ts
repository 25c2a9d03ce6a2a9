import type { Finding } from '@/lib/model/finding';
import { cite } from '../cite';
import { finding, say } from '../shared';
import type { PageRule } from '../types';
import { duplicateStudent } from './duplicate-student';

/** ID numbers compare without spaces and case. */
const key = (id: string) => id.trim().toUpperCase();

/**
 * Across one batch of roster files: a grade or outcome row whose student (by ID number) is not in
 * the batch's 學生資料名冊. Works on a batch that holds a `roster-file` record of kind `students`;
 * the students are the `student` records, the rows the `course-grade` records and the `artifact`
 * records (a roster names an artifact's student by ID number, in `studentRef`). Silent on a page.
 */
export const rosterStudentMissing: PageRule = {
  id: 'identity.roster.student-missing',
  family: 'identity',
  scope: 'page',
  recordLocal: false,
  sources: ['roster'],
  severity: 'error',
  dismissal: 'reported-only',
  title: { zh: '學生不在學生資料名冊中', en: 'Student missing from the student roster' },
  // The same clause as duplicateStudent's.
  basis: duplicateStudent.basis,
  check(input) {
    const roster = input.records.find((record) => record.type === 'roster-file' && record.kind === 'students');
    if (!roster || roster.type !== 'roster-file') return [];
    const known = new Set<string>();
    for (const record of input.records) if (record.type === 'student' && record.idNumber) known.add(key(record.idNumber));
    const findings: Finding[] = [];
    const basis = cite(rosterStudentMissing.basis);
    input.records.forEach((record, index) => {
      const id = record.type === 'course-grade' ? record.idNumber : record.type === 'artifact' ? record.studentRef : undefined;
      if (id === undefined || id.trim() === '' || known.has(key(id))) return;
      findings.push(
        finding(
          rosterStudentMissing,
          index,
          say([
            {
              zh: `這位學生的身分證號不在同一批的${roster.label}「${roster.fileName}」中（該名冊共 ${known.size} 人）。請確認身分證號是否打錯，或把學生補進${roster.label}。`,
              en: `This student's ID number is not in the batch's student roster "${roster.fileName}" (${known.size} students). Check for a typo, or add the student to the student roster.`,
            },
            basis,
          ]),
          record.type === 'artifact' ? 'studentRef' : 'idNumber',
        ),
      );
    });
    return findings;
  },
};
