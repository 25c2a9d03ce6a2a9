import { toReceipt } from '@/lib/adapters/mappers/school-records';
import type { ReceiptConfirmation } from '@/lib/model/records';
import { COUNTS, STUDENT, definePageKind } from './unit';

/** The 收訖明細 confirmation list: per student whether the data were confirmed (正確), disputed (錯誤) or not answered. */
export const receipt = definePageKind({
  id: 'receipt',
  name: { zh: '收訖明細確認狀態', en: 'Receipt confirmation status' },
  signature: { needs: [STUDENT, ['receiptStatus']], without: COUNTS, hints: ['收訖', 'receipt'] },
  mapper: (_table, context) => (cells) => toReceipt(cells, context),
  // receipt-confirm per class (done = 已確認); the last row for a student wins. The list states no term:
  // the confirmations' dates place it (an unanswered row goes with the rest of the page)
  observe(records, { add }) {
    const byStudent = new Map<string, ReceiptConfirmation>();
    for (const record of records) if (record.type === 'receipt') byStudent.set(record.studentRef, record);
    for (const record of byStudent.values()) {
      add({ taskId: 'receipt-confirm', slice: { className: record.className }, done: record.status === 'confirmed', doneDate: record.confirmedAt, dates: [record.confirmedAt] });
    }
  },
});
