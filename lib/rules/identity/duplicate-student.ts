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

/** Each record's keys as `field:value`, worked out once per record object (unchanged rows keep theirs between checks). */
const keysByRecord = new WeakMap<PageRecord, readonly string[]>();

function keysOf(record: PageRecord): readonly string[] {
  let keys = keysByRecord.get(record);
  if (keys === undefined) keysByRecord.set(record, (keys = studentKeys(record).map(([field, value]) => `${field}:${value}`)));
  return keys;
}

/** The same student twice in one roster / class list (same 學號 or same ID number). */
export const duplicateStudent: PageRule = {
  id: 'identity.student.duplicate',
  family: 'identity',
  scope: 'page',
  recordLocal: false,
  sources: ['page', 'roster'],
  severity: 'error',
  dismissal: 'reported-only',
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
    // Group the rows by 學號 and by ID number; a student on two or more rows is marked on every one of them.
    // A key seen once keeps just its row number; only a repeated key gets a list (most keys are seen once).
    const rowsByKey = new Map<string, number | number[]>();
    input.records.forEach((record, index) => {
      for (const key of keysOf(record)) {
        const seen = rowsByKey.get(key);
        if (seen === undefined) rowsByKey.set(key, index);
        else if (typeof seen === 'number') rowsByKey.set(key, [seen, index]);
        else seen.push(index);
      }
    });
    const marked = new Map<number, { field: 'idNumber' | 'studentRef'; rows: number[] }>();
    for (const [key, rows] of rowsByKey) {
      if (typeof rows === 'number') continue;
      const field = key.slice(0, key.indexOf(':')) as 'idNumber' | 'studentRef';
      for (const index of rows) if (!marked.has(index)) marked.set(index, { field, rows });
    }
    const findings: Finding[] = [];
    for (const [index, { field, rows }] of [...marked].sort(([a], [b]) => a - b)) {
      const by = field === 'idNumber' ? { zh: '身分證明號碼', en: 'ID number' } : { zh: '學號', en: 'student number' };
      const where = rows.map((row) => row + 1);
      findings.push(
        finding(
          duplicateStudent,
          index,
          say([
            {
              zh: `同一位學生在清單中出現 ${rows.length} 次（第 ${where.join('、')} 筆的${by.zh}相同）。請刪除重複的一筆，或更正打錯的${by.zh}。`,
              en: `The same student appears ${rows.length} times (rows ${where.join(', ')} share the ${by.en}). Remove the duplicate or correct the mistyped ${by.en}.`,
            },
            cite(duplicateStudent.basis),
          ]),
          field,
        ),
      );
    }
    return findings;
  },
};
