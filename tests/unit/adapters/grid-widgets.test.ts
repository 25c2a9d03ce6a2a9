import { describe, expect, it } from 'vitest';
import { findGrids } from '@/lib/adapters/grids';
import { PageReader, readPage } from '@/lib/adapters/read-page';
import { parseHtml } from '../helpers/portal-page';

/**
 * Lists drawn the way grid widgets draw them (shared/domain.md, "Markup and words seen on real portals"):
 * jqGrid and Element-UI put the header row in one table and the data rows in another; ARIA grids use
 * divs; 欣河's classic pages use a styled first row of td cells as the header.
 */

const page = (title: string, body: string) => parseHtml(`<html><head><title>${title}</title></head><body>${body}</body></html>`);

const jqGrid = `
<div class="ui-jqgrid" id="gbox_list"><div class="ui-jqgrid-view" id="gview_list">
  <div class="ui-jqgrid-titlebar"><span class="ui-jqgrid-title">課程學習成果</span></div>
  <div class="ui-jqgrid-hdiv"><div class="ui-jqgrid-hbox"><table class="ui-jqgrid-htable" role="presentation"><thead>
    <tr class="ui-jqgrid-labels" role="row"><th id="list_rn" role="columnheader" style="width:25px"></th><th id="list_course" role="columnheader"><div id="jqgh_list_course">科目名稱</div></th><th id="list_title" role="columnheader"><div>成果名稱</div></th><th role="columnheader"><div>簡述</div></th><th role="columnheader"><div>認證狀態</div></th></tr>
  </thead></table></div></div>
  <div class="ui-jqgrid-bdiv"><div><table id="list" class="ui-jqgrid-btable" role="presentation"><tbody>
    <tr class="jqgfirstrow" role="row" style="height:auto"><td role="gridcell" style="height:0px;width:25px;"></td><td role="gridcell" style="height:0px;"></td><td role="gridcell" style="height:0px;"></td><td role="gridcell" style="height:0px;"></td><td role="gridcell" style="height:0px;"></td></tr>
    <tr role="row" id="1" class="jqgrow ui-row-ltr"><td role="gridcell" aria-describedby="list_rn">1</td><td role="gridcell" aria-describedby="list_course">物理</td><td role="gridcell" aria-describedby="list_title">自由落體實驗</td><td role="gridcell" aria-describedby="list_summary">量測重力加速度</td><td role="gridcell">已認證</td></tr>
    <tr role="row" id="2" class="jqgrow ui-row-ltr"><td role="gridcell">2</td><td role="gridcell">化學</td><td role="gridcell">酸鹼滴定</td><td role="gridcell">${'很'.repeat(101)}</td><td role="gridcell">未認證</td></tr>
  </tbody></table></div></div>
</div><div id="pager"><span>第 <input class="ui-pg-input" type="text" value="1"> 頁，共 <span>3</span> 頁</span><div class="ui-paging-info">檢視 1 - 2，共 5 筆</div></div></div>`;

const elTable = `
<div class="el-table el-table--fit">
  <div class="el-table__header-wrapper"><table class="el-table__header" cellspacing="0"><colgroup><col><col><col><col><col name="gutter"></colgroup><thead><tr>
    <th class="el-table_1_column_1"><div class="cell">學號</div></th><th><div class="cell">姓名</div></th><th><div class="cell">班級</div></th><th><div class="cell">確認狀態</div></th><th class="gutter" style="width:0px"></th>
  </tr></thead></table></div>
  <div class="el-table__body-wrapper"><table class="el-table__body" cellspacing="0"><colgroup><col><col><col><col></colgroup><tbody>
    <tr class="el-table__row"><td><div class="cell">112001</div></td><td><div class="cell">王小明</div></td><td><div class="cell">301</div></td><td><div class="cell"><span class="el-tag el-tag--success">已確認</span></div></td></tr>
    <tr class="el-table__row"><td><div class="cell">112002</div></td><td><div class="cell">李小華</div></td><td><div class="cell">301</div></td><td><div class="cell"><span class="el-tag el-tag--danger">有疑義</span></div></td></tr>
  </tbody></table></div>
  <div class="el-table__fixed"><div class="el-table__fixed-header-wrapper"><table class="el-table__header"><thead><tr><th><div class="cell">學號</div></th></tr></thead></table></div>
  <div class="el-table__fixed-body-wrapper"><table class="el-table__body"><tbody><tr><td><div class="cell">112001</div></td></tr><tr><td><div class="cell">112002</div></td></tr></tbody></table></div></div>
</div>
<div class="el-pagination"><span class="el-pagination__total">共 2 條</span></div>`;

const ariaGrid = `
<div role="grid" aria-label="班級收訖確認">
  <div role="rowgroup"><div role="row"><span role="columnheader">學號</span><span role="columnheader">姓名</span><span role="columnheader">收訖確認</span></div></div>
  <div role="rowgroup">
    <div role="row"><span role="gridcell">112001</span><span role="gridcell">王小明</span><span role="gridcell">已確認</span></div>
    <div role="row"><span role="gridcell">112002</span><span role="gridcell">李小華</span><span role="gridcell">有疑義</span></div>
  </div>
</div>`;

const tdHeader = `
<table width="100%"><tr class="td_03"><td>學號</td><td>姓名</td><td>收訖確認</td></tr>
<tr class="td_02"><td>112001</td><td>王小明</td><td>已確認</td></tr>
<tr class="td_02"><td>112002</td><td>李小華</td><td>有疑義</td></tr></table>`;

describe('findGrids', () => {
  it('pairs a widget’s header table with its body table, leaving out the fixed-column copies', () => {
    const grids = findGrids(page('x', elTable));
    expect(grids).toHaveLength(1);
    expect(grids[0]!.head.className).toBe('el-table__header');
    expect(grids[0]!.body.className).toBe('el-table__body');
    expect(grids[0]!.element.className).toContain('el-table');
  });

  it('pairs jqGrid’s htable and btable', () => {
    const grids = findGrids(page('x', jqGrid));
    expect(grids).toHaveLength(1);
    expect(grids[0]!.head.className).toBe('ui-jqgrid-htable');
    expect(grids[0]!.body.id).toBe('list');
  });

  it('does not pair two unrelated tables of different widths', () => {
    const doc = page('x', '<table><tr><th>公告</th><th>日期</th></tr></table><div><table><tr><td>a</td><td>b</td><td>c</td></tr></table></div>');
    expect(findGrids(doc)).toHaveLength(2);
  });
});

describe('readPage on grid widgets', () => {
  it('reads a jqGrid list: headers from one table, rows from the other, the sizing row skipped, the pager read', () => {
    const read = readPage(page('課程學習成果', jqGrid));
    expect(read.status).toBe('checked');
    if (read.status !== 'checked') return;
    expect(read.pageKind).toBe('outcome-list');
    expect(read.rows.map((row) => row.record)).toMatchObject([
      { type: 'artifact', courseName: '物理', title: '自由落體實驗', certStatus: 'certified' },
      { type: 'artifact', courseName: '化學', title: '酸鹼滴定', certStatus: 'pending' },
    ]);
    expect(read.rows[1]!.row.getAttribute('id')).toBe('2');
    expect(read.rows[1]!.cells.summary?.closest('table')?.className).toBe('ui-jqgrid-btable');
    expect(read.context).toMatchObject({ totalRows: 5, page: 1, pageCount: 3 });
    expect(read.tables[0]!.headers.map((header) => header.text)).toEqual(['', '科目名稱', '成果名稱', '簡述', '認證狀態']);
  });

  it('reads an Element-UI table: text inside div.cell, status tags, no gutter column, 「共 N 條」', () => {
    const read = readPage(page('收訖明細確認', elTable));
    expect(read.status).toBe('checked');
    if (read.status !== 'checked') return;
    expect(read.pageKind).toBe('receipt');
    expect(read.rows.map((row) => row.record)).toMatchObject([
      { type: 'receipt', studentRef: '112001', status: 'confirmed' },
      { type: 'receipt', studentRef: '112002', status: 'disputed' },
    ]);
    expect(read.context.totalRows).toBe(2);
    expect(read.tables[0]!.headers.map((header) => header.field)).toEqual(['studentNo', 'studentName', 'className', 'receiptStatus']);
  });

  it('reads an ARIA grid of divs', () => {
    const read = readPage(page('收訖', ariaGrid));
    expect(read.status).toBe('checked');
    if (read.status !== 'checked') return;
    expect(read.rows.map((row) => row.record)).toMatchObject([
      { type: 'receipt', studentRef: '112001', status: 'confirmed' },
      { type: 'receipt', studentRef: '112002', status: 'disputed' },
    ]);
    expect(read.rows[0]!.row.getAttribute('role')).toBe('row');
  });

  it('reads a header drawn as a first row of td cells (tr.td_03)', () => {
    const read = readPage(page('收訖明細', tdHeader));
    expect(read.status).toBe('checked');
    if (read.status === 'checked') expect(read.rows).toHaveLength(2);
  });

  it('re-reads only the changed row of a split grid, and a replaced body table afresh', () => {
    const doc = page('課程學習成果', jqGrid);
    const reader = new PageReader();
    reader.read(doc);
    const cell = doc.querySelectorAll<HTMLTableRowElement>('table.ui-jqgrid-btable tr')[1]!.cells[4]!;
    cell.textContent = '退回';
    const again = reader.read(doc, undefined, { nodes: [cell] });
    expect(reader.changedRows).toBe(1);
    if (again.status === 'unrecognized') throw new Error('unrecognized');
    expect(again.rows[0]!.record).toMatchObject({ certStatus: 'rejected' });

    const body = doc.querySelector('table.ui-jqgrid-btable')!;
    const copy = body.cloneNode(true) as HTMLTableElement;
    copy.querySelectorAll('tr')[2]!.cells[2]!.textContent = '中和滴定';
    body.replaceWith(copy);
    const replaced = reader.read(doc, undefined, { nodes: [copy.parentElement!] });
    if (replaced.status === 'unrecognized') throw new Error('unrecognized');
    expect(replaced.rows.map((row) => row.record.type === 'artifact' && row.record.title)).toEqual(['自由落體實驗', '中和滴定']);
    expect(replaced.rows[0]!.row.closest('table')).toBe(copy);
  });
});

describe('rows that cannot be read', () => {
  const receipt = (answers: string[]) =>
    page(
      '收訖明細確認',
      `<table><tr><th>學號</th><th>姓名</th><th>收訖確認</th></tr>${answers.map((answer, i) => `<tr><td>11200${i}</td><td>學生${i}</td><td>${answer}</td></tr>`).join('')}</table>`,
    );

  it('says partial, never checked, when a row’s value is unknown, and names the row', () => {
    const read = readPage(receipt(['已確認', '已確認', '？？']));
    expect(read.status).toBe('partial');
    expect(read.skipped).toHaveLength(1);
    expect(read.skipped[0]!.rowNumber).toBe(3);
    expect(read.skipped[0]!.row.textContent).toContain('？？');
    expect(read.skipped[0]!.reason.zh).toContain('？？');
  });

  it('says unrecognized when fewer than half of the rows can be read, keeping the kind and the unread rows', () => {
    const read = readPage(receipt(['已確認', '？？', '？？']));
    expect(read.status).toBe('unrecognized');
    if (read.status !== 'unrecognized') return;
    expect(read.pageKind).toBe('receipt');
    expect(read.skipped).toHaveLength(2);
    expect(read.reason.zh).toContain('2 列無法判讀');
  });

  it('lists the tables it saw, with what each header was taken for, even when it reads none', () => {
    const read = readPage(page('公告', '<table><tr><th>公告標題</th><th>發布單位</th><th>日期</th></tr><tr><td>停課</td><td>教務處</td><td>115/01/20</td></tr></table>'));
    expect(read.status).toBe('unrecognized');
    expect(read.tables).toHaveLength(1);
    expect(read.tables[0]!.headers.map((header) => header.text)).toEqual(['公告標題', '發布單位', '日期']);
    expect(read.tables[0]!.body()).toHaveLength(1);
  });
});
