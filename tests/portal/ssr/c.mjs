// Style C's *.action pages as a Struts/JSP server sends them: the chrome (banner, jQuery UI
// accordion menu, breadcrumb, query form, notes) and an empty <table id> + pager <div id> per grid,
// which /c/app.js turns into jqGrids once its data "arrives". Written to pages/c/ by build.mjs and
// served as they are (text/html). Every value goes through esc().
import * as D from '../pages/data/school.js';
import { esc, roc } from './a.mjs';
import { C_TITLE } from '../pages/c/views.js';
import { rocDotsTime } from '../pages/shared/formats.js';

const MENU = {
  學習歷程: [
    ['課程學習成果', '/c/student/LearningResult.action', 'student'],
    ['多元表現', '/c/student/Performance.action', 'student'],
    ['勾選學習歷程', '/c/student/Select.action', 'student'],
  ],
  教師作業: [['課程學習成果認證', '/c/teacher/Certify.action', 'teacher']],
  導師作業: [['班級學習歷程狀況', '/c/mentor/ClassStatus.action', 'mentor']],
  教務作業: [
    ['開課資料查詢', '/c/staff/CourseList.action', 'staff'],
    ['課程代碼比對', '/c/staff/CourseCodeCompare.action', 'staff'],
    ['收訖回報情形', '/c/staff/Receipt.action', 'staff'],
  ],
  中央資料庫: [['名冊預檢結果', '/c/central/PreCheck.action', 'central']],
};

const grid = (id, pager) => `<table id="${id}"></table>${pager ? `\n<div id="${pager}"></div>` : ''}`;
const chen = D.studentBySid('112045');
const compareList = () => D.COURSE_OFFERINGS.filter((c) => `114-${c.semester}` === D.COURSE_CHECK_RUNS.c.term);

/** The pages: path, view (body data-view), title, menu group, who is signed in, breadcrumb, content. */
export const C_PAGES = [
  {
    path: '/c/student/LearningResult.action', view: 'result', title: '課程學習成果', group: '學習歷程',
    who: `學生 ${chen.name}（${chen.className} 班 ${chen.seat} 號）`,
    content: () => `${termForm('LearningResult.action')}
<div class="note">上傳期限：${roc(D.WINDOWS.outcomeUploadDue)}（休業式後二週內）。檔案格式 pdf、jpg、png（4MB 以內）或 mp3、mp4（10MB 以內），成果簡述 100 字以內；上傳後由任課教師驗證。</div>
${grid('gridResult', 'pgResult')}`,
  },
  {
    path: '/c/student/Performance.action', view: 'performance', title: '多元表現', group: '學習歷程',
    who: `學生 ${chen.name}（${chen.className} 班 ${chen.seat} 號）`,
    content: () => `<div class="note">多元表現於整學年皆可上傳。登錄來源為「學校匯入」「校外機構匯入」之資料由學校或機構匯入，學生不得修改。</div>
${grid('gridPerformance', 'pgPerformance')}`,
  },
  {
    path: '/c/student/Select.action', view: 'select', title: '勾選學習歷程', group: '學習歷程',
    who: `學生 ${chen.name}（${chen.className} 班 ${chen.seat} 號）`,
    content: () => `<div class="note">114 學年度：課程學習成果已勾選 <b id="lblResultCount"></b> 件，多元表現已勾選 <b id="lblPerfCount"></b> 件。勾選即儲存，學校提交至中央資料庫前皆可修改。</div>
${grid('gridSelResult')}
<div class="gap"></div>
${grid('gridSelPerf')}`,
  },
  {
    path: '/c/teacher/Certify.action', view: 'certify', title: '課程學習成果認證', group: '教師作業',
    who: '教師 王怡君（英語文）',
    content: () => `${termForm('Certify.action')}
<div class="note">任課教師：王怡君　待認證 <b id="lblPending" class="warn"></b> 件，認證期限：${roc(D.WINDOWS.certifyDue)}（休業式後三週內）。<br>
認證僅確認為學生本人修課之成果，不評定品質或成績；不通過時請填寫理由。</div>
${grid('gridVerify', 'pgVerify')}`,
  },
  {
    path: '/c/mentor/ClassStatus.action', view: 'class', title: '班級學習歷程狀況', group: '導師作業',
    who: '導師 蔡淑芬（302）',
    content: () => `<div class="note"><span id="lblScope">班級：302　導師：蔡淑芬</span>　114學年度第1學期　資料時間：${roc(D.SCHOOL.today)} 08:00</div>
${grid('gridClass', 'pgClass')}`,
  },
  {
    path: '/c/staff/CourseList.action', view: 'courses', title: '開課資料查詢', group: '教務作業',
    who: '教學組 周美玲',
    content: () => `<div class="note">學年度：114　課程代碼依課程計畫平臺產生之課程代碼檔匯入。</div>
${grid('gridCourse', 'pgCourse')}`,
  },
  {
    path: '/c/staff/CourseCodeCompare.action', view: 'compare', title: '課程代碼比對', group: '教務作業',
    who: '教學組 周美玲',
    content: () => {
      const run = D.COURSE_CHECK_RUNS.c;
      const list = compareList();
      const bad = list.filter((c) => D.compareCourse(c).result !== 'matched').length;
      return `<fieldset class="info"><legend>比對資訊</legend>
<span>比對學年期：114學年度第1學期</span><span>比對日期：${esc(rocDotsTime(run.ranAt))}</span><span>執行人員：${esc(run.by)}</span>
<span>符合 ${list.length - bad} 筆、<b class="warn">不符合 ${bad} 筆</b></span>
</fieldset>
${grid('gridCompare', 'pgCompare')}`;
    },
  },
  {
    path: '/c/central/PreCheck.action', view: 'precheck', title: '名冊預檢結果', group: '中央資料庫', brand: '學生學習歷程資料庫',
    who: '提交人員 許文雄（093301）',
    content: () => `<div class="note">學校：${esc(D.SCHOOL.code)} ${esc(D.SCHOOL.name)}　提交學年度：114。檢核結果「不通過」之名冊請修正後重新上傳，直到全部通過。</div>
${grid('gridBatch')}
<div class="gap"></div>
${grid('gridError', 'pgError')}`,
  },
  {
    path: '/c/staff/Receipt.action', view: 'receipt', title: '收訖回報情形', group: '教務作業',
    who: '註冊組 許文雄',
    content: () => {
      const rounds = D.RECEIPT_ROUNDS.map((r) => `第${r.round === 1 ? '一' : '二'}階段 ${roc(r.from)}～${roc(r.to)}`).join('、');
      return `<div class="note">113 學年度學習歷程資料收訖明細：學生回報資料正確或錯誤。回報期間：${rounds}；期限內未回報者視為確認。</div>
${grid('gridReceipt', 'pgReceipt')}`;
    },
  },
];

function termForm(action) {
  return `<form id="queryForm" name="queryForm" action="${action}" method="post" class="query">
學年 <select name="qry.syear"><option value="114" selected="selected">114</option><option value="113">113</option></select>
學期 <select name="qry.seme"><option value="1" selected="selected">1</option><option value="2">2</option></select>
<input type="button" class="ui-button ui-widget ui-state-default ui-corner-all" value="查詢">
</form>`;
}

/** One *.action page as the server sends it. */
export function cShell(page) {
  const menu = Object.entries(MENU)
    .map(([group, items]) => `<h3 class="ui-accordion-header ui-state-default${group === page.group ? ' ui-state-active' : ''}">${esc(group)}</h3>
<div class="ui-accordion-content ui-widget-content"${group === page.group ? '' : ' style="display:none"'}><ul>
${items.map(([label, href]) => `<li${href === page.path ? ' class="current"' : ''}><a href="${href}">${esc(label)}</a></li>`).join('\n')}
</ul></div>`)
    .join('\n');
  return `<!DOCTYPE html>
<html lang="zh-TW">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>${esc(C_TITLE(page.title))}</title>
<link rel="stylesheet" type="text/css" href="/c/c.css">
<script type="module" src="/c/app.js"></script>
</head>
<body data-view="${page.view}">
<div id="top"><div class="sysname">${esc(page.brand ?? '高級中等學校學習歷程平台')}<span class="sch">${esc(D.SCHOOL.code)} ${esc(D.SCHOOL.name)}</span></div>
<div class="login">${esc(page.who)}｜系統日期 ${esc(roc(D.SCHOOL.today))}｜<a href="Logout.action">登出</a></div></div>
<div id="left"><div class="ui-accordion ui-widget ui-helper-reset" role="tablist">
${menu}
</div></div>
<div id="content">
<div class="path">${esc(page.group)} &gt; ${esc(page.title)}</div>
<h2 class="funcTitle">${esc(page.title)}</h2>
${page.content()}
<div class="resetbar"><input type="button" id="btnReset" class="ui-button ui-widget ui-state-default ui-corner-all" value="重設範例資料"></div>
</div>
</body>
</html>
`;
}
