// Style A: a classic ASP.NET WebForms 校務行政系統, rendered on the server from the shared data
// module. Markup quirks on purpose: uppercase tags, unclosed <TD>/<TR>, layout tables around the
// GridView, GridView pager rows (a nested table inside the data table), <FONT>, &nbsp; padding,
// __VIEWSTATE, postback-like query strings, ROC dates in places, one page served as Big5 bytes.
// Every data value goes through esc(); nothing from the data is ever emitted raw.
import * as D from '../pages/data/school.js';
import { encodeBig5Html } from './big5.mjs';

export const esc = (value) =>
  String(value ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
const cell = (value) => (value === '' || value === undefined || value === null ? '&nbsp;' : esc(value));
/** 2026-02-10 → 115/02/10 */
export const roc = (iso) => `${Number(iso.slice(0, 4)) - 1911}/${iso.slice(5, 7)}/${iso.slice(8, 10)}`;

const MENUS = {
  student: [
    ['基本資料', '#'], ['修課紀錄', '#'], ['課程學習成果', '/a/student/outcomes.html'],
    ['多元表現', '/a/student/Performance.aspx'], ['勾選作業', '/a/student/Selection.aspx'], ['收訖明細', '#'],
  ],
  teacher: [['課程學習成果認證', '/a/teacher/Certify.aspx'], ['課程諮詢紀錄', '#'], ['成績登錄', '#']],
  mentor: [['班級學習歷程進度', '/a/mentor/ClassProgress.aspx'], ['收訖確認狀態', '/a/staff/Receipt.aspx'], ['學生基本資料', '#']],
  staff: [
    ['開課資料維護', '/a/staff/CourseList.aspx'], ['課程代碼比對', '/a/staff/CourseCodeCheck.aspx'],
    ['收訖確認狀態', '/a/staff/Receipt.aspx'], ['名冊匯出', '#'],
  ],
  central: [['名冊上傳', '#'], ['預檢結果查詢', '/a/central/PreCheck.aspx'], ['收訖明細下載', '#']],
};

/** The page frame: __VIEWSTATE form, banner, menu; a layout table unless told otherwise. */
function page({ title, file, role, who, content, charset = 'utf-8', layoutTable = true, stateKey = '', banner }) {
  const menu = MENUS[role]
    .map(([label, href]) => `<A href="${href}"${href.endsWith(file) ? ' class="current"' : ''}>${esc(label)}</A>`)
    .join('\n');
  const bannerText = banner ?? `${D.SCHOOL.name}　校務行政系統`;
  const head = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<HTML lang="zh-Hant-TW">
<HEAD>
<META http-equiv="Content-Type" content="text/html; charset=${charset}">
<TITLE>${esc(title)}</TITLE>
<LINK rel="stylesheet" type="text/css" href="/portal.css">
<LINK rel="stylesheet" type="text/css" href="/a/a.css">
<SCRIPT type="text/javascript" src="/a/scripts/portal-a.js"></SCRIPT>
</HEAD>
<BODY class="style-a">
<FORM name="aspnetForm" method="post" action="./${esc(file)}" id="aspnetForm">
<DIV>
<INPUT type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKLTEzNjQ5ODQ2Mg9kFgJmD2QWAgIDD2QWAgIBD2QWBAIBDw8WAh4EVGV4dAUJ5pyq6KqN6K2JZGQCAw88KwARAgAPFgQeC18hRGF0YUJvdW5kZx4LXyFJdGVtQ291bnQCCGQBEBYAFgAWAGQYAQUeY3RsMDAkTWFpbkNvbnRlbnQkZ3ZSZXN1bHQPPCsADAEIAgFk">
<INPUT type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEWAwKm0P6aDQLs0bLrBgKM54rGBg==">
<INPUT type="hidden" id="hfStateKey" value="${esc(stateKey)}">
<INPUT type="hidden" id="hfToday" value="${esc(D.SCHOOL.today)}">
</DIV>
`;
  const top = `<header class="portal"><span>${esc(bannerText)}</span><span class="who">${esc(who)}｜系統日期：${esc(roc(D.SCHOOL.today))}｜<A href="#">登出</A></span></header>`;
  const reset = `<DIV class="resetbar"><INPUT type="button" id="btnResetDemo" class="btn" value="重設範例資料"></DIV>`;
  if (!layoutTable) {
    return `${head}${top}
<nav class="menu">
${menu}
</nav>
<main>
${content}
${reset}
</main>
</FORM>
</BODY>
</HTML>
`;
  }
  return `${head}${top}
<TABLE width="100%" border="0" cellpadding="0" cellspacing="0" class="layout">
<TR>
<TD class="menu-cell" valign="top" width="170"><nav class="menu">
${menu}
</nav>
<TD valign="top" class="content-cell">
${content}
${reset}
</TABLE>
</FORM>
</BODY>
</HTML>
`;
}

const PAGER_ARG = /^Page\$(\d+)$/;
/** Page number from a postback-like query string (?__EVENTTARGET=…&__EVENTARGUMENT=Page$2). */
function pageNumber(query) {
  const m = PAGER_ARG.exec(query.get('__EVENTARGUMENT') ?? '');
  return m ? Number(m[1]) : 1;
}

function postbackHref(file, target, argument, extra = '') {
  return `${file}?__EVENTTARGET=${encodeURIComponent(target)}&amp;__EVENTARGUMENT=${encodeURIComponent(argument)}${extra}`;
}

/**
 * An ASP.NET GridView: header row of <TH scope="col">, data rows with unclosed <TD>/<TR>,
 * optional pager row (a nested table) at the bottom. rows: arrays of cell HTML (already escaped)
 * or { cells, cls }.
 */
function gridView({ id, headers, rows, pageSize, page = 1, file, target, extraQuery = '', empty = '查無資料', openRows = false }) {
  const total = rows.length;
  const pages = pageSize ? Math.max(1, Math.ceil(total / pageSize)) : 1;
  const current = Math.min(Math.max(page, 1), pages);
  const shown = pageSize ? rows.slice((current - 1) * pageSize, current * pageSize) : rows;
  let html = `<TABLE class="grid gv" cellspacing="0" rules="all" border="1" id="${id}" style="border-collapse:collapse;">\n`;
  html += `<TR class="gvHeader">${headers.map((h) => `<TH scope="col">${esc(h)}</TH>`).join('')}</TR>\n`;
  if (!shown.length) html += `<TR class="gvEmpty"><TD colspan="${headers.length}">${esc(empty)}</TD></TR>\n`;
  shown.forEach((row, i) => {
    const cells = Array.isArray(row) ? row : row.cells;
    const cls = (Array.isArray(row) ? '' : row.cls ?? '') || (i % 2 ? 'gvAlt' : 'gvRow');
    // cells are never closed; rows are closed unless openRows (then the line break lands in the last cell)
    html += `<TR class="${cls}">${cells.map((c) => (typeof c === 'string' ? `<TD>${c}` : `<TD class="${c.cls}">${c.html}`)).join('')}${openRows ? '' : '</TR>'}\n`;
  });
  if (pageSize && pages > 1) {
    const links = [];
    for (let p = 1; p <= pages; p++) {
      links.push(p === current ? `<TD><SPAN>${p}</SPAN></TD>` : `<TD><A href="${postbackHref(file, target, `Page$${p}`, extraQuery)}">${p}</A></TD>`);
    }
    html += `<TR class="gvPager"><TD colspan="${headers.length}"><TABLE border="0"><TR>${links.join('')}</TR></TABLE></TD></TR>\n`;
  }
  html += '</TABLE>\n';
  const info = pageSize && pages > 1 ? `共 ${total} 筆，第 ${current}/${pages} 頁` : `共 ${total} 筆`;
  return { html, info, current, pages };
}

const fileCell = (files) =>
  files.length
    ? files.map((f) => `<a href="#">${esc(f.name)}</a><br><span class="size">${esc(f.size)}</span>`).join('<br>')
    : '&nbsp;';
const hidden = (id) => `<INPUT type="hidden" class="hfKey" value="${esc(id)}">`;
const statusFont = (status, label, reason) => {
  const text = label[status];
  if (status === 'rejected') return `<FONT color="#CC0000"${reason ? ` title="退回原因：${esc(reason)}"` : ''}>${esc(text)}</FONT>`;
  if (status === 'certified') return `<FONT color="#006600">${esc(text)}</FONT>`;
  return esc(text);
};
const hostileOf = (query) => (query.get('variant') === 'hostile' ? 'hostile' : '');
const rowsOf = (query) => {
  const n = Number(query.get('rows'));
  return Number.isInteger(n) && n > 0 && n <= 20000 ? n : 0;
};
const titleWith = (base, variant) => (variant === 'hostile' ? `${base}（${D.HOSTILE_TITLE_MARK}）` : base);
const SUFFIX = ' - 範例高級中學校務行政系統';
const LABEL = D.STATUS_LABEL.a;

// ---------------------------------------------------------------------------------------------
// Student pages

function outcomes(query) {
  const variant = hostileOf(query);
  const term = query.get('term') === '1142' ? '114-2' : '114-1';
  const student = variant ? D.HOSTILE_STUDENT : D.studentBySid('112045');
  const list = (variant ? D.HOSTILE_OUTCOMES : D.OUTCOMES_CHEN).filter((o) => o.term === term);
  const rows = list.map((o) => [
    '114', term.slice(-1), esc(o.course), esc(o.code), esc(o.title), esc(o.summary), fileCell(o.files),
    esc(o.uploadedAt), statusFont(o.status, LABEL, o.reason), `<a href="#">編輯</a> <a href="#">刪除</a>${hidden(o.id)}`,
  ]);
  const grid = gridView({
    id: 'ctl00_MainContent_gvResult',
    headers: ['學年度', '學期', '科目名稱', '課程代碼', '成果名稱', '簡述', '檔案', '上傳日期', '認證狀態', '功能'],
    rows,
  });
  const termLinks = ['114-1', '114-2']
    .map((t) => (t === term ? `<B>${t}</B>` : `<A href="outcomes.html?__EVENTTARGET=ctl00%24MainContent%24ddlTerm&amp;term=${t.replace('-', '')}${variant ? '&amp;variant=hostile' : ''}">${t}</A>`))
    .join('&nbsp;|&nbsp;');
  const content = `<h2>課程學習成果上傳</h2>
<p class="hint">學號：${esc(student.sid)}　114 學年度第 1 學期上傳期限：${roc(D.WINDOWS.outcomeUploadDue)}（休業式後二週）。每學期至多上傳 6 件，須經任課教師認證。</p>
<p class="hint">學期：${termLinks}</p>
${grid.html}<p class="hint">${grid.info}</p>`;
  return page({
    title: titleWith('課程學習成果上傳', variant) + SUFFIX,
    file: 'outcomes.html', role: 'student', layoutTable: false,
    who: `學生：${student.name}（${student.className} 班 ${student.seat} 號）`,
    content, stateKey: D.stateKey('a', 'outcomes', variant),
  });
}

function performance(query) {
  const variant = hostileOf(query);
  const student = variant ? D.HOSTILE_STUDENT : D.studentBySid('112045');
  const list = variant ? D.HOSTILE_PERFORMANCES : D.PERFORMANCES_CHEN;
  const rows = list.map((p) => {
    const docs = p.files.filter((f) => D.statedFamily(f.type) === '文件');
    const media = p.files.filter((f) => D.statedFamily(f.type) === '影音');
    return [
      esc(p.category), esc(p.title), esc(p.summary), fileCell(docs), fileCell(media),
      p.link ? `<A href="#" title="${esc(p.link)}">${esc(p.link)}</A>` : '&nbsp;',
      p.source === 'student' ? esc(D.SOURCE_LABEL[p.source]) : `<FONT color="#666666">${esc(D.SOURCE_LABEL[p.source])}</FONT>`,
      esc(p.uploadedAt), `${p.source === 'student' ? '<a href="#">編輯</a>' : '&nbsp;'}${hidden(p.id)}`,
    ];
  });
  const grid = gridView({
    id: 'ctl00_MainContent_gvPerf',
    headers: ['多元表現類別', '標題', '簡述', '證明文件', '影音檔', '外部連結', '資料來源', '上傳日期', '功能'],
    rows, pageSize: 10, page: pageNumber(query), file: 'Performance.aspx', target: 'ctl00$MainContent$gvPerf',
    extraQuery: variant ? '&amp;variant=hostile' : '',
  });
  const content = `<h2>多元表現登錄</h2>
<p class="hint">學號：${esc(student.sid)}　學年度：<SELECT name="ctl00$MainContent$ddlYear"><OPTION selected value="114">114</OPTION><OPTION value="113">113</OPTION></SELECT>
　多元表現可於整學年上傳；學校登錄與校外機構登錄之資料由學校匯入，學生不得修改。</p>
${grid.html}<p class="hint">${grid.info}</p>`;
  return page({
    title: titleWith('多元表現', variant) + SUFFIX, file: 'Performance.aspx', role: 'student',
    who: `學生：${student.name}（${student.className} 班 ${student.seat} 號）`,
    content, stateKey: D.stateKey('a', 'performance', variant),
  });
}

function selection() {
  const student = D.studentBySid('112045');
  const sel = D.selectionFor('112045');
  const box = (id, checked, i, grid) =>
    `<INPUT id="ctl00_MainContent_${grid}_ctl${String(i + 2).padStart(2, '0')}_chkSel" type="checkbox" name="ctl00$MainContent$${grid}$ctl${String(i + 2).padStart(2, '0')}$chkSel" class="chkSel" value="${esc(id)}"${checked ? ' checked="checked"' : ''}>`;
  const g1 = gridView({
    id: 'ctl00_MainContent_gvOutcome',
    headers: ['勾選', '學期', '科目名稱', '成果名稱', '認證狀態'],
    rows: sel.outcomes.map((o, i) => [box(o.id, o.selected, i, 'gvOutcome'), esc(o.term), esc(o.course), esc(o.title), statusFont(o.status, LABEL, o.reason)]),
  });
  const g2 = gridView({
    id: 'ctl00_MainContent_gvPerf',
    headers: ['勾選', '類別', '標題', '資料來源'],
    rows: sel.performances.map((p, i) => [box(p.id, p.selected, i, 'gvPerf'), esc(p.category), esc(p.title), esc(D.SOURCE_LABEL[p.source])]),
  });
  const content = `<h2>學習歷程勾選作業</h2>
<p class="hint">學號：${esc(student.sid)}　114 學年度。課程學習成果至多勾選 6 件，多元表現至多勾選 10 件，勾選後由學校提交至中央資料庫。</p>
<h3>課程學習成果（已勾選 <SPAN id="lblOutcomeCount">${sel.outcomes.filter((o) => o.selected).length}</SPAN> 件）</h3>
${g1.html}
<h3>多元表現（已勾選 <SPAN id="lblPerfCount">${sel.performances.filter((p) => p.selected).length}</SPAN> 件）</h3>
${g2.html}
<P><INPUT type="button" id="btnSaveSel" class="btn" value="儲存勾選"> <SPAN id="lblMsg" class="msg"></SPAN></P>`;
  return page({
    title: `勾選作業${SUFFIX}`, file: 'Selection.aspx', role: 'student',
    who: `學生：${student.name}（${student.className} 班 ${student.seat} 號）`,
    content, stateKey: D.stateKey('a', 'selection'),
  });
}

// ---------------------------------------------------------------------------------------------
// Teacher, mentor

function certify(query) {
  const variant = hostileOf(query);
  const n = rowsOf(query);
  const list = variant ? D.hostileCertificationUploads() : D.certificationUploads(n ? { rows: n } : {});
  const rows = list.map((u) => [
    esc(u.className), esc(u.seat), esc(u.sid), esc(u.name), esc(u.course), esc(u.code), esc(u.title), esc(u.summary),
    fileCell(u.files), esc(u.uploadedAt),
    { cls: 'colStatus', html: statusFont(u.status, LABEL) },
    { cls: 'colDate', html: cell(u.certifiedAt ?? '') },
    { cls: 'colReason', html: cell(u.reason ?? '') },
    { cls: 'colAction', html: `<INPUT type="button" class="btn btnCertify" value="認證"> <INPUT type="button" class="btn btnRefuse" value="退回">${hidden(u.id)}` },
  ]);
  const v = variant || (n ? `rows${n}` : '');
  const grid = gridView({
    id: 'ctl00_MainContent_gvCert',
    headers: ['班級', '座號', '學號', '姓名', '科目名稱', '課程代碼', '成果名稱', '簡述', '檔案', '上傳日期', '認證狀態', '認證日期', '退回原因', '功能'],
    rows, pageSize: n ? 0 : 15, page: pageNumber(query), file: 'Certify.aspx', target: 'ctl00$MainContent$gvCert',
    extraQuery: variant ? '&amp;variant=hostile' : '',
  });
  const pending = list.filter((u) => u.status === 'pending').length;
  const content = `<h2>課程學習成果認證</h2>
<p class="hint">任課教師：王怡君　114 學年度第 1 學期　待認證 <FONT color="#CC0000"><B>${pending}</B></FONT> 件，認證期限：${roc(D.WINDOWS.certifyDue)}（休業式後三週內）。<BR>
認證僅確認為學生本人修課之成果，不評定品質或成績；退回時請填寫原因。</p>
${grid.html}<p class="hint">${grid.info}</p>`;
  return page({
    title: titleWith(n ? `課程學習成果認證（${n.toLocaleString('en-US')} 筆）` : '課程學習成果認證', variant) + SUFFIX,
    file: 'Certify.aspx', role: 'teacher', who: '教師：王怡君（英語文）', content, stateKey: D.stateKey('a', 'certify', v),
  });
}

function classProgress(query) {
  const n = rowsOf(query);
  const list = D.progressRows(n ? { rows: n } : { className: '302' });
  const headers = ['座號', '學號', '姓名', '身分證號', '成果上傳數', '成果已認證', '成果已勾選', '多元表現上傳數', '多元表現已勾選', '收訖確認'];
  if (n) headers.unshift('班級');
  const rows = list.map((r) => {
    const cells = [esc(r.seat), esc(r.sid), esc(r.name), esc(r.id), esc(r.uploaded), esc(r.certified), esc(r.selected), esc(r.perfUploaded), esc(r.perfSelected),
      r.receipt === 'confirmed' ? esc(D.RECEIPT_LABEL[r.receipt]) : `<FONT color="#CC0000">${esc(D.RECEIPT_LABEL[r.receipt])}</FONT>`];
    if (n) cells.unshift(esc(r.className));
    return cells;
  });
  const grid = gridView({ id: 'ctl00_MainContent_gvClass', headers, rows, openRows: true });
  const content = `<h2>班級學習歷程進度</h2>
<p class="hint">${n ? `全校（壓力測試資料 ${n.toLocaleString('en-US')} 筆）` : '班級：302　導師：蔡淑芬'}　114 學年度第 1 學期　資料時間：${roc(D.SCHOOL.today)} 08:00</p>
${grid.html}<p class="hint">${grid.info}</p>`;
  return page({
    title: (n ? `班級學習歷程進度（${n.toLocaleString('en-US')} 筆）` : '班級學習歷程進度') + SUFFIX,
    file: 'ClassProgress.aspx', role: 'mentor', who: '導師：蔡淑芬（302）', content,
    stateKey: D.stateKey('a', 'class-progress', n ? `rows${n}` : ''),
  });
}

// ---------------------------------------------------------------------------------------------
// Staff, central database

function courseList(query) {
  const rows = D.COURSE_OFFERINGS.map((c) => [esc(c.code), esc(c.name), esc(c.credits), esc(c.grade), esc(c.semester), esc(c.classes)]);
  const grid = gridView({
    id: 'ctl00_MainContent_gvCourse',
    headers: ['課程代碼', '科目名稱', '學分', '年級', '學期', '開課班級'],
    rows, pageSize: 20, page: pageNumber(query), file: 'CourseList.aspx', target: 'ctl00$MainContent$gvCourse', openRows: true,
  });
  const content = `<h2>開課資料維護</h2>
<p class="hint">學年度：114　<FONT color="#666666">（課程代碼依課程計畫平臺匯出之課程代碼檔匯入）</FONT></p>
${grid.html}<p class="hint">${grid.info}</p>`;
  return page({
    title: `開課資料維護${SUFFIX}`, file: 'CourseList.aspx', role: 'staff', who: '教學組長：周美玲',
    content, charset: 'big5', stateKey: D.stateKey('a', 'course-list'),
  });
}

const RESULT_A = { matched: '相符', mismatch: '不相符', unmatched: '查無代碼' };
function courseCodeCheck() {
  const run = D.COURSE_CHECK_RUNS.a;
  const list = D.COURSE_OFFERINGS.filter((c) => `114-${c.semester}` === run.term);
  const rows = list.map((c) => {
    const r = D.compareCourse(c);
    return [esc(c.code), esc(c.name), esc(c.credits), esc(c.grade), esc(c.semester),
      r.result === 'matched' ? esc(RESULT_A[r.result]) : `<FONT color="#CC0000"><B>${esc(RESULT_A[r.result])}</B></FONT>`, cell(r.note)];
  });
  const bad = list.filter((c) => D.compareCourse(c).result !== 'matched').length;
  const grid = gridView({ id: 'ctl00_MainContent_gvCompare', headers: ['課程代碼', '科目名稱', '學分', '年級', '學期', '比對結果', '說明'], rows });
  const [date, time] = run.ranAt.split(' ');
  const content = `<h2>課程代碼比對</h2>
<TABLE border="0" cellpadding="2" class="info">
<TR><TD>比對學期：<TD>114 學年度第 1 學期
<TR><TD>比對時間：<TD>${roc(date)} ${esc(time)}
<TR><TD>執行人員：<TD>${esc(run.by)}
<TR><TD>比對結果：<TD>相符 ${list.length - bad} 筆，<FONT color="#CC0000">不相符 ${bad} 筆</FONT>
</TABLE>
${grid.html}<p class="hint">${grid.info}</p>`;
  return page({ title: `課程代碼比對結果${SUFFIX}`, file: 'CourseCodeCheck.aspx', role: 'staff', who: '教學組長：周美玲', content, stateKey: D.stateKey('a', 'course-code-check') });
}

function preCheck() {
  const batches = D.precheckBatches();
  const rocTime = (t) => `${roc(t.slice(0, 10))} ${t.slice(11)}`;
  const g1 = gridView({
    id: 'ctl00_MainContent_gvBatch',
    headers: ['名冊別', '上傳時間', '資料筆數', '預檢結果', '錯誤筆數'],
    rows: batches.map((b) => [esc(b.roster), esc(rocTime(b.submittedAt)), esc(b.records), b.passed ? '<FONT color="#006600">通過</FONT>' : '<FONT color="#CC0000">未通過</FONT>', esc(b.errors.length)]),
  });
  const errs = batches.flatMap((b) => b.errors.map((e) => [esc(b.roster), esc(e.row), esc(e.field), esc(e.message)]));
  const g2 = gridView({ id: 'ctl00_MainContent_gvError', headers: ['名冊別', '列號', '欄位', '錯誤說明'], rows: errs });
  const content = `<h2>名冊預檢結果</h2>
<p class="hint">學校：${esc(D.SCHOOL.code)} ${esc(D.SCHOOL.name)}　提交學年度：114　請修正錯誤後重新上傳，直到預檢通過。</p>
${g1.html}
<h3>錯誤清單</h3>
${g2.html}<p class="hint">${g2.info}</p>`;
  return page({
    title: '預檢結果 - 高級中等教育階段學生學習歷程資料庫', file: 'PreCheck.aspx', role: 'central', who: '提交人員：許文雄（093301）',
    banner: '高級中等教育階段學生學習歷程資料庫', content, stateKey: D.stateKey('a', 'precheck'),
  });
}

function receipt(query) {
  const cls = ['301', '302', '303'].includes(query.get('ddlClass')) ? query.get('ddlClass') : '302';
  const list = D.progressRows({ className: cls });
  const rows = list.map((r) => [esc(r.className), esc(r.seat), esc(r.sid), esc(r.name), esc(r.id),
    r.receipt === 'confirmed' ? esc(D.RECEIPT_LABEL[r.receipt]) : `<FONT color="#CC0000">${esc(D.RECEIPT_LABEL[r.receipt])}</FONT>`,
    cell(r.receiptAt ? roc(r.receiptAt) : ''), cell(r.note)]);
  const grid = gridView({ id: 'ctl00_MainContent_gvReceipt', headers: ['班級', '座號', '學號', '姓名', '身分證號', '收訖確認', '確認日期', '疑義說明'], rows, openRows: true });
  const classLinks = ['301', '302', '303']
    .map((c) => (c === cls ? `<B>${c}</B>` : `<A href="Receipt.aspx?__EVENTTARGET=ctl00%24MainContent%24ddlClass&amp;ddlClass=${c}">${c}</A>`))
    .join('&nbsp;|&nbsp;');
  const rounds = D.RECEIPT_ROUNDS.map((r) => `第${r.round === 1 ? '一' : '二'}階段：${roc(r.from)}～${roc(r.to)}`).join('　');
  const content = `<h2>收訖明細確認狀態</h2>
<p class="hint">113 學年度學習歷程資料提交後之收訖明細確認。${rounds}。期限內未回覆者視為確認。</p>
<p class="hint">班級：${classLinks}</p>
${grid.html}<p class="hint">${grid.info}</p>`;
  return page({ title: `收訖明細確認狀態${SUFFIX}`, file: 'Receipt.aspx', role: 'staff', who: '註冊組長：許文雄', content, stateKey: D.stateKey('a', 'receipt') });
}

/** path → renderer(query) → HTML string. */
export const A_ROUTES = {
  '/a/student/outcomes.html': outcomes,
  '/a/student/Performance.aspx': performance,
  '/a/student/Selection.aspx': selection,
  '/a/teacher/Certify.aspx': certify,
  '/a/mentor/ClassProgress.aspx': classProgress,
  '/a/staff/CourseList.aspx': courseList,
  '/a/staff/CourseCodeCheck.aspx': courseCodeCheck,
  '/a/central/PreCheck.aspx': preCheck,
  '/a/staff/Receipt.aspx': receipt,
};

/** Renders an A page: { body: Buffer, type } or undefined when the path is not an A page. */
export function renderA(pathname, query) {
  const route = A_ROUTES[pathname];
  if (!route) return undefined;
  const html = route(query);
  if (/charset=big5/.test(html.slice(0, 300))) {
    // served as Big5 bytes; the header names no charset, so the browser follows the meta tag
    return { body: encodeBig5Html(html), type: 'text/html' };
  }
  return { body: Buffer.from(html, 'utf8'), type: 'text/html; charset=utf-8' };
}
