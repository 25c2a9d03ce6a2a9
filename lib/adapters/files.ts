import type { FileRef } from '@/lib/model/records';
import { findSizes, sizeSpans, type SizeUnit } from './values';

/**
 * Where a file name ends: a dot, an extension starting with a letter (so 「v1.2」 and 「1.5MB」 are
 * not names), then the end of the text, white space, a separator or a bracket.
 */
const EXT_END = /\.([A-Za-z][A-Za-z0-9]{0,4})(?=$|[\s、,;|()[\]【】])/g;
/** Separators and brackets left around a name or a size when a line lists several files. */
const EDGES = /^[\s、,;|()[\]【】:]+|[\s、,;|()[\]【】:]+$/g;

/** What else a row says about its files, beside the names. */
export interface FileCells {
  /** a 類型 column's lines, one per file: paired with the files only when the counts agree */
  types?: readonly string[];
  /** one type for every file of the cell (a 影音檔 column's files are 影音) */
  statedType?: string;
}

/**
 * Reads the files listed in a 檔案 cell: one or several per line (「a.pdf、b.mp4」), each
 * optionally followed by its size on the same line (「報告.pdf (1.2 MB)」) or the next
 * (「影片.mp4」 then 「9.8 MB」). A type stated per file comes from `types`; a size in a separate
 * column is added by pairSizes.
 */
export function readFiles(lines: readonly string[], cells: FileCells = {}): FileRef[] {
  const files: FileRef[] = [];
  for (const line of lines) readLine(line, files);
  const types = cells.types?.map((type) => type.trim()).filter(Boolean) ?? [];
  return files.map((file, i) => {
    const statedType = cells.statedType ?? (types.length === files.length ? types[i] : undefined);
    return statedType === undefined ? file : { ...file, statedType };
  });
}

function readLine(line: string, files: FileRef[]): void {
  const normal = line.normalize('NFKC');
  // Names are shown as written; NFKC is used for finding them and keeps positions when it keeps the length.
  const shown = normal.length === line.length ? line : normal;
  const sizes = sizeSpans(normal);
  let from = 0;
  for (const ext of normal.matchAll(EXT_END)) {
    const end = ext.index + ext[0].length;
    let start = from;
    // A size right after the previous name belongs to that file; what follows it is the next name.
    for (const size of sizes) {
      if (size.start < from || size.end > ext.index) continue;
      if (normal.slice(start, size.start).replace(EDGES, '') !== '') break;
      giveSize(files, size.bytes);
      start = size.end;
    }
    const name = shown.slice(start, end).replace(EDGES, '');
    if (name && name !== ext[0]) files.push({ name, ext: ext[1]!.toLowerCase() });
    from = end;
  }
  // Sizes after the last name (or on a line of their own) belong to the last file still without one.
  for (const size of sizes) if (size.start >= from) giveSize(files, size.bytes);
}

function giveSize(files: FileRef[], bytes: number): void {
  const last = files.at(-1);
  if (last && last.bytes === undefined) last.bytes = bytes;
}

/**
 * Sizes from a separate 大小 column (one per file, in the files' order), given to the files that
 * do not state their own. `unit` is the unit the column's header states (「大小(KB)」), for cells
 * that hold a bare number. Undefined when the column says something that is not a size, or the
 * number of sizes fits neither all the files nor those without a size: pairing them then would be
 * a guess.
 */
export function pairSizes(files: readonly FileRef[], sizeLines: readonly string[], unit?: SizeUnit): FileRef[] | undefined {
  const perLine = sizeLines.map((line) => findSizes(line, unit));
  if (perLine.some((sizes) => sizes.length === 0)) return undefined;
  const sizes = perLine.flat();
  if (sizes.length === 0) return [...files];
  if (sizes.length === files.length) return files.map((file, i) => (file.bytes === undefined ? { ...file, bytes: sizes[i]! } : file));
  const without = files.filter((file) => file.bytes === undefined);
  if (sizes.length !== without.length) return undefined;
  let next = 0;
  return files.map((file) => (file.bytes === undefined ? { ...file, bytes: sizes[next++]! } : file));
}
