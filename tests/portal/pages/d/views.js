// Style D: a Vue + Element-UI 智慧校園 portal. One HTML shell (/d/index.html) serves every route
// under /d/ (history-mode router: the server falls back to it); the menu changes the route with
// pushState and redraws, without loading a page. Lists are el-tables (./element.js) drawn from
// the shared data module after a delay, as an API call would. Its own words: 作品名稱, 內容摘要,
// 附件 with the size beside the name, 檔案類別, 資料提供, 審核; statuses as el-tags (認證通過 /
// 待審核 / 退件); 收訖 answers as the 收訖 system words them (正確 / 錯誤 / 未回覆); 西元 dates
// with a time (2025/12/15 13:05); terms as 114/上.
import * as D from '../data/school.js';
import { domBuilder, pageState, resetState, wait } from '../shared/dom.js';
import { termHalf, westernStamp, westernTime } from '../shared/formats.js';
import { elButton, elCheckbox, elDescriptions, elPagination, elPrompt, elTable, elTag } from './element.js';

export const D_BRAND = '智慧校園學習歷程平台';
export const D_CENTRAL = '學習歷程中央資料庫';
/** ms before a list's data arrives (the API call) */
export const D_DELAY_MS = 600;

const STATUS_TAG = { pending: 'warning', certified: 'success', rejected: 'danger' };
const RECEIPT_TAG = { confirmed: 'success', disputed: 'danger', none: 'info' };
const COMPARE_D = { matched: ['一致', 'success'], mismatch: ['不一致', 'danger'], unmatched: ['查無代碼', 'danger'] };
const SOURCE_D = { student: '本人', school: '學校', agency: '校外機構' };
const GRADE_D = { 1: '高一', 2: '高二', 3: '高三' };

/** The routes: path → { title, group, who, render(ctx) }. */
export const D_ROUTES = {
  '/d/student/outcomes': { title: '我的學習成果', group: '學生專區', who: '林雨萱（201 班 5 號）', render: outcomes },
  '/d/student/performances': { title: '多元表現紀錄', group: '學生專區', who: '林雨萱（201 班 5 號）', render: performances },
  '/d/student/selection': { title: '學習歷程勾選', group: '學生專區', who: '林雨萱（201 班 5 號）', render: selection },
  '/d/teacher/certify': { title: '成果認證審核', group: '教師專區', who: '王怡君 老師', render: certify },
  '/d/mentor/progress': { title: '班級學習歷程', group: '導師專區', who: '蔡淑芬 老師（302 導師）', render: progress },
  '/d/staff/courses': { title: '開課資料', group: '教務專區', who: '周美玲（教學組）', render: courses },
  '/d/staff/course-check': { title: '課程代碼比對', group: '教務專區', who: '周美玲（教學組）', render: courseCheck },
  '/d/staff/receipt': { title: '收訖回覆情形', group: '教務專區', who: '許文雄（註冊組）', render: receipt },
  '/d/central/precheck': { title: '名冊預檢結果', group: '中央資料庫', who: '093301 提交人員 許文雄', render: precheck, brand: D_CENTRAL },
};

/** where /d/ itself (or its index.html) goes: the router's redirect */
const HOME = '/d/student/outcomes';

/** document.title of a route, as the router's afterEach sets it. */
export const dTitle = (route, name = route.title) => `${name} | ${route.brand ?? D_BRAND}`;

/**
 * Starts the app: draws the route in location.pathname and follows the menu (pushState) and the
 * browser's back/forward. Resolves when the first route's lists show their data.
 */
export function startD(win, { delay = D_DELAY_MS } = {}) {
  win.addEventListener('popstate', () => draw(win, delay));
  return draw(win, delay);
}

/** The latest draw of each window: a list whose data arrives after the route changed is dropped. */
const draws = new WeakMap();
function draw(win, delay) {
  const doc = win.document;
  const h = domBuilder(doc);
  if (/^\/d\/?(index\.html)?$/.test(win.location.pathname)) win.history.replaceState({}, '', HOME);
  const path = win.location.pathname.replace(/\/+$/, '');
  const route = D_ROUTES[path];
  const query = new URLSearchParams(win.location.search);
  const rowsParam = Number(query.get('rows'));
  const big = Number.isInteger(rowsParam) && rowsParam > 0 && rowsParam <= 20000 ? rowsParam : 0;
  const unreadable = query.get('variant') === 'unreadable';
  const variant = big ? `rows${big}` : unreadable ? 'unreadable' : '';
  const view = path.split('/').pop();
  const { state, save } = pageState(win, D.stateKey('d', view, variant));
  const mine = (draws.get(win) ?? 0) + 1;
  draws.set(win, mine);
  const app = doc.getElementById('app');
  doc.title = route ? dTitle(route) : `找不到頁面 | ${D_BRAND}`;
  const main = h('main', { class: 'el-main' });
  app.replaceChildren(h('section', { class: 'el-container is-vertical' },
    h('header', { class: 'el-header', style: 'height: 56px;' },
      h('div', { class: 'brand' }, h('span', { class: 'logo' }, 'e'), route?.brand ?? D_BRAND, h('small', {}, D.SCHOOL.name)),
      h('div', { class: 'el-dropdown user' }, route?.who ?? '', h('i', { class: 'el-icon-arrow-down el-icon--right' }))),
    h('section', { class: 'el-container' }, h('aside', { class: 'el-aside', style: 'width: 210px;' }, menu(win, path, delay)), main)));
  if (!route) {
    main.append(h('div', { class: 'el-card is-always-shadow' }, h('div', { class: 'el-card__body' },
      h('p', {}, '找不到這個頁面，請由左側選單選擇功能。'))));
    return Promise.resolve();
  }
  const card = h('div', { class: 'el-card__body' });
  main.append(
    h('div', { class: 'el-breadcrumb', 'aria-label': 'Breadcrumb', role: 'navigation' },
      ['首頁', route.group, route.title].map((label, i, all) => h('span', { class: 'el-breadcrumb__item' },
        h('span', { role: 'link', class: 'el-breadcrumb__inner' }, label),
        i < all.length - 1 ? h('i', { class: 'el-breadcrumb__separator el-icon-arrow-right' }) : null))),
    h('div', { class: 'el-card is-always-shadow' },
      h('div', { class: 'el-card__header' }, h('div', { class: 'card-title' }, route.title)), card),
    h('div', { class: 'resetbar' },
      elButton(doc, '重設範例資料', 'default', () => resetState(win, D.stateKey('d', view)), 'reset-demo')));
  const ctx = {
    win, doc, h, delay, big, unreadable, state, save, card, route,
    /** still the route on screen (the menu may have moved on while the data loaded) */
    live: () => draws.get(win) === mine,
  };
  return route.render(ctx);
}

function menu(win, path, delay) {
  const h = domBuilder(win.document);
  const groups = new Map();
  for (const [p, r] of Object.entries(D_ROUTES)) {
    if (!groups.has(r.group)) groups.set(r.group, []);
    groups.get(r.group).push([p, r]);
  }
  const go = (p) => () => {
    if (p === path) return;
    win.history.pushState({}, '', p);
    draw(win, delay);
  };
  return h('ul', { role: 'menubar', class: 'el-menu' }, [...groups].map(([group, items]) =>
    h('li', { role: 'menuitem', class: 'el-submenu is-opened' },
      h('div', { class: 'el-submenu__title' }, group, h('i', { class: 'el-submenu__icon-arrow el-icon-arrow-down' })),
      h('ul', { role: 'menu', class: 'el-menu el-menu--inline' }, items.map(([p, r]) =>
        h('li', { role: 'menuitem', tabindex: '-1', class: p === path ? 'el-menu-item is-active' : 'el-menu-item', onclick: go(p) }, r.title))))));
}

// ---- shared pieces -----------------------------------------------------------------------------

const alert = (ctx, ...text) => ctx.h('div', { role: 'alert', class: 'el-alert el-alert--info is-light' },
  ctx.h('i', { class: 'el-alert__icon el-icon-info' }), ctx.h('div', { class: 'el-alert__content' }, ctx.h('span', { class: 'el-alert__title' }, ...text)));

/** 附件: each file's name as a link with its size beside it, 「會議紀錄.pdf (5.8 MB)」. */
const attachments = (ctx, files) => (files.length
  ? files.map((f) => ctx.h('div', { class: 'file' },
    ctx.h('a', { class: 'el-link el-link--primary', href: '#' }, ctx.h('span', { class: 'el-link--inner' }, f.name)), ' ',
    ctx.h('span', { class: 'file-size' }, `(${f.size})`)))
  : '—');
const fileKinds = (ctx, files) => files.map((f) => elTag(ctx.doc, D.statedFamily(f.type), 'info'));
const statusTag = (ctx, status) => elTag(ctx.doc, D.STATUS_LABEL.d[status], STATUS_TAG[status]);

/**
 * A list the way these pages show one: an el-table with a loading mask until the data arrives,
 * then a page of rows; with a pageSize, an el-pagination below it (0: every row on one page, the
 * pager still saying 「共 N 條」). Resolves when the first page shows.
 */
async function list(ctx, host, { id, columns, rows, pageSize }) {
  const table = elTable(ctx.doc, { id, columns });
  const show = (page) => table.setRows(pageSize ? rows().slice((page - 1) * pageSize, page * pageSize) : rows());
  let current = 1;
  const pager = pageSize === undefined ? null : elPagination(ctx.doc, { total: rows().length, pageSize, onChange: (page) => { current = page; loadPage(page); } });
  let ticket = 0;
  async function loadPage(page) {
    const mine = ++ticket;
    table.setLoading(true);
    await wait(ctx.win, ctx.delay);
    if (mine !== ticket || !ctx.live()) return;
    show(page);
    table.setLoading(false);
  }
  table.setRows([]);
  host.append(ctx.h('div', { class: 'table-box' }, table.el, pager));
  await loadPage(1);
  return { refresh: () => show(current) };
}

// ---- the views -----------------------------------------------------------------------------------

async function outcomes(ctx) {
  ctx.card.append(alert(ctx, `114 學年度上學期成果，上傳截止 ${D.WINDOWS.outcomeUploadDue.replaceAll('-', '/')}。文件檔（pdf、jpg、png）每檔 4MB、影音檔（mp3、mp4）每檔 10MB 以內，內容摘要 100 字以內；上傳後由任課老師認證。`));
  await list(ctx, ctx.card, {
    id: 'outcomeTable', pageSize: 5, rows: () => D.OUTCOMES_LIN,
    columns: [
      { label: '學期', width: 70, align: 'center', cell: (r) => termHalf(r.term) },
      { label: '科目', width: 110, cell: (r) => r.course },
      { label: '課程代碼', width: 180, cell: (r) => r.code },
      { label: '作品名稱', width: 170, cell: (r) => r.title },
      { label: '內容摘要', width: 240, tooltip: true, cell: (r) => r.summary },
      { label: '附件', width: 200, cell: (r) => attachments(ctx, r.files) },
      { label: '檔案類別', width: 80, align: 'center', cell: (r) => fileKinds(ctx, r.files) },
      { label: '上傳時間', width: 140, align: 'center', cell: (r) => westernStamp(r.uploadedAt, r.id) },
      { label: '認證狀態', width: 90, align: 'center', cell: (r) => statusTag(ctx, r.status) },
      { label: '退件原因', width: 160, cell: (r) => r.reason ?? '' },
    ],
  });
}

async function performances(ctx) {
  ctx.card.append(alert(ctx, '114 學年度。資料提供為「學校」「校外機構」者由學校或機構匯入。'));
  await list(ctx, ctx.card, {
    id: 'performanceTable', pageSize: 5, rows: () => D.PERFORMANCES_LIN,
    columns: [
      { label: '類別', width: 110, align: 'center', cell: (r) => elTag(ctx.doc, r.category, '') },
      { label: '項目名稱', width: 190, cell: (r) => r.title },
      { label: '內容摘要', width: 240, tooltip: true, cell: (r) => r.summary },
      { label: '附件', width: 210, cell: (r) => attachments(ctx, r.files) },
      { label: '檔案類別', width: 80, align: 'center', cell: (r) => fileKinds(ctx, r.files) },
      { label: '外部連結', width: 180, cell: (r) => (r.link ? ctx.h('a', { class: 'el-link el-link--primary', href: r.link, target: '_blank', rel: 'noopener noreferrer' }, r.link) : '') },
      { label: '資料提供', width: 90, align: 'center', cell: (r) => SOURCE_D[r.source] },
      { label: '上傳時間', width: 140, align: 'center', cell: (r) => westernStamp(r.uploadedAt, r.id) },
    ],
  });
}

async function selection(ctx) {
  const { h, state, save } = ctx;
  const sel = D.selectionFor('113005');
  state.selected ??= {};
  const isOn = (r) => state.selected[r.id] ?? r.selected;
  const counters = { outcome: h('b'), perf: h('b') };
  const recount = () => {
    counters.outcome.textContent = `${sel.outcomes.filter(isOn).length} / 6`;
    counters.perf.textContent = `${sel.performances.filter(isOn).length} / 10`;
  };
  const box = (r) => elCheckbox(ctx.doc, isOn(r), (on) => { state.selected[r.id] = on; save(); recount(); }, `勾選：${r.title}`);
  ctx.card.append(alert(ctx, '課程學習成果每學年最多勾選 6 件、多元表現最多 10 件，學校於提交期間送至中央資料庫。勾選即儲存。'));
  const first = h('div');
  const second = h('div');
  ctx.card.append(h('h3', { class: 'sub' }, '課程學習成果　已勾選 ', counters.outcome), first, h('h3', { class: 'sub' }, '多元表現　已勾選 ', counters.perf), second);
  recount();
  await Promise.all([
    list(ctx, first, {
      id: 'selectOutcomeTable', rows: () => sel.outcomes,
      columns: [
        { label: '勾選', width: 60, align: 'center', cell: box },
        { label: '科目', width: 150, cell: (r) => r.course },
        { label: '作品名稱', width: 240, cell: (r) => r.title },
        { label: '認證狀態', width: 100, align: 'center', cell: (r) => statusTag(ctx, r.status) },
      ],
    }),
    list(ctx, second, {
      id: 'selectPerformanceTable', rows: () => sel.performances,
      columns: [
        { label: '勾選', width: 60, align: 'center', cell: box },
        { label: '類別', width: 110, align: 'center', cell: (r) => elTag(ctx.doc, r.category, '') },
        { label: '項目名稱', width: 260, cell: (r) => r.title },
        { label: '資料提供', width: 100, align: 'center', cell: (r) => SOURCE_D[r.source] },
      ],
    }),
  ]);
}

/** The teacher's list has no title column: a row is a student's upload for a course (學生, 科目, 附件). */
async function certify(ctx) {
  const { h, doc, big, unreadable, state, save } = ctx;
  const list0 = D.certificationUploads(big ? { rows: big } : {});
  if (big) doc.title = dTitle(ctx.route, `成果認證審核（${big.toLocaleString('en-US')} 筆）`);
  const garbled = unreadable ? D.unreadableCertification() : {};
  state.decisions ??= {};
  const current = (r) => ({ ...r, ...(state.decisions[r.id] ?? {}) });
  const pendingCount = h('b');
  const recount = () => { pendingCount.textContent = String(list0.filter((r) => current(r).status === 'pending').length); };
  let table;
  const decide = (r, decision) => {
    state.decisions[r.id] = decision;
    save();
    recount();
    table.refresh();
  };
  const statusCell = (r) => (garbled[r.id] && !state.decisions[r.id] ? elTag(doc, garbled[r.id], '') : statusTag(ctx, current(r).status));
  ctx.card.append(alert(ctx, '待審核 ', pendingCount, ` 件，審核期限 ${D.WINDOWS.certifyDue.replaceAll('-', '/')}（休業式後三週內）。認證僅確認為學生本人修課成果，不評定品質或成績；退件請說明原因。`));
  recount();
  table = await list(ctx, ctx.card, {
    id: 'certifyTable', pageSize: big || unreadable ? 0 : 10, rows: () => list0,
    columns: [
      { label: '班級', width: 60, align: 'center', cell: (r) => r.className },
      { label: '學號', width: 80, align: 'center', cell: (r) => r.sid },
      { label: '學生', width: 80, cell: (r) => r.name },
      { label: '科目', width: 140, cell: (r) => r.course },
      { label: '課程代碼', width: 180, cell: (r) => r.code },
      { label: '內容摘要', width: 220, tooltip: true, cell: (r) => r.summary },
      { label: '附件', width: 220, cell: (r) => attachments(ctx, r.files) },
      { label: '上傳時間', width: 140, align: 'center', cell: (r) => westernStamp(r.uploadedAt, r.id) },
      { label: '認證狀態', width: 90, align: 'center', cell: statusCell },
      { label: '審核日期', width: 100, align: 'center', cell: (r) => (current(r).certifiedAt ? current(r).certifiedAt.replaceAll('-', '/') : '') },
      { label: '退件原因', width: 160, cell: (r) => (current(r).status === 'rejected' ? current(r).reason ?? '' : '') },
      {
        label: '操作', width: 150, align: 'center',
        cell: (r) => [
          elButton(doc, '通過', 'primary', () => decide(r, { status: 'certified', certifiedAt: D.SCHOOL.today }), 'act-pass'),
          elButton(doc, '退件', 'danger', () => elPrompt(doc, { title: '退件原因', message: `${r.sid} ${r.name}・${r.course}`, placeholder: '請輸入退件原因（例如：非本課程作品）', error: '請輸入退件原因' },
            (reason) => decide(r, { status: 'rejected', reason, certifiedAt: D.SCHOOL.today })), 'act-return'),
        ],
      },
    ],
  });
}

async function progress(ctx) {
  const { big, doc } = ctx;
  const rows = D.progressRows(big ? { rows: big } : { className: '302' });
  if (big) doc.title = dTitle(ctx.route, `班級學習歷程（${big.toLocaleString('en-US')} 筆）`);
  ctx.card.append(alert(ctx, big ? `全校學生（壓力測試 ${big.toLocaleString('en-US')} 筆）` : '302 班（導師 蔡淑芬）', `・114/上・資料更新 ${D.SCHOOL.today.replaceAll('-', '/')} 08:00`));
  await list(ctx, ctx.card, {
    id: 'progressTable', pageSize: big ? 0 : 20, rows: () => rows,
    columns: [
      { label: '班級', width: 60, align: 'center', cell: (r) => r.className },
      { label: '座號', width: 55, align: 'center', cell: (r) => String(r.seat) },
      { label: '學號', width: 80, align: 'center', cell: (r) => r.sid },
      { label: '姓名', width: 80, cell: (r) => r.name },
      { label: '身分證號', width: 110, align: 'center', cell: (r) => r.id },
      {
        label: '課程學習成果',
        children: [
          { label: '上傳', width: 60, align: 'center', cell: (r) => String(r.uploaded) },
          { label: '已認證', width: 65, align: 'center', cell: (r) => String(r.certified) },
          { label: '已勾選', width: 65, align: 'center', cell: (r) => String(r.selected) },
        ],
      },
      {
        label: '多元表現',
        children: [
          { label: '上傳', width: 60, align: 'center', cell: (r) => String(r.perfUploaded) },
          { label: '已勾選', width: 65, align: 'center', cell: (r) => String(r.perfSelected) },
        ],
      },
      { label: '收訖', width: 80, align: 'center', cell: (r) => elTag(doc, D.RECEIPT_ANSWER.d[r.receipt], RECEIPT_TAG[r.receipt]) },
    ],
  });
}

async function courses(ctx) {
  ctx.card.append(alert(ctx, '114 學年度開課資料（課程代碼由課程計畫平臺匯入）。'));
  await list(ctx, ctx.card, {
    id: 'courseTable', pageSize: 20, rows: () => D.COURSE_OFFERINGS,
    columns: [
      { label: '學年期', width: 80, align: 'center', cell: (r) => termHalf(`114-${r.semester}`) },
      { label: '年級', width: 60, align: 'center', cell: (r) => GRADE_D[r.grade] },
      { label: '科目', width: 180, cell: (r) => r.name },
      { label: '課程代碼', width: 190, cell: (r) => r.code },
      { label: '學分', width: 60, align: 'center', cell: (r) => String(r.credits) },
      { label: '開課班級', width: 180, cell: (r) => r.classes },
    ],
  });
}

async function courseCheck(ctx) {
  const run = D.COURSE_CHECK_RUNS.d;
  const rows = D.COURSE_OFFERINGS.filter((c) => `114-${c.semester}` === run.term);
  const bad = rows.filter((c) => D.compareCourse(c).result !== 'matched').length;
  ctx.card.append(elDescriptions(ctx.doc, '比對資訊', [
    ['比對學年期', termHalf(run.term)], ['比對時間', westernTime(run.ranAt)], ['執行人員', run.by],
    ['一致', `${rows.length - bad} 筆`], ['不一致', `${bad} 筆`],
  ]));
  await list(ctx, ctx.card, {
    id: 'compareTable', pageSize: 10, rows: () => rows,
    columns: [
      { label: '課程代碼', width: 190, cell: (r) => r.code },
      { label: '科目', width: 170, cell: (r) => r.name },
      { label: '學分', width: 60, align: 'center', cell: (r) => String(r.credits) },
      { label: '比對結果', width: 100, align: 'center', cell: (r) => elTag(ctx.doc, ...COMPARE_D[D.compareCourse(r).result]) },
      { label: '說明', width: 260, cell: (r) => D.compareCourse(r).note },
    ],
  });
}

async function precheck(ctx) {
  const { h } = ctx;
  const batches = D.precheckBatches();
  const errors = batches.flatMap((b) => b.errors.map((e) => ({ ...e, roster: b.roster })));
  ctx.card.append(alert(ctx, '預檢未通過之名冊請修正後重新上傳；全部通過後才能正式提交。'));
  const first = h('div');
  const second = h('div');
  ctx.card.append(first, h('h3', { class: 'sub' }, '錯誤明細'), second);
  await Promise.all([
    list(ctx, first, {
      id: 'batchTable', rows: () => batches,
      columns: [
        { label: '名冊名稱', width: 190, cell: (r) => r.roster },
        { label: '上傳時間', width: 140, align: 'center', cell: (r) => westernTime(r.submittedAt) },
        { label: '資料筆數', width: 90, align: 'center', cell: (r) => r.records.toLocaleString('en-US') },
        { label: '預檢結果', width: 90, align: 'center', cell: (r) => (r.passed ? elTag(ctx.doc, '通過', 'success') : elTag(ctx.doc, '未通過', 'danger')) },
        { label: '錯誤筆數', width: 80, align: 'center', cell: (r) => String(r.errors.length) },
      ],
    }),
    list(ctx, second, {
      id: 'errorTable', rows: () => errors,
      columns: [
        { label: '名冊名稱', width: 170, cell: (r) => r.roster },
        { label: '資料列', width: 70, align: 'center', cell: (r) => String(r.row) },
        { label: '欄位', width: 100, cell: (r) => r.field },
        { label: '錯誤描述', width: 340, cell: (r) => r.message },
      ],
    }),
  ]);
}

async function receipt(ctx) {
  const rows = D.receiptRowsGrade3();
  ctx.card.append(alert(ctx, `三年級收訖明細回覆：${D.RECEIPT_ROUNDS.map((r) => `第 ${r.round} 輪 ${r.from.replaceAll('-', '/')}～${r.to.replaceAll('-', '/')}`).join('、')}。期限內未回覆者視為確認。`));
  await list(ctx, ctx.card, {
    id: 'receiptTable', pageSize: 20, rows: () => rows,
    columns: [
      { label: '學號', width: 80, align: 'center', cell: (r) => r.sid },
      { label: '姓名', width: 80, cell: (r) => r.name },
      { label: '身分證號', width: 110, align: 'center', cell: (r) => r.id },
      { label: '班級', width: 60, align: 'center', cell: (r) => r.className },
      { label: '座號', width: 55, align: 'center', cell: (r) => String(r.seat) },
      { label: '收訖回覆', width: 90, align: 'center', cell: (r) => elTag(ctx.doc, D.RECEIPT_ANSWER.d[r.receipt], RECEIPT_TAG[r.receipt]) },
      { label: '回覆時間', width: 140, align: 'center', cell: (r) => (r.receiptAt ? westernStamp(r.receiptAt, r.sid) : '') },
      { label: '回報內容', width: 220, cell: (r) => r.note },
    ],
  });
}
