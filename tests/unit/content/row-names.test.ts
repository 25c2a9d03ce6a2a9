import { describe, expect, it } from 'vitest';
import { rowName, rowNameParts, summaryFindings, toldApart } from '@/entrypoints/content/row-names';
import type { PageRecord } from '@/lib/model/records';
import { readPage } from '@/lib/adapters/read-page';
import { PAGE_KIND_IDS } from '@/lib/page-kinds';
import { portalPage } from '../helpers/portal-page';

const artifact = (fields: Partial<Extract<PageRecord, { type: 'artifact' }>>): PageRecord => ({ type: 'artifact', kind: 'outcome', title: '', files: [], ...fields });

describe('rowName', () => {
  it('names an upload by its title, with the 學號 when the row shows one', () => {
    expect(rowName(artifact({ title: '古典小說人物分析報告' }), 'zh_TW')).toBe('〈古典小說人物分析報告〉');
    expect(rowName(artifact({ title: '英語簡報：永續時尚', studentRef: '113006' }), 'zh_TW')).toBe('學號 113006〈英語簡報：永續時尚〉');
    expect(rowName(artifact({ title: '英語簡報：永續時尚', studentRef: '113006' }), 'en')).toBe('Student no. 113006, “英語簡報：永續時尚”');
  });

  it('falls back to the course, then the file, for a list without a title column', () => {
    expect(rowName(artifact({ courseName: '英語文', files: [{ name: 'report.pdf', ext: 'pdf' }] }), 'zh_TW')).toBe('〈英語文〉');
    expect(rowName(artifact({ files: [{ name: 'report.pdf', ext: 'pdf' }] }), 'zh_TW')).toBe('〈report.pdf〉');
  });

  it('cuts a long title and shows a bidi control instead of obeying it', () => {
    expect(rowName(artifact({ title: '一二三四五六七八九十一二三四五六七八九十一二三四五六' }), 'zh_TW')).toBe('〈一二三四五六七八九十一二三四五六七八九十一二三四…〉');
    expect(rowName(artifact({ title: 'report\u202Efdp.exe' }), 'zh_TW')).toBe('〈report[U+202E]fdp.exe〉');
  });

  it('names a student by class and seat, else by 學號', () => {
    expect(rowName({ type: 'class-progress', studentRef: '112045', seat: 7, className: '302' }, 'zh_TW')).toBe('302 班 座號 7');
    expect(rowName({ type: 'class-progress', studentRef: '112045', seat: 7, className: '302' }, 'en')).toBe('Class 302, seat 7');
    expect(rowName({ type: 'student', seat: 12 }, 'zh_TW')).toBe('座號 12');
    expect(rowName({ type: 'receipt', studentRef: '112045', className: '302', status: 'disputed' }, 'zh_TW')).toBe('302 班 學號 112045');
    expect(rowName({ type: 'receipt', studentRef: '112045', status: 'pending' }, 'zh_TW')).toBe('學號 112045');
  });

  it('never names a row by its national ID', () => {
    expect(rowName({ type: 'student', idNumber: 'A123456789' }, 'zh_TW')).toBeUndefined();
    expect(rowName({ type: 'class-progress', studentRef: '112045', idNumber: 'A123456789' }, 'zh_TW')).toBe('學號 112045');
  });

  it('names a course by name and code, and nothing for a record about the page as a whole', () => {
    expect(rowName({ type: 'course-offering', code: '112093301101001010101', name: '國語文' }, 'zh_TW')).toBe('〈國語文〉課程代碼 112093301101001010101');
    expect(rowName({ type: 'course-code-check', code: '112093301101001010101', matched: false }, 'zh_TW')).toBe('課程代碼 112093301101001010101');
    expect(rowName({ type: 'course-code-check', code: '112093301101001010101', name: '國語文', matched: false }, 'zh_TW')).toBe('〈國語文〉課程代碼 112093301101001010101');
    expect(rowName({ type: 'course-code-run', ranAt: '2026-01-10' }, 'zh_TW')).toBeUndefined();
  });

  it('puts the student’s name after the seat or 學號, and keeps it apart in the parts', () => {
    const progress: PageRecord = { type: 'class-progress', studentRef: '112040', studentName: '蔡彥恆', seat: 7, className: '302', idNumber: 'F155160780' };
    expect(rowName(progress, 'zh_TW')).toBe('302 班 座號 7 蔡彥恆');
    expect(rowNameParts(progress, 'zh_TW')).toEqual({ label: '302 班 座號 7', name: '蔡彥恆' });
    const upload = artifact({ title: '英語簡報：永續時尚', studentRef: '113006', studentName: '徐雯思' });
    expect(rowName(upload, 'zh_TW')).toBe('學號 113006 徐雯思〈英語簡報：永續時尚〉');
    expect(rowName(upload, 'en')).toBe('Student no. 113006 徐雯思, “英語簡報：永續時尚”');
    expect(rowNameParts(upload, 'zh_TW')).toEqual({ label: '學號 113006〈英語簡報：永續時尚〉', name: '徐雯思' });
    expect(rowNameParts({ type: 'receipt', studentRef: '112045', studentName: '王\u202E小明', status: 'pending' }, 'zh_TW')).toEqual({ label: '學號 112045', name: '王[U+202E]小明' });
  });

  // One page of each kind (style A has them all but 開課資料, which is Big5 on disk): its first row's name.
  const FIRST_ROWS: [string, string, string, { label: string; name?: string }][] = [
    ['outcome-list', 'a/student/outcomes.html', '〈古典小說人物分析報告〉', { label: '〈古典小說人物分析報告〉' }],
    ['performance-list', 'a/student/Performance.aspx', '〈302 班學藝股長〉', { label: '〈302 班學藝股長〉' }],
    ['selection', 'a/student/Selection.aspx', '〈古典小說人物分析報告〉', { label: '〈古典小說人物分析報告〉' }],
    ['certification', 'a/teacher/Certify.aspx', '學號 113006 徐雯思〈英語簡報：永續時尚〉', { label: '學號 113006〈英語簡報：永續時尚〉', name: '徐雯思' }],
    ['class-progress', 'a/mentor/ClassProgress.aspx', '302 班 座號 1 梁翰軒', { label: '302 班 座號 1', name: '梁翰軒' }],
    ['receipt', 'a/staff/Receipt.aspx', '302 班 學號 112034 梁翰軒', { label: '302 班 學號 112034', name: '梁翰軒' }],
    ['course-code-check', 'a/staff/CourseCodeCheck.aspx', '〈國語文〉課程代碼 114093301101001010101', { label: '〈國語文〉課程代碼 114093301101001010101' }],
    ['precheck', 'a/central/PreCheck.aspx', '〈學生基本資料名冊〉', { label: '〈學生基本資料名冊〉' }],
  ];

  it('covers every page kind', () => {
    const covered = [...FIRST_ROWS.map(([kind]) => kind), 'course-list'].sort();
    expect(covered).toEqual([...PAGE_KIND_IDS].sort());
    // 開課資料 rows are course offerings
    expect(rowName({ type: 'course-offering', code: '114093301101001010101', name: '國語文' }, 'zh_TW')).toBe('〈國語文〉課程代碼 114093301101001010101');
  });

  it.each(FIRST_ROWS)('names every row of a %s page (%s), never with a national ID', (kind, path, first, parts) => {
    const read = readPage(portalPage(path));
    if (read.status === 'unrecognized') throw new Error(`${path} was not read`);
    expect(read.pageKind).toBe(kind);
    const rows = read.rows.filter((row) => !row.pageLevel);
    expect(rows.length).toBeGreaterThan(0);
    expect(rowName(rows[0]!.record, 'zh_TW')).toBe(first);
    expect(rowNameParts(rows[0]!.record, 'zh_TW')).toEqual(parts);
    for (const row of rows) {
      const name = rowName(row.record, 'zh_TW');
      expect(name).toBeTruthy();
      expect(name).not.toMatch(/[A-Z][1289]\d{8}/);
    }
  });

  it('hands the popup each finding with its row’s parts and whole name, and none for a finding about the whole page', () => {
    const read = readPage(portalPage('a/mentor/ClassProgress.aspx'));
    if (read.status === 'unrecognized') throw new Error('not read');
    const message = { zh: '測試', en: 'test' };
    const findings = [
      { ruleId: 'identity.id-number.invalid', severity: 'error' as const, recordIndex: 0, message },
      { ruleId: 'quota.outcome.selected-over-cap', severity: 'warning' as const, recordIndex: null, message },
    ];
    expect(summaryFindings(findings, read, 'zh_TW')).toEqual([
      { ruleId: 'identity.id-number.invalid', severity: 'error', message, row: { label: '302 班 座號 1', name: '梁翰軒', full: '302 班 座號 1 梁翰軒' } },
      { ruleId: 'quota.outcome.selected-over-cap', severity: 'warning', message },
    ]);
    // a finding marked 「已確認，無需更正」 says so, with why, by whom and when (not the dismissal's id in the log)
    const note = { id: 'd1', choice: 'reported-officer' as const, note: '', staffName: '王怡君', at: Date.UTC(2026, 11, 1, 2, 0) };
    expect(summaryFindings(findings, read, 'zh_TW', (finding) => (finding === findings[0] ? note : undefined)).map((f) => f.dismissed)).toEqual([
      { choice: 'reported-officer', note: '', staffName: '王怡君', at: Date.UTC(2026, 11, 1, 2, 0) },
      undefined,
    ]);
  });
});

describe('toldApart', () => {
  it('numbers the rows that share a name in page order, and leaves the rest and page-level findings alone', () => {
    const named = [
      { name: '302 班 座號 7 蔡彥恆', row: 9 },
      { name: '302 班 座號 8 林怡君', row: 4 },
      undefined,
      // the same student's second finding on the same row: the same number
      { name: '302 班 座號 7 蔡彥恆', row: 9 },
      { name: '302 班 座號 7 蔡彥恆', row: 2 },
    ];
    expect(toldApart(named, 'zh_TW')).toEqual([
      '302 班 座號 7 蔡彥恆（第 2 筆）',
      '302 班 座號 8 林怡君',
      undefined,
      '302 班 座號 7 蔡彥恆（第 2 筆）',
      '302 班 座號 7 蔡彥恆（第 1 筆）',
    ]);
    expect(toldApart(named.slice(4), 'en')).toEqual(['302 班 座號 7 蔡彥恆']);
    expect(toldApart([named[0], named[4]], 'en')).toEqual(['302 班 座號 7 蔡彥恆 (no. 2)', '302 班 座號 7 蔡彥恆 (no. 1)']);
  });
});
