import { CFB, read } from '@e965/xlsx';
import Papa from 'papaparse';
import { decodeText } from '@/lib/csv/decode';
import type { Localized } from '@/lib/model/localized';
import { SAVE_AS_XLSX, type ReadNoteId } from './notes';
import type { RawCell, RawSheet, RawWorkbook } from './workbook';

/** Largest file read (50 MiB): far beyond a school's roster, within what a browser tab can hold. */
export const MAX_BYTES = 50 * 1024 * 1024;

export type FileRead = { ok: true; book: RawWorkbook } | { ok: false; id: ReadNoteId; message: Localized };

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const COMPOUND = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((byte, i) => bytes[i] === byte);

const fail = (id: ReadNoteId, message: Localized): FileRead => ({ ok: false, id, message });

/**
 * Reads a roster file's cells: xlsx through SheetJS (every sheet, dense, formulas and number formats
 * kept), csv (UTF-8 or Big5) through PapaParse. Says in zh-TW why a file cannot be read: too large,
 * an old .xls, a password, a damaged file, another format.
 */
export function readRosterFile(name: string, bytes: Uint8Array): FileRead {
  const mb = (bytes.length / 1024 / 1024).toFixed(1);
  if (bytes.length > MAX_BYTES) {
    return fail('read.file.too-large', {
      zh: `「${name}」有 ${mb} MB，超過可檢查的 ${MAX_BYTES / 1024 / 1024} MB。請依年級或班級分成幾個檔案後再檢查。`,
      en: `"${name}" is ${mb} MB, over the ${MAX_BYTES / 1024 / 1024} MB that can be checked. Split it by grade or class.`,
    });
  }
  if (bytes.length === 0) return fail('read.file.empty', { zh: `「${name}」是空的檔案（0 位元組）。`, en: `"${name}" is an empty file (0 bytes).` });
  const lower = name.toLowerCase();
  if (startsWith(bytes, COMPOUND)) return compoundFile(name, bytes);
  if (startsWith(bytes, ZIP)) return xlsx(name, bytes);
  if (lower.endsWith('.csv') || lower.endsWith('.txt')) return csv(bytes);
  if (lower.endsWith('.xlsx') || lower.endsWith('.xls')) {
    return fail('read.file.corrupt', {
      zh: `「${name}」不是完整的 Excel 檔，可能已損壞或下載不完全。請重新從校務系統下載。`,
      en: `"${name}" is not a complete Excel file; it may be damaged or partly downloaded. Download it again.`,
    });
  }
  return fail('read.file.unsupported', {
    zh: `「${name}」不是名冊檔案：請選擇 Excel 活頁簿（.xlsx）或 CSV 檔（.csv）。`,
    en: `"${name}" is not a roster file: choose an Excel workbook (.xlsx) or a CSV file (.csv).`,
  });
}

/** An OLE compound file is an old .xls workbook or an encrypted (password-protected) .xlsx. */
function compoundFile(name: string, bytes: Uint8Array): FileRead {
  let encrypted = false;
  try {
    const container = CFB.read(bytes, { type: 'array' });
    encrypted = CFB.find(container, 'EncryptionInfo') !== null || CFB.find(container, 'EncryptedPackage') !== null;
  } catch {
    return fail('read.file.corrupt', { zh: `「${name}」已損壞，無法開啟。請重新從校務系統下載。`, en: `"${name}" is damaged and cannot be opened. Download it again.` });
  }
  if (encrypted) {
    return fail('read.file.encrypted', {
      zh: `「${name}」設有開啟密碼，無法讀取。請用 Excel 輸入密碼開啟，在「檔案 → 資訊 → 保護活頁簿 → 以密碼加密」清除密碼並儲存後，再選一次檔案。`,
      en: `"${name}" has an opening password. Open it in Excel, clear the password under File → Info → Protect Workbook → Encrypt with Password, save, and choose it again.`,
    });
  }
  return fail('read.file.xls', {
    zh: `「${name}」是舊版 Excel 格式（.xls），中央資料庫與本工具都只收 .xlsx。${SAVE_AS_XLSX.zh}`,
    en: `"${name}" is in the old Excel format (.xls); the central database and this tool take .xlsx. ${SAVE_AS_XLSX.en}`,
  });
}

function xlsx(name: string, bytes: Uint8Array): FileRead {
  let book: ReturnType<typeof read>;
  try {
    book = read(bytes, { type: 'array', dense: true, cellFormula: true, cellNF: true, cellText: false, cellHTML: false, cellStyles: false });
  } catch {
    return fail('read.file.corrupt', {
      zh: `「${name}」無法以 Excel 活頁簿開啟，可能已損壞。請在 Excel 開啟確認，或重新從校務系統下載。`,
      en: `"${name}" cannot be opened as an Excel workbook; it may be damaged. Check it in Excel or download it again.`,
    });
  }
  const sheets: RawSheet[] = book.SheetNames.map((sheetName) => {
    const sheet = book.Sheets[sheetName]!;
    return { name: sheetName, rows: (sheet['!data'] ?? []) as RawSheet['rows'], merges: sheet['!merges'] ?? [] };
  });
  return { ok: true, book: { sheets } };
}

function csv(bytes: Uint8Array): FileRead {
  const text = decodeText(bytes);
  const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: false });
  const rows = parsed.data.map((cells) => cells.map((value): RawCell | undefined => (value === '' ? undefined : { t: 's', v: value })));
  return { ok: true, book: { sheets: [{ name: 'CSV', rows, merges: [] }] } };
}
