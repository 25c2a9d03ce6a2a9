import { toPrecheckBatch, toPrecheckError, type PrecheckError } from '@/lib/adapters/mappers/school-records';
import { definePageKind } from './unit';

/** The central database's 預檢 result: per roster file passed or not, with its error list joined in. */
export const precheck = definePageKind({
  id: 'precheck',
  name: { zh: '預檢結果', en: 'Pre-check result' },
  signature: { needs: [['rosterType'], ['precheckResult', 'errorCount', 'errorMessage']], hints: ['預檢', 'precheck'] },
  joins: {
    isJoined: (table) => table.has('errorMessage'),
    read: (rows) => rows.map(toPrecheckError).filter((error): error is PrecheckError => error !== undefined),
  },
  mapper: (_table, _context, joined) => (cells) => toPrecheckBatch(cells, joined as PrecheckError[]),
  // precheck per roster (done = passed), in the term its 提交時間 falls in
  observe(records, { add }) {
    for (const record of records) {
      if (record.type === 'precheck') add({ taskId: 'precheck', slice: { course: record.rosterType }, done: record.passed, doneDate: record.submittedAt, dates: [record.submittedAt] });
    }
  },
});
