// Writes the sample portal's generated files from the data module:
//   pages/b/**.html           style-B SPA shells (the table is drawn by /b/app.js)
//   pages/c/**.action         style-C JSP pages: server chrome, empty grids (/c/app.js draws the jqGrids)
//   pages/data/course-plan.csv the approved course plan (UTF-8 with BOM) for the import feature
//   pages/a/**                 snapshots of the style-A pages as the server renders them by default,
//                              so unit tests can read them from disk (the server renders them live;
//                              CourseList.aspx is written as Big5 bytes, as served)
// `node tests/portal/build.mjs` — tests/unit/portal checks the files are up to date.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { coursePlanCsv } from './pages/data/school.js';
import { A_ROUTES, renderA } from './ssr/a.mjs';
import { C_PAGES, cShell } from './ssr/c.mjs';

const PAGES = join(dirname(fileURLToPath(import.meta.url)), 'pages');

export const B_PAGES = [
  { path: '/b/student/outcomes.html', view: 'outcomes', title: '我的課程學習成果' },
  { path: '/b/student/performances.html', view: 'performances', title: '多元表現' },
  { path: '/b/student/selection.html', view: 'selection', title: '勾選提交' },
  { path: '/b/teacher/certify.html', view: 'certify', title: '成果認證' },
  { path: '/b/mentor/progress.html', view: 'progress', title: '班級進度總覽' },
  { path: '/b/staff/courses.html', view: 'courses', title: '開課管理' },
  { path: '/b/staff/course-check.html', view: 'course-check', title: '課程代碼比對' },
  { path: '/b/staff/course-check-frame.html', view: 'course-check-frame', title: '課程代碼比對結果', frame: true },
  { path: '/b/central/precheck.html', view: 'precheck', title: '預檢結果', brand: '學生學習歷程資料庫' },
  { path: '/b/staff/receipt.html', view: 'receipt', title: '收訖確認追蹤' },
];

export function bShell({ view, title, frame, brand }) {
  return `<!doctype html>
<html lang="zh-Hant-TW">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}｜${brand ?? '雲端校務 CloudCampus'}</title>
<link rel="stylesheet" href="/b/b.css">
<script type="module" src="/b/app.js"></script>
</head>
<body data-view="${view}"${frame ? ' class="frame"' : ''}>
<div id="app"><noscript>本系統需要啟用 JavaScript。</noscript></div>
</body>
</html>
`;
}

/** Every generated file: [path under pages/, contents]. */
export function generatedFiles() {
  const files = B_PAGES.map((p) => [p.path, bShell(p)]);
  for (const p of C_PAGES) files.push([p.path, cShell(p)]);
  files.push(['/data/course-plan.csv', coursePlanCsv()]);
  for (const path of Object.keys(A_ROUTES)) files.push([path, renderA(path, new URLSearchParams()).body]);
  return files;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const [path, contents] of generatedFiles()) {
    const file = join(PAGES, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, contents);
    console.log('wrote', path);
  }
}
