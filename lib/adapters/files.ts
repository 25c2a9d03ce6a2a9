import type { FileRef } from '@/lib/model/records';
import { parseSize } from './values';

const SIZE_TEXT = /[（(]?\s*(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\s*(?:GB|MB|KB|K|M|B|bytes?)\b\s*[)）]?/gi;
const FILE_NAME = /\.([A-Za-z0-9]{1,5})$/;

/**
 * Reads the files listed in a 檔案 cell: one per line, each optionally followed
 * (on the same line or the next) by its size; sizes from a separate 大小 column
 * are paired with the files in order.
 */
export function readFiles(lines: string[], sizeLines: string[] = [], statedType?: string): FileRef[] {
  const files: FileRef[] = [];
  for (const line of lines) {
    const normalized = line.normalize('NFKC');
    const size = parseSize(normalized);
    const name = normalized.replace(SIZE_TEXT, ' ').replace(/\s+/g, ' ').trim();
    const ext = FILE_NAME.exec(name);
    const last = files.at(-1);
    if (ext?.[1]) {
      files.push({ name: line.replace(SIZE_TEXT, ' ').replace(/\s+/g, ' ').trim(), ext: ext[1].toLowerCase(), bytes: size, statedType });
    } else if (size !== undefined && last && last.bytes === undefined) {
      last.bytes = size;
    }
  }
  const sizes = sizeLines.map((line) => parseSize(line)).filter((size): size is number => size !== undefined);
  sizes.forEach((size, i) => {
    const file = files[i];
    if (file && file.bytes === undefined) file.bytes = size;
  });
  return files.map((file) => (file.bytes === undefined ? withoutBytes(file) : file));
}

function withoutBytes(file: FileRef): FileRef {
  const { bytes: _omitted, ...rest } = file;
  return rest;
}
