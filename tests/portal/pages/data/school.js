// 範例高級中學 — the one data set behind every sample-portal page (styles A, B, C and D).
//
// Deterministic: every generator draws from its own seeded PRNG (mulberry32), never Math.random,
// so the same call always returns the same data in Node and in the browser.
// Everything here is made up: the school, its code 093301, names, 學號, 身分證號 (valid check digits
// except the few marked bad on purpose), course codes.
//
// Plain ES module with no imports: served to the browser as /data/school.js and imported by
// Node (tests/portal/ssr, tests/portal/pages/data/expected.js, unit tests).

// ---------------------------------------------------------------------------------------------
// PRNG and small helpers

/** mulberry32: a tiny seeded PRNG returning floats in [0, 1). */
export function prng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
  };
}

const pad = (n, width) => String(n).padStart(width, '0');

/** 'yyyy-mm-dd' plus n days. */
export function addDays(iso, n) {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** Whole days from a to b ('yyyy-mm-dd'). */
export function daysBetween(a, b) {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86400000);
}

/** Characters as the format rule counts them: every code point is one 字. */
export function charCount(text) {
  // 附件二 (000 seed): 簡述「每件固定100個中文字為限」 — the limit is on the characters written, so white
  // space before or after them (a trailing run of 全形空白 left by a form) is not counted.
  return [...text.trim()].length;
}

// ---------------------------------------------------------------------------------------------
// The school and its calendar

export const SCHOOL = {
  name: '範例高級中學',
  code: '093301',
  year: 114,
  /** the sample portal's "today": every page and every action uses this date */
  today: '2026-01-26',
  terms: {
    '114-1': { year: 114, semester: 1, start: '2025-09-01', closing: '2026-01-20' },
    '114-2': { year: 114, semester: 2, start: '2026-02-11', closing: '2026-06-30' },
  },
  classes: ['101', '102', '103', '201', '202', '203', '301', '302', '303'],
};

/** 114-1 windows derived from the calendar (草屯 002 十一 structure; 004 item 3). */
export const WINDOWS = {
  outcomeUploadDue: addDays(SCHOOL.terms['114-1'].closing, 14), // 休業式後二週內
  certifyDue: addDays(SCHOOL.terms['114-1'].closing, 21), // 休業式後三週內
  courseCheckDue: addDays(SCHOOL.terms['114-1'].start, 28), // 開學後四週內 (004 item 7)
};

/** 入學學年度 of a class (grade 1 entered this year). */
export const cohortOf = (className) => SCHOOL.year - Number(className[0]) + 1;

// ---------------------------------------------------------------------------------------------
// 身分證統一編號

export const ID_LETTERS = {
  A: 10, B: 11, C: 12, D: 13, E: 14, F: 15, G: 16, H: 17, I: 34, J: 18, K: 19, L: 20, M: 21,
  N: 22, O: 35, P: 23, Q: 24, R: 25, S: 26, T: 27, U: 28, V: 29, W: 32, X: 30, Y: 31, Z: 33,
};
const ID_WEIGHTS = [1, 9, 8, 7, 6, 5, 4, 3, 2, 1, 1];

/** True when a 身分證號 / new-style 居留證號 has a valid check digit. */
export function idCheckOk(id) {
  if (!/^[A-Z][0-9]{9}$/.test(id)) return false;
  const digits = String(ID_LETTERS[id[0]]).split('').map(Number).concat(id.slice(1).split('').map(Number));
  return digits.reduce((sum, d, i) => sum + d * ID_WEIGHTS[i], 0) % 10 === 0;
}

/** The check digit that completes letter + 8 digits. */
export function idCheckDigit(prefix9) {
  const digits = String(ID_LETTERS[prefix9[0]]).split('').map(Number).concat(prefix9.slice(1).split('').map(Number));
  const sum = digits.reduce((s, d, i) => s + d * ID_WEIGHTS[i], 0);
  return (10 - (sum % 10)) % 10;
}

function makeId(rand, gender, { bad = false, resident = false } = {}) {
  const letter = rand.pick('AAABBBCDEEEFFFGHJKLMNPQRSTUVXY'.split(''));
  const second = resident ? (gender === 'M' ? '8' : '9') : gender === 'M' ? '1' : '2';
  let body = letter + second;
  for (let i = 0; i < 7; i++) body += rand.int(0, 9);
  const check = idCheckDigit(body);
  return body + (bad ? (check + 3) % 10 : check);
}

// ---------------------------------------------------------------------------------------------
// People

const SURNAMES = '陳林黃張李王吳劉蔡楊許鄭謝郭洪曾邱廖賴周徐蘇葉莊呂江何蕭羅高潘簡朱鍾彭游詹胡施沈余盧梁趙顏柯翁魏'.split('');
const GIVEN_M = '柏翰宇軒承恩冠廷彥志豪家瑋俊傑宗佑品睿子恆昱辰哲維書皓育誠柏均'.split('');
const GIVEN_F = '雨萱詠晴芷若語彤品妍思婷佳穎宜庭欣怡郁雯子涵筱琪羽庭心瑜靜儀沛'.split('');

function makeName(rand, gender) {
  const pool = gender === 'M' ? GIVEN_M : GIVEN_F;
  let given = rand.pick(pool) + rand.pick(pool);
  while (given[0] === given[1]) given = rand.pick(pool) + rand.pick(pool);
  return rand.pick(SURNAMES) + given;
}

/** Named students the pages are built around (class, seat → fixed identity). */
const PINNED = {
  '302-12': { name: '陳柏翰', gender: 'M' },
  '201-05': { name: '林雨萱', gender: 'F' },
};
/** Students whose 身分證號 has a wrong check digit (for the identity rules). */
export const BAD_ID_SEATS = ['302-20', '302-27', '201-14'];
/** A student with a new-style (2021) 居留證號: second character 8/9, valid check digit. */
export const RESIDENT_SEATS = ['302-31'];
/** The student the vendor lists twice on class-progress and receipt pages. */
export const DUPLICATE_SEAT = '302-07';

/**
 * Students of a set of classes. 學號 = 入學學年度 + 3 digits, 33 numbers reserved per class
 * (so 302 seat 12 is 112045); 32 seated students per class.
 */
export function makeStudents({ classes = SCHOOL.classes, perClass = 32, seed = 114 } = {}) {
  const rand = prng(seed);
  const out = [];
  classes.forEach((cls) => {
    const cohort = cohortOf(cls);
    const classIdx = (Number(cls.slice(1)) - 1) % 30;
    for (let seat = 1; seat <= perClass; seat++) {
      const key = `${cls}-${pad(seat, 2)}`;
      const gender = PINNED[key]?.gender ?? (rand.chance(0.5) ? 'M' : 'F');
      const name = PINNED[key]?.name ?? makeName(rand, gender);
      const id = makeId(rand, gender, {
        bad: BAD_ID_SEATS.includes(key),
        resident: RESIDENT_SEATS.includes(key),
      });
      out.push({
        sid: `${cohort}${pad(classIdx * 33 + seat, 3)}`,
        name,
        gender,
        id,
        className: cls,
        seat,
      });
    }
  });
  return out;
}

export const STUDENTS = makeStudents();
export const studentBySid = (sid) => STUDENTS.find((s) => s.sid === sid);
export const studentAt = (cls, seat) => STUDENTS.find((s) => s.className === cls && s.seat === seat);

export const TEACHERS = [
  { tid: 'T031', name: '王怡君', subject: '英語文', role: '任課教師' },
  { tid: 'T012', name: '蔡淑芬', subject: '國語文', role: '導師', homeroom: '302' },
  { tid: 'T044', name: '張志明', subject: '數學', role: '任課教師' },
  { tid: 'T027', name: '劉佩珊', subject: '地理', role: '任課教師' },
  { tid: 'T051', name: '黃建國', subject: '化學', role: '任課教師' },
  { tid: 'T008', name: '李淑華', subject: '公民與社會', role: '任課教師' },
  { tid: 'T019', name: '吳宗翰', subject: '物理', role: '任課教師' },
  { tid: 'T063', name: '鄭雅文', subject: '藝術', role: '任課教師' },
  { tid: 'T035', name: '何佳蓉', subject: '英語文', role: '任課教師' },
  { tid: 'S002', name: '周美玲', subject: '', role: '教學組長' },
  { tid: 'S005', name: '許文雄', subject: '', role: '註冊組長' },
];
export const teacherByName = (name) => TEACHERS.find((t) => t.name === name);

// ---------------------------------------------------------------------------------------------
// Course codes and the approved course plan (實施年度 114)

/**
 * The 21-character course-code layout the sample portal uses (as in the original outcomes page,
 * e.g. 112093301101001010101). Unverified against the 課程計畫平臺; kept as data.
 */
export const COURSE_CODE_LAYOUT = [
  { field: '入學學年度', length: 3 },
  { field: '學校代碼', length: 6 },
  { field: '學制', length: 1 },
  { field: '群科班別', length: 2 },
  { field: '課程類別', length: 3 }, // 001 部定必修, 002 校訂必修, 004 多元選修
  { field: '科目', length: 2 },
  { field: '序號', length: 2 },
  { field: '學期', length: 2 },
];

export function courseCode(cohort, category, subject, seq, semester, school = SCHOOL.code) {
  return `${cohort}${school}101${category}${subject}${seq}${pad(semester, 2)}`;
}

/** The subjects each grade takes in 114 (same in both terms unless `terms` says otherwise). */
const CURRICULUM = {
  1: [
    ['001', '01', '01', '國語文', 4], ['001', '02', '01', '英語文', 4], ['001', '03', '01', '數學', 4],
    ['001', '07', '01', '歷史', 2], ['001', '11', '01', '地理', 2], ['001', '12', '01', '公民與社會', 2],
    ['001', '05', '01', '化學', 2], ['001', '13', '01', '音樂', 1], ['002', '05', '01', '探究與實作', 2],
  ],
  2: [
    ['001', '01', '01', '國語文', 4], ['001', '02', '01', '英語文', 4], ['001', '03', '01', '數學', 4],
    ['001', '11', '01', '地理', 2], ['001', '12', '01', '公民與社會', 2], ['001', '05', '01', '化學', 2],
    ['001', '13', '01', '音樂', 1], ['004', '14', '01', '多元選修：英語簡報', 2], ['002', '05', '01', '探究與實作', 2],
  ],
  3: [
    ['001', '01', '01', '國語文', 4], ['001', '02', '01', '英語文', 4], ['001', '03', '01', '數學A', 4],
    ['001', '04', '02', '物理', 2], ['001', '07', '01', '歷史', 2], ['001', '08', '01', '藝術生活', 2],
    ['002', '05', '01', '探究與實作', 2], ['004', '06', '01', '多元選修：程式設計', 2],
  ],
};

/** The approved 課程計畫 for 114: one row per course code (the CSV export's rows). */
export const COURSE_PLAN = (() => {
  const rows = [];
  for (const semester of [1, 2]) {
    for (const grade of [1, 2, 3]) {
      const cohort = SCHOOL.year - grade + 1;
      for (const [category, subject, seq, name, credits] of CURRICULUM[grade]) {
        rows.push({ code: courseCode(cohort, category, subject, seq, semester), name, credits, grade, semester });
      }
    }
  }
  return rows;
})();
export const planByCode = (code) => COURSE_PLAN.find((c) => c.code === code);

export const COURSE_PLAN_CSV_HEADERS = ['課程代碼', '科目名稱', '學分', '年級', '學期'];
/** The course plan as the import feature expects it: UTF-8 with BOM, CRLF. */
export function coursePlanCsv() {
  const lines = [COURSE_PLAN_CSV_HEADERS.join(',')];
  for (const c of COURSE_PLAN) lines.push([c.code, c.name, c.credits, c.grade, c.semester].join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/**
 * The vendor system's 開課 list for 114: the plan's courses with the classes that run them,
 * plus what a real school system drifts into — codes the plan does not have and one course
 * whose name and another whose credits differ from the plan.
 */
export const COURSE_OFFERINGS = (() => {
  const classesOf = (grade) => SCHOOL.classes.filter((c) => c[0] === String(grade));
  const rows = COURSE_PLAN.map((c) => ({
    code: c.code,
    name: c.name,
    credits: c.credits,
    grade: c.grade,
    semester: c.semester,
    classes: c.name.startsWith('多元選修') ? `${classesOf(c.grade)[0]}–${classesOf(c.grade).at(-1)} 跨班` : classesOf(c.grade).join('、'),
  }));
  const set = (code, patch) => Object.assign(rows.find((r) => r.code === code), patch);
  set(courseCode(113, '001', '11', '01', 1), { name: '地理與生活' }); // name differs from plan (地理)
  set(courseCode(114, '001', '05', '01', 1), { credits: 3 }); // credits differ from plan (2)
  rows.push(
    { code: courseCode(113, '004', '15', '01', 1), name: '多元選修：科學閱讀', credits: 2, grade: 2, semester: 1, classes: '201–203 跨班' },
    { code: courseCode(112, '001', '02', '01', 1, '093310'), name: '英語文', credits: 4, grade: 3, semester: 1, classes: '303' },
    { code: courseCode(114, '002', '16', '01', 2), name: '校訂必修：在地文化探索', credits: 2, grade: 1, semester: 2, classes: '101、102、103' },
  );
  return rows.sort((a, b) => a.semester - b.semester || a.grade - b.grade || a.code.localeCompare(b.code));
})();

/** What the vendor's 課程代碼比對 reports for each offering. */
export function compareCourse(offering) {
  const plan = planByCode(offering.code);
  if (!plan) return { result: 'unmatched', note: '課程計畫查無此課程代碼' };
  const diffs = [];
  if (plan.name !== offering.name) diffs.push(`科目名稱不同（課程計畫：${plan.name}）`);
  if (plan.credits !== offering.credits) diffs.push(`學分不同（課程計畫：${plan.credits}）`);
  return diffs.length ? { result: 'mismatch', note: diffs.join('；') } : { result: 'matched', note: '' };
}

/** The comparison runs each style's page shows (run date matters: within 4 weeks of term start). */
export const COURSE_CHECK_RUNS = {
  a: { ranAt: '2025-09-22 10:15', by: '周美玲', term: '114-1' },
  b: { ranAt: '2025-10-06 16:40', by: '周美玲', term: '114-1' },
  c: { ranAt: '2025-09-26 09:30', by: '周美玲', term: '114-1' },
  d: { ranAt: '2025-10-02 14:20', by: '周美玲', term: '114-1' },
};

// ---------------------------------------------------------------------------------------------
// Files

/** Bytes from a size string as the portals write it ('3.2 MB', '850KB', '1,024 KB'); MB = 2^20. */
export function parseSize(text) {
  const m = /^([\d,]+(?:\.\d+)?)\s*(B|KB|MB|GB)$/i.exec(text.trim());
  if (!m) return undefined;
  const mult = { B: 1, KB: 1024, MB: 1024 ** 2, GB: 1024 ** 3 }[m[2].toUpperCase()];
  return Math.round(Number(m[1].replace(/,/g, '')) * mult);
}

export const DOC_EXTS = ['pdf', 'jpg', 'png'];
export const MEDIA_EXTS = ['mp3', 'mp4'];
export const extOf = (name) => (/\.([A-Za-z0-9]+)$/.exec(name)?.[1] ?? '').toLowerCase();
/** '文件' or '影音' for a stated type as the pages write it. */
export const statedFamily = (stated) => (/影音|影片|音訊|mp3|mp4/i.test(stated) ? '影音' : '文件');

/** Format problems of one file (national format rule, 000 附件二), MB = 2^20. */
export function fileProblems(file) {
  const ext = extOf(file.name);
  const bytes = parseSize(file.size);
  const out = [];
  if (!DOC_EXTS.includes(ext) && !MEDIA_EXTS.includes(ext)) out.push('file-type-not-allowed');
  else if (bytes !== undefined && bytes > (MEDIA_EXTS.includes(ext) ? 10 : 4) * 1024 ** 2) out.push('file-over-limit');
  if (file.type) {
    const family = MEDIA_EXTS.includes(ext) ? '影音' : DOC_EXTS.includes(ext) ? '文件' : undefined;
    if (family && statedFamily(file.type) !== family) out.push('file-ext-mismatch');
  }
  return out;
}

/** A size as style C's 「大小(KB)」 column shows it: whole KB with thousands separators ('4,710'). */
export function kbFigure(size) {
  return Math.round(parseSize(size) / 1024).toLocaleString('en-US');
}

const SIZE_STYLES = [
  (mb) => `${mb.toFixed(1)} MB`,
  (mb) => `${mb.toFixed(1)}MB`,
  (mb) => `${Math.round(mb * 1024).toLocaleString('en-US')} KB`,
  (mb) => `${Math.round(mb * 1024)}KB`,
];
/** A size string in one of the varied formats, for sizes well clear of the 4 MB / 10 MB lines. */
function sizeText(rand, mb) {
  const fmt = mb < 1 ? rand.pick([SIZE_STYLES[2], SIZE_STYLES[3]]) : rand.pick(SIZE_STYLES);
  return fmt(mb);
}

// ---------------------------------------------------------------------------------------------
// 課程學習成果 (outcomes)

const C112 = (cat, subj, seq) => courseCode(112, cat, subj, seq, 1);

/**
 * 陳柏翰 (302-12, 112045), 114-1 — exactly the eight rows of the original /a/student/outcomes.html.
 * Over the per-term upload cap of 仁武 (6).
 */
export const OUTCOMES_CHEN = [
  { id: 'O-112045-1', course: '國語文', code: C112('001', '01', '01'), title: '古典小說人物分析報告', summary: '閱讀《儒林外史》選文後，比較范進與周進兩位人物在科舉制度下的心理轉折，並引用課堂討論的觀點，說明諷刺手法如何呈現社會問題。', files: [{ name: '人物分析報告.pdf', size: '1.2 MB', type: 'PDF' }], uploadedAt: '2025-12-18', status: 'certified', certifiedAt: '2025-12-22', teacher: '蔡淑芬' },
  { id: 'O-112045-2', course: '英語文', code: C112('001', '02', '01'), title: '英文新聞摘要與評論', summary: 'Summarized three BBC Learning English articles on climate policy, wrote a 300-word response, and recorded a short oral reflection for the class podcast.', files: [{ name: 'news_summary.pdf', size: '850 KB', type: 'PDF' }], uploadedAt: '2025-12-20', status: 'pending', teacher: '王怡君' },
  { id: 'O-112045-3', course: '數學A', code: C112('001', '03', '01'), title: '指數與對數函數探究', summary: '利用手機測量熱水冷卻過程的溫度，記錄二十分鐘內的數據並以指數函數擬合，討論對數尺度下的線性關係，最後比較不同杯子材質的冷卻常數差異，並反思測量誤差來源，提出改進實驗設計的方法，包括使用溫度探針、固定室溫與重複三次取平均值，以降低偶然誤差對結果的影響。', files: [{ name: '冷卻實驗.pdf', size: '3.2 MB', type: 'PDF' }], uploadedAt: '2025-12-22', status: 'pending', teacher: '張志明' },
  { id: 'O-112045-4', course: '藝術生活', code: C112('001', '08', '01'), title: '管樂社演出心得', summary: '從國中到高中參加管樂社的經驗，讓我理解團隊合作的重要。本學期擔任分部長，負責安排分部練習、協調樂器借用，並在校慶音樂會中演出獨奏段落，從中學習時間管理與溝通技巧，也更確定自己想往音樂教育發展的方向前進', files: [{ name: '演出心得.jpg', size: '640 KB', type: '圖片' }], uploadedAt: '2025-12-22', status: 'certified', certifiedAt: '2025-12-29', teacher: '鄭雅文' },
  { id: 'O-112045-5', course: '物理', code: C112('001', '04', '02'), title: '單擺週期實驗', summary: '測量不同擺長的單擺週期，以最小平方法求重力加速度。', files: [{ name: '單擺實驗報告.pdf', size: '2,048 KB', type: 'PDF' }], uploadedAt: '2025-12-23', status: 'certified', certifiedAt: '2025-12-30', teacher: '吳宗翰' },
  { id: 'O-112045-6', course: '探究與實作', code: C112('002', '05', '01'), title: '校園空氣品質觀測', summary: '與組員在校門口與操場設置簡易感測器，連續兩週記錄PM2.5數值，比對環境部測站資料，發現上下學時段數值明顯上升，並向學務處提出改善接送動線的建議，獲得採納在校門口增設臨停區，並持續追蹤改善後的數據變化情形與同學回饋意見。', files: [{ name: '空品觀測簡報.pdf', size: '4.6 MB', type: 'PDF' }], uploadedAt: '2025-12-26', status: 'rejected', reason: '檔案超過 4 MB，請壓縮後重新上傳', certifiedAt: '2026-01-05', teacher: '吳宗翰' },
  { id: 'O-112045-7', course: '多元選修：程式設計', code: C112('004', '06', '01'), title: 'Python 成績統計小工具', summary: '以 Python 撰寫讀取 CSV 成績檔並計算平均、標準差與繪製直方圖的小程式，說明資料結構選擇的理由。', files: [{ name: 'grade_tool.mp4', size: '9.8 MB', type: '影音' }], uploadedAt: '2025-12-28', status: 'pending', teacher: '張志明' },
  { id: 'O-112045-8', course: '歷史', code: C112('001', '07', '01'), title: '臺灣日治時期交通史小論文', summary: '蒐集地方志與老照片，整理縱貫鐵路通車對沿線聚落的影響，並訪談家中長輩補充口述資料，撰寫約三千字小論文。　　　', files: [{ name: '交通史小論文.pdf', size: '1,024 KB', type: 'PDF' }], uploadedAt: '2026-01-05', status: 'pending', teacher: '蔡淑芬' },
].map((o) => ({ ...o, sid: '112045', term: '114-1' }));

const C113 = (cat, subj, seq) => courseCode(113, cat, subj, seq, 1);

/** 林雨萱 (201-05, 113005), 114-1: the style-B student. Seven uploads (over 仁武's 6). */
export const OUTCOMES_LIN = [
  { id: 'O-113005-1', course: '國語文', code: C113('001', '01', '01'), title: '現代詩仿作與賞析', summary: '仿照鄭愁予〈錯誤〉的意象結構創作一首現代詩，並寫下修改三次的過程與同學互評的回饋。', files: [{ name: '現代詩仿作.pdf', size: '1.1 MB', type: 'PDF 文件' }], uploadedAt: '2025-12-15', status: 'certified', certifiedAt: '2025-12-19', teacher: '蔡淑芬' },
  { id: 'O-113005-2', course: '英語文', code: C113('001', '02', '01'), title: 'English Book Report: Wonder', summary: 'A book report on R. J. Palacio’s Wonder, comparing the narrators’ points of view and how kindness is shown in school life.', files: [{ name: 'book_report.docx', size: '780KB', type: 'Word 文件' }], uploadedAt: '2025-12-17', status: 'pending', teacher: '何佳蓉' },
  { id: 'O-113005-3', course: '數學', code: C113('001', '03', '01'), title: '統計圖表判讀作業', summary: '判讀新聞中的統計圖表，指出兩張誤導性圖表的問題。', files: [{ name: '統計作業.heic', size: '2.3MB', type: '圖片' }], uploadedAt: '2025-12-20', status: 'rejected', reason: '內容太簡略，成績未達標準', certifiedAt: '2025-12-24', teacher: '張志明' },
  { id: 'O-113005-4', course: '化學', code: C113('001', '05', '01'), title: '氧化還原滴定實驗影片', summary: '拍攝以過錳酸鉀滴定草酸的實驗過程，旁白說明終點判斷與計算濃度的方法。', files: [{ name: '滴定實驗.mp4', size: '12.5 MB', type: '影音' }], uploadedAt: '2025-12-27', status: 'pending', teacher: '黃建國' },
  { id: 'O-113005-5', course: '地理與生活', code: C113('001', '11', '01'), title: '社區土地利用調查', summary: '以步行踏查與開放街圖比對學校周邊一公里內的土地利用，繪製主題地圖，分析住商混合區的形成原因，並訪問兩位在地商家了解租金變化，最後提出社區空間改善的建議，作為公民參與提案的基礎，同時整理調查過程遇到的困難與解決方式。', files: [{ name: '土地利用調查.pdf', size: '3.4 MB', type: '影音' }], uploadedAt: '2026-01-02', status: 'certified', certifiedAt: '2026-01-06', teacher: '劉佩珊' },
  { id: 'O-113005-6', course: '公民與社會', code: C113('001', '12', '01'), title: '模擬聯合國會議紀錄', summary: '擔任日本代表，整理氣候議題立場文件與會議發言紀錄。', files: [{ name: '會議紀錄.pdf', size: '5.8 MB', type: 'PDF 文件' }], uploadedAt: '2026-01-08', status: 'rejected', reason: '非本課程作業', certifiedAt: '2026-01-12', teacher: '李淑華' },
  { id: 'O-113005-7', course: '音樂', code: C113('001', '13', '01'), title: '合唱比賽練習歷程', summary: '記錄班級合唱比賽的分部練習與錄音檢討。', files: [{ name: '練習錄音.mp3', size: '3,500 KB', type: '影音' }], uploadedAt: '2026-01-10', status: 'certified', certifiedAt: '2026-01-14', teacher: '鄭雅文' },
].map((o) => ({ ...o, sid: '113005', term: '114-1' }));

// ---------------------------------------------------------------------------------------------
// 多元表現 (performances), year 114

/** source: student = 學生上傳, school = 學校登錄, agency = 校外機構登錄 */
export const SOURCE_LABEL = { student: '學生上傳', school: '學校登錄', agency: '校外機構登錄' };

/** 陳柏翰's 114 多元表現: 15 items, 11 uploaded by him (over 仁武's 10), 12 selected. */
export const PERFORMANCES_CHEN = [
  { id: 'P-112045-01', category: '幹部經歷', title: '302 班學藝股長', summary: '114 學年度第 1 學期擔任班級學藝股長。', files: [], source: 'school', uploadedAt: '2025-09-30', selected: true },
  { id: 'P-112045-02', category: '幹部經歷', title: '管樂社木管分部長', summary: '負責木管分部練習排程與樂器借用登記。', files: [], source: 'school', uploadedAt: '2025-10-15', selected: true },
  { id: 'P-112045-03', category: '競賽參與', title: '全國高中數學能力競賽　佳作', summary: '代表學校參加縣市複賽獲佳作。', files: [{ name: '數學競賽獎狀.pdf', size: '420 KB', type: 'PDF' }], source: 'agency', uploadedAt: '2025-11-20', selected: true },
  { id: 'P-112045-04', category: '檢定證照', title: '全民英檢中高級初試通過', summary: '通過 GEPT 中高級初試（聽力、閱讀）。', files: [{ name: 'GEPT成績單.jpg', size: '1.3MB', type: '圖片' }], source: 'agency', uploadedAt: '2025-12-02', selected: true },
  { id: 'P-112045-05', category: '志工服務', title: '淨灘志工服務', summary: '參與海洋保育團體舉辦的淨灘活動，共服務 8 小時，並整理垃圾分類統計。', files: [{ name: '淨灘照片.heic', size: '2.6 MB', type: '圖片' }], source: 'student', uploadedAt: '2025-10-05', selected: true },
  { id: 'P-112045-06', category: '志工服務', title: '社區圖書館說故事志工', summary: '每月一次在社區圖書館為國小學童說故事。', files: [{ name: '志工服務證明.docx', size: '96KB', type: 'Word 文件' }], source: 'student', uploadedAt: '2025-11-08', selected: true },
  { id: 'P-112045-07', category: '作品成果', title: '校慶音樂會演出錄影', summary: '管樂社校慶音樂會演出片段，擔任長笛獨奏。', files: [{ name: '校慶演出.mp4', size: '15.2 MB', type: '影音' }], source: 'student', uploadedAt: '2025-11-30', selected: true },
  { id: 'P-112045-08', category: '彈性學習時間', title: '自主學習：機器學習入門', summary: '自主學習計畫，完成線上課程並以 Python 實作手寫數字辨識，撰寫學習日誌與成果報告，說明模型調整的過程、遇到的過度擬合問題，以及改用資料增強後準確率提升的情形，並在成果發表會上向學弟妹分享學習方法與資源，獲得指導老師肯定。', files: [{ name: '自主學習成果.pdf', size: '2.2 MB', type: 'PDF' }], source: 'student', uploadedAt: '2026-01-12', selected: true },
  { id: 'P-112045-09', category: '團體活動時間', title: '社團成果發表策展', summary: '與社員共同策劃社團成果展，負責海報設計。', files: [{ name: '成果展海報.png', size: '1,450 KB', type: '圖片' }], source: 'student', uploadedAt: '2025-12-10', selected: true },
  { id: 'P-112045-10', category: '作品成果', title: '個人網站作品集', summary: '以 HTML 與 CSS 製作個人學習作品集網站。', files: [], link: 'https://portfolio.example.edu.tw/~bohan', source: 'student', uploadedAt: '2025-12-18', selected: true },
  { id: 'P-112045-11', category: '競賽參與', title: '校內英文演講比賽　第二名', summary: '校內英文演講比賽高三組第二名。', files: [{ name: '演講比賽錄影.pdf', size: '3.1 MB', type: '影音' }], source: 'student', uploadedAt: '2025-10-28', selected: true },
  { id: 'P-112045-12', category: '其他', title: '大學營隊：資訊工程體驗營', summary: '參加大學資訊工程學系寒假營隊，完成小組專題。', files: [{ name: '營隊結業證書.jpg', size: '880KB', type: '圖片' }], source: 'student', uploadedAt: '2026-01-15', selected: true },
  { id: 'P-112045-13', category: '志工服務', title: '校慶服務隊', summary: '校慶當天擔任場佈與引導服務。', files: [{ name: '服務時數證明.pdf', size: '350 KB', type: 'PDF' }], source: 'student', uploadedAt: '2025-11-01', selected: false },
  { id: 'P-112045-14', category: '作品成果', title: '攝影作品：校園四季', summary: '四張校園風景攝影作品。', files: [{ name: '校園四季.jpg', size: '3.6MB', type: '圖片' }], source: 'student', uploadedAt: '2025-12-20', selected: false },
  { id: 'P-112045-15', category: '其他', title: '閱讀心得：人類大歷史', summary: '閱讀《人類大歷史》心得與討論紀錄。', files: [{ name: '閱讀心得.pdf', size: '512 KB', type: 'PDF' }], source: 'student', uploadedAt: '2026-01-18', selected: false },
].map((p) => ({ ...p, sid: '112045', year: 114 }));

/** 林雨萱's 114 多元表現 (style B): 8 items. */
export const PERFORMANCES_LIN = [
  { id: 'P-113005-1', category: '幹部經歷', title: '201 班班長', summary: '114 學年度第 1 學期擔任班長。', files: [], source: 'school', uploadedAt: '2025-09-26', selected: true },
  { id: 'P-113005-2', category: '檢定證照', title: 'TOEIC 聽力與閱讀 785 分', summary: '多益測驗成績單。', files: [{ name: 'TOEIC成績單.pdf', size: '610KB', type: 'PDF 文件' }], source: 'agency', uploadedAt: '2025-11-12', selected: true },
  { id: 'P-113005-3', category: '志工服務', title: '醫院志工', summary: '暑假於地區醫院擔任門診引導志工 24 小時。', files: [{ name: '醫院志工證明.heic', size: '1.9MB', type: '圖片' }], source: 'student', uploadedAt: '2025-09-10', selected: true },
  { id: 'P-113005-4', category: '作品成果', title: '微電影《放學後》', summary: '與同學拍攝十分鐘微電影，擔任編劇與剪接，作品入選校內影展。', files: [{ name: '放學後.mp4', size: '48.0 MB', type: '影音' }], source: 'student', uploadedAt: '2025-12-01', selected: true },
  { id: 'P-113005-5', category: '競賽參與', title: '全國學生美術比賽　水彩類優等', summary: '代表縣市參加全國學生美術比賽。', files: [{ name: '美術比賽獎狀.pdf', size: '5.1 MB', type: 'PDF 文件' }], source: 'agency', uploadedAt: '2025-12-15', selected: true },
  { id: 'P-113005-6', category: '團體活動時間', title: '熱舞社期末公演', summary: '熱舞社期末公演擔任隊長，負責編舞與排練進度。', files: [], link: 'https://video.example.edu.tw/dance-114', source: 'student', uploadedAt: '2026-01-09', selected: true },
  { id: 'P-113005-7', category: '彈性學習時間', title: '自主學習：台語文字化', summary: '整理阿嬤口述的台語俗諺五十則，以教育部台語漢字與台羅拼音記錄，並比較不同辭典的用字差異，完成一本小冊子。', files: [{ name: '台語俗諺小冊.pdf', size: '2,900 KB', type: '影音' }], source: 'student', uploadedAt: '2026-01-16', selected: false },
  { id: 'P-113005-8', category: '其他', title: '英語夏令營助教', summary: '國小英語夏令營助教五天。', files: [{ name: '助教證明.png', size: '700KB', type: '圖片' }], source: 'student', uploadedAt: '2025-08-30', selected: false },
].map((p) => ({ ...p, sid: '113005', year: 114 }));

// ---------------------------------------------------------------------------------------------
// Generated uploads (certification pages) and progress

const TITLE_POOL = {
  英語文: ['English Short Story Response', '英文短篇小說心得', '英文新聞閱讀報告', 'English Speech Script', '英文履歷撰寫練習', '英詩朗讀錄音', 'TED 演講摘要', '英文書信寫作', 'Podcast 聽力筆記', '英文簡報：我的城市'],
  '多元選修：英語簡報': ['英語簡報：臺灣夜市文化', '英語簡報：永續時尚', 'Presentation: Plastic-free Campus', '英語簡報：高中生睡眠'],
};
const SUMMARY_CLAUSES = [
  '閱讀指定文本後整理重點與生字表', '以英文撰寫三百字心得', '錄製兩分鐘口說練習', '與同學互評並修改初稿',
  '引用課堂討論的觀點說明自己的看法', '比較兩篇文章的寫作結構', '整理常用句型並舉例', '反思學習過程中遇到的困難',
  '在課堂上發表並回答同學提問', '蒐集相關新聞報導作為佐證', '附上修改前後的版本對照', '說明下一步想加強的能力',
];

function makeSummary(rand, long) {
  const n = long ? rand.int(9, 11) : rand.int(2, 4);
  const pool = [...SUMMARY_CLAUSES];
  const parts = [];
  for (let i = 0; i < n; i++) parts.push(pool.splice(rand.int(0, pool.length - 1), 1)[0]);
  return `${parts.join('，')}。`;
}

function makeFile(rand, title, i) {
  const roll = rand.next();
  const base = title.replace(/[\s:：]+/g, '_').slice(0, 14);
  if (roll < 0.08) return { name: `${base}.mp4`, size: sizeText(rand, 10.5 + rand.next() * 8), type: '影音' };
  if (roll < 0.2) return { name: `${base}.mp3`, size: sizeText(rand, 0.8 + rand.next() * 6), type: '影音' };
  if (roll < 0.3) return { name: `${base}.pdf`, size: sizeText(rand, 4.5 + rand.next() * 3), type: 'PDF' };
  if (roll < 0.33) return { name: `${base}.docx`, size: sizeText(rand, 0.1 + rand.next() * 0.8), type: 'Word 文件' };
  if (roll < 0.45) return { name: `${base}_${i}.jpg`, size: sizeText(rand, 0.3 + rand.next() * 3), type: '圖片' };
  return { name: `${base}.pdf`, size: sizeText(rand, 0.2 + rand.next() * 3.5), type: 'PDF' };
}

/**
 * The uploads waiting for 王怡君 (英語文 301–303, 多元選修：英語簡報 201–203), 114-1,
 * or — with `rows` — a synthetic list of that length for speed tests.
 */
export function certificationUploads({ rows } = {}) {
  const rand = prng(rows ? 2000 + rows : 31);
  const eng3 = COURSE_PLAN.find((c) => c.grade === 3 && c.semester === 1 && c.name === '英語文');
  const pres2 = COURSE_PLAN.find((c) => c.grade === 2 && c.semester === 1 && c.name.includes('英語簡報'));
  const out = [];
  if (!rows) {
    const groups = [
      { course: eng3, classes: ['301', '302', '303'], per: 8 },
      { course: pres2, classes: ['201', '202', '203'], per: 3 },
    ];
    for (const g of groups) {
      for (const cls of g.classes) {
        const seats = new Set();
        while (seats.size < g.per) seats.add(rand.int(1, 32));
        for (const seat of [...seats].sort((a, b) => a - b)) {
          const s = studentAt(cls, seat);
          if (s.sid === '112045') continue; // added below from his own list
          const title = rand.pick(TITLE_POOL[g.course.name]);
          out.push({
            id: `U-${s.sid}-${g.course.code.slice(-8)}`,
            sid: s.sid, name: s.name, className: cls, seat,
            course: g.course.name, code: g.course.code, title,
            summary: makeSummary(rand, rand.chance(0.15)),
            files: [makeFile(rand, title, seat)],
            uploadedAt: addDays('2025-12-01', rand.int(0, 45)),
            status: 'pending',
          });
        }
      }
    }
    const chen = OUTCOMES_CHEN.find((o) => o.course === '英語文');
    out.push({ ...chen, id: 'U-112045-' + chen.code.slice(-8), name: '陳柏翰', className: '302', seat: 12 });
    // a few decisions already made (certified / refused) so the page is not all pending
    const byIndex = (i) => out[i];
    for (const i of [0, 3, 9, 12, 17, 22]) Object.assign(byIndex(i), { status: 'certified', certifiedAt: addDays(byIndex(i).uploadedAt, 3) });
    Object.assign(byIndex(5), { status: 'rejected', reason: '內容太簡略，成績未達標準', certifiedAt: addDays(byIndex(5).uploadedAt, 2) });
    Object.assign(byIndex(14), { status: 'rejected', reason: '非本課程作業', certifiedAt: addDays(byIndex(14).uploadedAt, 4) });
    Object.assign(byIndex(20), { status: 'rejected', reason: '作品品質不佳，請重做', certifiedAt: addDays(byIndex(20).uploadedAt, 1) });
  } else {
    const students = makeStudents({ classes: bigClasses(), perClass: 32, seed: 7 });
    for (let i = 0; i < rows; i++) {
      const s = students[i % students.length];
      const course = Number(s.className[0]) === 3 ? eng3 : pres2;
      const title = `${rand.pick(TITLE_POOL[course.name])}（${Math.floor(i / students.length) + 1}）`;
      const roll = rand.next();
      const status = roll < 0.7 ? 'pending' : roll < 0.95 ? 'certified' : 'rejected';
      const uploadedAt = addDays('2025-11-15', rand.int(0, 60));
      out.push({
        id: `U-${pad(i + 1, 5)}`, sid: s.sid, name: s.name, className: s.className, seat: s.seat,
        course: course.name, code: course.code, title,
        summary: makeSummary(rand, rand.chance(0.1)),
        files: [makeFile(rand, title, i)],
        uploadedAt, status,
        ...(status !== 'pending' ? { certifiedAt: addDays(uploadedAt, rand.int(1, 5)) } : {}),
        ...(status === 'rejected' ? { reason: rand.pick(['非本課程作業', '檔案無法開啟，請重新上傳', '內容太簡略，成績未達標準']) } : {}),
      });
    }
  }
  return out.map((u) => ({ ...u, teacher: '王怡君' }))
    .sort((a, b) => a.course.localeCompare(b.course) || a.className.localeCompare(b.className) || a.seat - b.seat);
}

/** Classes for the 2,000-row variants: grades 1–3, 21 classes each. */
function bigClasses() {
  const out = [];
  for (const g of [1, 2, 3]) for (let k = 1; k <= 21; k++) out.push(`${g}${pad(k, 2)}`);
  return out;
}

export const RECEIPT_LABEL = { confirmed: '已確認', disputed: '有疑義', none: '未確認' };

/**
 * Rows of a class-progress / receipt page: per student, counts and the 收訖 answer.
 * The vendor lists one student twice (DUPLICATE_SEAT). `rows` gives a synthetic list of that
 * length (for speed tests) with a duplicate and bad IDs sprinkled in.
 */
export function progressRows({ className = '302', rows } = {}) {
  const rand = prng(rows ? 5000 + rows : Number(className));
  let students;
  if (rows) {
    students = makeStudents({ classes: bigClasses(), perClass: 32, seed: 9 }).slice(0, rows - 1);
  } else {
    students = STUDENTS.filter((s) => s.className === className);
  }
  const out = students.map((s) => {
    let uploaded;
    let certified;
    let selected;
    let perfUploaded;
    let perfSelected;
    if (s.sid === '112045') {
      uploaded = OUTCOMES_CHEN.length;
      certified = OUTCOMES_CHEN.filter((o) => o.status === 'certified').length;
      selected = selectionFor('112045').outcomes.filter((o) => o.selected).length;
      perfUploaded = PERFORMANCES_CHEN.length;
      perfSelected = PERFORMANCES_CHEN.filter((p) => p.selected).length;
    } else {
      uploaded = rand.int(0, 6);
      certified = rand.int(0, uploaded);
      selected = rand.int(0, certified);
      perfUploaded = rand.int(0, 9);
      perfSelected = rand.int(0, perfUploaded);
    }
    const r = rand.next();
    const receipt = r < 0.72 ? 'confirmed' : r < 0.8 ? 'disputed' : 'none';
    return {
      sid: s.sid, name: s.name, id: s.id, className: s.className, seat: s.seat,
      uploaded, certified, selected, perfUploaded, perfSelected, receipt,
      receiptAt: receipt === 'none' ? '' : addDays('2025-10-20', rand.int(0, 3)),
      note: receipt === 'disputed' ? rand.pick(['多元表現少列一筆競賽紀錄', '課程學習成果檔案名稱錯誤', '幹部經歷學期有誤']) : '',
    };
  });
  // the vendor lists one student twice (a re-enrolment left a second row)
  const dupFrom = rows ? out[Math.floor(out.length / 3)] : out.find((r) => `${r.className}-${pad(r.seat, 2)}` === DUPLICATE_SEAT);
  if (dupFrom) out.splice(out.indexOf(dupFrom) + 1, 0, { ...dupFrom, receipt: 'none', receiptAt: '', note: '' });
  if (rows) {
    // bad check digits sprinkled through the synthetic list
    for (const i of [17, 444, 1313]) {
      if (out[i]) out[i] = { ...out[i], id: out[i].id.slice(0, 9) + ((Number(out[i].id[9]) + 3) % 10) };
    }
  }
  return out;
}

/** 收訖明細 confirmation periods (草屯: first round 4 days, second round 2 days; 004 item 6: ≥ 3 days). */
export const RECEIPT_ROUNDS = [
  { round: 1, from: '2025-10-20', to: '2025-10-23' },
  { round: 2, from: '2025-10-27', to: '2025-10-28' },
];

// ---------------------------------------------------------------------------------------------
// Selection (勾選)

/** The student's 114 outcomes and performances with their selected boxes (from the data). */
export function selectionFor(sid) {
  if (sid === '112045') {
    // he ticked 7 outcomes — over the cap of 6, and four of them are not certified
    const ticked = new Set(['O-112045-1', 'O-112045-2', 'O-112045-3', 'O-112045-4', 'O-112045-5', 'O-112045-6', 'O-112045-8']);
    return {
      outcomes: OUTCOMES_CHEN.map((o) => ({ ...o, selected: ticked.has(o.id) })),
      performances: PERFORMANCES_CHEN,
    };
  }
  if (sid === '113005') {
    const ticked = new Set(['O-113005-1', 'O-113005-5', 'O-113005-7', 'O-113005-2']);
    return {
      outcomes: OUTCOMES_LIN.map((o) => ({ ...o, selected: ticked.has(o.id) })),
      performances: PERFORMANCES_LIN.concat(EXTRA_LIN_PERFORMANCES),
    };
  }
  return { outcomes: [], performances: [] };
}

/** 林雨萱 also has school- and agency-entered records that make her selection 12 (> 10). */
const EXTRA_LIN_PERFORMANCES = [
  ['幹部經歷', '熱舞社社長', 'school'], ['競賽參與', '全國中學生英語朗讀比賽　甲等', 'agency'],
  ['檢定證照', '中華民國技術士乙級：網頁設計', 'agency'], ['幹部經歷', '學生會文書組組員', 'school'],
  ['志工服務', '校內環保志工', 'student'], ['其他', '校刊社專訪撰稿', 'student'],
].map(([category, title, source], i) => ({
  id: `P-113005-${9 + i}`, category, title, summary: `${title}。`, files: [], source,
  uploadedAt: addDays('2025-10-01', i * 9), selected: true, sid: '113005', year: 114,
}));

// ---------------------------------------------------------------------------------------------
// 預檢 (central database pre-check)

/** Errors the central database reports, built from the data so they agree with the other pages. */
export function precheckBatches() {
  const bad = STUDENTS.filter((s) => !idCheckOk(s.id));
  const unmatched = COURSE_OFFERINGS.filter((o) => compareCourse(o).result === 'unmatched' && o.semester === 1);
  const tooLong = OUTCOMES_CHEN.filter((o) => charCount(o.summary) > 100);
  return [
    { roster: '學生基本資料名冊', submittedAt: '2025-09-12 09:41', records: 288, errors: bad.map((s) => ({ row: STUDENTS.indexOf(s) + 2, field: '身分證號', message: `身分證號檢查碼錯誤（${s.className} 班 ${s.seat} 號）`, ref: s.sid })) },
    { roster: '修課紀錄名冊', submittedAt: '2025-09-26 15:02', records: 2376, errors: unmatched.map((o) => ({ row: COURSE_OFFERINGS.indexOf(o) + 2, field: '課程代碼', message: `課程代碼不存在於課程計畫（${o.code}）`, ref: o.code })) },
    { roster: '課程學習成果名冊', submittedAt: '2026-01-23 11:20', records: 1480, errors: tooLong.map((o) => ({ row: 100 + OUTCOMES_CHEN.indexOf(o), field: '內容簡述', message: `內容簡述超過 100 字（${charCount(o.summary)} 字）`, ref: o.title })) },
    { roster: '幹部經歷名冊', submittedAt: '2025-10-03 08:55', records: 312, errors: [] },
    { roster: '多元表現名冊', submittedAt: '2026-01-23 11:24', records: 2104, errors: [{ row: 58, field: '檔案', message: '檔案格式不符（.docx）', ref: '志工服務證明.docx' }, { row: 77, field: '檔案', message: '影音檔超過 10 MB', ref: '校慶演出.mp4' }] },
  ].map((b) => ({ ...b, passed: b.errors.length === 0 }));
}

// ---------------------------------------------------------------------------------------------
// Hostile strings (the ?variant=hostile pages): everything must appear as text

export const HOSTILE = {
  img: '<img src=x onerror="window.__pwned=1">',
  script: '<script>window.__pwned=1</script>',
  quotes: `引號"測試'與"'"`,
  closeCell: '</td></tr>結束儲存格',
  rtl: 'report\u202Efdp.exe',
  zw: '零\u200B寬\u200D字元',
  long: Array.from({ length: 2000 }, (_, i) => '長簡述測試文字'[i % 7]).join(''),
};
export const HOSTILE_TITLE_MARK = '特殊字元測試';

/** Outcomes with hostile strings in title, 簡述, file names (and the student's name on the page). */
export const HOSTILE_STUDENT = { sid: '112099', name: HOSTILE.img, className: '303', seat: 33, id: 'A123456789' };
export const HOSTILE_OUTCOMES = [
  { id: 'H-1', course: '國語文', code: C112('001', '01', '01'), title: HOSTILE.img, summary: HOSTILE.script, files: [{ name: `${HOSTILE.quotes}.pdf`, size: '1.0 MB', type: 'PDF' }], uploadedAt: '2025-12-10', status: 'pending' },
  { id: 'H-2', course: '英語文', code: C112('001', '02', '01'), title: HOSTILE.script, summary: HOSTILE.closeCell, files: [{ name: HOSTILE.rtl, size: '200 KB', type: 'PDF' }], uploadedAt: '2025-12-11', status: 'pending' },
  { id: 'H-3', course: '數學A', code: C112('001', '03', '01'), title: HOSTILE.quotes, summary: HOSTILE.long, files: [{ name: `${HOSTILE.img}.pdf`, size: '300KB', type: 'PDF' }], uploadedAt: '2025-12-12', status: 'certified', certifiedAt: '2025-12-15' },
  { id: 'H-4', course: '物理', code: C112('001', '04', '02'), title: HOSTILE.closeCell, summary: HOSTILE.zw, files: [{ name: `${HOSTILE.zw}.jpg`, size: '1.5MB', type: '圖片' }], uploadedAt: '2025-12-13', status: 'rejected', reason: HOSTILE.script, certifiedAt: '2025-12-16' },
  { id: 'H-5', course: '歷史', code: C112('001', '07', '01'), title: HOSTILE.zw, summary: HOSTILE.img, files: [{ name: `${HOSTILE.closeCell}.pdf`, size: '2,048 KB', type: 'PDF' }], uploadedAt: '2025-12-14', status: 'pending' },
  { id: 'H-6', course: '藝術生活', code: C112('001', '08', '01'), title: HOSTILE.rtl, summary: HOSTILE.quotes, files: [{ name: `${HOSTILE.script}.mp4`, size: '4.2 MB', type: '影音' }], uploadedAt: '2025-12-15', status: 'pending' },
].map((o) => ({ ...o, sid: HOSTILE_STUDENT.sid, term: '114-1', teacher: '王怡君' }));

export const HOSTILE_PERFORMANCES = HOSTILE_OUTCOMES.map((o, i) => ({
  id: `HP-${i + 1}`, category: ['幹部經歷', '競賽參與', '志工服務', '作品成果', '其他', '檢定證照'][i],
  title: o.title, summary: o.summary, files: o.files,
  ...(i === 3 ? { link: 'javascript:window.__pwned=1' } : {}),
  source: i < 4 ? 'student' : i === 4 ? 'school' : 'agency', uploadedAt: o.uploadedAt, selected: i < 3,
  sid: HOSTILE_STUDENT.sid, year: 114,
}));

/** Certification rows with hostile names, titles, file names and 簡述. */
export function hostileCertificationUploads() {
  const names = [HOSTILE.img, HOSTILE.script, HOSTILE.quotes, HOSTILE.closeCell, HOSTILE.rtl, HOSTILE.zw];
  return HOSTILE_OUTCOMES.map((o, i) => ({
    ...o, id: `HU-${i + 1}`, sid: `1120${90 + i}`, name: names[i], className: '303', seat: 33 + i,
    course: '英語文', code: C112('001', '02', '01'), teacher: '王怡君',
  }));
}

// ---------------------------------------------------------------------------------------------
// Page state (localStorage) shared by both styles

/** A stable time of day for a record (B pages show 上傳時間 with hh:mm). */
export function timeOf(key) {
  let h = 0;
  for (const ch of String(key)) h = (Math.imul(h, 31) + ch.codePointAt(0)) >>> 0;
  return `${pad(8 + (h % 14), 2)}:${pad((h >>> 8) % 60, 2)}`;
}

export const STATE_PREFIX = 'lp-portal';
/** localStorage key of one page's state: lp-portal/<style>/<page>[/<variant>] */
export const stateKey = (style, page, variant) => [STATE_PREFIX, style, page, variant].filter(Boolean).join('/');

export const STATUS_LABEL = {
  a: { pending: '未認證', certified: '已認證', rejected: '認證未通過' },
  b: { pending: '未認證', certified: '認證通過', rejected: '不通過' },
  /** style C's teacher page (認證情形); its student list says 是否驗證 in the national platform's words */
  c: { pending: '待認證', certified: '通過', rejected: '不通過' },
  cVerify: { pending: '待驗證', certified: '已驗證', rejected: '驗證未通過' },
  d: { pending: '待審核', certified: '認證通過', rejected: '退件' },
};

/** 收訖 answers as styles C (欣河's 收訖 screens) and D (the 收訖 system's 正確 / 錯誤) word them. */
export const RECEIPT_ANSWER = {
  c: { confirmed: '學生回報資料正確', disputed: '學生回報資料錯誤', none: '尚未回報' },
  d: { confirmed: '正確', disputed: '錯誤', none: '未回覆' },
};

// ---------------------------------------------------------------------------------------------
// Rows no one can read (the ?variant=unreadable pages of styles C and D)

/** What an unreadable cell shows: a status the vendor's lookup lost, a value a script never filled. */
export const UNREADABLE_TEXT = { unknown: '？？', undefined: 'undefined' };

/** The rows of style C's 收訖 page (grade 3, as on style B's). */
export const receiptRowsGrade3 = () => ['301', '302', '303'].flatMap((c) => progressRows({ className: c }));

/**
 * Style C's 收訖 page after a bad import: one student's 學號 cell is empty and another's answer reads
 * 「？？」. Both picked from rows with nothing else wrong (valid ID, listed once, answered 正確), so the
 * only thing to say about them is that they cannot be read.
 */
export function unreadableReceipt() {
  const rows = receiptRowsGrade3();
  const listed = new Map();
  for (const r of rows) listed.set(r.sid, (listed.get(r.sid) ?? 0) + 1);
  const clean = rows.filter((r) => r.receipt === 'confirmed' && idCheckOk(r.id) && listed.get(r.sid) === 1);
  return { blankSid: clean[4].sid, unknownAnswer: clean[40].sid };
}

/**
 * Style D's 認證 page after a bad import: two uploads' status tags read 「？？」 and 「undefined」.
 * Picked from pending uploads with nothing else wrong (files allowed and within limits, 簡述 ≤ 100).
 */
export function unreadableCertification() {
  const clean = certificationUploads().filter(
    (u) => u.status === 'pending' && charCount(u.summary) <= 100 && u.files.every((f) => fileProblems(f).length === 0),
  );
  return { [clean[1].id]: UNREADABLE_TEXT.unknown, [clean[9].id]: UNREADABLE_TEXT.undefined };
}
