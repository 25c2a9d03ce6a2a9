// Style C: a Struts/JSP 學習歷程平台 in the manner of Kaohsiung's highschool.kh.edu.tw — `*.action`
// pages whose chrome comes from the server (tests/portal/ssr/c.mjs) and whose lists are jqGrids
// (./grid.js) filled from the shared data module a moment after the page loads. Its own words:
// 學科, 主題, 成果簡述, 檔案名稱, 大小(KB) in a column of its own, 是否驗證, 認證情形, 回報結果;
// 民國 dates as 114/12/18 and 114.12.3.
import * as D from '../data/school.js';
import { domBuilder, pageState, resetState } from '../shared/dom.js';
import { rocDots, rocDotsTime, rocSlash } from '../shared/formats.js';
import { grid } from './grid.js';

export const C_TITLE = (name) => `學習歷程平台 :: ${name}`;
/** ms before a grid's rows arrive (the *.action JSON request) */
export const C_DELAY_MS = 500;

const SOURCE_C = { student: '學生自行上傳', school: '學校匯入', agency: '校外機構匯入' };
const COMPARE_C = { matched: '符合', mismatch: '不符合', unmatched: '課程計畫無此代碼' };
const GRADE = { 1: '一', 2: '二', 3: '三' };

/**
 * Draws the page's grids into the server-rendered shell (document.body.dataset.view names the
 * page). Resolves when every grid shows its first page. `delay` is the fetch delay (0 in unit tests).
 */
export async function startC(win, { delay = C_DELAY_MS } = {}) {
  const doc = win.document;
  const h = domBuilder(doc);
  const view = doc.body.dataset.view;
  const query = new URLSearchParams(win.location.search);
  const rowsParam = Number(query.get('rows'));
  const big = Number.isInteger(rowsParam) && rowsParam > 0 && rowsParam <= 20000 ? rowsParam : 0;
  const unreadable = query.get('variant') === 'unreadable';
  const variant = big ? `rows${big}` : unreadable ? 'unreadable' : '';
  const { state, save } = pageState(win, D.stateKey('c', view, variant));
  doc.getElementById('btnReset')?.addEventListener('click', () => resetState(win, D.stateKey('c', view)));
  const ctx = { win, doc, h, delay, big, unreadable, state, save };
  await VIEWS[view]?.(ctx);
}

// ---- cells ---------------------------------------------------------------------------------------

const fileName = (h, f) => (f ? h('a', { href: '#', class: 'fileLink', title: '下載' }, f.name) : '');
const sizeKb = (f) => (f ? D.kbFigure(f.size) : '');
const statusSpan = (h, status, labels) => h('span', { class: `st-${status}` }, labels[status]);
const counter = (doc, id) => doc.getElementById(id);
/** Row ids as the vendor's database numbers them (not the 學號: a student may be listed twice). */
const serial = (list) => {
  const ids = new Map(list.map((r, i) => [r, String(i + 1)]));
  return (r) => ids.get(r);
};

/** Rows with a caption above them, drawn once: the grid options every page shares. */
const gridOf = (ctx, options) => grid(ctx.win, { delay: ctx.delay, rowId: (r) => r.id, ...options });

const VIEWS = {
  /** 課程學習成果 as the national platform lists them: no title column, one file per row. */
  async result(ctx) {
    const { h } = ctx;
    const list = D.OUTCOMES_CHEN;
    const g = gridOf(ctx, {
      id: 'gridResult', pager: 'pgResult', caption: '114學年度第1學期 課程學習成果', rowNum: 5, rownumbers: true,
      rows: () => list,
      colModel: [
        { name: 'syear', label: '學年', width: 45, align: 'center', cell: (r) => r.term.slice(0, 3) },
        { name: 'seme', label: '學期', width: 45, align: 'center', cell: (r) => r.term.slice(-1) },
        { name: 'subject', label: '學科', width: 110, cell: (r) => r.course },
        { name: 'fileName', label: '檔案名稱', width: 150, cell: (r) => fileName(h, r.files[0]) },
        { name: 'fileSize', label: '大小(KB)', width: 70, align: 'right', cell: (r) => sizeKb(r.files[0]) },
        { name: 'brief', label: '成果簡述', width: 320, cell: (r) => r.summary },
        { name: 'verify', label: '是否驗證', width: 80, align: 'center', cell: (r) => statusSpan(h, r.status, D.STATUS_LABEL.cVerify) },
        { name: 'verifyDate', label: '驗證日期', width: 75, align: 'center', cell: (r) => (r.certifiedAt ? rocDots(r.certifiedAt) : '') },
        { name: 'upDate', label: '上傳日期', width: 75, align: 'center', cell: (r) => rocSlash(r.uploadedAt) },
        { name: 'sn', label: '流水號', hidden: true, cell: (r) => r.id },
      ],
    });
    await g.show(1);
  },

  async performance(ctx) {
    const { h } = ctx;
    const list = D.PERFORMANCES_CHEN;
    const g = gridOf(ctx, {
      id: 'gridPerformance', pager: 'pgPerformance', caption: '114學年度 多元表現', rowNum: 10, rownumbers: true,
      rows: () => list,
      colModel: [
        { name: 'syear', label: '學年', width: 45, align: 'center', cell: (r) => String(r.year) },
        { name: 'kind', label: '類別', width: 85, cell: (r) => r.category },
        { name: 'topic', label: '主題', width: 170, cell: (r) => r.title },
        { name: 'brief', label: '成果簡述', width: 260, cell: (r) => r.summary },
        { name: 'fileName', label: '檔案名稱', width: 150, cell: (r) => fileName(h, r.files[0]) },
        { name: 'fileSize', label: '大小(KB)', width: 70, align: 'right', cell: (r) => sizeKb(r.files[0]) },
        { name: 'fileKind', label: '檔案性質', width: 65, align: 'center', cell: (r) => (r.files[0] ? D.statedFamily(r.files[0].type) : '') },
        { name: 'url', label: '外部連結', width: 150, cell: (r) => (r.link ? h('a', { href: r.link, target: '_blank', rel: 'noopener noreferrer' }, r.link) : '') },
        { name: 'source', label: '登錄來源', width: 95, cell: (r) => SOURCE_C[r.source] },
        { name: 'upDate', label: '上傳日期', width: 75, align: 'center', cell: (r) => rocSlash(r.uploadedAt) },
      ],
    });
    await g.show(1);
  },

  async select(ctx) {
    const { h, doc, state, save } = ctx;
    const sel = D.selectionFor('112045');
    state.selected ??= {};
    const isOn = (r) => state.selected[r.id] ?? r.selected;
    const recount = () => {
      counter(doc, 'lblResultCount').textContent = String(sel.outcomes.filter(isOn).length);
      counter(doc, 'lblPerfCount').textContent = String(sel.performances.filter(isOn).length);
    };
    // jqGrid's checkbox formatter, editable
    const box = (r) => h('input', {
      type: 'checkbox', value: '是', offval: '否', class: 'chkPick', checked: isOn(r),
      onchange: (e) => { state.selected[r.id] = e.target.checked; save(); recount(); },
    });
    const g1 = gridOf(ctx, {
      id: 'gridSelResult', caption: '課程學習成果（每學年至多勾選 6 件）', rows: () => sel.outcomes,
      colModel: [
        { name: 'pick', label: '勾選', width: 45, align: 'center', cell: box },
        { name: 'seme', label: '學期', width: 60, align: 'center', cell: (r) => r.term },
        { name: 'subject', label: '學科', width: 130, cell: (r) => r.course },
        { name: 'topic', label: '主題', width: 220, cell: (r) => r.title },
        { name: 'verify', label: '是否驗證', width: 90, align: 'center', cell: (r) => statusSpan(h, r.status, D.STATUS_LABEL.cVerify) },
      ],
    });
    const g2 = gridOf(ctx, {
      id: 'gridSelPerf', caption: '多元表現（每學年至多勾選 10 件）', rows: () => sel.performances,
      colModel: [
        { name: 'pick', label: '勾選', width: 45, align: 'center', cell: box },
        { name: 'kind', label: '類別', width: 100, cell: (r) => r.category },
        { name: 'topic', label: '主題', width: 260, cell: (r) => r.title },
        { name: 'source', label: '登錄來源', width: 110, cell: (r) => SOURCE_C[r.source] },
      ],
    });
    await Promise.all([g1.show(1), g2.show(1)]);
    recount();
  },

  async certify(ctx) {
    const { h, doc, big, state, save } = ctx;
    const list = D.certificationUploads(big ? { rows: big } : {});
    if (big) doc.title = C_TITLE(`課程學習成果認證（${big.toLocaleString('en-US')} 筆）`);
    state.decisions ??= {};
    const current = (r) => ({ ...r, ...(state.decisions[r.id] ?? {}) });
    const pending = () => list.filter((r) => current(r).status === 'pending').length;
    let g;
    const decide = (r, decision) => {
      state.decisions[r.id] = decision;
      save();
      counter(doc, 'lblPending').textContent = String(pending());
      g.reload();
    };
    const refuse = (r) => reasonDialog(ctx, `${r.sid} ${r.name}　${r.title}`, (reason) => decide(r, { status: 'rejected', reason, certifiedAt: D.SCHOOL.today }));
    const uiButton = (value, cls, onclick) => h('input', { type: 'button', class: `ui-button ui-widget ui-state-default ui-corner-all ${cls}`, value, onclick });
    g = gridOf(ctx, {
      id: 'gridVerify', pager: 'pgVerify', caption: '待認證課程學習成果', rowNum: big ? 0 : 10, rownumbers: true,
      rows: () => list,
      colModel: [
        { name: 'clsNo', label: '班級', width: 45, align: 'center', cell: (r) => r.className },
        { name: 'seat', label: '座號', width: 40, align: 'center', cell: (r) => String(r.seat) },
        { name: 'stdNo', label: '學號', width: 65, align: 'center', cell: (r) => r.sid },
        { name: 'stdName', label: '姓名', width: 65, cell: (r) => r.name },
        { name: 'subject', label: '學科', width: 110, cell: (r) => r.course },
        { name: 'courseCode', label: '課程代碼', width: 165, cell: (r) => r.code },
        { name: 'topic', label: '主題', width: 160, cell: (r) => r.title },
        { name: 'brief', label: '成果簡述', width: 240, cell: (r) => r.summary },
        { name: 'fileName', label: '檔案名稱', width: 150, cell: (r) => fileName(h, r.files[0]) },
        { name: 'fileSize', label: '大小(KB)', width: 70, align: 'right', cell: (r) => sizeKb(r.files[0]) },
        { name: 'upDate', label: '上傳日期', width: 75, align: 'center', cell: (r) => rocSlash(r.uploadedAt) },
        { name: 'state', label: '認證情形', width: 70, align: 'center', cell: (r) => statusSpan(h, current(r).status, D.STATUS_LABEL.c) },
        { name: 'stateDate', label: '認證日期', width: 70, align: 'center', cell: (r) => (current(r).certifiedAt ? rocDots(current(r).certifiedAt) : '') },
        { name: 'why', label: '不通過理由', width: 150, cell: (r) => (current(r).status === 'rejected' ? current(r).reason ?? '' : '') },
        {
          name: 'act', label: '操作', width: 110, align: 'center',
          cell: (r) => h('span', {},
            uiButton('通過', 'btnPass', () => decide(r, { status: 'certified', certifiedAt: D.SCHOOL.today })), ' ',
            uiButton('不通過', 'btnFail', () => refuse(r))),
        },
      ],
    });
    counter(doc, 'lblPending').textContent = String(pending());
    await g.show(1);
  },

  async class(ctx) {
    const { h, doc, big } = ctx;
    const list = D.progressRows(big ? { rows: big } : { className: '302' });
    if (big) {
      doc.title = C_TITLE(`班級學習歷程狀況（${big.toLocaleString('en-US')} 筆）`);
      doc.getElementById('lblScope').textContent = `全校（壓力測試資料 ${big.toLocaleString('en-US')} 筆）`;
    }
    const g = gridOf(ctx, {
      id: 'gridClass', pager: 'pgClass', caption: big ? '全校學生' : '302 班', rowNum: big ? 0 : 20, rownumbers: true,
      rows: () => list, rowId: serial(list),
      colModel: [
        ...(big ? [{ name: 'clsNo', label: '班級', width: 45, align: 'center', cell: (r) => r.className }] : []),
        { name: 'seat', label: '座號', width: 40, align: 'center', cell: (r) => String(r.seat) },
        { name: 'stdNo', label: '學號', width: 65, align: 'center', cell: (r) => r.sid },
        { name: 'stdName', label: '姓名', width: 65, cell: (r) => r.name },
        { name: 'idNo', label: '身分證字號', width: 95, align: 'center', cell: (r) => r.id },
        { name: 'upCnt', label: '成果上傳件數', width: 80, align: 'right', cell: (r) => String(r.uploaded) },
        { name: 'verCnt', label: '成果驗證件數', width: 80, align: 'right', cell: (r) => String(r.certified) },
        { name: 'selCnt', label: '成果勾選件數', width: 80, align: 'right', cell: (r) => String(r.selected) },
        { name: 'perfCnt', label: '多元表現件數', width: 80, align: 'right', cell: (r) => String(r.perfUploaded) },
        { name: 'perfSel', label: '多元表現勾選件數', width: 95, align: 'right', cell: (r) => String(r.perfSelected) },
        { name: 'reply', label: '收訖回報', width: 120, cell: (r) => h('span', { class: `rc-${r.receipt}` }, D.RECEIPT_ANSWER.c[r.receipt]) },
      ],
    });
    await g.show(1);
  },

  async courses(ctx) {
    const g = gridOf(ctx, {
      id: 'gridCourse', pager: 'pgCourse', caption: '114學年度 開課資料', rowNum: 20, rows: () => D.COURSE_OFFERINGS, rowId: (r) => r.code,
      colModel: [
        { name: 'courseCode', label: '課程代碼', width: 170, cell: (r) => r.code },
        { name: 'subjName', label: '學科名稱', width: 180, cell: (r) => r.name },
        { name: 'credit', label: '學分數', width: 55, align: 'right', cell: (r) => String(r.credits) },
        { name: 'grade', label: '開課年級', width: 65, align: 'center', cell: (r) => `${GRADE[r.grade]}年級` },
        { name: 'seme', label: '開課學期', width: 65, align: 'center', cell: (r) => `第${r.semester}學期` },
        { name: 'classes', label: '開課班級', width: 160, cell: (r) => r.classes },
      ],
    });
    await g.show(1);
  },

  async compare(ctx) {
    const list = D.COURSE_OFFERINGS.filter((c) => `114-${c.semester}` === D.COURSE_CHECK_RUNS.c.term);
    const g = gridOf(ctx, {
      id: 'gridCompare', pager: 'pgCompare', caption: '比對明細', rowNum: 30, rows: () => list, rowId: (r) => r.code,
      colModel: [
        { name: 'courseCode', label: '課程代碼', width: 170, cell: (r) => r.code },
        { name: 'subjName', label: '學科名稱', width: 170, cell: (r) => r.name },
        { name: 'credit', label: '學分數', width: 55, align: 'right', cell: (r) => String(r.credits) },
        { name: 'result', label: '比對情形', width: 120, align: 'center', cell: (r) => ctx.h('span', { class: `cmp-${D.compareCourse(r).result}` }, COMPARE_C[D.compareCourse(r).result]) },
        { name: 'why', label: '不符原因', width: 260, cell: (r) => D.compareCourse(r).note },
      ],
    });
    await g.show(1);
  },

  async precheck(ctx) {
    const batches = D.precheckBatches();
    const errors = batches.flatMap((b) => b.errors.map((e, i) => ({ ...e, roster: b.roster, id: `${b.roster}-${i + 1}` })));
    const rocStamp = (t) => `${rocSlash(t.slice(0, 10))} ${t.slice(11)}`;
    const g1 = gridOf(ctx, {
      id: 'gridBatch', caption: '名冊上傳紀錄', rows: () => batches, rowId: (r) => r.roster,
      colModel: [
        { name: 'roster', label: '名冊種類', width: 170, cell: (r) => r.roster },
        { name: 'upTime', label: '上傳時間', width: 120, align: 'center', cell: (r) => rocStamp(r.submittedAt) },
        { name: 'cnt', label: '筆數', width: 70, align: 'right', cell: (r) => r.records.toLocaleString('en-US') },
        { name: 'result', label: '檢核結果', width: 80, align: 'center', cell: (r) => ctx.h('span', { class: r.passed ? 'st-certified' : 'st-rejected' }, r.passed ? '通過' : '不通過') },
        { name: 'errCnt', label: '錯誤數', width: 60, align: 'right', cell: (r) => String(r.errors.length) },
      ],
    });
    const g2 = gridOf(ctx, {
      id: 'gridError', pager: 'pgError', caption: '錯誤明細', rowNum: 20, rows: () => errors,
      colModel: [
        { name: 'roster', label: '名冊種類', width: 150, cell: (r) => r.roster },
        { name: 'rowNo', label: '列次', width: 50, align: 'right', cell: (r) => String(r.row) },
        { name: 'field', label: '欄位名稱', width: 90, cell: (r) => r.field },
        { name: 'msg', label: '錯誤內容', width: 330, cell: (r) => r.message },
      ],
    });
    await Promise.all([g1.show(1), g2.show(1)]);
  },

  async receipt(ctx) {
    const { h, unreadable } = ctx;
    const list = D.receiptRowsGrade3();
    const bad = unreadable ? D.unreadableReceipt() : {};
    const g = gridOf(ctx, {
      id: 'gridReceipt', pager: 'pgReceipt', caption: '三年級 收訖明細回報', rowNum: unreadable ? 100 : 50, rownumbers: true,
      rows: () => list, rowId: serial(list),
      colModel: [
        { name: 'clsNo', label: '班級', width: 45, align: 'center', cell: (r) => r.className },
        { name: 'seat', label: '座號', width: 40, align: 'center', cell: (r) => String(r.seat) },
        { name: 'stdNo', label: '學號', width: 65, align: 'center', cell: (r) => (r.sid === bad.blankSid ? '' : r.sid) },
        { name: 'stdName', label: '姓名', width: 65, cell: (r) => r.name },
        { name: 'idNo', label: '身分證字號', width: 95, align: 'center', cell: (r) => r.id },
        {
          name: 'reply', label: '回報結果', width: 130,
          cell: (r) => h('span', { class: `rc-${r.receipt}` }, r.sid === bad.unknownAnswer ? D.UNREADABLE_TEXT.unknown : D.RECEIPT_ANSWER.c[r.receipt]),
        },
        { name: 'replyDate', label: '回報日期', width: 75, align: 'center', cell: (r) => (r.receiptAt ? rocSlash(r.receiptAt) : '') },
        { name: 'issue', label: '問題回報', width: 220, cell: (r) => r.note },
      ],
    });
    await g.show(1);
  },
};

/** jQuery UI's modal dialog asking for the 不通過理由; `done(reason)` once one is given. */
function reasonDialog(ctx, about, done) {
  const { doc, h } = ctx;
  const text = h('textarea', { id: 'txtReason', rows: '3', cols: '40', class: 'ui-widget-content ui-corner-all' });
  const error = h('div', { class: 'ui-state-error-text', role: 'alert' });
  const close = () => {
    dialog.remove();
    overlay.remove();
  };
  const ok = () => {
    const reason = text.value.trim();
    if (!reason) {
      error.textContent = '請輸入不通過理由';
      return;
    }
    close();
    done(reason);
  };
  const overlay = h('div', { class: 'ui-widget-overlay ui-front' });
  const dialog = h('div', { class: 'ui-dialog ui-widget ui-widget-content ui-corner-all ui-front', role: 'dialog', 'aria-labelledby': 'ui-id-1' },
    h('div', { class: 'ui-dialog-titlebar ui-widget-header ui-corner-all ui-helper-clearfix' },
      h('span', { id: 'ui-id-1', class: 'ui-dialog-title' }, '不通過理由'),
      h('button', { type: 'button', class: 'ui-dialog-titlebar-close', title: '關閉', onclick: close }, '×')),
    h('div', { class: 'ui-dialog-content ui-widget-content' }, h('p', {}, about), text, error),
    h('div', { class: 'ui-dialog-buttonpane ui-widget-content ui-helper-clearfix' },
      h('div', { class: 'ui-dialog-buttonset' },
        h('button', { type: 'button', class: 'ui-button ui-widget ui-state-default ui-corner-all btnOk', onclick: ok }, '確定'),
        h('button', { type: 'button', class: 'ui-button ui-widget ui-state-default ui-corner-all', onclick: close }, '取消'))));
  doc.body.append(overlay, dialog);
  text.focus();
}
