import type { Finding } from '@/lib/model/finding';
import type { PageRecord } from '@/lib/model/records';
import { cite } from '../cite';
import { finding, say } from '../shared';
import type { PageRule } from '../types';

/** Keys a one-row-per-student list identifies a student by. Artifact lists are not such lists. */
function studentKeys(record: PageRecord): Array<['idNumber' | 'studentRef', string]> {
  if (record.type !== 'student' && record.type !== 'class-progress' && record.type !== 'receipt') return [];
  const keys: Array<['idNumber' | 'studentRef', string]> = [];
  if (record.idNumber?.trim()) keys.push(['idNumber', record.idNumber.trim().toUpperCase()]);
  if (record.studentRef?.trim()) keys.push(['studentRef', record.studentRef.trim()]);
  return keys;
}

/** The same student twice in one roster / class list (same 學號 or same ID number). */
export const duplicateStudent: PageRule = {
  id: 'identity.student.duplicate',
  family: 'identity',
  scope: 'page',
  severity: 'error',
  title: { zh: '同一位學生重複出現', en: 'Same student listed twice' },
  basis: {
    seed: '004_e8ede5ea50a90384.txt',
    clause: '第5項',
    text: {
      zh: '預檢結果如有錯誤，請儘速查找原因並依程序修正完成；修正完成後，重新進行預檢，直至預檢結果正確無誤為止。',
      en: 'If the pre-check finds errors, find the cause, correct it and pre-check again until the result is correct.',
    },
  },
  check(input) {
    const findings: Finding[] = [];
    const firstSeen = new Map<string, number>();
    input.records.forEach((record, index) => {
      const keys = studentKeys(record);
      const earlier = keys.map(([field, value]) => [field, firstSeen.get(`${field}:${value}`)] as const).find(([, at]) => at !== undefined);
      for (const [field, value] of keys) if (!firstSeen.has(`${field}:${value}`)) firstSeen.set(`${field}:${value}`, index);
      if (!earlier) return;
      const [field, at] = earlier as readonly ['idNumber' | 'studentRef', number];
      const by = field === 'idNumber' ? { zh: '身分證明號碼', en: 'ID number' } : { zh: '學號', en: 'student number' };
      findings.push(
        finding(
          duplicateStudent,
          index,
          say([
            {
              zh: `這一筆與第 ${at + 1} 筆的${by.zh}相同，同一位學生在清單中出現兩次。請刪除重複的一筆，或更正打錯的${by.zh}。`,
              en: `This row has the same ${by.en} as row ${at + 1}: the student is listed twice. Remove the duplicate or correct the mistyped ${by.en}.`,
            },
            cite(duplicateStudent.basis),
          ]),
          field,
        ),
      );
    });
    return findings;
  },
};
