import type { CanonicalPage, FileCell, RowData } from './canonical-pages';
import type { DateFormat, FileFormat, VariantSpec, Words } from './variant-spec';
import { EXTRA_COLUMNS, FILE_GROUP, HEADER_SYNONYMS, SOURCE_WORDS, termText, type ColumnName } from './vendor-wording';

/**
 * Draws a canonical list the way a vendor's page would, as an HTML string. Each data row's element
 * carries data-row="<canonical row index>" (the adapter never looks at data-* attributes), so a test
 * can tell which canonical row a read row or an unread-row note belongs to.
 */

/** The columns a page may show, in canonical order: each order key in a spec sorts one of these. */
export function columnSlots(page: CanonicalPage): string[] {
  return [...page.columns, 'fileSize', ...EXTRA_COLUMNS];
}

export function canonicalHeader(page: CanonicalPage, column: ColumnName): string {
  const header = page.headers?.[column]?.[0] ?? HEADER_SYNONYMS[column]?.[0];
  if (!header) throw new Error(`no header for ${column}`);
  return header;
}

/** The header synonyms a column of this page may be shown with. */
export function headerChoices(page: CanonicalPage, column: ColumnName): readonly string[] {
  return page.headers?.[column] ?? HEADER_SYNONYMS[column] ?? [];
}

const KB = 1024;
const MB = 1024 * 1024;
const UNIT_BYTES = { B: 1, bytes: 1, KB, MB } as const;

const esc = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A number with at most two decimals, its integer part grouped by thousands when asked. */
function numberText(value: number, thousands: boolean): string {
  const fixed = (Math.round(value * 100) / 100).toFixed(2).replace(/\.?0+$/, '');
  const [whole = '0', fraction] = fixed.split('.');
  const grouped = thousands ? whole.replace(/\B(?=(\d{3})+$)/g, ',') : whole;
  return fraction ? `${grouped}.${fraction}` : grouped;
}

function sizeUnit(bytes: number, format: FileFormat): keyof typeof UNIT_BYTES {
  if (format.unit !== 'auto') return format.unit;
  return bytes < MB ? 'KB' : 'MB';
}

/** 「768 KB」「1,572,864 bytes」「5.5MB」; under a 「大小(KB)」 header only the number. */
export function sizeText(bytes: number, format: FileFormat): string {
  const unit = format.size === 'unitInHeader' ? headerUnit(format) : sizeUnit(bytes, format);
  const number = numberText(bytes / UNIT_BYTES[unit], format.thousands);
  if (format.size === 'unitInHeader') return number;
  return `${number}${format.space ? ' ' : ''}${unit}`;
}

function headerUnit(format: FileFormat): keyof typeof UNIT_BYTES {
  return format.unit === 'auto' ? 'KB' : format.unit;
}

const WEEKDAYS = '日一二三四五六';

/** An ISO date as the page writes it: 民國 115/03/02, 115.3.2, 115年3月2日(一), 西元 2026/03/02 10:30 … */
export function dateText(iso: string, format: DateFormat): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const year = format.era === 'roc' ? y - 1911 : y;
  const two = (n: number) => (format.pad ? String(n).padStart(2, '0') : String(n));
  const body =
    format.form === 'cjk'
      ? `${year}年${two(m)}月${two(d)}日`
      : `${year}${{ slash: '/', dot: '.', dash: '-' }[format.form]}${two(m)}${{ slash: '/', dot: '.', dash: '-' }[format.form]}${two(d)}`;
  const weekday = format.weekday ? `(${WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]})` : '';
  return `${body}${weekday}${format.time ? ' 10:30' : ''}`;
}

function joinLines(parts: string[], join: FileFormat['join']): string {
  if (parts.length === 0) return '';
  if (join === 'br') return parts.join('<br>');
  if (join === 'div') return parts.map((part) => `<div>${part}</div>`).join('');
  return `<ul>${parts.map((part) => `<li>${part}</li>`).join('')}</ul>`;
}

function fileName(file: FileCell, index: number, format: FileFormat): string {
  return format.links ? `<a href="/download?id=${index}">${esc(file.name)}</a>` : esc(file.name);
}

function filesCell(files: FileCell[], format: FileFormat): string {
  const parts: string[] = [];
  files.forEach((file, index) => {
    const name = fileName(file, index, format);
    const size = esc(sizeText(file.bytes, format));
    if (format.size === 'paren') parts.push(`${name} (${size})`);
    else if (format.size === 'fullWidthParen') parts.push(`${name}（${size}）`);
    else if (format.size === 'after') parts.push(`${name} ${size}`);
    else if (format.size === 'nextLine') parts.push(name, size);
    else parts.push(name);
  });
  return joinLines(parts, format.join);
}

function hasSizeColumn(spec: VariantSpec): boolean {
  return spec.files.size === 'column' || spec.files.size === 'unitInHeader';
}

function status(word: string, wrap: Words['statusWrap']): string {
  if (wrap === 'tag') return `<span class="tag tag-status">${esc(word)}</span>`;
  if (wrap === 'iconTitle') return `<i class="icon icon-status" title="${esc(word)}"></i>`;
  if (wrap === 'imageAlt') return `<img src="/img/status.png" alt="${esc(word)}">`;
  return esc(word);
}

/** One column as shown: its header and how each row's cell is drawn. */
interface Shown {
  slot: string;
  header: string;
  cell(row: RowData, index: number): string;
}

function shownColumns(page: CanonicalPage, spec: VariantSpec): Shown[] {
  const { words } = spec;
  const header = (column: ColumnName) => spec.headers[column] ?? canonicalHeader(page, column);
  const date = (iso: string | undefined) => (iso ? esc(dateText(iso, spec.date)) : '');
  const oneTermColumn = spec.term.columns === 'one';
  const shown: Shown[] = [];
  for (const column of page.columns) {
    const base = { slot: column, header: header(column) };
    switch (column) {
      case 'schoolYear':
        shown.push(
          oneTermColumn
            ? { slot: column, header: '學期', cell: (row) => esc(termText(row.schoolYear!, row.semester!, spec.term.form)) }
            : { ...base, cell: (row) => String(row.schoolYear) },
        );
        break;
      case 'semester':
        if (!oneTermColumn) shown.push({ ...base, cell: (row) => (spec.term.semester === 'digit' ? String(row.semester) : row.semester === 1 ? '上' : '下') });
        break;
      case 'files':
        shown.push({ ...base, cell: (row) => filesCell(row.files ?? [], spec.files) });
        break;
      case 'uploadedAt':
      case 'receiptDate':
      case 'submittedAt':
        shown.push({ ...base, cell: (row) => date(row[column]) });
        break;
      case 'certStatus':
        shown.push({ ...base, cell: (row) => (row.certStatus ? status(words[row.certStatus], words.statusWrap) : '') });
        break;
      case 'receiptStatus': {
        const word = { confirmed: words.confirmed, disputed: words.disputed, pending: words.unconfirmed };
        shown.push({ ...base, cell: (row) => (row.receiptStatus ? status(word[row.receiptStatus], words.statusWrap) : '') });
        break;
      }
      case 'compareResult':
        shown.push({ ...base, cell: (row) => status(words.compare[row.compareResult ? 0 : 1], words.statusWrap) });
        break;
      case 'precheckResult':
        shown.push({ ...base, cell: (row) => status(words.precheck[row.precheckResult ? 0 : 1], words.statusWrap) });
        break;
      case 'selected':
        shown.push({
          ...base,
          cell: (row) =>
            words.tick === 'checkbox' ? `<input type="checkbox" name="pick"${row.selected ? ' checked' : ''}>` : row.selected ? '已勾選' : '未勾選',
        });
        break;
      case 'source':
        shown.push({ ...base, cell: (row) => (row.source ? SOURCE_WORDS[row.source][0] : '') });
        break;
      default:
        shown.push({ ...base, cell: (row) => esc((row[column] as string | undefined) ?? '') });
    }
  }
  if (page.columns.includes('files') && hasSizeColumn(spec)) {
    const unit = spec.files.size === 'unitInHeader' ? `(${headerUnit(spec.files)})` : '';
    const leaf = spec.headerRows === 'fileGroup' ? FILE_GROUP.size : spec.files.sizeHeader;
    shown.push({
      slot: 'fileSize',
      header: `${leaf}${unit}`,
      cell: (row) => joinLines((row.files ?? []).map((file) => esc(sizeText(file.bytes, spec.files))), spec.files.join),
    });
  }
  const notes = ['', '已通知學生', '—'];
  for (const extra of spec.extras) {
    const cell =
      extra === '序號'
        ? (_row: RowData, index: number) => String(index + 1)
        : extra === '操作'
          ? () => '<button type="button">編輯</button> <a href="#">刪除</a>'
          : (_row: RowData, index: number) => notes[index % notes.length]!;
    shown.push({ slot: extra, header: extra, cell });
  }
  return shown;
}

/** The shown columns in the spec's order; a 檔案 group keeps the size column right after the files. */
function ordered(page: CanonicalPage, spec: VariantSpec, shown: Shown[]): Shown[] {
  const slots = columnSlots(page);
  const key = (column: Shown) => spec.order[slots.indexOf(column.slot)] ?? 0;
  const sorted = shown
    .map((column, index) => ({ column, index }))
    .sort((a, b) => key(a.column) - key(b.column) || a.index - b.index)
    .map(({ column }) => column);
  if (spec.headerRows !== 'fileGroup') return sorted;
  const size = sorted.find((column) => column.slot === 'fileSize');
  if (!size) return sorted;
  const rest = sorted.filter((column) => column !== size);
  rest.splice(rest.findIndex((column) => column.slot === 'files') + 1, 0, size);
  return rest;
}

interface HeadCell {
  text: string;
  colSpan: number;
  rowSpan: number;
}

/** The header rows: one, or two with a group header over some adjacent columns. */
function headRows(columns: Shown[], spec: VariantSpec): HeadCell[][] {
  const leaf = (column: Shown): HeadCell => ({ text: column.header, colSpan: 1, rowSpan: 1 });
  let group: { text: string; from: number; span: number } | undefined;
  if (spec.headerRows === 'fileGroup') {
    const from = columns.findIndex((column) => column.slot === 'files');
    if (from >= 0 && columns[from + 1]?.slot === 'fileSize') group = { text: FILE_GROUP.group, from, span: 2 };
  } else if (spec.headerRows !== 'one' && columns.length >= 2) {
    const span = Math.min(spec.headerRows.span, columns.length);
    group = { text: spec.headerRows.band, from: spec.headerRows.at % (columns.length - span + 1), span };
  }
  if (!group) return [columns.map(leaf)];
  const top: HeadCell[] = [];
  columns.forEach((column, index) => {
    if (index === group.from) top.push({ text: group.text, colSpan: group.span, rowSpan: 1 });
    else if (index < group.from || index >= group.from + group.span) top.push({ text: column.header, colSpan: 1, rowSpan: 2 });
  });
  const bottom = columns.slice(group.from, group.from + group.span).map(leaf);
  return [top, bottom];
}

/** A header cell's inside: its text with the markup vendors put around it. */
function headInner(text: string, spec: VariantSpec, column: number): string {
  if (!text) return '';
  if (spec.headerWrap === 'bold') return `<b>${esc(text)}</b>`;
  if (spec.headerWrap === 'sortLink') return `<a href="javascript:__doPostBack('grdList','Sort$${column}')">${esc(text)}</a>`;
  if (spec.headerWrap === 'lineBreak' && text.length >= 2) {
    const half = Math.ceil(text.length / 2);
    return `${esc(text.slice(0, half))}<br>${esc(text.slice(half))}`;
  }
  return esc(text);
}

const spans = (cell: HeadCell) => `${cell.colSpan > 1 ? ` colspan="${cell.colSpan}"` : ''}${cell.rowSpan > 1 ? ` rowspan="${cell.rowSpan}"` : ''}`;

interface ListParts {
  head: HeadCell[][];
  body: { index: number; cells: string[] }[];
  caption: string;
}

function plainHead(parts: ListParts, spec: VariantSpec, cell: 'th' | 'td', thead: boolean): string {
  const rows = parts.head
    .map((row) => `<tr class="${cell === 'td' ? 'td_03' : 'tblHeader'}">${row.map((c, i) => `<${cell}${spans(c)}>${headInner(c.text, spec, i)}</${cell}>`).join('')}</tr>`)
    .join('');
  return thead ? `<thead>${rows}</thead>` : rows;
}

function plainBody(parts: ListParts): string {
  return parts.body.map((row) => `<tr data-row="${row.index}">${row.cells.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('');
}

function renderTable(parts: ListParts, spec: VariantSpec, cell: 'th' | 'td', thead: boolean): string {
  const caption = spec.around.caption ? `<caption>${esc(parts.caption)}</caption>` : '';
  const head = plainHead(parts, spec, cell, thead);
  return `<table id="GrdList" class="grid" border="1">${caption}${head}${thead ? `<tbody>${plainBody(parts)}</tbody>` : plainBody(parts)}</table>`;
}

function renderSplit(parts: ListParts, spec: VariantSpec, cell: 'th' | 'td', thead: boolean): string {
  const caption = spec.around.caption ? `<div class="grid-title">${esc(parts.caption)}</div>` : '';
  return (
    `<div class="grid">${caption}<div class="grid-head"><table class="head">${plainHead(parts, spec, cell, thead)}</table></div>` +
    `<div class="grid-body" style="height:300px;overflow:auto"><table class="body"><tbody>${plainBody(parts)}</tbody></table></div></div>`
  );
}

function renderJqGrid(parts: ListParts, spec: VariantSpec, rowNumbers: boolean): string {
  const depth = parts.head.length;
  const head = parts.head
    .map((row, r) => {
      const rn = rowNumbers && r === 0 ? `<th id="list_rn" role="columnheader" class="ui-th-column"${depth > 1 ? ` rowspan="${depth}"` : ''}></th>` : '';
      const cells = row
        .map((c, i) => `<th role="columnheader" class="ui-th-column"${spans(c)}><div id="jqgh_list_${r}_${i}" class="ui-jqgrid-sortable">${headInner(c.text, spec, i)}<span class="s-ico" style="display:none"></span></div></th>`)
        .join('');
      return `<tr class="ui-jqgrid-labels${depth > 1 ? ` jqg-${r === 0 ? 'second' : 'third'}-row-header` : ''}" role="row">${rn}${cells}</tr>`;
    })
    .join('');
  const width = parts.body[0]?.cells.length ?? 0;
  const sizing = `<tr class="jqgfirstrow" role="row" style="height:auto">${'<td role="gridcell" style="height:0px"></td>'.repeat(width + (rowNumbers ? 1 : 0))}</tr>`;
  const rows = parts.body
    .map(
      (row) =>
        `<tr role="row" id="${row.index + 1}" tabindex="-1" class="ui-widget-content jqgrow ui-row-ltr" data-row="${row.index}">` +
        `${rowNumbers ? `<td role="gridcell" class="jqgrid-rownum" aria-describedby="list_rn">${row.index + 1}</td>` : ''}` +
        `${row.cells.map((c, i) => `<td role="gridcell" aria-describedby="list_c${i}">${c}</td>`).join('')}</tr>`,
    )
    .join('');
  const title = spec.around.caption ? `<div class="ui-jqgrid-titlebar ui-jqgrid-caption"><span class="ui-jqgrid-title">${esc(parts.caption)}</span></div>` : '';
  return (
    `<div id="gbox_list" class="ui-jqgrid ui-widget ui-widget-content"><div id="gview_list" class="ui-jqgrid-view">${title}` +
    `<div class="ui-jqgrid-hdiv"><div class="ui-jqgrid-hbox"><table class="ui-jqgrid-htable" role="presentation"><thead>${head}</thead></table></div></div>` +
    `<div class="ui-jqgrid-bdiv"><div style="position:relative"><table id="list" class="ui-jqgrid-btable" role="presentation"><tbody>${sizing}${rows}</tbody></table></div></div>` +
    `</div></div>`
  );
}

function renderElement(parts: ListParts, spec: VariantSpec, fixedCopy: boolean): string {
  const depth = parts.head.length;
  const cell = (inner: string) => `<div class="cell">${inner}</div>`;
  const head = parts.head
    .map((row, r) => {
      const cells = row.map((c, i) => `<th class="el-table_1_column_${i + 1} is-leaf"${spans(c)}>${cell(headInner(c.text, spec, i))}</th>`).join('');
      const gutter = r === 0 ? `<th class="gutter" style="width:0px"${depth > 1 ? ` rowspan="${depth}"` : ''}></th>` : '';
      return `<tr>${cells}${gutter}</tr>`;
    })
    .join('');
  const width = parts.body[0]?.cells.length ?? 0;
  const cols = '<col>'.repeat(width);
  const rows = parts.body.map((row) => `<tr class="el-table__row" data-row="${row.index}">${row.cells.map((c) => `<td>${cell(c)}</td>`).join('')}</tr>`).join('');
  const title = spec.around.caption ? `<div class="list-title">${esc(parts.caption)}</div>` : '';
  let fixed = '';
  if (fixedCopy) {
    const first = parts.head.at(-1)?.[0]?.text ?? '';
    fixed =
      `<div class="el-table__fixed" style="width:120px"><div class="el-table__fixed-header-wrapper"><table class="el-table__header"><thead><tr><th>${cell(esc(first))}</th></tr></thead></table></div>` +
      `<div class="el-table__fixed-body-wrapper"><table class="el-table__body"><tbody>${parts.body.map((row) => `<tr class="el-table__row"><td>${cell(row.cells[0] ?? '')}</td></tr>`).join('')}</tbody></table></div></div>`;
  }
  return (
    `${title}<div class="el-table el-table--fit el-table--border">` +
    `<div class="el-table__header-wrapper"><table class="el-table__header" cellspacing="0"><colgroup>${cols}<col name="gutter"></colgroup><thead>${head}</thead></table></div>` +
    `<div class="el-table__body-wrapper"><table class="el-table__body" cellspacing="0"><colgroup>${cols}</colgroup><tbody>${rows}</tbody></table></div>${fixed}</div>`
  );
}

function renderAria(parts: ListParts, spec: VariantSpec): string {
  const ariaSpans = (c: HeadCell) => `${c.colSpan > 1 ? ` aria-colspan="${c.colSpan}"` : ''}${c.rowSpan > 1 ? ` aria-rowspan="${c.rowSpan}"` : ''}`;
  const head = parts.head.map((row) => `<div role="row" class="grid-row head">${row.map((c, i) => `<div role="columnheader"${ariaSpans(c)}>${headInner(c.text, spec, i)}</div>`).join('')}</div>`).join('');
  const rows = parts.body.map((row) => `<div role="row" class="grid-row" data-row="${row.index}">${row.cells.map((c) => `<div role="gridcell">${c}</div>`).join('')}</div>`).join('');
  const label = spec.around.caption ? ` aria-label="${esc(parts.caption)}"` : '';
  return `<div role="grid" class="data-grid"${label}><div role="rowgroup">${head}</div><div role="rowgroup">${rows}</div></div>`;
}

function renderList(parts: ListParts, spec: VariantSpec): string {
  const { markup } = spec;
  switch (markup.kind) {
    case 'table':
      return renderTable(parts, spec, markup.cell, markup.thead);
    case 'split':
      return renderSplit(parts, spec, markup.cell, markup.thead);
    case 'jqgrid':
      return renderJqGrid(parts, spec, markup.rowNumbers);
    case 'element':
      return renderElement(parts, spec, markup.fixedCopy);
    case 'aria':
      return renderAria(parts, spec);
  }
}

function pager(spec: VariantSpec, rows: number): string {
  if (!spec.around.pager) return '';
  if (spec.markup.kind === 'jqgrid') return `<div id="pager" class="ui-jqgrid-pager"><div class="ui-paging-info">檢視 1 - ${rows}，共 ${rows} 筆</div></div>`;
  if (spec.markup.kind === 'element') return `<div class="el-pagination"><span class="el-pagination__total">共 ${rows} 條</span></div>`;
  return `<div class="pager">共 ${rows} 筆</div>`;
}

function queryForm(page: CanonicalPage): string {
  const year = page.termInHeading
    ? '<select name="year"><option value="113">113</option><option value="114" selected>114</option></select>'
    : '<select name="year"><option value="" selected>全部</option><option value="114">114</option><option value="113">113</option></select>';
  const term = page.termInHeading ? ' <label>學期：<select name="term"><option value="1" selected>1</option><option value="2">2</option></select></label>' : '';
  return `<form class="query" action="#"><label>學年度：${year}</label>${term} <input type="submit" value="查詢"></form>`;
}

function joinedList(page: CanonicalPage): string {
  if (!page.joined) return '';
  const head = page.joined.headers.map((h) => `<th>${esc(h)}</th>`).join('');
  const rows = page.joined.rows.map((row) => `<tr>${row.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('');
  return `<h3>錯誤明細</h3><table class="errors" border="1"><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
}

/** The whole page: title, heading, lines, an optional form, the list, pager and joined list, optionally in a layout table. */
export function renderVariant(page: CanonicalPage, spec: VariantSpec): string {
  const columns = ordered(page, spec, shownColumns(page, spec));
  const parts: ListParts = {
    head: headRows(columns, spec),
    body: page.rows.map((row, index) => ({ index, cells: columns.map((column) => column.cell(row, index)) })),
    caption: page.title,
  };
  const lines = [...page.lines];
  let heading = page.heading;
  if (page.termInHeading) {
    if (spec.headingTerm.startsWith('學期')) lines.unshift(spec.headingTerm);
    else heading = `${spec.headingTerm} ${page.heading}`;
  }
  if (page.comparedAt) lines.push(`比對時間：${dateText(page.comparedAt, spec.date)}`);
  const tag = spec.headingTag;
  const content = [
    tag === 'div' ? `<div class="title">${esc(heading)}</div>` : `<${tag}>${esc(heading)}</${tag}>`,
    ...lines.map((line) => `<p>${esc(line)}</p>`),
    spec.around.form ? queryForm(page) : '',
    renderList(parts, spec),
    pager(spec, page.rows.length),
    joinedList(page),
  ].join('\n');
  const { layoutTable, menu } = spec.around;
  const body = layoutTable
    ? `<table class="layout" width="100%" border="0" cellpadding="0"><tr><td${menu ? ' colspan="2"' : ''} class="banner">範例高級中學 學生學習歷程檔案系統</td></tr>` +
      `<tr>${menu ? '<td class="menu" width="160"><a href="#">首頁</a><br><a href="#">學習歷程</a><br><a href="#">登出</a></td>' : ''}<td class="content">${content}</td></tr></table>`
    : content;
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(page.title)}</title></head><body>${body}</body></html>`;
}
