import { describe, expect, it } from 'vitest';
import { readPage } from '@/lib/adapters/read-page';
import { readPageContext } from '@/lib/adapters/page-context';
import { openStyleCD } from '../helpers/portal-cd-page';
import { renderStyleB } from '../helpers/portal-b-page';
import { parseHtml, portalPage } from '../helpers/portal-page';

/** The 認證期限 each style's certification page states, as a person reads it there: 115/02/10 = 2026-02-10. */
describe('the 認證期限 a certification page states', () => {
  it('style A: 「認證期限：115/02/10（休業式後三週內）」', () => {
    const read = readPage(portalPage('a/teacher/Certify.aspx'));
    expect(read.status === 'unrecognized' ? undefined : read.context.certificationDeadline).toBe('2026-02-10');
  });

  it('style B: 「認證期限 2026-02-10（休業式後三週內）」', async () => {
    const read = readPage(parseHtml(await renderStyleB('/b/teacher/certify.html')));
    expect(read.status === 'unrecognized' ? undefined : read.context.certificationDeadline).toBe('2026-02-10');
  });

  it.each(['/c/teacher/Certify.action', '/d/teacher/certify'])('%s (「認證期限：115/02/10」, 「審核期限 2026/02/10」)', async (path) => {
    const win = await openStyleCD(path);
    try {
      const read = readPage(win.document as unknown as Document);
      expect(read.status === 'unrecognized' ? undefined : read.context.certificationDeadline).toBe('2026-02-10');
    } finally {
      await win.happyDOM.close();
    }
  });

  it.each([
    ['<p>認證期限：115年2月10日</p>', '2026-02-10'],
    ['<p>審核截止日：2026/02/09</p>', '2026-02-09'],
    ['<p>認證截止 115-01-30(五)</p>', '2026-01-30'],
  ])('reads %s', (html, iso) => {
    expect(readPageContext(parseHtml(`<body>${html}</body>`), []).certificationDeadline).toBe(iso);
  });

  it.each([
    ['<p>認證期限已過 3 天</p>'],
    ['<p>上傳截止 2026-02-03</p>'],
    ['<p>認證期限：115/02/31</p>'],
  ])('reads no deadline from %s', (html) => {
    expect(readPageContext(parseHtml(`<body>${html}</body>`), []).certificationDeadline).toBeUndefined();
  });
});

describe('a 「共 N 筆」 under a list joined into the others (預檢’s 錯誤清單) is that list’s count', () => {
  it('style A PreCheck.aspx: 「共 10 筆」 follows the error list, so the 5 batches are the whole list', () => {
    const read = readPage(portalPage('a/central/PreCheck.aspx'));
    expect(read.status).toBe('checked');
    if (read.status === 'unrecognized') return;
    expect(read.pageKind).toBe('precheck');
    expect(read.rows).toHaveLength(5);
    expect(read.context.totalRows).toBeUndefined();
  });

  it('a count after the main list still counts it', () => {
    const doc = parseHtml('<body><table id="m"><tr><td>a</td></tr></table><p>共 33 筆</p><table id="j"><tr><td>b</td></tr></table><p>共 2 筆</p></body>');
    const [main, joined] = [doc.getElementById('m')!, doc.getElementById('j')!];
    expect(readPageContext(doc, [main, joined], [joined]).totalRows).toBe(33);
    expect(readPageContext(doc, [main, joined], [main]).totalRows).toBe(2);
    expect(readPageContext(doc, [main, joined]).totalRows).toBe(33);
  });
});

describe('which page of the list this is, as each pager words it', () => {
  const context = (html: string) => {
    const doc = parseHtml(`<body><table id="list"><tr><td>資料</td></tr></table>${html}</body>`);
    const { page, pageCount } = readPageContext(doc, [doc.getElementById('list')!]);
    return { page, pageCount };
  };

  it.each([
    // style B's caption beside its page buttons, and A's GridView footer
    ['<span>共 97 筆・第 1 / 4 頁</span>', 1, 4],
    ['<td>共 33 筆，第 2/3 頁</td>', 2, 3],
    ['<span>共 97 筆・第 ３ ／ ４ 頁</span>', 3, 4],
    // jqGrid with the page box (its number a value), Traditional and Simplified wording
    ['<td>第 <input type="text" value="2"> 頁，共 4 頁</td>', 2, 4],
    ['<td>第<input type="text" value="1">页 共3页</td>', 1, 3],
    // jqGrid's Traditional Chinese locale: the box, then 「共 N 頁」
    ['<td><input type="text" value="3"> 共 5 頁</td><td>1 - 10 共 47 條</td>', 3, 5],
    // classic ASP pages
    ['<p>頁次：2/6　每頁 20 筆</p>', 2, 6],
    ['<p>Page 4 of 9</p>', 4, 9],
  ])('%s → page %i of %i', (html, page, pageCount) => {
    expect(context(html)).toEqual({ page, pageCount });
  });

  it('reads Element-UI’s pager by its active number item and its last one (the middle folded into 「…」)', () => {
    const pager = (items: string) => `<div class="el-pagination"><span class="el-pagination__total">共 97 條</span><ul class="el-pager">${items}</ul><span class="el-pagination__jump">前往<input type="number" value="2">頁</span></div>`;
    expect(context(pager('<li class="number">1</li><li class="number active">2</li><li class="number">3</li><li class="number">4</li>'))).toEqual({ page: 2, pageCount: 4 });
    expect(context(pager('<li class="number">1</li><li class="more">…</li><li class="number is-active">7</li><li class="number">8</li><li class="more">…</li><li class="number">20</li>'))).toEqual({ page: 7, pageCount: 20 });
  });

  it.each([
    // a count or a row number is not a page: no 頁 after it, or a page beyond the count
    ['<span>共 97 筆</span>'],
    ['<span>檢視 1 - 10，共 33 筆</span>'],
    ['<p>第 5 / 4 頁</p>'],
    ['<p>前往 <input type="number" value="2"> 頁</p>'],
    ['<div class="el-pagination"><ul class="el-pager"><li class="number">1</li><li class="number">2</li></ul></div>'],
  ])('reads no page from %s', (html) => {
    expect(context(html)).toEqual({ page: undefined, pageCount: undefined });
  });

  it('style A’s 多元表現 list (「共 15 筆，第 1/2 頁」) says page 1 of 2', () => {
    const read = readPage(portalPage('a/student/Performance.aspx'));
    if (read.status === 'unrecognized') throw new Error('page not read');
    expect([read.context.page, read.context.pageCount, read.context.totalRows]).toEqual([1, 2, 15]);
  });

  it('style B’s 收訖 list (「共 97 筆・第 1 / 4 頁」) says page 1 of 4', async () => {
    const read = readPage(parseHtml(await renderStyleB('/b/staff/receipt.html')));
    if (read.status === 'unrecognized') throw new Error('page not read');
    expect([read.context.page, read.context.pageCount, read.context.totalRows]).toEqual([1, 4, 97]);
  });

  it('style D’s 收訖 list (el-pagination 「共 97 條」, number items 1–5) says page 1 of 5', async () => {
    const win = await openStyleCD('/d/staff/receipt');
    try {
      const read = readPage(win.document as unknown as Document);
      if (read.status === 'unrecognized') throw new Error('page not read');
      expect([read.context.page, read.context.pageCount, read.context.totalRows]).toEqual([1, 5, 97]);
    } finally {
      await win.happyDOM.close();
    }
  });
});
