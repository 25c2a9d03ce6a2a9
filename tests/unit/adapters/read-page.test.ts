import { describe, expect, it } from 'vitest';
import { readPage } from '@/lib/adapters/read-page';
import { readFiles } from '@/lib/adapters/files';
import { parseHtml, portalPage } from '../helpers/portal-page';

const table = (head: string, body: string, title = '課程學習成果') =>
  parseHtml(`<html><head><title>${title}</title></head><body><table>${head}${body}</table></body></html>`);

describe('readPage on the sample outcomes page', () => {
  const read = readPage(portalPage('a/student/outcomes.html'));

  it('finds the table by its headers and detects the page kind', () => {
    expect(read.status).toBe('checked');
    if (read.status !== 'checked') return;
    expect(read.pageKind).toBe('outcome-list');
    expect(read.rows).toHaveLength(8);
    expect(read.skipped).toEqual([]);
  });

  it('reads each row into a validated record with the cells it came from', () => {
    if (read.status !== 'checked') throw new Error('not checked');
    const first = read.rows[0]!;
    expect(first.record).toMatchObject({
      type: 'artifact',
      kind: 'outcome',
      term: { year: 114, semester: 1 },
      courseName: '國語文',
      courseCode: '112093301101001010101',
      title: '古典小說人物分析報告',
      files: [{ name: '人物分析報告.pdf', ext: 'pdf', bytes: Math.round(1.2 * 1024 ** 2) }],
      uploadedAt: '2025-12-18',
      certStatus: 'certified',
    });
    expect(first.cells.summary?.textContent).toContain('儒林外史');
    const rejected = read.rows.find((row) => row.record.type === 'artifact' && row.record.title === '校園空氣品質觀測');
    expect(rejected?.record).toMatchObject({ certStatus: 'rejected', files: [{ ext: 'pdf', bytes: Math.round(4.6 * 1024 ** 2) }] });
  });
});

describe('readPage on other layouts', () => {
  it('says unrecognized, with a reason, when no table has known headers', () => {
    const read = readPage(parseHtml('<p>歡迎</p><table><tr><th>公告</th><th>日期</th></tr><tr><td>停課</td><td>今天</td></tr></table>'));
    expect(read.status).toBe('unrecognized');
    if (read.status === 'unrecognized') expect(read.reason.zh).toContain('沒有找到可檢核的表格');
  });

  it('does not guess the kind of a table whose columns fit no page kind', () => {
    const read = readPage(table('<tr><th>學號</th><th>姓名</th><th>座號</th></tr>', '<tr><td>1</td><td>王</td><td>3</td></tr>'));
    expect(read.status).toBe('unrecognized');
    if (read.status === 'unrecognized') expect(read.reason.zh).toContain('無法判斷');
  });

  it('reads synonyms, another column order and a nested 檔案 header', () => {
    const head = `<thead><tr><th rowspan="2">學年期</th><th rowspan="2">課程代號</th><th rowspan="2">課程名稱</th><th rowspan="2">標題</th>
      <th rowspan="2">內容簡述</th><th colspan="2">附件</th><th rowspan="2">狀態</th></tr><tr><th>名稱</th><th>大小</th></tr></thead>`;
    const body = `<tbody><tr><td>114-2</td><td>112093301101001010101</td><td>國語文</td><td>讀書心得</td><td>心得</td><td>a.pdf</td><td>850KB</td><td>待認證</td></tr></tbody>`;
    const read = readPage(table(head, body));
    expect(read.status).toBe('checked');
    if (read.status !== 'checked') return;
    expect(read.rows[0]!.record).toMatchObject({
      term: { year: 114, semester: 2 },
      courseCode: '112093301101001010101',
      title: '讀書心得',
      summary: '心得',
      files: [{ name: 'a.pdf', ext: 'pdf', bytes: 850 * 1024 }],
      certStatus: 'pending',
    });
  });

  it('accepts an old-style header row of <td> cells and skips pager rows', () => {
    const body = `<tr><td><b>科目名稱</b></td><td><b>成果名稱</b></td><td><b>簡述</b></td></tr>
      <tr><td>物理</td><td>單擺</td><td>測量週期</td></tr>
      <tr><td colspan="3">1 2 3 下一頁</td></tr>`;
    const read = readPage(table('', body));
    expect(read.status).toBe('checked');
    if (read.status === 'checked') expect(read.rows.map((row) => row.record.type === 'artifact' && row.record.title)).toEqual(['單擺']);
  });

  it('reports a row it cannot read instead of guessing it', () => {
    const read = readPage(
      table('<tr><th>科目名稱</th><th>成果名稱</th><th>簡述</th></tr>', '<tr><td>物理</td><td></td><td>沒有標題</td></tr><tr><td>化學</td><td>滴定</td><td>酸鹼</td></tr>'),
    );
    if (read.status !== 'partial') throw new Error(`expected partial, got ${read.status}`);
    expect(read.rows).toHaveLength(1);
    expect(read.skipped).toEqual([{ rowNumber: 1, row: expect.anything(), reason: expect.objectContaining({ zh: expect.stringContaining('沒有成果名稱') }) }]);
    expect(read.skipped[0]!.row.textContent).toContain('物理');
  });

  it('tells 課程學習成果 from 多元表現 by their columns', () => {
    const read = readPage(
      table('<tr><th>多元表現類別</th><th>標題</th><th>簡述</th><th>資料來源</th></tr>', '<tr><td>競賽參與</td><td>科展</td><td>佳作</td><td>校外機構登錄</td></tr>', '多元表現'),
    );
    if (read.status !== 'checked') throw new Error('not checked');
    expect(read.pageKind).toBe('performance-list');
    expect(read.rows[0]!.record).toMatchObject({ kind: 'performance', category: '競賽參與', source: 'agency' });
  });
});

describe('readFiles', () => {
  it('pairs names and sizes on one line or the next', () => {
    expect(readFiles(['報告.pdf (1.2 MB)', '影片.MP4', '9.8 MB'])).toEqual([
      { name: '報告.pdf', ext: 'pdf', bytes: Math.round(1.2 * 1024 ** 2) },
      { name: '影片.MP4', ext: 'mp4', bytes: Math.round(9.8 * 1024 ** 2) },
    ]);
  });
  it('keeps a file without a stated size without inventing one', () => {
    expect(readFiles(['scan.heic'])).toEqual([{ name: 'scan.heic', ext: 'heic' }]);
  });
});
