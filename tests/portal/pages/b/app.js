// Style B: a modern single-page 校務系統 ("雲端校務 CloudCampus"). The HTML files are empty shells;
// this module draws the chrome at once and the data table after a short delay (as an API call
// would), from the shared data module. Headers use other synonyms than style A, other column
// order, nested two-row headers, client-side pagination, and one page lives in an <iframe>.
// DOM is built with createElement/textContent only — no data ever goes through innerHTML.
import * as D from '../data/school.js';

const LOAD_DELAY_MS = 700;
const view = document.body.dataset.view;
const query = new URLSearchParams(location.search);
const hostile = query.get('variant') === 'hostile';
const rowsParam = Number(query.get('rows'));
const bigRows = Number.isInteger(rowsParam) && rowsParam > 0 && rowsParam <= 20000 ? rowsParam : 0;
const variant = hostile ? 'hostile' : bigRows ? `rows${bigRows}` : '';
const KEY = D.stateKey('b', view, variant);

// ---- DOM helpers ------------------------------------------------------------------------------

/** h('td', { class: 'x', onclick: fn }, 'text', node, …) — strings become text nodes. */
function h(tag, props = {}, ...kids) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') el.className = v;
    else if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else el.setAttribute(k, v === true ? '' : v);
  }
  for (const kid of kids.flat()) {
    if (kid === undefined || kid === null || kid === false) continue;
    el.append(kid instanceof Node ? kid : String(kid));
  }
  return el;
}

function loadState() {
  try {
    return JSON.parse(localStorage.getItem(KEY) ?? '{}') ?? {};
  } catch {
    return {};
  }
}
const state = loadState();
const saveState = () => localStorage.setItem(KEY, JSON.stringify(state));

const STATUS = D.STATUS_LABEL.b;
const SOURCE_B = { student: '學生', school: '學校', agency: '校外機構' };
const chip = (text, tone) => h('span', { class: `chip ${tone}` }, text);
const statusChip = (status) => chip(STATUS[status], { pending: 'grey', certified: 'green', rejected: 'red' }[status]);
const stamp = (date, key) => `${date} ${D.timeOf(key)}`;

// ---- chrome -----------------------------------------------------------------------------------

const NAV = {
  student: [['我的課程學習成果', '/b/student/outcomes.html', 'outcomes'], ['多元表現', '/b/student/performances.html', 'performances'], ['勾選提交', '/b/student/selection.html', 'selection']],
  teacher: [['成果認證', '/b/teacher/certify.html', 'certify']],
  mentor: [['班級進度總覽', '/b/mentor/progress.html', 'progress']],
  staff: [['開課管理', '/b/staff/courses.html', 'courses'], ['課程代碼比對', '/b/staff/course-check.html', 'course-check'], ['收訖確認追蹤', '/b/staff/receipt.html', 'receipt']],
  central: [['預檢結果', '/b/central/precheck.html', 'precheck']],
};

function chrome({ role, who, heading, crumbs }) {
  const app = document.getElementById('app');
  app.replaceChildren();
  const nav = h('nav', { class: 'drawer', 'aria-label': '功能選單' },
    h('div', { class: 'drawer-title' }, { student: '學生專區', teacher: '教師專區', mentor: '導師專區', staff: '行政專區', central: '中央資料庫' }[role]),
    NAV[role].map(([label, href, v]) => h('a', { href, class: v === view ? 'active' : undefined }, label)));
  const host = h('div', { id: 'table-host', 'aria-busy': 'true' }, h('div', { class: 'skeleton' }, h('span', { class: 'spinner' }), '資料載入中…'));
  const card = h('section', { class: 'card' }, h('div', { class: 'card-head' }, h('h1', {}, heading), h('div', { class: 'card-tools', id: 'card-tools' })), h('div', { id: 'intro' }), host);
  app.append(
    h('header', { class: 'topbar' },
      h('div', { class: 'brand' }, h('span', { class: 'logo' }, 'CC'), '雲端校務 CloudCampus', h('small', {}, `｜${D.SCHOOL.name}`)),
      h('div', { class: 'user' }, who, h('span', { class: 'avatar', 'aria-hidden': 'true' }, [...who][0]))),
    h('div', { class: 'layout' }, nav,
      h('main', {}, h('div', { class: 'crumbs' }, ['首頁', ...crumbs].join(' / ')), card,
        h('div', { class: 'resetbar' },
          h('button', { type: 'button', class: 'btn ghost', id: 'reset-demo', onclick: resetDemo }, '重設範例資料'),
          h('span', { class: 'muted' }, `（清除本頁存在瀏覽器的狀態：${KEY}）`)))));
  return { host, intro: document.getElementById('intro'), tools: document.getElementById('card-tools') };
}

function resetDemo() {
  const base = D.stateKey('b', view);
  for (let i = localStorage.length - 1; i >= 0; i--) {
    const k = localStorage.key(i);
    if (k && (k === base || k.startsWith(`${base}/`))) localStorage.removeItem(k);
  }
  location.reload();
}

const later = (fn) => new Promise((done) => setTimeout(() => { fn(); done(); }, LOAD_DELAY_MS));

// ---- the table ---------------------------------------------------------------------------------

/**
 * A data table with an optional two-row header: columns with a `group` share a first-row cell
 * spanning them; other columns span both rows. Client-side pagination keeps the page number in
 * the page's state. cols: { label, group?, cell(row) → string | Node | Node[], class? }.
 */
function dataTable({ id, cols, rows, pageSize = 0, caption, rowKey }) {
  const grouped = cols.some((c) => c.group);
  const thead = h('thead');
  if (grouped) {
    const top = h('tr');
    const sub = h('tr');
    for (let i = 0; i < cols.length; i++) {
      const c = cols[i];
      if (!c.group) {
        top.append(h('th', { rowspan: '2', scope: 'col' }, c.label));
        continue;
      }
      if (i > 0 && cols[i - 1].group === c.group) continue;
      const span = cols.slice(i).findIndex((x) => x.group !== c.group);
      const n = span === -1 ? cols.length - i : span;
      top.append(h('th', { colspan: String(n), scope: 'colgroup', class: 'group' }, c.group));
      for (const s of cols.slice(i, i + n)) sub.append(h('th', { scope: 'col' }, s.label));
    }
    thead.append(top, sub);
  } else {
    thead.append(h('tr', {}, cols.map((c) => h('th', { scope: 'col' }, c.label))));
  }
  const tbody = h('tbody');
  const table = h('table', { class: 'data', id }, caption ? h('caption', {}, caption) : null, thead, tbody);
  const pager = h('nav', { class: 'pager', 'aria-label': '分頁' });
  const wrap = h('div', { class: 'table-wrap' }, table);
  state.page ??= {};
  const pages = pageSize ? Math.max(1, Math.ceil(rows.length / pageSize)) : 1;

  function show(p) {
    const page = Math.min(Math.max(1, p), pages);
    state.page[id] = page;
    const slice = pageSize ? rows.slice((page - 1) * pageSize, page * pageSize) : rows;
    const td = (c, r) => (c.class === 'summary' ? h('td', { class: c.class }, h('div', { class: 'clamp' }, c.cell(r))) : h('td', { class: c.class }, c.cell(r)));
    tbody.replaceChildren(...slice.map((r) => h('tr', { 'data-key': rowKey ? rowKey(r) : undefined }, cols.map((c) => td(c, r)))));
    if (!slice.length) tbody.append(h('tr', {}, h('td', { colspan: String(cols.length), class: 'empty' }, '目前沒有資料')));
    pager.replaceChildren(
      h('span', { class: 'muted' }, pageSize && pages > 1 ? `共 ${rows.length} 筆・第 ${page} / ${pages} 頁` : `共 ${rows.length} 筆`),
      ...(pageSize && pages > 1
        ? [
            h('button', { type: 'button', class: 'pg', disabled: page === 1, 'aria-label': '上一頁', onclick: () => { show(page - 1); saveState(); } }, '‹'),
            ...Array.from({ length: pages }, (_, i) => h('button', { type: 'button', class: i + 1 === page ? 'pg current' : 'pg', 'aria-current': i + 1 === page ? 'page' : undefined, onclick: () => { show(i + 1); saveState(); } }, String(i + 1))),
            h('button', { type: 'button', class: 'pg', disabled: page === pages, 'aria-label': '下一頁', onclick: () => { show(page + 1); saveState(); } }, '›'),
          ]
        : []),
    );
  }
  show(state.page[id] ?? 1);
  return { el: h('div', {}, wrap, pager), refresh: () => show(state.page[id] ?? 1) };
}

const fileName = (f) => h('a', { href: '#', class: 'file', title: f.name }, f.name);
const files = (r, pick) => (r.files.length ? r.files.map((f) => h('div', {}, pick(f))) : '—');
function linkCell(link) {
  if (!link) return '—';
  // only http(s) becomes a link; anything else (javascript:, data:) is shown as text
  return /^https?:\/\//i.test(link) ? h('a', { href: link, target: '_blank', rel: 'noopener noreferrer' }, link) : h('code', {}, link);
}
function setTitle(base) {
  document.title = `${hostile ? `${base}（${D.HOSTILE_TITLE_MARK}）` : base}｜雲端校務 CloudCampus`;
}

// ---- views -------------------------------------------------------------------------------------

const lin = D.studentBySid('113005');
const studentWho = (s) => `${s.name}｜${s.className} 班 ${s.seat} 號｜學號 ${s.sid}`;

const VIEWS = {
  async outcomes() {
    const s = hostile ? D.HOSTILE_STUDENT : lin;
    const list = hostile ? D.HOSTILE_OUTCOMES : D.OUTCOMES_LIN;
    setTitle('我的課程學習成果');
    const ui = chrome({ role: 'student', who: studentWho(s), heading: '我的課程學習成果', crumbs: ['學習歷程', '課程學習成果'] });
    ui.intro.append(h('p', { class: 'muted' }, `114-1 學期成果，上傳截止 ${D.WINDOWS.outcomeUploadDue}。每件須由任課教師認證；文件檔（pdf、jpg、png）每檔 4 MB 以內，影音檔（mp3、mp4）10 MB 以內，內容簡述 100 字以內。`));
    ui.tools.append(h('button', { type: 'button', class: 'btn primary' }, '＋ 上傳成果'));
    await later(() => {
      const t = dataTable({
        id: 'outcome-table', pageSize: hostile ? 0 : 5, rows: list, rowKey: (r) => r.id,
        cols: [
          { label: '標題', cell: (r) => r.title, class: 'strong' },
          { label: '課程名稱', cell: (r) => r.course },
          { label: '課程代號', cell: (r) => r.code, class: 'mono' },
          { label: '學期', cell: (r) => r.term, class: 'nowrap' },
          { label: '名稱', group: '檔案', cell: (r) => files(r, fileName) },
          { label: '類型', group: '檔案', cell: (r) => files(r, (f) => f.type) },
          { label: '大小', group: '檔案', cell: (r) => files(r, (f) => f.size), class: 'num' },
          { label: '成果簡述', cell: (r) => r.summary, class: 'summary' },
          { label: '上傳時間', cell: (r) => stamp(r.uploadedAt, r.id), class: 'nowrap' },
          { label: '狀態', cell: (r) => statusChip(r.status) },
          { label: '不通過原因', cell: (r) => r.reason ?? '' },
        ],
      });
      ui.host.replaceChildren(t.el);
    });
  },

  async performances() {
    const s = hostile ? D.HOSTILE_STUDENT : lin;
    const list = hostile ? D.HOSTILE_PERFORMANCES : D.PERFORMANCES_LIN;
    setTitle('多元表現');
    const ui = chrome({ role: 'student', who: studentWho(s), heading: '多元表現', crumbs: ['學習歷程', '多元表現'] });
    ui.intro.append(h('p', { class: 'muted' }, '114 學年度。登錄者為「學校」「校外機構」的資料由學校或機構匯入。'));
    await later(() => {
      const t = dataTable({
        id: 'performance-table', pageSize: hostile ? 0 : 5, rows: list, rowKey: (r) => r.id,
        cols: [
          { label: '類別', cell: (r) => chip(r.category, 'blue') },
          { label: '成果名稱', cell: (r) => r.title, class: 'strong' },
          { label: '說明', cell: (r) => r.summary, class: 'summary' },
          { label: '名稱', group: '附件', cell: (r) => files(r, fileName) },
          { label: '類型', group: '附件', cell: (r) => files(r, (f) => f.type) },
          { label: '大小', group: '附件', cell: (r) => files(r, (f) => f.size), class: 'num' },
          { label: '連結', cell: (r) => linkCell(r.link) },
          { label: '登錄者', cell: (r) => SOURCE_B[r.source] },
          { label: '上傳時間', cell: (r) => stamp(r.uploadedAt, r.id), class: 'nowrap' },
        ],
      });
      ui.host.replaceChildren(t.el);
    });
  },

  async selection() {
    setTitle('勾選提交');
    const sel = D.selectionFor('113005');
    const ui = chrome({ role: 'student', who: studentWho(lin), heading: '勾選提交（114 學年度）', crumbs: ['學習歷程', '勾選提交'] });
    ui.intro.append(h('p', { class: 'muted' }, '課程學習成果最多 6 件、多元表現最多 10 件會提交至中央資料庫。勾選後自動儲存。'));
    state.selected ??= {};
    const isOn = (r) => state.selected[r.id] ?? r.selected;
    const counters = { outcome: h('strong'), perf: h('strong') };
    const recount = () => {
      counters.outcome.textContent = `${sel.outcomes.filter(isOn).length} / 6`;
      counters.perf.textContent = `${sel.performances.filter(isOn).length} / 10`;
    };
    const box = (r) => h('input', {
      type: 'checkbox', class: 'pick', value: r.id, 'aria-label': `提交：${r.title}`, checked: isOn(r),
      onchange: (e) => { state.selected[r.id] = e.target.checked; saveState(); recount(); },
    });
    await later(() => {
      const t1 = dataTable({
        id: 'select-outcomes', rows: sel.outcomes, rowKey: (r) => r.id,
        cols: [
          { label: '提交', cell: box, class: 'center' },
          { label: '課程名稱', cell: (r) => r.course },
          { label: '標題', cell: (r) => r.title, class: 'strong' },
          { label: '狀態', cell: (r) => statusChip(r.status) },
        ],
      });
      const t2 = dataTable({
        id: 'select-performances', rows: sel.performances, rowKey: (r) => r.id,
        cols: [
          { label: '提交', cell: box, class: 'center' },
          { label: '多元表現類別', cell: (r) => r.category },
          { label: '標題', cell: (r) => r.title, class: 'strong' },
          { label: '登錄者', cell: (r) => SOURCE_B[r.source] },
        ],
      });
      ui.host.replaceChildren(
        h('h2', {}, '課程學習成果 ', h('span', { class: 'counter' }, '已選 ', counters.outcome)), t1.el,
        h('h2', {}, '多元表現 ', h('span', { class: 'counter' }, '已選 ', counters.perf)), t2.el,
      );
      recount();
    });
  },

  async certify() {
    const list = hostile ? D.hostileCertificationUploads() : D.certificationUploads(bigRows ? { rows: bigRows } : {});
    setTitle(bigRows ? `成果認證（${bigRows.toLocaleString('en-US')} 筆）` : '成果認證');
    const ui = chrome({ role: 'teacher', who: '王怡君 老師｜英語文', heading: '課程學習成果認證', crumbs: ['教師專區', '成果認證'] });
    state.decisions ??= {};
    const current = (r) => ({ ...r, ...(state.decisions[r.id] ?? {}) });
    const pending = () => list.filter((r) => current(r).status === 'pending').length;
    const badge = h('strong');
    ui.intro.append(h('p', { class: 'muted' }, '待認證 ', badge, ` 件｜認證期限 ${D.WINDOWS.certifyDue}（休業式後三週內）。認證只確認是學生本人修課的成果，不評定品質或成績。`));
    badge.textContent = String(pending());
    let table;
    const decide = (r, d) => {
      state.decisions[r.id] = d;
      saveState();
      badge.textContent = String(pending());
      table.refresh();
    };
    function actions(row) {
      const r = current(row);
      const wrap = h('div', { class: 'actions' });
      const openForm = () => {
        const input = h('textarea', { rows: '2', class: 'reason-input', 'aria-label': '不通過原因', placeholder: '請說明原因（例如：非本課程作業）' });
        const msg = h('div', { class: 'error', role: 'alert' });
        const submit = () => {
          const reason = input.value.trim();
          if (!reason) { msg.textContent = '請填寫不通過原因'; return; }
          decide(row, { status: 'rejected', reason, certifiedAt: D.SCHOOL.today });
        };
        wrap.replaceChildren(h('form', { class: 'reason-form', onsubmit: (e) => { e.preventDefault(); submit(); } },
          input, msg,
          h('div', {}, h('button', { type: 'submit', class: 'btn danger small' }, '確定退回'), h('button', { type: 'button', class: 'btn ghost small', onclick: () => table.refresh() }, '取消'))));
        input.focus();
      };
      wrap.append(
        h('button', { type: 'button', class: 'btn primary small act-certify', disabled: r.status === 'certified', onclick: () => decide(row, { status: 'certified', certifiedAt: D.SCHOOL.today, reason: undefined }) }, '認證'),
        h('button', { type: 'button', class: 'btn danger small act-refuse', onclick: openForm }, '退回'));
      return wrap;
    }
    await later(() => {
      table = dataTable({
        id: 'certify-table', pageSize: bigRows ? 0 : 10, rows: list, rowKey: (r) => r.id,
        cols: [
          { label: '課程名稱', cell: (r) => r.course },
          { label: '課程代號', cell: (r) => r.code, class: 'mono' },
          { label: '班級', cell: (r) => r.className },
          { label: '學號', cell: (r) => r.sid },
          { label: '姓名', cell: (r) => r.name },
          { label: '標題', cell: (r) => r.title, class: 'strong' },
          { label: '說明', cell: (r) => r.summary, class: 'summary' },
          { label: '名稱', group: '附件', cell: (r) => files(r, fileName) },
          { label: '大小', group: '附件', cell: (r) => files(r, (f) => f.size), class: 'num' },
          { label: '上傳時間', cell: (r) => stamp(r.uploadedAt, r.id), class: 'nowrap' },
          { label: '狀態', cell: (r) => statusChip(current(r).status) },
          { label: '認證日期', cell: (r) => current(r).certifiedAt ?? '', class: 'nowrap' },
          { label: '不通過原因', cell: (r) => (current(r).status === 'rejected' ? current(r).reason ?? '' : '') },
          { label: '操作', cell: actions },
        ],
      });
      ui.host.replaceChildren(table.el);
    });
  },

  async progress() {
    const list = D.progressRows(bigRows ? { rows: bigRows } : { className: '302' });
    setTitle(bigRows ? `班級進度總覽（${bigRows.toLocaleString('en-US')} 筆）` : '班級進度總覽');
    const ui = chrome({ role: 'mentor', who: '蔡淑芬 老師｜302 導師', heading: bigRows ? `全校進度總覽（壓力測試 ${bigRows.toLocaleString('en-US')} 筆）` : '302 班 學習歷程進度', crumbs: ['導師專區', '班級進度總覽'] });
    ui.intro.append(h('p', { class: 'muted' }, `114-1｜資料更新 ${D.SCHOOL.today} 08:00`));
    await later(() => {
      const t = dataTable({
        id: 'progress-table', pageSize: bigRows ? 0 : 20, rows: list,
        cols: [
          { label: '班級', cell: (r) => r.className },
          { label: '座號', cell: (r) => String(r.seat), class: 'num' },
          { label: '學號', cell: (r) => r.sid },
          { label: '姓名', cell: (r) => r.name },
          { label: '證號', cell: (r) => r.id, class: 'mono' },
          { label: '已上傳', group: '課程學習成果', cell: (r) => String(r.uploaded), class: 'num' },
          { label: '已認證', group: '課程學習成果', cell: (r) => String(r.certified), class: 'num' },
          { label: '已勾選', group: '課程學習成果', cell: (r) => String(r.selected), class: 'num' },
          { label: '已上傳', group: '多元表現', cell: (r) => String(r.perfUploaded), class: 'num' },
          { label: '已勾選', group: '多元表現', cell: (r) => String(r.perfSelected), class: 'num' },
          { label: '確認狀態', cell: (r) => chip(D.RECEIPT_LABEL[r.receipt], { confirmed: 'green', disputed: 'red', none: 'grey' }[r.receipt]) },
        ],
      });
      ui.host.replaceChildren(t.el);
    });
  },

  async courses() {
    setTitle('開課管理');
    const ui = chrome({ role: 'staff', who: '周美玲｜教學組', heading: '開課管理（114 學年度）', crumbs: ['行政專區', '開課管理'] });
    await later(() => {
      const t = dataTable({
        id: 'course-table', pageSize: 25, rows: D.COURSE_OFFERINGS, rowKey: (r) => r.code,
        cols: [
          { label: '學期', cell: (r) => `114-${r.semester}` },
          { label: '年級', cell: (r) => String(r.grade) },
          { label: '課程名稱', cell: (r) => r.name, class: 'strong' },
          { label: '科目代碼', cell: (r) => r.code, class: 'mono' },
          { label: '學分數', cell: (r) => String(r.credits), class: 'num' },
          { label: '班級', cell: (r) => r.classes },
        ],
      });
      ui.host.replaceChildren(t.el);
    });
  },

  async 'course-check'() {
    setTitle('課程代碼比對');
    const ui = chrome({ role: 'staff', who: '周美玲｜教學組', heading: '課程代碼比對', crumbs: ['行政專區', '課程代碼比對'] });
    ui.intro.append(h('p', { class: 'muted' }, '比對結果由比對服務產生，顯示於下方框架。'));
    ui.host.removeAttribute('aria-busy');
    ui.host.replaceChildren(h('iframe', { src: '/b/staff/course-check-frame.html', title: '課程代碼比對結果', class: 'frame', id: 'course-check-frame' }));
  },

  async 'course-check-frame'() {
    // inside the iframe: no chrome, just the result
    const run = D.COURSE_CHECK_RUNS.b;
    const list = D.COURSE_OFFERINGS.filter((c) => `114-${c.semester}` === run.term);
    const app = document.getElementById('app');
    const host = h('div', {}, h('div', { class: 'skeleton' }, h('span', { class: 'spinner' }), '比對結果載入中…'));
    const bad = list.filter((c) => D.compareCourse(c).result !== 'matched').length;
    app.replaceChildren(h('div', { class: 'frame-body' },
      h('div', { class: 'run' }, h('span', {}, `比對時間：${run.ranAt}`), h('span', {}, `學期：${run.term}`), h('span', {}, `執行：${run.by}`),
        h('span', {}, `相符 ${list.length - bad}`), h('span', { class: 'bad' }, `不相符 ${bad}`)), host));
    const RESULT_B = { matched: chip('相符', 'green'), mismatch: chip('不相符', 'red'), unmatched: chip('不相符', 'red') };
    await later(() => {
      const t = dataTable({
        id: 'course-check-table', rows: list, rowKey: (r) => r.code,
        cols: [
          { label: '課程代號', cell: (r) => r.code, class: 'mono' },
          { label: '課程名稱', cell: (r) => r.name },
          { label: '學分數', cell: (r) => String(r.credits), class: 'num' },
          { label: '結果', cell: (r) => RESULT_B[D.compareCourse(r).result].cloneNode(true) },
          { label: '差異說明', cell: (r) => D.compareCourse(r).note },
        ],
      });
      host.replaceChildren(t.el);
    });
  },

  async precheck() {
    document.title = '預檢結果｜學生學習歷程資料庫';
    const batches = D.precheckBatches();
    const ui = chrome({ role: 'central', who: '093301 範例高級中學｜提交人員 許文雄', heading: '名冊預檢結果', crumbs: ['名冊提交', '預檢結果'] });
    ui.intro.append(h('p', { class: 'muted' }, '預檢未通過的名冊請修正後重新上傳，預檢通過後才能正式提交。'));
    await later(() => {
      const t1 = dataTable({
        id: 'precheck-table', rows: batches, rowKey: (r) => r.roster,
        cols: [
          { label: '名冊類型', cell: (r) => r.roster, class: 'strong' },
          { label: '提交時間', cell: (r) => r.submittedAt, class: 'nowrap' },
          { label: '筆數', cell: (r) => r.records.toLocaleString('en-US'), class: 'num' },
          { label: '預檢狀態', cell: (r) => (r.passed ? chip('通過', 'green') : chip('未通過', 'red')) },
          { label: '錯誤數', cell: (r) => String(r.errors.length), class: 'num' },
        ],
      });
      const errors = batches.flatMap((b) => b.errors.map((e) => ({ ...e, roster: b.roster })));
      const t2 = dataTable({
        id: 'precheck-errors', rows: errors,
        cols: [
          { label: '名冊', cell: (r) => r.roster },
          { label: '第幾筆', cell: (r) => String(r.row), class: 'num' },
          { label: '欄位', cell: (r) => r.field },
          { label: '錯誤訊息', cell: (r) => r.message },
        ],
      });
      ui.host.replaceChildren(t1.el, h('h2', {}, '錯誤明細'), t2.el);
    });
  },

  async receipt() {
    setTitle('收訖確認追蹤');
    const list = ['301', '302', '303'].flatMap((c) => D.progressRows({ className: c }));
    const ui = chrome({ role: 'staff', who: '許文雄｜註冊組', heading: '收訖明細確認追蹤（三年級）', crumbs: ['行政專區', '收訖確認追蹤'] });
    ui.intro.append(h('p', { class: 'muted' }, D.RECEIPT_ROUNDS.map((r) => `第 ${r.round} 輪 ${r.from} ～ ${r.to}`).join('；'), '。期限內未回覆視為確認。'));
    await later(() => {
      const t = dataTable({
        id: 'receipt-table', pageSize: 30, rows: list,
        cols: [
          { label: '學號', cell: (r) => r.sid },
          { label: '姓名', cell: (r) => r.name },
          { label: '身分證統一編號', cell: (r) => r.id, class: 'mono' },
          { label: '班級', cell: (r) => r.className },
          { label: '座號', cell: (r) => String(r.seat), class: 'num' },
          { label: '確認狀態', cell: (r) => chip(D.RECEIPT_LABEL[r.receipt], { confirmed: 'green', disputed: 'red', none: 'grey' }[r.receipt]) },
          { label: '回覆時間', cell: (r) => (r.receiptAt ? stamp(r.receiptAt, r.sid) : ''), class: 'nowrap' },
          { label: '說明', cell: (r) => r.note },
        ],
      });
      ui.host.replaceChildren(t.el);
    });
  },
};

VIEWS[view]?.().then(() => document.getElementById('table-host')?.removeAttribute('aria-busy'));
