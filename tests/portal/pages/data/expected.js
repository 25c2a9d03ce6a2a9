// What an e2e test should find on every sample-portal page, computed from the data module
// (never hand-typed). EXPECTED[path] = {
//   kind       the page kind (the data-page-kind the extension should report)
//   style      'a' (WebForms, server-rendered) | 'b' (SPA, late-rendered) | 'c' (jqGrid, *.action)
//              | 'd' (Vue + Element-UI, late-rendered)
//   title      document.title
//   lateRender true when the table appears only after a script runs (styles B, C, D)
//   frame      for a page whose table is in an iframe: the iframe's path
//   charset    'big5' for the page served as Big5 bytes
//   status     the summary's data-status: 'checked', or 'partial' on a page with rows no one can read
//   unread     the keys of the rows no one can read (each must carry a [data-lpc-unread] element and
//              no other mark); the summary's data-unread counts them. Empty on every other page.
//   tables     [{ id, rowKey, pageSize, pages: [[keys on page 1], [keys on page 2], …], pageLinks? }]
//              id = the element the list is found by: the <table> (A, B), the jqGrid's body table
//              (C: its header is the ui-jqgrid-htable of the same grid box), the div.el-table (D);
//              rowKey = the header(s) whose cell text names a row ('學號+主題': two cells joined by a
//              space); pageLinks (style A) = the URL of each page. Style B is paged by the pager
//              button whose text is the page number, C by the jqGrid pager (next / first, or the page
//              number typed into its box), D by the el-pagination number item.
//   rows       [{ table, key, page, problems: [codes], pageProblems: [codes] }] — every data row, in
//              page order; pageProblems are what the row shows only counted with the page's other rows
//              or against a date (勾選 over a cap, 認證 past the deadline): see PAGE_PROBLEMS
//   findings   { problem code: [keys] } — which rows carry which problem
//   facts      page-level facts (counts over caps, dates, …)
//   hostile    for ?variant=hostile pages: the strings that must appear as plain text (these pages
//              never paginate, so every string is on screen at once)
// }
// Row keys: an artifact row is named by its title (certification: `${學號} ${title}`); on a list
// without a title column (C's 課程學習成果 list as the national platform shows it, D's 認證 list) by
// its course name instead (`${學號} ${科目}` on the 認證 list) — unique on every such page (the unit
// test checks). Students by 學號 (a row whose 學號 cell is empty: ''), courses by 課程代碼, pre-check
// batches by 名冊別, pre-check errors by their message.
// Sizes: MB = 2^20 bytes (the policy default). One file sits between the 10^6- and 2^20-based limits:
// grade_tool.mp4 '9.8 MB' on /a/student/outcomes.html (10,276,045 bytes: over 10 MB only if MB = 10^6;
// /c/student/LearningResult.action shows it as 10,035 KB, the same side of both lines).
import * as D from './school.js';

/** Problem codes used in `problems` / `findings`, with what they mean. */
export const PROBLEMS = {
  'summary-over-100': '簡述超過 100 字（每個字元算一字）',
  'file-over-limit': '檔案超過大小上限（文件 pdf/jpg/png 4 MB，影音 mp3/mp4 10 MB）',
  'file-type-not-allowed': '檔案格式不允許（不是 pdf、jpg、png、mp3、mp4）',
  'file-ext-mismatch': '副檔名與頁面標示的類型（文件／影音）不符',
  'cert-reason-quality': '退回原因涉及品質或成績（004 宣導事項 2：認證不評品質）',
  'selected-not-certified': '已勾選但未通過認證',
  'id-bad-check-digit': '身分證號檢查碼錯誤',
  'duplicate-student': '同一學生在名單中出現兩次',
  'course-code-unmatched': '課程代碼不在課程計畫中',
  'course-code-school-mismatch': '課程代碼中的學校代碼不是本校（093301）',
  'course-name-differs': '科目名稱與課程計畫不同',
  'course-credits-differs': '學分與課程計畫不同',
  'precheck-failed': '預檢未通過',
  'receipt-disputed': '收訖明細有疑義',
  'receipt-unconfirmed': '收訖明細未確認',
  'cert-pending': '尚未認證',
};

/** Codes used in `pageProblems`: a row's problems that come from counting the page's rows or from the date. */
export const PAGE_PROBLEMS = {
  'outcome-selected-over-cap': '勾選的課程學習成果超過 6 件：第 7 件起（依頁面順序）',
  'performance-selected-over-cap': '勾選的多元表現超過 10 件：第 11 件起（依頁面順序）',
  'cert-pending-past-deadline': '範例學校的認證期限（休業式後三週）已過仍未認證',
};

/** Reasons that judge quality or score rather than authorship. */
export const QUALITY_REASON = /品質|成績|分數|太簡略|不佳|未達/;

// ---- per-record problems -----------------------------------------------------------------------

/**
 * An artifact's problems as a page can show them: `types` false when the page states no file type
 * (no 文件 / 影音 column, so no mismatch to see); `kb` when sizes are shown as whole KB (style C's
 * 「大小(KB)」 column), judged on the size as shown.
 */
export function artifactProblems(item, { types = true, kb = false } = {}) {
  const out = new Set();
  if (item.summary !== undefined && D.charCount(item.summary) > 100) out.add('summary-over-100');
  for (const f of item.files ?? []) {
    const shown = { ...f, type: types ? f.type : undefined, size: kb ? `${D.kbFigure(f.size)} KB` : f.size };
    for (const p of D.fileProblems(shown)) out.add(p);
  }
  if (item.status === 'rejected' && item.reason && QUALITY_REASON.test(item.reason)) out.add('cert-reason-quality');
  return [...out];
}

function studentProblems(rows) {
  const count = new Map();
  for (const r of rows) count.set(r.sid, (count.get(r.sid) ?? 0) + 1);
  return (r) => {
    const out = [];
    if (!D.idCheckOk(r.id)) out.push('id-bad-check-digit');
    if (count.get(r.sid) > 1) out.push('duplicate-student');
    return out;
  };
}

export function courseProblems(offering) {
  const out = [];
  const { result, note } = D.compareCourse(offering);
  if (result === 'unmatched') out.push('course-code-unmatched');
  if (offering.code.slice(3, 9) !== D.SCHOOL.code) out.push('course-code-school-mismatch');
  if (result === 'mismatch' && note.includes('科目名稱')) out.push('course-name-differs');
  if (result === 'mismatch' && note.includes('學分')) out.push('course-credits-differs');
  return out;
}

// ---- building entries --------------------------------------------------------------------------

/** tables: [{ id, rowKey, pageSize, items: [{ key, problems }], pageLink?(n) }] */
function entry({ kind, style, title, tables, facts = {}, lateRender = style !== 'a', frame, charset, hostile, unread = [] }) {
  const rows = [];
  const outTables = tables.map((t) => {
    const size = t.pageSize || t.items.length || 1;
    const pages = [];
    t.items.forEach((item, i) => {
      const page = Math.floor(i / size) + 1;
      (pages[page - 1] ??= []).push(item.key);
      rows.push({ table: t.id, key: item.key, page, problems: item.problems, pageProblems: item.pageProblems ?? [] });
    });
    if (!pages.length) pages.push([]);
    const out = { id: t.id, rowKey: t.rowKey, pageSize: t.pageSize || 0, pages };
    if (t.pageLink) out.pageLinks = pages.map((_, i) => t.pageLink(i + 1));
    return out;
  });
  const findings = {};
  for (const r of rows) for (const p of r.problems) (findings[p] ??= []).includes(r.key) || findings[p].push(r.key);
  return {
    kind, style, title, lateRender, ...(frame ? { frame } : {}), ...(charset ? { charset } : {}),
    status: unread.length ? 'partial' : 'checked', unread,
    tables: outTables, rows, findings, facts, ...(hostile ? { hostile } : {}),
  };
}

const A_SUFFIX = ' - 範例高級中學校務行政系統';
const B_SUFFIX = '｜雲端校務 CloudCampus';
const mark = (t, hostile) => (hostile ? `${t}（${D.HOSTILE_TITLE_MARK}）` : t);
const HOSTILE_TEXTS = Object.values(D.HOSTILE);
const artifactItems = (list, key = (o) => o.title, shown = {}) =>
  list.map((o) => ({
    key: key(o),
    problems: artifactProblems(o, shown),
    // a 課程學習成果 (it has a course; a 多元表現 has a category) still 未認證 after the deadline
    pageProblems: o.course !== undefined && o.status === 'pending' && certificationLate() ? ['cert-pending-past-deadline'] : [],
  }));
const aPager = (file, target, extra = '') => (n) => `${file}?__EVENTTARGET=${encodeURIComponent(target)}&__EVENTARGUMENT=${encodeURIComponent(`Page$${n}`)}${extra}`;

function outcomeFacts(list, sid, term = '114-1') {
  const uploaded = list.filter((o) => o.term === term).length;
  return {
    student: sid, term, uploaded,
    // per-term upload caps of the preset schools (domain.md): 仁武 6, 草屯 10
    overCap: { renwu: uploaded > 6, caotun: uploaded > 10 },
    pending: list.filter((o) => o.status === 'pending').length,
    uploadDue: D.WINDOWS.outcomeUploadDue,
  };
}

function performanceFacts(list, sid) {
  const byStudent = list.filter((p) => p.source === 'student').length;
  return {
    student: sid, year: 114, uploaded: list.length, uploadedByStudent: byStudent,
    // 仁武 ≤ 10 (school/agency records excluded), 草屯 ≤ 20, 花蓮女中 ≤ 30 per year
    overCap: { renwu: byStudent > 10, caotun: list.length > 20, hualien: list.length > 30 },
  };
}

function selectionFacts(sel) {
  const outs = sel.outcomes.filter((o) => o.selected);
  const perfs = sel.performances.filter((p) => p.selected);
  const perfsByStudent = perfs.filter((p) => p.source === 'student');
  return {
    outcomesSelected: outs.length, performancesSelected: perfs.length, performancesSelectedByStudent: perfsByStudent.length,
    overCap: { outcomes: outs.length > 6, performancesNational: perfs.length > 10, performancesRenwu: perfsByStudent.length > 10 },
    selectedNotCertified: outs.filter((o) => o.status !== 'certified').map((o) => o.title),
  };
}

/**
 * The national baseline's 勾選 caps the page tests run under: 6 課程學習成果 a year (003 四(二)2),
 * 10 多元表現 a year (003 四(三)2), no source left out. Upload counts are the school's to set
 * (003 四(二)1): no national cap, so no upload-cap mark on any page of the national run.
 */
export const NATIONAL_CAPS = { outcomeSelect: 6, performanceSelect: 10 };

/**
 * The selected items beyond a cap, as a person counts them on the page: the 勾選 lists show no
 * upload date, so in page order — the (cap+1)-th ticked item and every one after it.
 */
function beyondCap(list, max) {
  return new Set(list.filter((item) => item.selected).slice(max).map((item) => item.title));
}

function selectionItems(sel) {
  const outcomesOver = beyondCap(sel.outcomes, NATIONAL_CAPS.outcomeSelect);
  const perfsOver = beyondCap(sel.performances, NATIONAL_CAPS.performanceSelect);
  return {
    outcomes: sel.outcomes.map((o) => ({
      key: o.title,
      problems: o.selected && o.status !== 'certified' ? ['selected-not-certified'] : [],
      pageProblems: outcomesOver.has(o.title) ? ['outcome-selected-over-cap'] : [],
    })),
    performances: sel.performances.map((p) => ({ key: p.title, problems: [], pageProblems: perfsOver.has(p.title) ? ['performance-selected-over-cap'] : [] })),
  };
}

/** Past the portal's own 認證 deadline (休業式後三週) on the portal's "today": every pending outcome is late. */
const certificationLate = () => D.SCHOOL.today > D.WINDOWS.certifyDue;

function certItems(list, { key = (u) => `${u.sid} ${u.title}`, shown = {}, unread = {} } = {}) {
  return list.map((u) => {
    // a row no one can read carries no problem of its own: only its unread mark
    if (unread[u.id]) return { key: key(u), problems: [] };
    const problems = artifactProblems(u, shown);
    if (u.status === 'pending') problems.push('cert-pending');
    return { key: key(u), problems, pageProblems: u.status === 'pending' && certificationLate() ? ['cert-pending-past-deadline'] : [] };
  });
}

function certFacts(list) {
  return {
    teacher: '王怡君', pending: list.filter((u) => u.status === 'pending').length,
    certified: list.filter((u) => u.status === 'certified').length, rejected: list.filter((u) => u.status === 'rejected').length,
    certifyDue: D.WINDOWS.certifyDue, today: D.SCHOOL.today, daysLeft: D.daysBetween(D.SCHOOL.today, D.WINDOWS.certifyDue),
  };
}

/**
 * Students whose 多元表現已勾選 is over 10 on the class pages, counted by hand from school.js: 陳柏翰 (112045)
 * ticked P-112045-01 … 12 — twelve; every other student's count is drawn from 0–9.
 */
const PERFORMANCES_SELECTED_OVER_CAP = ['112045'];

/** unreadable: { blankSid, unknownAnswer } of a page whose rows no one can read (school.js unreadableReceipt). */
function progressItems(rows, withReceipt = false, unreadable = {}) {
  const sp = studentProblems(rows);
  return rows.map((r) => {
    // rows no one can read carry no problem of their own: only their unread mark
    if (r.sid === unreadable.blankSid) return { key: '', problems: [] };
    if (r.sid === unreadable.unknownAnswer) return { key: r.sid, problems: [] };
    const problems = sp(r);
    if (withReceipt && r.receipt === 'disputed') problems.push('receipt-disputed');
    if (withReceipt && r.receipt === 'none') problems.push('receipt-unconfirmed');
    // 班級進度 (not 收訖) pages show the counts the quota and deadline rules read
    const pageProblems = [];
    if (!withReceipt && r.selected > NATIONAL_CAPS.outcomeSelect) pageProblems.push('outcome-selected-over-cap');
    // 多元表現已勾選 over 10: the sample school's cap excludes no source, so a total over it is over it.
    if (!withReceipt && PERFORMANCES_SELECTED_OVER_CAP.includes(r.sid)) pageProblems.push('performance-selected-over-cap');
    if (!withReceipt && r.certified < r.uploaded && certificationLate()) pageProblems.push('cert-pending-past-deadline');
    return { key: r.sid, problems, pageProblems };
  });
}

function progressFacts(rows) {
  return {
    rows: rows.length,
    // new-style 居留證號 (second character 8/9): valid, must not be flagged
    newStyleResidentIds: rows.filter((r) => /^[A-Z][89]/.test(r.id)).map((r) => r.sid),
    pendingCertification: rows.filter((r) => r.certified < r.uploaded).map((r) => r.sid),
    receipt: { confirmed: rows.filter((r) => r.receipt === 'confirmed').length, disputed: rows.filter((r) => r.receipt === 'disputed').length, none: rows.filter((r) => r.receipt === 'none').length },
  };
}

function courseCheckFacts(style) {
  const run = D.COURSE_CHECK_RUNS[style];
  const list = D.COURSE_OFFERINGS.filter((c) => `114-${c.semester}` === run.term);
  const ranOn = run.ranAt.slice(0, 10);
  return {
    ranAt: run.ranAt, term: run.term, termStart: D.SCHOOL.terms[run.term].start, due: D.WINDOWS.courseCheckDue,
    withinFourWeeks: ranOn <= D.WINDOWS.courseCheckDue,
    matched: list.filter((c) => D.compareCourse(c).result === 'matched').length,
    notMatched: list.filter((c) => D.compareCourse(c).result !== 'matched').length,
  };
}

function receiptFacts(rows) {
  return {
    ...progressFacts(rows),
    rounds: D.RECEIPT_ROUNDS.map((r) => ({ ...r, days: D.daysBetween(r.from, r.to) + 1 })),
  };
}

// ---- the pages ---------------------------------------------------------------------------------

function build() {
  const E = {};
  const chen = D.studentBySid('112045');

  // ----- style A
  E['/a/student/outcomes.html'] = entry({
    kind: 'outcome-list', style: 'a', title: `課程學習成果上傳${A_SUFFIX}`,
    tables: [{ id: 'ctl00_MainContent_gvResult', rowKey: '成果名稱', items: artifactItems(D.OUTCOMES_CHEN) }],
    facts: { ...outcomeFacts(D.OUTCOMES_CHEN, chen.sid), overLimitOnlyIfMbIs1e6: ['Python 成績統計小工具'] },
  });
  E['/a/student/outcomes.html?term=1142'] = entry({
    kind: 'outcome-list', style: 'a', title: `課程學習成果上傳${A_SUFFIX}`,
    tables: [{ id: 'ctl00_MainContent_gvResult', rowKey: '成果名稱', items: [] }],
    facts: { ...outcomeFacts(D.OUTCOMES_CHEN, chen.sid, '114-2'), note: 'header row plus one 查無資料 row; no data rows' },
  });
  E['/a/student/outcomes.html?variant=hostile'] = entry({
    kind: 'outcome-list', style: 'a', title: `${mark('課程學習成果上傳', true)}${A_SUFFIX}`,
    tables: [{ id: 'ctl00_MainContent_gvResult', rowKey: '成果名稱', items: artifactItems(D.HOSTILE_OUTCOMES) }],
    facts: outcomeFacts(D.HOSTILE_OUTCOMES, D.HOSTILE_STUDENT.sid), hostile: HOSTILE_TEXTS,
  });
  for (const hostile of [false, true]) {
    const list = hostile ? D.HOSTILE_PERFORMANCES : D.PERFORMANCES_CHEN;
    E[`/a/student/Performance.aspx${hostile ? '?variant=hostile' : ''}`] = entry({
      kind: 'performance-list', style: 'a', title: `${mark('多元表現', hostile)}${A_SUFFIX}`,
      tables: [{ id: 'ctl00_MainContent_gvPerf', rowKey: '標題', pageSize: 10, items: artifactItems(list), pageLink: aPager('/a/student/Performance.aspx', 'ctl00$MainContent$gvPerf', hostile ? '&variant=hostile' : '') }],
      facts: performanceFacts(list, hostile ? D.HOSTILE_STUDENT.sid : chen.sid), ...(hostile ? { hostile: HOSTILE_TEXTS } : {}),
    });
  }
  {
    const sel = D.selectionFor('112045');
    const items = selectionItems(sel);
    E['/a/student/Selection.aspx'] = entry({
      kind: 'selection', style: 'a', title: `勾選作業${A_SUFFIX}`,
      tables: [
        { id: 'ctl00_MainContent_gvOutcome', rowKey: '成果名稱', items: items.outcomes },
        { id: 'ctl00_MainContent_gvPerf', rowKey: '標題', items: items.performances },
      ],
      facts: selectionFacts(sel),
    });
  }
  for (const v of ['', '?variant=hostile', '?rows=2000']) {
    const list = v === '?variant=hostile' ? D.hostileCertificationUploads() : D.certificationUploads(v ? { rows: 2000 } : {});
    const title = v === '?rows=2000' ? '課程學習成果認證（2,000 筆）' : mark('課程學習成果認證', !!v);
    E[`/a/teacher/Certify.aspx${v}`] = entry({
      kind: 'certification', style: 'a', title: `${title}${A_SUFFIX}`,
      tables: [{ id: 'ctl00_MainContent_gvCert', rowKey: '學號+成果名稱', pageSize: v === '?rows=2000' ? 0 : 15, items: certItems(list), pageLink: v === '?rows=2000' ? undefined : aPager('/a/teacher/Certify.aspx', 'ctl00$MainContent$gvCert', v ? '&variant=hostile' : '') }],
      facts: certFacts(list), ...(v === '?variant=hostile' ? { hostile: HOSTILE_TEXTS } : {}),
    });
  }
  for (const v of ['', '?rows=2000']) {
    const rows = D.progressRows(v ? { rows: 2000 } : { className: '302' });
    E[`/a/mentor/ClassProgress.aspx${v}`] = entry({
      kind: 'class-progress', style: 'a', title: `${v ? '班級學習歷程進度（2,000 筆）' : '班級學習歷程進度'}${A_SUFFIX}`,
      tables: [{ id: 'ctl00_MainContent_gvClass', rowKey: '學號', items: progressItems(rows) }],
      facts: progressFacts(rows),
    });
  }
  E['/a/staff/CourseList.aspx'] = entry({
    kind: 'course-list', style: 'a', title: `開課資料維護${A_SUFFIX}`, charset: 'big5',
    tables: [{ id: 'ctl00_MainContent_gvCourse', rowKey: '課程代碼', pageSize: 20, items: D.COURSE_OFFERINGS.map((c) => ({ key: c.code, problems: courseProblems(c) })), pageLink: aPager('/a/staff/CourseList.aspx', 'ctl00$MainContent$gvCourse') }],
    facts: { offerings: D.COURSE_OFFERINGS.length, planRows: D.COURSE_PLAN.length },
  });
  E['/a/staff/CourseCodeCheck.aspx'] = entry({
    kind: 'course-code-check', style: 'a', title: `課程代碼比對結果${A_SUFFIX}`,
    tables: [{ id: 'ctl00_MainContent_gvCompare', rowKey: '課程代碼', items: D.COURSE_OFFERINGS.filter((c) => c.semester === 1).map((c) => ({ key: c.code, problems: courseProblems(c) })) }],
    facts: { ...courseCheckFacts('a'), ranAtAsShown: '114/09/22 10:15 (ROC date)' },
  });
  {
    const batches = D.precheckBatches();
    E['/a/central/PreCheck.aspx'] = entry({
      kind: 'precheck', style: 'a', title: '預檢結果 - 高級中等教育階段學生學習歷程資料庫',
      tables: [
        { id: 'ctl00_MainContent_gvBatch', rowKey: '名冊別', items: batches.map((b) => ({ key: b.roster, problems: b.passed ? [] : ['precheck-failed'] })) },
        { id: 'ctl00_MainContent_gvError', rowKey: '錯誤說明', items: batches.flatMap((b) => b.errors.map((e) => ({ key: e.message, problems: [] }))) },
      ],
      facts: { batches: batches.length, failed: batches.filter((b) => !b.passed).map((b) => b.roster), errors: batches.reduce((n, b) => n + b.errors.length, 0), timesShownAs: 'ROC (114/09/12 09:41)' },
    });
  }
  for (const cls of ['302', '301', '303']) {
    const rows = D.progressRows({ className: cls });
    E[`/a/staff/Receipt.aspx${cls === '302' ? '' : `?ddlClass=${cls}`}`] = entry({
      kind: 'receipt', style: 'a', title: `收訖明細確認狀態${A_SUFFIX}`,
      tables: [{ id: 'ctl00_MainContent_gvReceipt', rowKey: '學號', items: progressItems(rows, true) }],
      facts: { className: cls, ...receiptFacts(rows) },
    });
  }

  // ----- style B
  for (const hostile of [false, true]) {
    const list = hostile ? D.HOSTILE_OUTCOMES : D.OUTCOMES_LIN;
    const sid = hostile ? D.HOSTILE_STUDENT.sid : '113005';
    E[`/b/student/outcomes.html${hostile ? '?variant=hostile' : ''}`] = entry({
      kind: 'outcome-list', style: 'b', title: `${mark('我的課程學習成果', hostile)}${B_SUFFIX}`,
      tables: [{ id: 'outcome-table', rowKey: '標題', pageSize: hostile ? 0 : 5, items: artifactItems(list) }],
      facts: outcomeFacts(list, sid), ...(hostile ? { hostile: HOSTILE_TEXTS } : {}),
    });
    const perfs = hostile ? D.HOSTILE_PERFORMANCES : D.PERFORMANCES_LIN;
    E[`/b/student/performances.html${hostile ? '?variant=hostile' : ''}`] = entry({
      kind: 'performance-list', style: 'b', title: `${mark('多元表現', hostile)}${B_SUFFIX}`,
      tables: [{ id: 'performance-table', rowKey: '成果名稱', pageSize: hostile ? 0 : 5, items: artifactItems(perfs) }],
      facts: performanceFacts(perfs, sid), ...(hostile ? { hostile: HOSTILE_TEXTS } : {}),
    });
  }
  {
    const sel = D.selectionFor('113005');
    const items = selectionItems(sel);
    E['/b/student/selection.html'] = entry({
      kind: 'selection', style: 'b', title: `勾選提交${B_SUFFIX}`,
      tables: [
        { id: 'select-outcomes', rowKey: '標題', items: items.outcomes },
        { id: 'select-performances', rowKey: '標題', items: items.performances },
      ],
      facts: selectionFacts(sel),
    });
  }
  for (const v of ['', '?variant=hostile', '?rows=2000']) {
    const list = v === '?variant=hostile' ? D.hostileCertificationUploads() : D.certificationUploads(v ? { rows: 2000 } : {});
    const title = v === '?rows=2000' ? '成果認證（2,000 筆）' : mark('成果認證', !!v);
    E[`/b/teacher/certify.html${v}`] = entry({
      kind: 'certification', style: 'b', title: `${title}${B_SUFFIX}`,
      tables: [{ id: 'certify-table', rowKey: '學號+標題', pageSize: v === '?rows=2000' ? 0 : 10, items: certItems(list) }],
      facts: certFacts(list), ...(v === '?variant=hostile' ? { hostile: HOSTILE_TEXTS } : {}),
    });
  }
  for (const v of ['', '?rows=2000']) {
    const rows = D.progressRows(v ? { rows: 2000 } : { className: '302' });
    E[`/b/mentor/progress.html${v}`] = entry({
      kind: 'class-progress', style: 'b', title: `${v ? '班級進度總覽（2,000 筆）' : '班級進度總覽'}${B_SUFFIX}`,
      tables: [{ id: 'progress-table', rowKey: '學號', pageSize: v ? 0 : 20, items: progressItems(rows) }],
      facts: progressFacts(rows),
    });
  }
  E['/b/staff/courses.html'] = entry({
    kind: 'course-list', style: 'b', title: `開課管理${B_SUFFIX}`,
    tables: [{ id: 'course-table', rowKey: '科目代碼', pageSize: 25, items: D.COURSE_OFFERINGS.map((c) => ({ key: c.code, problems: courseProblems(c) })) }],
    facts: { offerings: D.COURSE_OFFERINGS.length, planRows: D.COURSE_PLAN.length },
  });
  E['/b/staff/course-check.html'] = entry({
    kind: 'course-code-check', style: 'b', title: `課程代碼比對${B_SUFFIX}`, frame: '/b/staff/course-check-frame.html',
    tables: [{ id: 'course-check-table', rowKey: '課程代號', items: D.COURSE_OFFERINGS.filter((c) => c.semester === 1).map((c) => ({ key: c.code, problems: courseProblems(c) })) }],
    facts: courseCheckFacts('b'),
  });
  {
    const batches = D.precheckBatches();
    E['/b/central/precheck.html'] = entry({
      kind: 'precheck', style: 'b', title: '預檢結果｜學生學習歷程資料庫',
      tables: [
        { id: 'precheck-table', rowKey: '名冊類型', items: batches.map((b) => ({ key: b.roster, problems: b.passed ? [] : ['precheck-failed'] })) },
        { id: 'precheck-errors', rowKey: '錯誤訊息', items: batches.flatMap((b) => b.errors.map((e) => ({ key: e.message, problems: [] }))) },
      ],
      facts: { batches: batches.length, failed: batches.filter((b) => !b.passed).map((b) => b.roster), errors: batches.reduce((n, b) => n + b.errors.length, 0) },
    });
  }
  {
    const rows = ['301', '302', '303'].flatMap((c) => D.progressRows({ className: c }));
    E['/b/staff/receipt.html'] = entry({
      kind: 'receipt', style: 'b', title: `收訖確認追蹤${B_SUFFIX}`,
      tables: [{ id: 'receipt-table', rowKey: '學號', pageSize: 30, items: progressItems(rows, true) }],
      facts: { grade: 3, ...receiptFacts(rows) },
    });
  }
  buildC(E);
  buildD(E);
  return E;
}

// ----- style C: jqGrid pages (*.action), 民國 dates, sizes in whole KB in a column of their own
function buildC(E) {
  const C = (name) => `學習歷程平台 :: ${name}`;
  const chen = D.studentBySid('112045');
  // the national platform's columns: 學年, 學期, 學科, 檔案名稱, 大小(KB), 成果簡述, 是否驗證 — no title, no file type
  E['/c/student/LearningResult.action'] = entry({
    kind: 'outcome-list', style: 'c', title: C('課程學習成果'),
    tables: [{ id: 'gridResult', rowKey: '學科', pageSize: 5, items: artifactItems(D.OUTCOMES_CHEN, (o) => o.course, { types: false, kb: true }) }],
    facts: { ...outcomeFacts(D.OUTCOMES_CHEN, chen.sid), overLimitOnlyIfMbIs1e6: ['多元選修：程式設計'], titleColumn: false },
  });
  E['/c/student/Performance.action'] = entry({
    kind: 'performance-list', style: 'c', title: C('多元表現'),
    tables: [{ id: 'gridPerformance', rowKey: '主題', pageSize: 10, items: artifactItems(D.PERFORMANCES_CHEN, undefined, { kb: true }) }],
    facts: performanceFacts(D.PERFORMANCES_CHEN, chen.sid),
  });
  {
    const sel = D.selectionFor('112045');
    const items = selectionItems(sel);
    E['/c/student/Select.action'] = entry({
      kind: 'selection', style: 'c', title: C('勾選學習歷程'),
      tables: [
        { id: 'gridSelResult', rowKey: '主題', items: items.outcomes },
        { id: 'gridSelPerf', rowKey: '主題', items: items.performances },
      ],
      facts: selectionFacts(sel),
    });
  }
  for (const v of ['', '?rows=2000']) {
    const list = D.certificationUploads(v ? { rows: 2000 } : {});
    E[`/c/teacher/Certify.action${v}`] = entry({
      kind: 'certification', style: 'c', title: C(v ? '課程學習成果認證（2,000 筆）' : '課程學習成果認證'),
      tables: [{ id: 'gridVerify', rowKey: '學號+主題', pageSize: v ? 0 : 10, items: certItems(list, { shown: { types: false, kb: true } }) }],
      facts: certFacts(list),
    });
  }
  for (const v of ['', '?rows=2000']) {
    const rows = D.progressRows(v ? { rows: 2000 } : { className: '302' });
    E[`/c/mentor/ClassStatus.action${v}`] = entry({
      kind: 'class-progress', style: 'c', title: C(v ? '班級學習歷程狀況（2,000 筆）' : '班級學習歷程狀況'),
      tables: [{ id: 'gridClass', rowKey: '學號', pageSize: v ? 0 : 20, items: progressItems(rows) }],
      facts: progressFacts(rows),
    });
  }
  E['/c/staff/CourseList.action'] = entry({
    kind: 'course-list', style: 'c', title: C('開課資料查詢'),
    tables: [{ id: 'gridCourse', rowKey: '課程代碼', pageSize: 20, items: D.COURSE_OFFERINGS.map((c) => ({ key: c.code, problems: courseProblems(c) })) }],
    facts: { offerings: D.COURSE_OFFERINGS.length, planRows: D.COURSE_PLAN.length },
  });
  E['/c/staff/CourseCodeCompare.action'] = entry({
    kind: 'course-code-check', style: 'c', title: C('課程代碼比對'),
    tables: [{ id: 'gridCompare', rowKey: '課程代碼', pageSize: 30, items: D.COURSE_OFFERINGS.filter((c) => c.semester === 1).map((c) => ({ key: c.code, problems: courseProblems(c) })) }],
    facts: { ...courseCheckFacts('c'), ranAtAsShown: '114.9.26 09:30 (ROC date, no leading zeros)' },
  });
  {
    const batches = D.precheckBatches();
    E['/c/central/PreCheck.action'] = entry({
      kind: 'precheck', style: 'c', title: C('名冊預檢結果'),
      tables: [
        { id: 'gridBatch', rowKey: '名冊種類', items: batches.map((b) => ({ key: b.roster, problems: b.passed ? [] : ['precheck-failed'] })) },
        { id: 'gridError', rowKey: '錯誤內容', pageSize: 20, items: batches.flatMap((b) => b.errors.map((e) => ({ key: e.message, problems: [] }))) },
      ],
      facts: { batches: batches.length, failed: batches.filter((b) => !b.passed).map((b) => b.roster), errors: batches.reduce((n, b) => n + b.errors.length, 0), timesShownAs: 'ROC (114/09/12 09:41)' },
    });
  }
  for (const v of ['', '?variant=unreadable']) {
    const rows = D.receiptRowsGrade3();
    const unreadable = v ? D.unreadableReceipt() : {};
    E[`/c/staff/Receipt.action${v}`] = entry({
      kind: 'receipt', style: 'c', title: C('收訖回報情形'),
      tables: [{ id: 'gridReceipt', rowKey: '學號', pageSize: v ? 100 : 50, items: progressItems(rows, true, unreadable) }],
      facts: { grade: 3, ...receiptFacts(rows), ...(v ? { unreadable: { blankSidOf: unreadable.blankSid, answerShownAs: D.UNREADABLE_TEXT.unknown, unknownAnswerOf: unreadable.unknownAnswer } } : {}) },
      unread: v ? ['', unreadable.unknownAnswer] : [],
    });
  }
}

// ----- style D: Vue + Element-UI (el-table), 西元 dates, sizes beside file names
function buildD(E) {
  const T = (name) => `${name} | 智慧校園學習歷程平台`;
  const lin = '113005';
  E['/d/student/outcomes'] = entry({
    kind: 'outcome-list', style: 'd', title: T('我的學習成果'),
    tables: [{ id: 'outcomeTable', rowKey: '作品名稱', pageSize: 5, items: artifactItems(D.OUTCOMES_LIN) }],
    facts: outcomeFacts(D.OUTCOMES_LIN, lin),
  });
  E['/d/student/performances'] = entry({
    kind: 'performance-list', style: 'd', title: T('多元表現紀錄'),
    tables: [{ id: 'performanceTable', rowKey: '項目名稱', pageSize: 5, items: artifactItems(D.PERFORMANCES_LIN) }],
    facts: performanceFacts(D.PERFORMANCES_LIN, lin),
  });
  {
    const sel = D.selectionFor(lin);
    const items = selectionItems(sel);
    E['/d/student/selection'] = entry({
      kind: 'selection', style: 'd', title: T('學習歷程勾選'),
      tables: [
        { id: 'selectOutcomeTable', rowKey: '作品名稱', items: items.outcomes },
        { id: 'selectPerformanceTable', rowKey: '項目名稱', items: items.performances },
      ],
      facts: selectionFacts(sel),
    });
  }
  // the teacher's list has no title column: rows are `${學號} ${科目}`; no file type shown
  for (const v of ['', '?rows=2000', '?variant=unreadable']) {
    const list = D.certificationUploads(v === '?rows=2000' ? { rows: 2000 } : {});
    const unreadable = v === '?variant=unreadable' ? D.unreadableCertification() : {};
    const key = (u) => `${u.sid} ${u.course}`;
    E[`/d/teacher/certify${v}`] = entry({
      kind: 'certification', style: 'd', title: T(v === '?rows=2000' ? '成果認證審核（2,000 筆）' : '成果認證審核'),
      tables: [{ id: 'certifyTable', rowKey: '學號+科目', pageSize: v ? 0 : 10, items: certItems(list, { key, shown: { types: false }, unread: unreadable }) }],
      facts: { ...certFacts(list), titleColumn: false, ...(v === '?variant=unreadable' ? { unreadable: Object.fromEntries(list.filter((u) => unreadable[u.id]).map((u) => [key(u), unreadable[u.id]])) } : {}) },
      unread: list.filter((u) => unreadable[u.id]).map(key),
    });
  }
  for (const v of ['', '?rows=2000']) {
    const rows = D.progressRows(v ? { rows: 2000 } : { className: '302' });
    E[`/d/mentor/progress${v}`] = entry({
      kind: 'class-progress', style: 'd', title: T(v ? '班級學習歷程（2,000 筆）' : '班級學習歷程'),
      tables: [{ id: 'progressTable', rowKey: '學號', pageSize: v ? 0 : 20, items: progressItems(rows) }],
      facts: progressFacts(rows),
    });
  }
  E['/d/staff/courses'] = entry({
    kind: 'course-list', style: 'd', title: T('開課資料'),
    tables: [{ id: 'courseTable', rowKey: '課程代碼', pageSize: 20, items: D.COURSE_OFFERINGS.map((c) => ({ key: c.code, problems: courseProblems(c) })) }],
    facts: { offerings: D.COURSE_OFFERINGS.length, planRows: D.COURSE_PLAN.length },
  });
  E['/d/staff/course-check'] = entry({
    kind: 'course-code-check', style: 'd', title: T('課程代碼比對'),
    tables: [{ id: 'compareTable', rowKey: '課程代碼', pageSize: 10, items: D.COURSE_OFFERINGS.filter((c) => c.semester === 1).map((c) => ({ key: c.code, problems: courseProblems(c) })) }],
    facts: { ...courseCheckFacts('d'), ranAtAsShown: '2025/10/02 14:20 in an el-descriptions table (label and value in spans, the colon drawn by CSS)' },
  });
  {
    const batches = D.precheckBatches();
    E['/d/central/precheck'] = entry({
      kind: 'precheck', style: 'd', title: '名冊預檢結果 | 學習歷程中央資料庫',
      tables: [
        { id: 'batchTable', rowKey: '名冊名稱', items: batches.map((b) => ({ key: b.roster, problems: b.passed ? [] : ['precheck-failed'] })) },
        { id: 'errorTable', rowKey: '錯誤描述', items: batches.flatMap((b) => b.errors.map((e) => ({ key: e.message, problems: [] }))) },
      ],
      facts: { batches: batches.length, failed: batches.filter((b) => !b.passed).map((b) => b.roster), errors: batches.reduce((n, b) => n + b.errors.length, 0) },
    });
  }
  {
    const rows = D.receiptRowsGrade3();
    E['/d/staff/receipt'] = entry({
      kind: 'receipt', style: 'd', title: T('收訖回覆情形'),
      tables: [{ id: 'receiptTable', rowKey: '學號', pageSize: 20, items: progressItems(rows, true) }],
      facts: { grade: 3, ...receiptFacts(rows) },
    });
  }
}

export const EXPECTED = build();

/** The localStorage key each page keeps its state under (see school.js stateKey). */
export const STATE_KEYS = {
  '/a/student/outcomes.html': D.stateKey('a', 'outcomes'),
  '/a/student/Selection.aspx': D.stateKey('a', 'selection'),
  '/a/teacher/Certify.aspx': D.stateKey('a', 'certify'),
  '/a/teacher/Certify.aspx?variant=hostile': D.stateKey('a', 'certify', 'hostile'),
  '/a/teacher/Certify.aspx?rows=2000': D.stateKey('a', 'certify', 'rows2000'),
  '/b/student/selection.html': D.stateKey('b', 'selection'),
  '/b/teacher/certify.html': D.stateKey('b', 'certify'),
  '/b/teacher/certify.html?variant=hostile': D.stateKey('b', 'certify', 'hostile'),
  '/b/teacher/certify.html?rows=2000': D.stateKey('b', 'certify', 'rows2000'),
  '/b/*': 'lp-portal/b/<view>[/<variant>] — also holds the current pager page: { page: { <table id>: n } }',
  '/c/student/Select.action': D.stateKey('c', 'select'),
  '/c/teacher/Certify.action': D.stateKey('c', 'certify'),
  '/d/student/selection': D.stateKey('d', 'selection'),
  '/d/teacher/certify': D.stateKey('d', 'certify'),
  '/c/*, /d/*': 'lp-portal/<c|d>/<view>[/<variant>]: decisions and ticks; the pager page is not kept (as jqGrid and el-pagination do not)',
};
