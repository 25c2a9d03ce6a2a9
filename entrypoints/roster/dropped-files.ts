/** File names the pre-check reads; a dropped folder's other files (PDFs, pictures) are left out. */
export function isRosterFileName(name: string): boolean {
  return /\.(xlsx|xls|csv)$/i.test(name);
}

function fileOf(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}

/** Every entry of a dropped folder (the browser hands them over in batches). */
async function entriesOf(directory: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = directory.createReader();
  const all: FileSystemEntry[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) return all;
    all.push(...batch);
  }
}

async function walk(entry: FileSystemEntry, files: File[], skipped: string[]): Promise<void> {
  if (entry.isFile) {
    if (isRosterFileName(entry.name)) files.push(await fileOf(entry as FileSystemFileEntry));
    else skipped.push(entry.name);
    return;
  }
  if (entry.isDirectory) for (const child of await entriesOf(entry as FileSystemDirectoryEntry)) await walk(child, files, skipped);
}

/** The files of a drop: dropped files as they are, and the roster files inside dropped folders. */
export async function filesFromDrop(data: DataTransfer): Promise<{ files: File[]; skipped: string[] }> {
  const entries = Array.from(data.items)
    .map((item) => item.webkitGetAsEntry())
    .filter((entry): entry is FileSystemEntry => entry !== null);
  if (entries.length === 0) return { files: Array.from(data.files), skipped: [] };
  const files: File[] = [];
  const skipped: string[] = [];
  for (const entry of entries) {
    if (entry.isFile) files.push(await fileOf(entry as FileSystemFileEntry));
    else await walk(entry, files, skipped);
  }
  return { files, skipped };
}
