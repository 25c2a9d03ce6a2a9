import type { PageContext } from '../page-context';
import { parseCompareResult, parseDate, parsePrecheckResult, parseReceiptStatus, parseTerm } from '../values';
import { dropUndefined, invalid } from './artifact';
import { missing, type Mapped, type RowCells } from './cells';
import { checkClassProgress, checkCourseCodeCheckRow, checkCourseOffering, checkPrecheckResult, checkReceiptConfirmation } from './record-check';

/** 年級 as the pages write it (1–3 or 10–12) → 10–12. */
function grade(text: string | undefined): number | undefined {
  const n = text ? Number(text.normalize('NFKC').replace(/[^\d]/g, '')) : NaN;
  if (n >= 1 && n <= 3) return n + 9;
  if (n >= 10 && n <= 12) return n;
  return undefined;
}

function number(text: string | undefined): number | undefined {
  const n = text ? Number(text.normalize('NFKC').replace(/[,\s]/g, '')) : NaN;
  return Number.isFinite(n) ? n : undefined;
}

function rowTerm(cells: RowCells, context: PageContext) {
  const termText = cells.text('term', 'term');
  if (termText) return parseTerm(termText);
  const semester = cells.text('semester', 'term');
  if (semester) return parseTerm(semester) ?? parseTerm(cells.text('schoolYear', 'term') ?? String(context.schoolYear ?? ''), semester);
  return context.term;
}

/** A 開課資料 row. */
export function toCourseOffering(cells: RowCells, context: PageContext): Mapped {
  const code = cells.text('courseCode', 'code');
  const name = cells.text('courseName', 'name');
  if (!code) return missing({ zh: '課程代碼', en: 'course code' });
  if (!name) return missing({ zh: '科目名稱', en: 'course name' });
  const parsed = checkCourseOffering(
    dropUndefined({
      type: 'course-offering' as const,
      code,
      name,
      credits: number(cells.text('credits')),
      grade: grade(cells.text('grade')),
      term: rowTerm(cells, context),
      classes: cells.text('className', 'classes')?.split(/[、,，\s]+/).filter(Boolean),
      teacher: cells.text('teacher'),
    }),
  );
  return parsed.success ? { ok: true, record: parsed.data } : invalid(parsed.paths);
}

/** A 班級進度 row: one student's counts. The 身分證號, if shown, is checked in the page and never logged. */
export function toClassProgress(cells: RowCells, context: PageContext): Mapped {
  const studentRef = cells.text('studentNo', 'studentRef');
  if (!studentRef) return missing({ zh: '學號', en: 'student number' });
  const receipt = cells.text('receiptStatus', 'receiptConfirmed');
  // Checked as the record schema (ClassProgress) says, without zod in the content script.
  const clean = dropUndefined({
    type: 'class-progress' as const,
    studentRef,
    studentName: cells.text('studentName'),
    idNumber: cells.text('nationalId', 'idNumber'),
    seat: number(cells.text('seat')),
    className: cells.text('className') ?? context.className,
    term: context.term,
    outcomesUploaded: cells.count('outcomesUploaded'),
    outcomesCertified: cells.count('outcomesCertified'),
    outcomesSelected: cells.count('outcomesSelected'),
    performancesUploaded: cells.count('performancesUploaded'),
    performancesSelected: cells.count('performancesSelected'),
    receiptConfirmed: receipt === undefined ? undefined : parseReceiptStatus(receipt) === 'confirmed',
  });
  const parsed = checkClassProgress(clean);
  return parsed.success ? { ok: true, record: parsed.data } : invalid(parsed.paths);
}

/** A 收訖明細確認 row. */
export function toReceipt(cells: RowCells, context: PageContext): Mapped {
  const studentRef = cells.text('studentNo', 'studentRef');
  if (!studentRef) return missing({ zh: '學號', en: 'student number' });
  // A blank answer is a student who has not answered yet (pending); words not known leave the row unread.
  const statusText = cells.text('receiptStatus', 'status') ?? '';
  const status = parseReceiptStatus(statusText);
  if (!status) return { ok: false, reason: { zh: `看不懂確認狀態「${statusText}」，這一列不檢核。`, en: `Unknown confirmation status “${statusText}”; row not checked.` } };
  const date = cells.text('receiptDate', 'confirmedAt');
  const parsed = checkReceiptConfirmation(
    dropUndefined({
      type: 'receipt' as const,
      studentRef,
      studentName: cells.text('studentName'),
      idNumber: cells.text('nationalId', 'idNumber'),
      className: cells.text('className') ?? context.className,
      status,
      confirmedAt: date ? parseDate(date) : undefined,
    }),
  );
  return parsed.success ? { ok: true, record: parsed.data } : invalid(parsed.paths);
}

/** A 課程代碼比對 result row. 說明 here is the vendor's reason, not a 簡述. */
export function toCodeCheckRow(cells: RowCells): Mapped {
  const code = cells.text('courseCode', 'code');
  const result = cells.text('compareResult', 'matched');
  if (!code) return missing({ zh: '課程代碼', en: 'course code' });
  if (!result) return missing({ zh: '比對結果', en: 'comparison result' });
  const matched = parseCompareResult(result);
  if (matched === undefined) return { ok: false, reason: { zh: `看不懂比對結果「${result}」，這一列不檢核。`, en: `Unknown comparison result “${result}”; row not checked.` } };
  const parsed = checkCourseCodeCheckRow(
    dropUndefined({
      type: 'course-code-check' as const,
      code,
      name: cells.text('courseName', 'name'),
      matched,
      reason: cells.text('compareNote', 'reason') ?? cells.text('summary', 'reason'),
    }),
  );
  return parsed.success ? { ok: true, record: parsed.data } : invalid(parsed.paths);
}

export interface PrecheckError {
  rosterType: string;
  row?: number;
  field?: string;
  message: string;
}

/** A row of a 預檢 error list, joined to its batch afterwards. */
export function toPrecheckError(cells: RowCells): PrecheckError | undefined {
  const rosterType = cells.text('rosterType');
  const message = cells.text('errorMessage');
  if (!rosterType || !message) return undefined;
  const row = number(cells.text('errorRow'));
  return dropUndefined({ rosterType, row: row && row > 0 ? Math.trunc(row) : undefined, field: cells.text('errorField'), message });
}

/** A 預檢 batch row: one roster file sent to the central database. */
export function toPrecheckBatch(cells: RowCells, errors: readonly PrecheckError[]): Mapped {
  const rosterType = cells.text('rosterType');
  if (!rosterType) return missing({ zh: '名冊別', en: 'roster type' });
  const resultText = cells.text('precheckResult', 'passed') ?? '';
  const errorCount = number(cells.text('errorCount', 'errors'));
  const outcome = parsePrecheckResult(resultText);
  if (outcome === 'pending') return { ok: false, reason: { zh: `預檢尚未完成（「${resultText}」），這一列不檢核。`, en: `The pre-check has not finished (“${resultText}”); row not checked.` } };
  // Without a result word, the error count decides: none means passed.
  const passed = outcome ? outcome === 'passed' : errorCount === undefined ? undefined : errorCount === 0;
  if (passed === undefined) return { ok: false, reason: { zh: `看不懂預檢結果「${resultText}」，這一列不檢核。`, en: `Unknown pre-check result “${resultText}”; row not checked.` } };
  const submitted = cells.text('submittedAt') ?? cells.text('uploadedAt', 'submittedAt');
  const parsed = checkPrecheckResult(
    dropUndefined({
      type: 'precheck' as const,
      rosterType,
      submittedAt: submitted ? parseDate(submitted) : undefined,
      passed,
      errors: errors.filter((error) => error.rosterType === rosterType).map(({ row, field, message }) => dropUndefined({ row, field, message })),
      errorCount,
    }),
  );
  return parsed.success ? { ok: true, record: parsed.data } : invalid(parsed.paths);
}
