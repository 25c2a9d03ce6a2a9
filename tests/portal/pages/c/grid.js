// A jqGrid 4.x look-alike for style C, without jQuery or the jqGrid library: it turns the page's
// empty <table id> and pager <div id> into the DOM jqGrid builds, as seen behind Kaohsiung's
// highschool.kh.edu.tw (shared/domain.md):
//
//   div#gbox_<id>.ui-jqgrid
//     div#load_<id>.loading                        「讀取中...」 while a page of rows is "fetched"
//     div#gview_<id>.ui-jqgrid-view
//       div.ui-jqgrid-titlebar > span.ui-jqgrid-title           the grid's caption
//       div.ui-jqgrid-hdiv > div.ui-jqgrid-hbox > table.ui-jqgrid-htable > thead > tr.ui-jqgrid-labels > th…
//       div.ui-jqgrid-bdiv > div > table#<id>.ui-jqgrid-btable > tbody
//            tr.jqgfirstrow (empty sizing row), tr.jqgrow (data: td[aria-describedby=<id>_<column>])
//     div#<pager>.ui-jqgrid-pager                  first/prev/「第 [n] 頁，共 N 頁」/next/last, 「檢視 1 - 10，共 33 筆」
//
// Rows come from the page's data a page at a time after a delay, as the vendor's *.action JSON would.
import { domBuilder, wait } from '../shared/dom.js';

const RECORD_TEXT = (from, to, total) => `檢視 ${fmt(from)} - ${fmt(to)}，共 ${fmt(total)} 筆`;
const EMPTY_TEXT = '無資料顯示';
const fmt = (n) => n.toLocaleString('en-US');

/**
 * grid(win, options) → { reload(), page() }.
 * options: id (the <table> id), pager (the pager <div> id, or none: every row on one page),
 * caption, rowNum (rows per page; 0 = all), rownumbers (jqGrid's 「rn」 column), delay (ms),
 * rows() → the current data, rowId(row), colModel: [{ name, label, width, align, hidden,
 * cell(row) → string | Node }]
 */
export function grid(win, options) {
  const doc = win.document;
  const h = domBuilder(doc);
  const { id, pager: pagerId, caption, rowNum = 0, rownumbers = false, delay = 0, rows, rowId } = options;
  const cols = [
    ...(rownumbers ? [{ name: 'rn', label: '', width: 35, align: 'center', rownumber: true }] : []),
    ...options.colModel,
  ];
  const table = doc.getElementById(id);
  const pagerEl = pagerId ? doc.getElementById(pagerId) : null;
  // where the grid box goes: the table's place in the page, before the table moves into the box
  const anchor = doc.createComment('grid');
  table.before(anchor);
  const width = cols.filter((c) => !c.hidden).reduce((sum, c) => sum + (c.width ?? 80), 0);

  // ---- the header table
  const sortable = (c) =>
    h('div', { id: `jqgh_${id}_${c.name}`, class: 'ui-jqgrid-sortable' }, c.label,
      h('span', { class: 's-ico', style: 'display:none' },
        h('span', { sort: 'asc', class: 'ui-grid-ico-sort ui-icon-asc ui-state-disabled ui-icon ui-icon-triangle-1-n ui-sort-ltr' }),
        h('span', { sort: 'desc', class: 'ui-grid-ico-sort ui-icon-desc ui-state-disabled ui-icon ui-icon-triangle-1-s ui-sort-ltr' })));
  const labels = h('tr', { class: 'ui-jqgrid-labels', role: 'rowheader' },
    cols.map((c) => h('th', {
      id: `${id}_${c.name}`, role: 'columnheader', class: 'ui-state-default ui-th-column ui-th-ltr',
      style: `width: ${c.width ?? 80}px;${c.hidden ? ' display: none;' : ''}`,
    }, h('span', { class: 'ui-jqgrid-resize ui-jqgrid-resize-ltr', style: 'cursor: col-resize;' }, '\u00a0'), sortable(c))));
  const htable = h('table', {
    class: 'ui-jqgrid-htable', style: `width:${width}px`, role: 'grid', 'aria-labelledby': `gbox_${id}`,
    cellspacing: '0', cellpadding: '0', border: '0',
  }, h('thead', {}, labels));

  // ---- the body table: the page's own <table>, moved into the grid box
  const tbody = h('tbody');
  for (const [k, v] of Object.entries({
    tabindex: '0', cellspacing: '0', cellpadding: '0', border: '0', role: 'grid',
    'aria-multiselectable': 'false', 'aria-labelledby': `gbox_${id}`, style: `width: ${width}px;`,
  })) table.setAttribute(k, v);
  table.className = 'ui-jqgrid-btable';
  table.replaceChildren(tbody);
  const firstRow = () => h('tr', { class: 'jqgfirstrow', role: 'row', style: 'height:auto' },
    cols.map((c) => h('td', { role: 'gridcell', style: `height:0px;width:${c.width ?? 80}px;${c.hidden ? 'display:none;' : ''}` })));

  const hdiv = h('div', { class: 'ui-state-default ui-jqgrid-hdiv', style: `width: ${width + 2}px;` }, h('div', { class: 'ui-jqgrid-hbox' }, htable));
  const bdiv = h('div', { class: 'ui-jqgrid-bdiv', style: `height: auto; width: ${width + 2}px;` }, h('div', { style: 'position:relative;' }, h('div'), table));
  // the header scrolls with the body, as jqGrid keeps them aligned
  bdiv.addEventListener('scroll', () => {
    hdiv.scrollLeft = bdiv.scrollLeft;
  });
  const loading = h('div', { id: `load_${id}`, class: 'loading ui-state-default ui-state-active', style: 'display: none;' }, '讀取中...');
  const gview = h('div', { id: `gview_${id}`, class: 'ui-jqgrid-view', style: `width: ${width + 2}px;` },
    caption ? h('div', { class: 'ui-jqgrid-titlebar ui-widget-header ui-corner-top ui-helper-clearfix' },
      h('a', { role: 'link', class: 'ui-jqgrid-titlebar-close HeaderButton', style: 'right: 0px;' }, h('span', { class: 'ui-icon ui-icon-circle-triangle-n' })),
      h('span', { class: 'ui-jqgrid-title' }, caption)) : null,
    hdiv, bdiv);
  const gbox = h('div', { id: `gbox_${id}`, class: 'ui-jqgrid ui-widget ui-widget-content ui-corner-all', dir: 'ltr', style: `width: ${width + 2}px;` },
    h('div', { id: `lui_${id}`, class: 'ui-widget-overlay jqgrid-overlay' }), loading, gview);
  anchor.replaceWith(gbox);
  gbox.append(h('div', { class: 'ui-jqgrid-resize-mark', id: `rs_m${id}` }, '\u00a0'));

  // ---- the pager
  let current = 1;
  const pageCount = () => (rowNum ? Math.max(1, Math.ceil(rows().length / rowNum)) : 1);
  const input = h('input', { class: 'ui-pg-input', type: 'text', size: '2', maxlength: '7', value: '1', role: 'textbox' });
  const totalPages = h('span', { id: `sp_1_${pagerId}` });
  const info = h('div', { dir: 'ltr', style: 'text-align:right', class: 'ui-paging-info' });
  const button = (name, icon, go) => {
    const td = h('td', { id: `${name}_${pagerId}`, class: 'ui-pg-button ui-corner-all', title: { first: '第一頁', prev: '上一頁', next: '下一頁', last: '最末頁' }[name] },
      h('span', { class: `ui-icon ${icon}` }));
    td.addEventListener('click', () => {
      if (!td.classList.contains('ui-state-disabled')) show(go());
    });
    return td;
  };
  const buttons = {
    first: button('first', 'ui-icon-seek-first', () => 1),
    prev: button('prev', 'ui-icon-seek-prev', () => current - 1),
    next: button('next', 'ui-icon-seek-next', () => current + 1),
    last: button('last', 'ui-icon-seek-end', () => pageCount()),
  };
  input.addEventListener('keypress', (e) => {
    if (e.key !== 'Enter') return;
    const n = Number(input.value);
    if (Number.isInteger(n) && n >= 1 && n <= pageCount()) show(n);
    else input.value = String(current);
  });
  if (pagerEl) {
    const sep = () => h('td', { class: 'ui-pg-button ui-state-disabled', style: 'width:4px;' }, h('span', { class: 'ui-separator' }));
    pagerEl.className = 'ui-state-default ui-jqgrid-pager ui-corner-bottom';
    pagerEl.setAttribute('dir', 'ltr');
    pagerEl.setAttribute('style', `width: ${width + 2}px;`);
    pagerEl.replaceChildren(h('div', { id: `pg_${pagerId}`, class: 'ui-pager-control', role: 'group' },
      h('table', { cellspacing: '0', cellpadding: '0', border: '0', class: 'ui-pg-table', style: 'width:100%;table-layout:fixed;height:100%;', role: 'row' },
        h('tbody', {}, h('tr', {},
          h('td', { id: `${pagerId}_left`, align: 'left' }),
          h('td', { id: `${pagerId}_center`, align: 'center', style: 'white-space: pre; width: 300px;' },
            h('table', { cellspacing: '0', cellpadding: '0', border: '0', style: 'table-layout:auto;', class: 'ui-pg-table' },
              h('tbody', {}, h('tr', {}, buttons.first, buttons.prev, sep(),
                h('td', { dir: 'ltr' }, '第 ', input, ' 頁，共 ', totalPages, ' 頁'),
                sep(), buttons.next, buttons.last)))),
          h('td', { id: `${pagerId}_right`, align: 'right' }, info))))));
    gbox.append(pagerEl);
  }

  const cellFor = (c, row, i) => {
    if (c.rownumber) return h('td', { role: 'gridcell', class: 'jqgrid-rownum ui-state-default', style: 'text-align:center;', 'aria-describedby': `${id}_rn` }, String(i));
    const value = c.cell(row);
    const node = value !== null && typeof value === 'object';
    const text = node ? value.textContent : String(value ?? '');
    return h('td', {
      role: 'gridcell',
      style: `${c.align ? `text-align:${c.align};` : ''}${c.hidden ? 'display:none;' : ''}`,
      title: text.trim() ? text : undefined,
      'aria-describedby': `${id}_${c.name}`,
    }, node ? value : text);
  };

  let ticket = 0;
  async function show(n) {
    const mine = ++ticket;
    current = Math.min(Math.max(1, n), pageCount());
    loading.style.display = 'block';
    await wait(win, delay);
    if (mine !== ticket) return;
    const all = rows();
    const start = rowNum ? (current - 1) * rowNum : 0;
    const slice = rowNum ? all.slice(start, start + rowNum) : all;
    tbody.replaceChildren(firstRow(), ...slice.map((row, i) =>
      h('tr', { role: 'row', id: rowId(row), tabindex: '-1', class: `ui-widget-content jqgrow ui-row-ltr${i % 2 ? ' ui-priority-secondary' : ''}` },
        cols.map((c) => cellFor(c, row, start + i + 1)))));
    input.value = String(current);
    totalPages.textContent = fmt(pageCount());
    info.textContent = all.length ? RECORD_TEXT(start + 1, start + slice.length, all.length) : EMPTY_TEXT;
    for (const [name, td] of Object.entries(buttons)) {
      const off = name === 'first' || name === 'prev' ? current === 1 : current === pageCount();
      td.classList.toggle('ui-state-disabled', off);
    }
    loading.style.display = 'none';
  }

  return {
    /** jqGrid's trigger('reloadGrid'): the current page again, after the same delay */
    reload: () => show(current),
    /** loads page n (the first load is page 1) */
    show,
  };
}
