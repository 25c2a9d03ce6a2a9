import type { FileRef } from '@/lib/model/records';
import { pairSizes, readFiles } from '../files';
import type { PageContext } from '../page-context';
import { entryYearOfCourseCode, parseCertStatus, parseDate, parseSource, parseTerm } from '../values';
import { missing, type Mapped, type RowCells } from './cells';
import { checkArtifact } from './record-check';

/** Which artifact a table lists: 多元表現 tables have a category, source or link column. */
export function artifactKind(cells: { has: RowCells['has'] }, pageKind: string): 'outcome' | 'performance' {
  if (pageKind === 'performance-list') return 'performance';
  if (pageKind === 'selection' && (cells.has('category') || cells.has('source'))) return 'performance';
  return 'outcome';
}

/** A 課程學習成果 or 多元表現 row (upload lists, the teacher's 認證 page, the 勾選 page). */
export function toArtifact(cells: RowCells, kind: 'outcome' | 'performance', context: PageContext): Mapped {
  const courseCode = cells.text('courseCode');
  const termText = cells.text('term', 'term') ?? cells.text('schoolYear', 'term');
  const semesterText = cells.text('semester', 'term');
  // 一上 / 二下 name the student's grade: the 課程代碼's 入學學年度 turns them into a 學年度.
  const termContext = { entryYear: entryYearOfCourseCode(courseCode) };
  const term =
    (termText || semesterText ? parseTerm(termText ?? String(context.schoolYear ?? ''), semesterText, termContext) : undefined) ?? context.term;
  const listed: FileRef[] = [
    // One type per file in a 類型 column: each file is compared with its own, never with the whole cell.
    ...readFiles(cells.lines('files'), { types: cells.lines('fileType', 'files') }),
    ...readFiles(cells.lines('proofFiles', 'files'), { statedType: '文件' }),
    ...readFiles(cells.lines('mediaFiles', 'files'), { statedType: '影音' }),
  ];
  const sizeLines = cells.lines('fileSize', 'files');
  const files = pairSizes(listed, sizeLines, cells.unit('fileSize'));
  if (!files) {
    const shown = sizeLines.join('、');
    return {
      ok: false,
      reason: {
        zh: `檔案大小「${shown}」無法讀取或無法對應到檔案，這一列不檢核。`,
        en: `File size “${shown}” could not be read or matched to the files; row not checked.`,
      },
    };
  }
  // A list without a title column (the national platform's: 學科, 檔案名稱, 成果簡述) names an item by its file,
  // else its 簡述 or course; a title column left empty is a row that can't be read.
  const title = cells.has('title') ? cells.text('title') : (files[0]?.name ?? cells.text('summary', 'title') ?? cells.text('courseName', 'title'));
  if (!title) return missing({ zh: '成果名稱', en: 'title' });
  const certStatusText = cells.text('certStatus');
  const sourceText = cells.text('source');
  const uploadedText = cells.text('uploadedAt');
  const candidate = {
    type: 'artifact' as const,
    kind,
    studentRef: cells.text('studentNo', 'studentRef'),
    studentName: cells.text('studentName'),
    term,
    courseName: cells.text('courseName'),
    courseCode,
    category: cells.text('category'),
    title,
    summary: cells.text('summary'),
    files,
    link: cells.text('link'),
    uploadedAt: uploadedText ? parseDate(uploadedText) : undefined,
    certStatus: certStatusText ? parseCertStatus(certStatusText) : undefined,
    certifiedAt: certDate(cells),
    certReason: cells.text('certReason'),
    teacher: cells.text('teacher') ?? context.teacher,
    className: cells.text('className') ?? context.className,
    selected: cells.ticked('selected'),
    source: sourceText ? parseSource(sourceText) : undefined,
  };
  if (certStatusText && candidate.certStatus === undefined) {
    return { ok: false, reason: { zh: `看不懂認證狀態「${certStatusText}」，這一列不檢核。`, en: `Unknown certification status “${certStatusText}”; row not checked.` } };
  }
  // Checked as the record schema (Artifact) says, without zod in the content script.
  const parsed = checkArtifact(dropUndefined(candidate));
  return parsed.success ? { ok: true, record: parsed.data } : invalid(parsed.paths);
}

export function dropUndefined<T extends object>(value: T): T {
  // A loop over the own keys, in their order, instead of entries → filter → fromEntries (three arrays per row).
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const v = (value as Record<string, unknown>)[key];
    if (v !== undefined) out[key] = v;
  }
  return out as T;
}

/** A row whose record fails its schema: the fields at these paths (「files.0.bytes」) could not be read. */
export function invalid(paths: readonly string[]): Mapped {
  const where = paths.join('、');
  return { ok: false, reason: { zh: `這一列的欄位無法讀取：${where}`, en: `Could not read these fields of the row: ${where}` } };
}

function certDate(cells: RowCells): string | undefined {
  const text = cells.text('certDate', 'certifiedAt');
  return text ? parseDate(text) : undefined;
}
