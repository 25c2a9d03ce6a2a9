// Element-UI 2.x look-alikes for style D, without Vue or the library: the DOM <el-table>,
// <el-pagination>, <el-tag>, <el-checkbox>, <el-button>, <el-descriptions> and this.$prompt render,
// as seen in Vue portals (shared/domain.md):
//
//   div.el-table#<id>
//     div.hidden-columns
//     div.el-table__header-wrapper > table.el-table__header > colgroup, thead > tr > th.<column id>…, th.gutter
//     div.el-table__body-wrapper > table.el-table__body > colgroup, tbody > tr.el-table__row > td > div.cell
//     (div.el-loading-mask while the data loads)
//
// Header and body are separate tables; every cell's text sits in div.cell; statuses are span.el-tag.
import { domBuilder } from '../shared/dom.js';

let tables = 0;

/**
 * elTable(doc, { id, columns }) → { el, setRows(rows), setLoading(on) }. columns: leaves
 * { label, width, align, tooltip, cell(row) → string | Node | Node[] } or groups { label, children }
 * (a two-row header: <thead class="is-group">).
 */
export function elTable(doc, { id, columns, emptyText = '暫無資料' }) {
  const h = domBuilder(doc);
  const t = ++tables;
  let n = 0;
  const withIds = (cols) => cols.map((c) => ({ ...c, colId: `el-table_${t}_column_${++n}`, children: c.children ? withIds(c.children) : undefined }));
  const cols = withIds(columns);
  const leaves = cols.flatMap((c) => c.children ?? [c]);
  const grouped = cols.some((c) => c.children);
  const width = leaves.reduce((sum, c) => sum + (c.width ?? 100), 0);
  const align = (c) => (c.align ? `is-${c.align}` : '');
  const colgroup = (gutter) => h('colgroup', {}, leaves.map((c) => h('col', { name: c.colId, width: String(c.width ?? 100) })), gutter ? h('col', { name: 'gutter', width: '0' }) : null);
  const th = (c, rowspan, colspan, leaf) =>
    h('th', { colspan: String(colspan), rowspan: String(rowspan), class: [c.colId, align(c), leaf ? 'is-leaf' : ''].filter(Boolean).join(' ') },
      h('div', { class: 'cell' }, c.label));
  const gutter = () => h('th', { class: 'gutter', style: 'width: 0px; display: none;' });
  const headRows = grouped
    ? [
        h('tr', {}, cols.map((c) => (c.children ? th(c, 1, c.children.length, false) : th(c, 2, 1, true))), gutter()),
        h('tr', {}, cols.flatMap((c) => (c.children ?? []).map((leaf) => th(leaf, 1, 1, true))), gutter()),
      ]
    : [h('tr', {}, leaves.map((c) => th(c, 1, 1, true)), gutter())];
  const header = h('table', { cellspacing: '0', cellpadding: '0', border: '0', class: 'el-table__header', style: `width: ${width}px;` },
    colgroup(true), h('thead', { class: grouped ? 'is-group has-gutter' : 'has-gutter' }, headRows));
  const tbody = h('tbody');
  const empty = h('div', { class: 'el-table__empty-block', style: `height: 100%; width: ${width}px;` }, h('span', { class: 'el-table__empty-text' }, emptyText));
  const body = h('table', { cellspacing: '0', cellpadding: '0', border: '0', class: 'el-table__body', style: `width: ${width}px;` }, colgroup(false), tbody);
  const mask = h('div', { class: 'el-loading-mask' }, h('div', { class: 'el-loading-spinner' }, h('i', { class: 'el-icon-loading' }), h('p', { class: 'el-loading-text' }, '載入中')));
  const headerWrapper = h('div', { class: 'el-table__header-wrapper' }, header);
  const bodyWrapper = h('div', { class: 'el-table__body-wrapper is-scrolling-none' }, body, empty);
  // the header follows the body's horizontal scroll, as el-table keeps them aligned
  bodyWrapper.addEventListener('scroll', () => {
    headerWrapper.scrollLeft = bodyWrapper.scrollLeft;
  });
  const el = h('div', {
    id, class: 'el-table el-table--fit el-table--striped el-table--border el-table--enable-row-hover el-table--enable-row-transition el-table--small', style: 'width: 100%;',
  },
  h('div', { class: 'hidden-columns' }, leaves.map(() => h('div'))),
  headerWrapper, bodyWrapper,
  h('div', { class: 'el-table__column-resize-proxy', style: 'display: none;' }));

  const td = (c, row) => {
    const value = c.cell(row);
    const cell = h('div', { class: c.tooltip ? 'cell el-tooltip' : 'cell', style: c.tooltip ? `width: ${(c.width ?? 100) - 1}px;` : undefined }, value);
    return h('td', { rowspan: '1', colspan: '1', class: [c.colId, align(c)].filter(Boolean).join(' ') }, cell);
  };
  return {
    el,
    setRows(rows) {
      tbody.replaceChildren(...rows.map((row, i) => h('tr', { class: i % 2 ? 'el-table__row el-table__row--striped' : 'el-table__row' }, leaves.map((c) => td(c, row)))));
      empty.style.display = rows.length ? 'none' : '';
    },
    setLoading(on) {
      el.classList.toggle('el-loading-parent--relative', on);
      if (on) el.append(mask);
      else mask.remove();
    },
  };
}

/**
 * <el-pagination layout="total, prev, pager, next, jumper">: 「共 N 條」, number items, 「前往 [n] 頁」.
 * Every page number is shown (the sample lists never have more than 7 pages, where Element shows them
 * all). onChange(page) when a number, an arrow or the jumper picks another page.
 */
export function elPagination(doc, { total, pageSize, onChange }) {
  const h = domBuilder(doc);
  const pages = pageSize ? Math.max(1, Math.ceil(total / pageSize)) : 1;
  let current = 1;
  const prev = h('button', { type: 'button', class: 'btn-prev', onclick: () => go(current - 1) }, h('i', { class: 'el-icon el-icon-arrow-left' }));
  const next = h('button', { type: 'button', class: 'btn-next', onclick: () => go(current + 1) }, h('i', { class: 'el-icon el-icon-arrow-right' }));
  const pager = h('ul', { class: 'el-pager' });
  const jump = h('input', { type: 'number', autocomplete: 'off', min: '1', max: String(pages), class: 'el-input__inner' });
  jump.addEventListener('keyup', (e) => {
    if (e.key === 'Enter') go(Number(jump.value));
  });
  jump.addEventListener('change', () => go(Number(jump.value)));
  const el = h('div', { class: 'el-pagination is-background' },
    h('span', { class: 'el-pagination__total' }, `共 ${total} 條`), prev, pager, next,
    h('span', { class: 'el-pagination__jump' }, '前往', h('div', { class: 'el-input el-pagination__editor is-in-pagination' }, jump), '頁'));
  function draw() {
    pager.replaceChildren(...Array.from({ length: pages }, (_, i) =>
      h('li', { class: i + 1 === current ? 'number active' : 'number', onclick: () => go(i + 1) }, String(i + 1))));
    prev.disabled = current === 1;
    next.disabled = current === pages;
    jump.value = String(current);
  }
  function go(page) {
    if (!Number.isInteger(page) || page < 1 || page > pages || page === current) {
      jump.value = String(current);
      return;
    }
    current = page;
    draw();
    onChange(page);
  }
  draw();
  return el;
}

const TAG = { success: 'el-tag--success', warning: 'el-tag--warning', danger: 'el-tag--danger', info: 'el-tag--info' };

/** <el-tag size="small" type="…">text</el-tag> */
export const elTag = (doc, text, type) =>
  domBuilder(doc)('span', { class: ['el-tag', TAG[type], 'el-tag--small', 'el-tag--light'].filter(Boolean).join(' ') }, text);

/** <el-button type="…" size="mini">text</el-button> */
export const elButton = (doc, text, type, onclick, extra = '') =>
  domBuilder(doc)('button', { type: 'button', class: `el-button el-button--${type} el-button--mini ${extra}`.trim(), onclick }, domBuilder(doc)('span', {}, text));

/**
 * <el-checkbox v-model>: the box is drawn by spans; the real input is hidden and its `checked`
 * is a DOM property (Vue sets the property, not the attribute). onChange(checked).
 */
export function elCheckbox(doc, checked, onChange, label) {
  const h = domBuilder(doc);
  const input = h('input', { type: 'checkbox', 'aria-hidden': 'false', class: 'el-checkbox__original', value: '', 'aria-label': label, 'prop:checked': checked });
  const box = h('span', { class: 'el-checkbox__input' }, h('span', { class: 'el-checkbox__inner' }), input);
  const root = h('label', { class: 'el-checkbox' }, box);
  const paint = (on) => {
    root.classList.toggle('is-checked', on);
    box.classList.toggle('is-checked', on);
  };
  paint(checked);
  input.addEventListener('change', () => {
    paint(input.checked);
    onChange(input.checked);
  });
  return root;
}

/** <el-descriptions> (not bordered): a table of label/content pairs; the colon after a label is CSS. */
export function elDescriptions(doc, title, items) {
  const h = domBuilder(doc);
  return h('div', { class: 'el-descriptions' },
    h('div', { class: 'el-descriptions__header' }, h('div', { class: 'el-descriptions__title' }, title)),
    h('div', { class: 'el-descriptions__body' },
      h('table', { class: 'el-descriptions__table' }, h('tbody', {},
        h('tr', { class: 'el-descriptions-row' }, items.map(([label, content]) =>
          h('td', { colspan: '1', class: 'el-descriptions-item' },
            h('div', { class: 'el-descriptions-item__container' },
              h('span', { class: 'el-descriptions-item__label has-colon' }, label),
              h('span', { class: 'el-descriptions-item__content' }, content)))))))));
}

/** this.$prompt(message, title): a message box with a text input; done(value) once one is given. */
export function elPrompt(doc, { title, message, placeholder, error }, done) {
  const h = domBuilder(doc);
  const input = h('input', { type: 'text', autocomplete: 'off', placeholder, class: 'el-input__inner' });
  const errorMsg = h('div', { class: 'el-message-box__errormsg', style: 'visibility: hidden;' }, error);
  const close = () => {
    wrapper.remove();
    modal.remove();
  };
  const ok = () => {
    const value = input.value.trim();
    if (!value) {
      errorMsg.style.visibility = 'visible';
      input.parentElement.classList.add('invalid');
      return;
    }
    close();
    done(value);
  };
  const modal = h('div', { class: 'v-modal', tabindex: '0', style: 'z-index: 2000;' });
  const wrapper = h('div', { class: 'el-message-box__wrapper', role: 'dialog', 'aria-modal': 'true', 'aria-label': title, tabindex: '-1', style: 'z-index: 2001;' },
    h('div', { class: 'el-message-box' },
      h('div', { class: 'el-message-box__header' },
        h('div', { class: 'el-message-box__title' }, h('span', {}, title)),
        h('button', { type: 'button', 'aria-label': 'Close', class: 'el-message-box__headerbtn', onclick: close }, h('i', { class: 'el-message-box__close el-icon-close' }))),
      h('div', { class: 'el-message-box__content' },
        h('div', { class: 'el-message-box__container' }, h('div', { class: 'el-message-box__message' }, h('p', {}, message))),
        h('div', { class: 'el-message-box__input' }, h('div', { class: 'el-input' }, input), errorMsg)),
      h('div', { class: 'el-message-box__btns' },
        elButton(doc, '取消', 'default', close),
        elButton(doc, '確定', 'primary', ok, 'btn-confirm'))));
  input.addEventListener('keyup', (e) => {
    if (e.key === 'Enter') ok();
  });
  doc.body.append(modal, wrapper);
  input.focus();
}
