import { describe, expect, it } from 'vitest';
import { pairSizes, readFiles } from '@/lib/adapters/files';
import { toArtifact } from '@/lib/adapters/mappers/artifact';
import { readPage } from '@/lib/adapters/read-page';
import { NATIONAL_POLICY } from '@/lib/policy/presets';
import { runRules } from '@/lib/rules';
import { parseHtml } from '../helpers/portal-page';
import { rowCells } from './row-cells';

const MB = 1024 ** 2;

describe('readFiles', () => {
  it('reads one file per line, its size on the same line or the next', () => {
    expect(readFiles(['報告.pdf (1.2 MB)', '影片.MP4', '9.8 MB'])).toEqual([
      { name: '報告.pdf', ext: 'pdf', bytes: 1_258_291 },
      { name: '影片.MP4', ext: 'mp4', bytes: 10_276_045 },
    ]);
  });

  it.each([
    ['報告.pdf 3,072 KB', 3_145_728],
    ['報告.pdf（3,072KB）', 3_145_728],
    ['報告.pdf [1,572,864 bytes]', 1_572_864],
    ['報告.pdf - 1.5MB', 1_572_864],
    ['報告.pdf　768 KB', 786_432],
    ['報告.pdf (１．５ ＭＢ)', 1_572_864],
  ])('reads %s', (line, bytes) => {
    expect(readFiles([line])).toEqual([{ name: '報告.pdf', ext: 'pdf', bytes }]);
  });

  it('reads several files on one line', () => {
    expect(readFiles(['a.pdf、b.mp4'])).toEqual([
      { name: 'a.pdf', ext: 'pdf' },
      { name: 'b.mp4', ext: 'mp4' },
    ]);
    expect(readFiles(['心得.pdf (1.2 MB), 錄音.mp3 (3,500 KB)'])).toEqual([
      { name: '心得.pdf', ext: 'pdf', bytes: 1_258_291 },
      { name: '錄音.mp3', ext: 'mp3', bytes: 3_584_000 },
    ]);
    expect(readFiles(['a.pdf 1.2MB b.jpg 640KB'])).toEqual([
      { name: 'a.pdf', ext: 'pdf', bytes: 1_258_291 },
      { name: 'b.jpg', ext: 'jpg', bytes: 655_360 },
    ]);
  });

  it('keeps names with spaces, dots and numbers whole', () => {
    expect(readFiles(['English Book Report v1.2.pdf'])).toEqual([{ name: 'English Book Report v1.2.pdf', ext: 'pdf' }]);
    expect(readFiles(['第2B組報告.pdf'])).toEqual([{ name: '第2B組報告.pdf', ext: 'pdf' }]);
    expect(readFiles(['作品2M.mp4 (12 MB)'])).toEqual([{ name: '作品2M.mp4', ext: 'mp4', bytes: 12 * MB }]);
  });

  it('keeps a file without a stated size without inventing one', () => {
    expect(readFiles(['scan.heic'])).toEqual([{ name: 'scan.heic', ext: 'heic' }]);
    expect(readFiles(['下載', '(未上傳)'])).toEqual([]);
  });

  it('pairs a 類型 column’s lines with the files one by one, and only when the counts agree', () => {
    expect(readFiles(['a.pdf', 'b.mp4'], { types: ['文件', '影音'] })).toEqual([
      { name: 'a.pdf', ext: 'pdf', statedType: '文件' },
      { name: 'b.mp4', ext: 'mp4', statedType: '影音' },
    ]);
    expect(readFiles(['a.pdf', 'b.mp4'], { types: ['文件影音'] })).toEqual([
      { name: 'a.pdf', ext: 'pdf' },
      { name: 'b.mp4', ext: 'mp4' },
    ]);
    expect(readFiles(['a.mp4'], { types: ['影音'] })).toEqual([{ name: 'a.mp4', ext: 'mp4', statedType: '影音' }]);
  });

  it('gives every file of a typed column its type', () => {
    expect(readFiles(['a.mp4', 'b.mp3'], { statedType: '影音' }).map((file) => file.statedType)).toEqual(['影音', '影音']);
  });
});

describe('pairSizes', () => {
  const two = readFiles(['a.pdf', 'b.mp4']);

  it('gives each file the size on its own line of the size column', () => {
    expect(pairSizes(two, ['1.2 MB', '9.8 MB'])).toEqual([
      { name: 'a.pdf', ext: 'pdf', bytes: 1_258_291 },
      { name: 'b.mp4', ext: 'mp4', bytes: 10_276_045 },
    ]);
  });

  it('reads bare numbers in the unit the header states', () => {
    expect(pairSizes(two, ['3,072', '10,240'], 'KB')).toEqual([
      { name: 'a.pdf', ext: 'pdf', bytes: 3 * MB },
      { name: 'b.mp4', ext: 'mp4', bytes: 10 * MB },
    ]);
  });

  it('fills only the files without a size when the column lists only theirs', () => {
    const files = readFiles(['a.pdf (1 MB)', 'b.mp4']);
    expect(pairSizes(files, ['9 MB'])).toEqual([
      { name: 'a.pdf', ext: 'pdf', bytes: MB },
      { name: 'b.mp4', ext: 'mp4', bytes: 9 * MB },
    ]);
  });

  it('changes nothing when the column is empty', () => {
    expect(pairSizes(two, [])).toEqual(two);
  });

  it('refuses to guess: a bare number without a unit, words, or sizes that do not match the files', () => {
    expect(pairSizes(two, ['3,072', '10,240'])).toBeUndefined();
    expect(pairSizes(two, ['1 MB', '未上傳'])).toBeUndefined();
    expect(pairSizes(two, ['1 MB'])).toBeUndefined();
    expect(pairSizes([], ['1 MB'])).toBeUndefined();
  });
});

const page = (head: string, body: string) =>
  parseHtml(`<html><head><title>課程學習成果</title></head><body><table><thead>${head}</thead><tbody>${body}</tbody></table></body></html>`);
const context = { now: new Date('2026-01-26T12:00:00') };

describe('files in one column, their types and sizes in others', () => {
  const head = `<tr><th rowspan="2">科目名稱</th><th rowspan="2">成果名稱</th><th rowspan="2">簡述</th><th colspan="3">檔案</th></tr>
    <tr><th>名稱</th><th>類型</th><th>大小</th></tr>`;
  const row = (names: string, types: string, sizes: string) =>
    `<tr><td>音樂</td><td>合唱練習</td><td>分部練習紀錄</td><td>${names}</td><td>${types}</td><td>${sizes}</td></tr>`;

  it('gives no false type warning on an audio or video file listed beside a document (the old bug)', () => {
    // The 類型 cell was read as one text (「文件影音」 → 文件), so the mp4 and mp3 were "labelled 文件".
    const read = readPage(
      page(head, row('<div>譜例.pdf</div><div>練習.mp4</div><div>錄音.mp3</div>', '<div>文件</div><div>影音</div><div>影音</div>', '<div>1.2 MB</div><div>9.8 MB</div><div>3,500 KB</div>')),
    );
    if (read.status !== 'checked') throw new Error('not read');
    expect(read.skipped).toEqual([]);
    expect(read.rows[0]!.record).toMatchObject({
      files: [
        { name: '譜例.pdf', statedType: '文件', bytes: 1_258_291 },
        { name: '練習.mp4', statedType: '影音', bytes: 10_276_045 },
        { name: '錄音.mp3', statedType: '影音', bytes: 3_584_000 },
      ],
    });
    const findings = runRules({ pageKind: read.pageKind, records: read.rows.map((r) => r.record) }, NATIONAL_POLICY, context);
    expect(findings.map((f) => f.ruleId)).not.toContain('format.file.type-mismatch');
  });

  it('still warns when a file’s own stated type contradicts its extension', () => {
    const read = readPage(page(head, row('<div>譜例.pdf</div><div>練習.pdf</div>', '<div>文件</div><div>影音</div>', '<div>1 MB</div><div>2 MB</div>')));
    if (read.status !== 'checked') throw new Error('not read');
    const findings = runRules({ pageKind: read.pageKind, records: read.rows.map((r) => r.record) }, NATIONAL_POLICY, context);
    const mismatches = findings.filter((f) => f.ruleId === 'format.file.type-mismatch');
    expect(mismatches).toHaveLength(1);
    expect(mismatches[0]!.message.zh).toContain('練習.pdf');
  });

  it('reads a size column written in KB with thousands separators, so an over-size file is caught', () => {
    const read = readPage(page(head, row('影片.mp4', '影音', '12,800 KB')));
    if (read.status !== 'checked') throw new Error('not read');
    expect(read.rows[0]!.record).toMatchObject({ files: [{ name: '影片.mp4', bytes: 13_107_200 }] });
    const findings = runRules({ pageKind: read.pageKind, records: read.rows.map((r) => r.record) }, NATIONAL_POLICY, context);
    expect(findings.map((f) => f.ruleId)).toContain('format.file.too-large');
  });

  it('leaves a row unread, saying why, when its sizes cannot be matched to its files', () => {
    const read = readPage(page(head, row('<div>a.pdf</div><div>b.mp4</div>', '', '共 12 MB')));
    // Its only row unread: fewer than half of the list can be read, so the page is not checked at all.
    expect(read.status).toBe('unrecognized');
    expect(read.skipped).toEqual([{ rowNumber: 1, row: expect.anything(), reason: expect.objectContaining({ zh: expect.stringContaining('共 12 MB') }) }]);
  });
});

describe('toArtifact with a size unit from the header', () => {
  it('reads 「3,072」 under 「大小(KB)」 as 3 MB', () => {
    const mapped = toArtifact(rowCells({ courseName: '物理', title: '單擺', files: '單擺.pdf', fileSize: '3,072' }, { fileSize: 'KB' }), 'outcome', {});
    expect(mapped).toMatchObject({ ok: true, record: { files: [{ name: '單擺.pdf', bytes: 3 * MB }] } });
  });

  it('does not read a bare number without the header’s unit', () => {
    const mapped = toArtifact(rowCells({ courseName: '物理', title: '單擺', files: '單擺.pdf', fileSize: '3,072' }), 'outcome', {});
    expect(mapped.ok).toBe(false);
  });

  it('turns 一下 into a 學年度 with the 課程代碼’s 入學學年度', () => {
    const mapped = toArtifact(rowCells({ term: '二上', courseCode: '112093301101001010101', title: '單擺' }), 'outcome', {});
    expect(mapped).toMatchObject({ ok: true, record: { term: { year: 113, semester: 1 } } });
  });
});
