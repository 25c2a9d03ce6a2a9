// Styles C (jqGrid) and D (Element-UI) as their scripts draw them, in happy-dom, independent of the
// extension: the widget DOM the vendors' libraries produce, every list's rows page by page as
// expected.js says, the values written the vendors' way, and the unreadable variants' rows.
import { afterEach, describe, expect, it } from 'vitest';
// @ts-expect-error — plain JS modules of the sample portal
import * as D from '../../portal/pages/data/school.js';
// @ts-expect-error — plain JS module served to the browser
import { EXPECTED } from '../../portal/pages/data/expected.js';
// @ts-expect-error — plain JS module served to the browser
import { D_ROUTES } from '../../portal/pages/d/views.js';
import { openStyleCD, type PortalWindow } from '../helpers/portal-cd-page';

type Table = { id: string; rowKey: string; pageSize: number; pages: string[][] };
type Entry = { kind: string; style: string; title: string; status: string; unread: string[]; tables: Table[]; rows: { key: string; problems: string[] }[]; findings: Record<string, string[]> };
const ALL = EXPECTED as Record<string, Entry>;
const of = (style: string) => Object.entries(ALL).filter(([, e]) => e.style === style);

const open: PortalWindow[] = [];
afterEach(async () => {
  for (const win of open.splice(0)) await win.happyDOM.close();
});

async function render(path: string): Promise<PortalWindow> {
  const win = await openStyleCD(path);
  open.push(win);
  return win;
}

/** Polls until `ok` (the widgets redraw a page after a timer). */
async function until(ok: () => boolean, what: string) {
  for (let i = 0; i < 200 && !ok(); i += 1) await new Promise((done) => setTimeout(done, 5));
  if (!ok()) throw new Error(`never: ${what}`);
}

const text = (el: Element | null | undefined) => (el?.textContent ?? '').trim();

/** Header labels and body rows of a list: the jqGrid's two tables, or the el-table's (gutter left out). */
function readList(doc: Document, style: string, id: string) {
  if (style === 'c') {
    const gbox = doc.getElementById(`gbox_${id}`)!;
    const labels = [...gbox.querySelectorAll('table.ui-jqgrid-htable tr.ui-jqgrid-labels th')].map(text);
    const rows = [...doc.querySelectorAll(`table#${id} tr.jqgrow`)].map((tr) => [...tr.querySelectorAll('td')].map(text));
    return { labels, rows };
  }
  const root = doc.getElementById(id)!;
  const headRows = [...root.querySelectorAll('table.el-table__header thead tr')];
  const leaves = headRows.flatMap((tr) => [...tr.querySelectorAll('th.is-leaf')].map((th) => ({ th, row: headRows.indexOf(tr) })));
  // leaf order: the header's columns left to right (a two-row header interleaves rowspan=2 leaves)
  const order = [...root.querySelectorAll('table.el-table__header col')].map((col) => col.getAttribute('name'));
  const labels = order.filter((name) => name !== 'gutter').map((name) => text(leaves.find((l) => l.th.classList.contains(name!))!.th));
  const rows = [...root.querySelectorAll('table.el-table__body tr.el-table__row')].map((tr) => [...tr.querySelectorAll('td')].map(text));
  return { labels, rows };
}

function keysOn(doc: Document, style: string, table: Table): string[] {
  const { labels, rows } = readList(doc, style, table.id);
  const at = table.rowKey.split('+').map((name) => labels.indexOf(name));
  expect(at, `${table.id} key columns ${table.rowKey} in [${labels.join(', ')}]`).not.toContain(-1);
  return rows.map((cells) => at.map((i) => cells[i]).join(' '));
}

/** Shows page n: C presses the jqGrid pager's 「下一頁」 (pages are visited in order), D the el-pagination number. */
async function goTo(win: PortalWindow, style: string, table: Table, n: number) {
  const doc = win.document as unknown as Document;
  if (style === 'c') {
    const next = doc.querySelector(`#gbox_${table.id} .ui-jqgrid-pager td[id^="next_"]`) as HTMLElement;
    next.click();
    await until(() => (doc.querySelector(`#gbox_${table.id} input.ui-pg-input`) as HTMLInputElement).value === String(n) && (doc.getElementById(`load_${table.id}`) as HTMLElement).style.display === 'none', `page ${n}`);
  } else {
    const item = [...doc.querySelectorAll(`#${table.id} ~ .el-pagination li.number`)].find((li) => text(li) === String(n)) as HTMLElement;
    item.click();
    await until(() => !doc.querySelector(`#${table.id} .el-loading-mask`), `page ${n}`);
  }
}

describe.each(['c', 'd'])('style %s: every list, every page, as expected.js says', (style) => {
  it.each(of(style).filter(([path]) => !path.includes('rows=2000')))('%s', async (path, e) => {
    const win = await render(path);
    const doc = win.document as unknown as Document;
    expect(doc.title).toBe(e.title);
    for (const table of e.tables) {
      for (let n = 1; n <= table.pages.length; n += 1) {
        if (n > 1) await goTo(win, style, table, n);
        expect(keysOn(doc, style, table), `${table.id} page ${n}`).toEqual(table.pages[n - 1]);
      }
    }
  });
  it.each(of(style).filter(([path]) => path.includes('rows=2000')))('%s: all 2,000 rows on one page', async (path, e) => {
    const win = await render(path);
    const doc = win.document as unknown as Document;
    expect(doc.title).toBe(e.title);
    expect(keysOn(doc, style, e.tables[0]!)).toEqual(e.tables[0]!.pages[0]);
  }, 60_000);
});

describe('style C draws jqGrids', () => {
  it.each(of('c').filter(([path]) => !path.includes('rows=2000')))('%s: header and body in separate tables, sizing row, cells described by their column, a pager that states the count', async (path, e) => {
    const win = await render(path);
    const doc = win.document as unknown as Document;
    for (const table of e.tables) {
      const gbox = doc.getElementById(`gbox_${table.id}`)!;
      expect(gbox.classList.contains('ui-jqgrid')).toBe(true);
      const htable = gbox.querySelector('div.ui-jqgrid-hdiv table.ui-jqgrid-htable')!;
      const btable = gbox.querySelector('div.ui-jqgrid-bdiv table.ui-jqgrid-btable')!;
      expect(btable.id).toBe(table.id);
      expect(htable.contains(btable) || btable.contains(htable)).toBe(false);
      expect(htable.querySelectorAll('td')).toHaveLength(0);
      expect(btable.querySelectorAll('th')).toHaveLength(0);
      const ths = [...htable.querySelectorAll('tr.ui-jqgrid-labels[role="rowheader"] > th')];
      expect(ths.every((th) => th.getAttribute('role') === 'columnheader' && th.id.startsWith(`${table.id}_`))).toBe(true);
      const [first, ...rows] = [...btable.querySelectorAll('tbody > tr')];
      expect(first!.className).toBe('jqgfirstrow');
      expect(text(first)).toBe('');
      expect(first!.children).toHaveLength(ths.length);
      expect(rows.length).toBe(table.pages[0]!.length);
      for (const tr of rows) {
        expect(tr.getAttribute('role')).toBe('row');
        expect(tr.classList.contains('jqgrow')).toBe(true);
        // each cell is described by the header cell above it: <grid>_<column>
        expect([...tr.children].map((td) => td.getAttribute('aria-describedby'))).toEqual(ths.map((th) => th.id));
        expect([...tr.children].every((td) => td.getAttribute('role') === 'gridcell')).toBe(true);
      }
      const pager = gbox.querySelector('.ui-jqgrid-pager');
      if (!table.pageSize) {
        expect(pager).toBeNull();
        continue;
      }
      const total = table.pages.flat().length;
      // 「第 [box] 頁，共 N 頁」: the page number is the box's value
      expect(text(pager!.querySelector('td[dir="ltr"]'))).toBe(`第  頁，共 ${table.pages.length} 頁`);
      expect((pager!.querySelector('input.ui-pg-input') as HTMLInputElement).value).toBe('1');
      expect(text(pager!.querySelector('.ui-paging-info'))).toBe(`檢視 1 - ${table.pages[0]!.length}，共 ${total.toLocaleString('en-US')} 筆`);
    }
  });

  it('writes 民國 dates (114/12/18 and 114.12.22) and sizes as whole KB with thousands separators under 「大小(KB)」', async () => {
    const win = await render('/c/student/LearningResult.action');
    const { labels, rows } = readList(win.document as unknown as Document, 'c', 'gridResult');
    const col = (name: string) => rows.map((cells) => cells[labels.indexOf(name)]!);
    expect(col('上傳日期').every((v) => /^1\d{2}\/\d{2}\/\d{2}$/.test(v))).toBe(true);
    expect(col('驗證日期').filter(Boolean).every((v) => /^1\d{2}\.\d{1,2}\.\d{1,2}$/.test(v))).toBe(true);
    expect(col('驗證日期')).toContain('114.12.22');
    expect(col('大小(KB)')).toEqual(['1,229', '850', '3,277', '640', '2,048']);
    expect(col('檔案名稱')[0]).toBe('人物分析報告.pdf');
    expect(labels).not.toContain('主題');
  });

  it('pages by its first / previous / next / last buttons and by a page number typed into its box', async () => {
    const win = await render('/c/teacher/Certify.action');
    const doc = win.document as unknown as Document;
    const table = ALL['/c/teacher/Certify.action']!.tables[0]!;
    const press = async (name: string, n: number) => {
      (doc.getElementById(`${name}_pgVerify`) as HTMLElement).click();
      await until(() => (doc.querySelector('#pgVerify input.ui-pg-input') as HTMLInputElement).value === String(n) && doc.getElementById('load_gridVerify')!.style.display === 'none', `${name} → ${n}`);
      expect(keysOn(doc, 'c', table)).toEqual(table.pages[n - 1]);
    };
    expect(doc.getElementById('first_pgVerify')!.classList.contains('ui-state-disabled')).toBe(true);
    await press('last', 4);
    expect(doc.getElementById('next_pgVerify')!.classList.contains('ui-state-disabled')).toBe(true);
    await press('prev', 3);
    await press('first', 1);
    const box = doc.querySelector('#pgVerify input.ui-pg-input') as HTMLInputElement;
    box.value = '2';
    box.dispatchEvent(new win.KeyboardEvent('keypress', { key: 'Enter' }) as unknown as Event);
    await until(() => keysOn(doc, 'c', table).join() === table.pages[1]!.join(), 'typed page 2');
  });
});

describe('style D draws el-tables', () => {
  it.each(of('d').filter(([path]) => !path.includes('rows=2000')))('%s: header and body tables apart, div.cell in every cell, a gutter in every header row, 「共 N 條」', async (path, e) => {
    const win = await render(path);
    const doc = win.document as unknown as Document;
    for (const table of e.tables) {
      const root = doc.getElementById(table.id)!;
      expect(root.classList.contains('el-table')).toBe(true);
      const header = root.querySelector(':scope > .el-table__header-wrapper > table.el-table__header')!;
      const body = root.querySelector(':scope > .el-table__body-wrapper > table.el-table__body')!;
      expect(header.querySelectorAll('tbody tr, td')).toHaveLength(0);
      expect(body.querySelectorAll('thead, th')).toHaveLength(0);
      for (const tr of header.querySelectorAll('thead tr')) expect(tr.lastElementChild!.className).toBe('gutter');
      for (const cell of [...header.querySelectorAll('th:not(.gutter)'), ...body.querySelectorAll('td')]) {
        expect(cell.children).toHaveLength(1);
        expect(cell.firstElementChild!.classList.contains('cell')).toBe(true);
      }
      const pager = root.parentElement!.querySelector('.el-pagination');
      if (!table.pageSize) continue;
      expect(text(pager!.querySelector('.el-pagination__total'))).toBe(`共 ${table.pages.flat().length} 條`);
      expect([...pager!.querySelectorAll('li.number')].map(text)).toEqual(table.pages.map((_, i) => String(i + 1)));
      // every number is shown, as Element does up to 7 pages
      expect(table.pages.length).toBeLessThanOrEqual(7);
    }
  });

  it('shows statuses as el-tags of their type, dates in 西元 with a time, sizes beside file names', async () => {
    const win = await render('/d/student/outcomes');
    const doc = win.document as unknown as Document;
    const { labels, rows } = readList(doc, 'd', 'outcomeTable');
    const tags = [...doc.querySelectorAll('#outcomeTable td span.el-tag')].filter((tag) => Object.values(D.STATUS_LABEL.d).includes(text(tag)));
    const type = { 認證通過: 'el-tag--success', 待審核: 'el-tag--warning', 退件: 'el-tag--danger' } as Record<string, string>;
    expect(tags.length).toBe(5);
    for (const tag of tags) expect(tag.classList.contains(type[text(tag)]!)).toBe(true);
    expect(rows.map((cells) => cells[labels.indexOf('上傳時間')]).every((v) => /^20\d{2}\/\d{2}\/\d{2} \d{2}:\d{2}$/.test(v!))).toBe(true);
    expect(rows.map((cells) => cells[labels.indexOf('附件')])).toEqual(['現代詩仿作.pdf (1.1 MB)', 'book_report.docx (780KB)', '統計作業.heic (2.3MB)', '滴定實驗.mp4 (12.5 MB)', '土地利用調查.pdf (3.4 MB)']);
    expect(rows.map((cells) => cells[labels.indexOf('學期')])).toEqual(Array(5).fill('114/上'));
  });

  it('has el-checkboxes whose hidden input carries the state as a property, as Vue sets it', async () => {
    const win = await render('/d/student/selection');
    const doc = win.document as unknown as Document;
    const boxes = [...doc.querySelectorAll('#selectOutcomeTable label.el-checkbox')];
    expect(boxes).toHaveLength(7);
    const ticked = boxes.map((box) => {
      const input = box.querySelector('span.el-checkbox__input > input.el-checkbox__original[type="checkbox"]') as HTMLInputElement;
      expect(input.hasAttribute('checked')).toBe(false);
      expect(box.querySelector('span.el-checkbox__input')!.classList.contains('is-checked')).toBe(input.checked);
      expect(box.classList.contains('is-checked')).toBe(input.checked);
      return input.checked;
    });
    expect(ticked).toEqual(D.selectionFor('113005').outcomes.map((o: { selected: boolean }) => o.selected));
  });

  it('answers 收訖 as 正確 / 錯誤 / 未回覆 in el-tags', async () => {
    const win = await render('/d/staff/receipt');
    const answers = [...win.document.querySelectorAll('#receiptTable td span.el-tag')].map((tag) => `${text(tag as unknown as Element)} ${tag.className}`);
    const tag = { confirmed: '正確 el-tag el-tag--success', disputed: '錯誤 el-tag el-tag--danger', none: '未回覆 el-tag el-tag--info' } as Record<string, string>;
    const firstPage = D.receiptRowsGrade3().slice(0, 20) as { receipt: string }[];
    expect(answers).toEqual(firstPage.map((r) => `${tag[r.receipt]} el-tag--small el-tag--light`));
    expect(new Set(firstPage.map((r) => r.receipt))).toEqual(new Set(['confirmed', 'disputed', 'none']));
  });

  it('changes the route from its menu without loading a page, and sets the title', async () => {
    const win = await render('/d/student/outcomes');
    const doc = win.document as unknown as Document;
    const item = [...doc.querySelectorAll('li.el-menu-item')].find((li) => text(li) === '開課資料') as HTMLElement;
    item.click();
    await until(() => Boolean(doc.querySelector('#courseTable tr.el-table__row')), 'course list');
    expect(win.location.pathname).toBe('/d/staff/courses');
    expect(doc.title).toBe(ALL['/d/staff/courses']!.title);
    expect(doc.getElementById('outcomeTable')).toBeNull();
    expect(text(doc.querySelector('li.el-menu-item.is-active'))).toBe(D_ROUTES['/d/staff/courses'].title);
  });
});

describe('style D routes', () => {
  it.each(['/d/', '/d/index.html'])('%s goes to the student\'s 學習成果 (the router\'s redirect)', async (path) => {
    const win = await render(path);
    expect(win.location.pathname).toBe('/d/student/outcomes');
    expect(win.document.getElementById('outcomeTable')).not.toBeNull();
  });
  it('an unknown route says so, with the menu to go on from', async () => {
    const win = await render('/d/student/nowhere');
    expect(win.document.title).toBe('找不到頁面 | 智慧校園學習歷程平台');
    expect(win.document.querySelector('.el-main')!.textContent).toContain('找不到這個頁面');
    expect(win.document.querySelectorAll('li.el-menu-item')).toHaveLength(Object.keys(D_ROUTES).length);
    expect(win.document.querySelector('.el-table')).toBeNull();
  });
});

describe('rows no one can read (?variant=unreadable)', () => {
  it('C 收訖: one row with its 學號 cell empty, one whose 回報結果 reads 「？？」; nothing else changed', async () => {
    const e = ALL['/c/staff/Receipt.action?variant=unreadable']!;
    const win = await render('/c/staff/Receipt.action?variant=unreadable');
    const { labels, rows } = readList(win.document as unknown as Document, 'c', 'gridReceipt');
    const sid = labels.indexOf('學號');
    const answer = labels.indexOf('回報結果');
    expect(rows.filter((cells) => cells[sid] === '')).toHaveLength(1);
    expect(rows.filter((cells) => cells[answer] === '？？').map((cells) => cells[sid])).toEqual([D.unreadableReceipt().unknownAnswer]);
    expect(e.status).toBe('partial');
    expect(e.unread).toEqual(['', D.unreadableReceipt().unknownAnswer]);
    // every other row as on the normal page (which shows the first 50)
    const normal = readList((await render('/c/staff/Receipt.action')).document as unknown as Document, 'c', 'gridReceipt').rows;
    rows.slice(0, 50).forEach((cells, i) => {
      if (cells[sid] !== '' && cells[answer] !== '？？') expect(cells).toEqual(normal[i]);
    });
  });

  it('D 認證: two uploads whose status tags read 「？？」 and 「undefined」', async () => {
    const e = ALL['/d/teacher/certify?variant=unreadable']!;
    const win = await render('/d/teacher/certify?variant=unreadable');
    const doc = win.document as unknown as Document;
    const table = e.tables[0]!;
    const keys = keysOn(doc, 'd', table);
    const { labels, rows } = readList(doc, 'd', 'certifyTable');
    const status = labels.indexOf('認證狀態');
    const garbled = rows.map((cells, i) => [keys[i], cells[status]]).filter(([, s]) => !Object.values(D.STATUS_LABEL.d).includes(s));
    expect(garbled).toEqual(e.unread.map((key) => [key, expect.stringMatching(/^(？？|undefined)$/)]));
    expect(new Set(garbled.map(([, s]) => s))).toEqual(new Set(['？？', 'undefined']));
    expect(e.status).toBe('partial');
  });

  it('the unreadable rows carry no other problem, and every other page has none', () => {
    for (const [path, e] of Object.entries(ALL)) {
      expect(e.status, path).toBe(path.includes('variant=unreadable') ? 'partial' : 'checked');
      if (!e.unread.length) continue;
      for (const key of e.unread) expect(e.rows.find((r) => r.key === key)!.problems, `${path} ${key}`).toEqual([]);
    }
  });
});

describe('C and D show the same data as A and B', () => {
  const twins = [
    ['/a/student/outcomes.html', '/c/student/LearningResult.action'],
    ['/a/student/Performance.aspx', '/c/student/Performance.action'],
    ['/a/student/Selection.aspx', '/c/student/Select.action'],
    ['/a/teacher/Certify.aspx', '/c/teacher/Certify.action'],
    ['/a/teacher/Certify.aspx?rows=2000', '/c/teacher/Certify.action?rows=2000'],
    ['/a/mentor/ClassProgress.aspx', '/c/mentor/ClassStatus.action'],
    ['/a/staff/CourseList.aspx', '/c/staff/CourseList.action'],
    ['/a/staff/CourseCodeCheck.aspx', '/c/staff/CourseCodeCompare.action'],
    ['/a/central/PreCheck.aspx', '/c/central/PreCheck.action'],
    ['/b/staff/receipt.html', '/c/staff/Receipt.action'],
    ['/b/student/outcomes.html', '/d/student/outcomes'],
    ['/b/student/performances.html', '/d/student/performances'],
    ['/b/student/selection.html', '/d/student/selection'],
    ['/b/teacher/certify.html', '/d/teacher/certify'],
    ['/b/teacher/certify.html?rows=2000', '/d/teacher/certify?rows=2000'],
    ['/b/mentor/progress.html', '/d/mentor/progress'],
    ['/b/staff/courses.html', '/d/staff/courses'],
    ['/b/staff/course-check.html', '/d/staff/course-check'],
    ['/b/central/precheck.html', '/d/central/precheck'],
    ['/b/staff/receipt.html', '/d/staff/receipt'],
  ];
  it.each(twins)('%s and %s: the same problems, row for row', (a, b) => {
    const problems = (path: string) => ALL[path]!.rows.map((r) => [...r.problems].sort().join(','));
    expect(ALL[b]!.kind).toBe(ALL[a]!.kind);
    expect(problems(b)).toEqual(problems(a));
  });
  it('every file C shows in KB is judged as its size in the data is', () => {
    const files = [...D.OUTCOMES_CHEN, ...D.PERFORMANCES_CHEN, ...D.certificationUploads(), ...D.certificationUploads({ rows: 2000 })].flatMap((x: { files: { name: string; size: string }[] }) => x.files);
    for (const f of files) expect(D.fileProblems({ ...f, size: `${D.kbFigure(f.size)} KB` }), f.size).toEqual(D.fileProblems(f));
  });
  it('rows of a list without a title column are named uniquely by course (and 學號)', () => {
    for (const path of ['/c/student/LearningResult.action', '/d/teacher/certify', '/d/teacher/certify?rows=2000']) {
      const keys = ALL[path]!.rows.map((r) => r.key);
      expect(new Set(keys).size, path).toBe(keys.length);
    }
  });
});
