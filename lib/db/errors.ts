/**
 * Database errors (Dexie's, IndexedDB's, storage's) in words school staff read: zh-TW, saying
 * what happened and that nothing was changed. The technical name is kept in brackets for support.
 */

/** The names an error carries, its own and its causes' (Dexie wraps the browser's errors). */
function names(error: unknown, depth = 0): string[] {
  if (typeof error !== 'object' || error === null || depth > 4) return [];
  const own = typeof (error as { name?: unknown }).name === 'string' ? [(error as { name: string }).name] : [];
  const message = typeof (error as { message?: unknown }).message === 'string' ? (error as { message: string }).message : '';
  // storage.local says "QUOTA_BYTES quota exceeded" in its message only.
  if (/quota/i.test(message)) own.push('QuotaExceededError');
  const inner = (error as { inner?: unknown }).inner ?? (error as { cause?: unknown }).cause;
  const failures = (error as { failures?: unknown }).failures;
  return [...own, ...names(inner, depth + 1), ...(Array.isArray(failures) ? failures.flatMap((f) => names(f, depth + 1)) : [])];
}

/** Whether the browser refused the write for lack of space. */
export function isQuotaError(error: unknown): boolean {
  return names(error).includes('QuotaExceededError');
}

/** A zh-TW sentence for a failed write to the log. */
export function describeWriteError(error: unknown): string {
  const all = names(error);
  if (all.includes('QuotaExceededError')) return '電腦的儲存空間不足，紀錄無法寫入；原本的紀錄沒有變動。請清出磁碟空間後再試一次。';
  if (all.includes('ConstraintError')) return '檔案中有重複的紀錄編號，無法寫入；原本的紀錄沒有變動。';
  if (all.includes('DataError')) return '檔案中有無法存入紀錄的資料；原本的紀錄沒有變動。';
  if (all.includes('VersionError') || all.includes('UpgradeError')) return '紀錄資料庫的版本比這個擴充功能新，請先更新擴充功能；原本的紀錄沒有變動。';
  if (all.includes('DatabaseClosedError') || all.includes('InvalidStateError')) return '紀錄資料庫暫時無法使用，請重新開啟這個頁面後再試；原本的紀錄沒有變動。';
  const name = all.find((n) => n !== 'Error' && n !== 'AbortError') ?? all[0] ?? 'Error';
  return `寫入紀錄時發生錯誤（${name}），原本的紀錄沒有變動。`;
}
