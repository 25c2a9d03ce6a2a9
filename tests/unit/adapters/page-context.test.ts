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
