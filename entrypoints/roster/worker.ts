import { utils, write } from '@e965/xlsx';
import type { FromRosterWorker, ToRosterWorker } from '@/lib/roster/protocol';
import { cellText } from '@/lib/roster/parse-workbook';
import { precheckRosters } from '@/lib/roster/precheck';
import { readRosterFile } from '@/lib/roster/read-file';

/**
 * The roster page's worker: reads and checks the files off the page's thread, reporting progress,
 * writes the problem list as xlsx, and reads an xlsx course plan for the options page. The page ends
 * it to cancel. SheetJS is only ever loaded here.
 */
const post = (message: FromRosterWorker, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(message, transfer);

self.onmessage = (event: MessageEvent<ToRosterWorker>) => {
  const message = event.data;
  try {
    if (message.type === 'check') {
      const { check, timings } = precheckRosters(
        message.files.map((file) => ({ name: file.name, bytes: new Uint8Array(file.bytes) })),
        {
          policy: message.policy,
          context: message.plan ? { now: new Date(message.now), plan: message.plan } : { now: new Date(message.now) },
          onProgress: (progress) => post({ type: 'progress', progress }),
        },
      );
      post({ type: 'done', check, timings });
    } else if (message.type === 'read-table') {
      const read = readRosterFile(message.name, new Uint8Array(message.bytes));
      if (!read.ok) post({ type: 'unreadable', message: read.message.zh });
      else post({ type: 'table', sheets: read.book.sheets.map((sheet) => ({ name: sheet.name, rows: Array.from(sheet.rows, (row) => Array.from(row ?? [], cellText)) })) });
    } else {
      const sheet = utils.aoa_to_sheet([[...message.header], ...message.rows]);
      const book = utils.book_new();
      utils.book_append_sheet(book, sheet, message.sheet);
      const bytes = write(book, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer;
      post({ type: 'exported', bytes }, [bytes]);
    }
  } catch (error) {
    post({ type: 'failed', message: String(error) });
  }
};
