import { utils, write } from '@e965/xlsx';
import type { FromRosterWorker, ToRosterWorker } from '@/lib/roster/protocol';
import { precheckRosters } from '@/lib/roster/precheck';

/**
 * The roster page's worker: reads and checks the files off the page's thread, reporting progress,
 * and writes the problem list as xlsx. The page ends it to cancel. SheetJS is only ever loaded here.
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
