// Writes the sample roster files (名冊) for the 名冊預檢 page into tests/portal/pages/rosters/:
//   batch/   a consistent batch of school 093301, 114 學年度第 1 學期: 學生資料名冊, 學期成績名冊,
//            課程學習成果名冊 and 學生自填多元表現名冊 (xlsx), and the course plan they use (CSV)
//   errors/  a 學期成績名冊 with one row per kind of error, a 學生資料名冊, a 多元表現名冊 and a
//            課程學習成果名冊 with theirs, and one file per kind of bad file (.xls, password, damaged,
//            empty, unknown, CSV in Big5)
// `node tests/portal/rosters/build.mjs` — or `rosterWorkbook(rows)` for a bench file (tests/bench).
// ID numbers are made here with the published check-digit rule, independently of lib/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as XLSX from '@e965/xlsx';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '../pages/rosters');
export const SCHOOL = '093301';
const YEAR = 114;
const SEMESTER = 1;

const AREA = { A: 10, B: 11, C: 12, D: 13, E: 14, F: 15, G: 16, H: 17, I: 34, J: 18, K: 19, L: 20, M: 21, N: 22, O: 35, P: 23, Q: 24, R: 25, S: 26, T: 27, U: 28, V: 29, W: 32, X: 30, Y: 31, Z: 33 };

/** A valid 身分證統一編號 from a letter, a gender digit and seven digits. */
export function nationalId(letter, gender, seven) {
  const digits = [Math.floor(AREA[letter] / 10), AREA[letter] % 10, gender, ...String(seven).padStart(7, '0').split('').map(Number)];
  const weights = [1, 9, 8, 7, 6, 5, 4, 3, 2, 1];
  const sum = digits.reduce((total, digit, i) => total + digit * weights[i], 0);
  return `${letter}${gender}${String(seven).padStart(7, '0')}${(10 - (sum % 10)) % 10}`;
}

/** A 23-character course code of school 093301 for students who entered in 113. */
const code = (category, attribute, domain, serial) => `113${SCHOOL}H11101` + `0${category}0${attribute}${domain}${serial}`;

export const COURSES = [
  { code: code('1', '1', '01', '01'), name: '國語文', credits: 4 },
  { code: code('1', '1', '02', '01'), name: '數學', credits: 4 },
  { code: code('3', '1', '04', '01'), name: '物理', credits: 2 },
  { code: code('9', 'D', '00', '01'), name: '彈性學習-程式設計', credits: 1 },
];

const STUDENTS = Array.from({ length: 12 }, (_, i) => ({
  id: nationalId('ABEFHKMNPSTV'[i], (i % 2) + 1, 1234560 + i * 37),
  birth: `2009/${String((i % 12) + 1).padStart(2, '0')}/${String(((i * 5) % 27) + 1).padStart(2, '0')}`,
  no: `01130${String(i + 1).padStart(2, '0')}`,
  name: ['王小明', '李小華', '陳怡君', '林志豪', '張雅婷', '黃俊傑', '吳佳穎', '劉家豪', '蔡宜庭', '楊承翰', '許雅雯', '鄭宇軒'][i],
  className: i < 6 ? '201' : '202',
  seat: (i % 6) + 1,
}));

const cover = (rosterType, { school = SCHOOL, year = YEAR, semester = SEMESTER } = {}) => [
  ['學校代碼', school],
  ['學年度', year],
  ['學期', semester],
  ['名冊別', rosterType],
  [],
];

function sheetFrom(rows) {
  return XLSX.utils.aoa_to_sheet(rows);
}

function workbook(sheets) {
  const book = XLSX.utils.book_new();
  for (const [name, sheet] of sheets) XLSX.utils.book_append_sheet(book, sheet, name);
  book.Props = { Title: '名冊', Author: 'lp-checker sample', CreatedDate: new Date('2026-01-05T00:00:00Z') };
  return book;
}

// Shared strings, as Excel writes them.
const xlsx = (book) => XLSX.write(book, { type: 'buffer', bookType: 'xlsx', compression: true, bookSST: true });

const GRADE_HEADER = ['身分證號', '出生日期', '課程代碼', '科目名稱', '開課年級', '修課學分', '學期學業成績', '成績及格', '補考成績', '補考及格', '是否採計學分', '質性文字描述', '備註'];
// Blank cells are left out, as Excel leaves them out of the file.
const gradeRow = (student, course, score) => [student.id, student.birth, course.code, course.name, 2, course.credits, score, score >= 60 ? 1 : 0, null, null, 1, null, null];

/** A 學期成績名冊 of `rows` grade rows (the bench's 30,000-row file), every row valid. */
export function rosterWorkbook(rows) {
  const students = Array.from({ length: Math.ceil(rows / COURSES.length) }, (_, i) => ({
    id: nationalId('ABCDEFGHJKLMNPQRSTUVXYWZIO'[i % 26], (i % 2) + 1, 1000000 + i),
    birth: `2009/${String((i % 12) + 1).padStart(2, '0')}/${String((i % 28) + 1).padStart(2, '0')}`,
  }));
  const data = [...cover('學期成績名冊'), GRADE_HEADER];
  for (let i = 0; i < rows; i += 1) data.push(gradeRow(students[Math.floor(i / COURSES.length)], COURSES[i % COURSES.length], 60 + (i % 40)));
  return xlsx(workbook([['學期成績名冊', sheetFrom(data)]]));
}

function batch() {
  const files = {};
  files['batch/students.xlsx'] = xlsx(
    workbook([['學生資料名冊', sheetFrom([...cover('學生資料名冊'), ['身分證號', '出生日期', '姓名', '學號', '班級', '座號'], ...STUDENTS.map((s) => [s.id, s.birth, s.name, s.no, s.className, s.seat])])]]),
  );
  const grades = STUDENTS.flatMap((s, i) => COURSES.map((course, c) => gradeRow(s, course, 58 + ((i * 7 + c * 11) % 40))));
  files['batch/grades.xlsx'] = xlsx(workbook([['學期成績名冊', sheetFrom([...cover('學期成績名冊'), GRADE_HEADER, ...grades])]]));
  const outcomes = STUDENTS.slice(0, 6).map((s, i) => [s.id, s.birth, COURSES[i % 2].code, COURSES[i % 2].name, `${COURSES[i % 2].name}學習單`, '課堂閱讀與寫作練習的成果整理。', `成果${i + 1}.pdf`]);
  files['batch/outcomes.xlsx'] = xlsx(
    workbook([['課程學習成果名冊', sheetFrom([...cover('課程學習成果名冊'), ['身分證號', '出生日期', '課程代碼', '科目名稱', '成果名稱', '成果簡述', '檔案名稱'], ...outcomes])]]),
  );
  files['batch/performances.xlsx'] = xlsx(
    workbook([
      ['幹部經歷暨事蹟紀錄', sheetFrom([...cover('學生自填多元表現名冊'), ['身分證號', '出生日期', '單位名稱', '開始日期', '結束日期', '擔任職務', '內容簡述', '幹部等級'], [STUDENTS[0].id, STUDENTS[0].birth, '201班', '2025/09/01', '2026/01/20', '班長', '協助班級事務。', '班級幹部'], [STUDENTS[3].id, STUDENTS[3].birth, '學生會', '2025/09/15', '2026/01/20', '活動長', '籌辦校慶活動。', '校級幹部']])],
      ['競賽參與紀錄', sheetFrom([...cover('學生自填多元表現名冊'), ['身分證號', '出生日期', '競賽名稱', '項目', '競賽等級代碼', '獎項', '結果公布日期', '團體參與代碼', '內容簡述'], [STUDENTS[1].id, STUDENTS[1].birth, '全國高中數學競賽', '個人賽', '3', '佳作', '2025/11/20', '1', '參加全國數學競賽。']])],
    ]),
  );
  files['batch/course-plan.csv'] = `\uFEFF課程代碼,科目名稱,學分,年級,學期\n${COURSES.map((c) => `${c.code},${c.name},${c.credits},2,1`).join('\n')}\n`;
  return files;
}

function errors() {
  const files = {};
  const [s0, s1, s2, s3, s4, s5] = STUDENTS;
  const outsider = nationalId('Q', 1, 7654321);
  // 學期成績名冊: row 7 onward, one error per row, in this order (the e2e test expects these rows).
  const rows = [
    gradeRow(s0, COURSES[0], 80), // 7: fine
    gradeRow({ ...s1, id: `${s1.id.slice(0, 9)}${(Number(s1.id[9]) + 1) % 10}` }, COURSES[0], 75), // 8: ID check digit
    gradeRow({ ...s2, birth: '2009/02/30' }, COURSES[0], 70), // 9: 出生日期 that does not exist
    gradeRow(s3, { ...COURSES[0], code: COURSES[0].code.slice(0, 22) }, 65), // 10: code of 22 characters
    gradeRow(s4, { ...COURSES[0], code: `${COURSES[0].code.slice(0, 16)}X${COURSES[0].code.slice(17)}` }, 66), // 11: 課程類別 X
    gradeRow(s5, { code: code('8', '0', '00', '01'), name: '團體活動時間', credits: 0 }, 90), // 12: 團體活動 without credit
    [s0.id, s0.birth, COURSES[1].code, COURSES[1].name, 2, 4, null, null, null, null, 1, null, null], // 13: 學期學業成績 empty
    gradeRow({ id: outsider, birth: '2009/05/05' }, COURSES[1], 77), // 14: not in 學生資料名冊
    gradeRow(s1, { ...COURSES[2], name: '物理（加深）', credits: 3 }, 88), // 15: name and credits differ from the plan
    gradeRow(s2, COURSES[1], 0), // 16: score is a formula
    gradeRow(s3, COURSES[1], 68), // 17: 出生日期 stored as a plain number
  ];
  const sheet = sheetFrom([...cover('學期成績名冊'), GRADE_HEADER, ...rows]);
  sheet.G16 = { t: 'n', v: 85, f: 'AVERAGE(80,90)' };
  sheet.B17 = { t: 'n', v: 39877 };
  files['errors/grades-errors.xlsx'] = xlsx(workbook([['學期成績名冊', sheet]]));

  // 學生資料名冊: school code typed as a number (leading 0 dropped), merged header cells, a student twice,
  // 學號 typed as numbers (leading 0 dropped), a birth date with the 民國 year written as 西元.
  const studentSheet = sheetFrom([
    ['學校代碼', Number(SCHOOL)],
    ['學年度', YEAR],
    ['學期', SEMESTER],
    ['名冊別', '學生資料名冊'],
    [],
    ['身分證號', '出生日期', '姓名', '', '學號', '班級', '座號'],
    [s0.id, s0.birth, s0.name, '', s0.no, s0.className, s0.seat],
    [s1.id, s1.birth, s1.name, '', 113002, s1.className, s1.seat],
    [s0.id, s0.birth, s0.name, '', s0.no, s0.className, s0.seat],
    [s2.id, '0098/03/04', s2.name, '', s2.no, s2.className, s2.seat],
  ]);
  studentSheet['!merges'] = [{ s: { r: 5, c: 2 }, e: { r: 5, c: 3 } }];
  files['errors/students-errors.xlsx'] = xlsx(workbook([['學生資料名冊', studentSheet]]));

  // 多元表現名冊: a date outside the school year, an end before its start, a 101-character 簡述, and
  // one student with 11 items (10 may be selected).
  const long = '參與'.repeat(50) + '。';
  const cadre = [
    [s0.id, s0.birth, '201班', '2024/09/01', '2025/01/20', '班長', '協助班級事務。', '班級幹部'],
    [s1.id, s1.birth, '學生會', '2025/10/01', '2025/09/30', '幹事', '籌辦活動。', '校級幹部'],
    [s2.id, s2.birth, '合唱團', '2025/09/01', '2026/01/20', '團長', long, '社團幹部'],
    ...Array.from({ length: 11 }, (_, i) => [s3.id, s3.birth, `志工隊${i + 1}`, '2025/09/01', '2026/01/20', '隊員', '服務。', '社團幹部']),
  ];
  files['errors/performances-errors.xlsx'] = xlsx(
    workbook([['幹部經歷暨事蹟紀錄', sheetFrom([...cover('學生自填多元表現名冊'), ['身分證號', '出生日期', '單位名稱', '開始日期', '結束日期', '擔任職務', '內容簡述', '幹部等級'], ...cadre])]]),
  );

  // 課程學習成果名冊 of another school and term than the batch, with 7 items of one student (6 may be selected).
  const items = Array.from({ length: 7 }, (_, i) => [s4.id, s4.birth, COURSES[i % 2].code, COURSES[i % 2].name, `學習單${i + 1}`, '課堂練習。', `成果${i + 1}.pdf`]);
  files['errors/outcomes-errors.xlsx'] = xlsx(
    workbook([['課程學習成果名冊', sheetFrom([...cover('課程學習成果名冊', { school: '093302', semester: 2 }), ['身分證號', '出生日期', '課程代碼', '科目名稱', '成果名稱', '成果簡述', '檔案名稱'], ...items])]]),
  );

  // Bad files.
  const plain = workbook([['學期成績名冊', sheetFrom([...cover('學期成績名冊'), GRADE_HEADER, gradeRow(s0, COURSES[0], 80)])]]);
  files['errors/old-format.xls'] = XLSX.write(plain, { type: 'buffer', bookType: 'biff8' });
  const locked = XLSX.CFB.utils.cfb_new();
  XLSX.CFB.utils.cfb_add(locked, '/EncryptionInfo', Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0]));
  XLSX.CFB.utils.cfb_add(locked, '/EncryptedPackage', Buffer.alloc(64, 7));
  files['errors/password.xlsx'] = Buffer.from(XLSX.CFB.write(locked, { type: 'buffer' }));
  files['errors/damaged.xlsx'] = xlsx(plain).subarray(0, 300);
  files['errors/empty.xlsx'] = xlsx(workbook([['工作表1', sheetFrom([[]])]]));
  files['errors/unknown.xlsx'] = xlsx(workbook([['名單', sheetFrom([['座號', '姓名', '電話'], [1, '王小明', '0912000000']])]]));
  // A 學生資料名冊 saved by Excel on zh-TW Windows as CSV: Big5 bytes.
  const csv = ['身分證號,出生日期,姓名,學號,班級,座號', ...STUDENTS.slice(0, 3).map((s) => [s.id, s.birth, s.name, s.no, s.className, s.seat].join(','))].join('\r\n');
  files['errors/students-big5.csv'] = Buffer.from(big5(csv));
  return files;
}

/** Big5 bytes of text, through the TextDecoder's own table (every character of this text is in Big5). */
function big5(text) {
  const decoder = new TextDecoder('big5');
  const table = new Map();
  for (let lead = 0x81; lead <= 0xfe; lead += 1) {
    for (let trail = 0x40; trail <= 0xfe; trail += 1) {
      if (trail > 0x7e && trail < 0xa1) continue;
      const char = decoder.decode(new Uint8Array([lead, trail]));
      if (char.length === 1 && char !== '\uFFFD' && !table.has(char)) table.set(char, [lead, trail]);
    }
  }
  const bytes = [];
  for (const char of text) {
    if (char.charCodeAt(0) < 0x80) bytes.push(char.charCodeAt(0));
    else bytes.push(...table.get(char));
  }
  return bytes;
}

export function rosterFiles() {
  return { ...batch(), ...errors() };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const [path, contents] of Object.entries(rosterFiles())) {
    const file = join(OUT, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, contents);
    console.log('wrote', `rosters/${path}`);
  }
}
