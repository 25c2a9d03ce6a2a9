import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseCoursePlan } from '@/lib/csv/course-plan';
import { decodeText } from '@/lib/csv/decode';
import { parseCourseCode } from '@/lib/model/course-code';

const here = dirname(fileURLToPath(import.meta.url));
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('parseCoursePlan', () => {
  it('reads a UTF-8 CSV with BOM and header synonyms', () => {
    const result = parseCoursePlan(utf8('\uFEFF課程代號,課程名稱,學分數,年級,學期\n114093301101001010101,國語文,4,1,1\n'));
    expect(result).toEqual({ ok: true, plan: { entries: [{ code: '114093301101001010101', name: '國語文', credits: 4, grade: 10, semester: 1 }] } });
  });

  it('reads a Big5 CSV (Excel on zh-TW Windows), with 高一 / 上 as grade and term', () => {
    const bytes = readFileSync(resolve(here, 'fixtures/course-plan-big5.csv'));
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const result = parseCoursePlan(new Uint8Array(bytes));
    expect(result.ok && result.plan.entries).toEqual([
      { code: '114093301101001010101', name: '國語文', credits: 4, grade: 10, semester: 1 },
      { code: '114093301101002050101', name: '探究與實作', credits: 2, grade: 10, semester: 1 },
    ]);
  });

  it('reports each malformed row with its row number and column name in zh-TW', () => {
    const csv = ['課程代碼,科目名稱,學分', '114093301101001010101,國語文,4', ',英語文,4', '114093301101001030101,數學,四', '114093301101001010101,國語文,4'].join('\n');
    const result = parseCoursePlan(csv);
    expect(result).toEqual({
      ok: false,
      errors: [
        { row: 3, column: '課程代碼', message: '第 3 列「課程代碼」欄不可空白' },
        { row: 4, column: '學分', message: '第 4 列「學分」欄的「四」必須是 0 以上的數字（例如 2）' },
        { row: 5, column: '課程代碼', message: '第 5 列「課程代碼」欄的「114093301101001010101」與第 2 列重複，同一課程代碼只能出現一次' },
      ],
    });
  });

  it('says which required column is missing, and reports broken quoting', () => {
    const missing = parseCoursePlan('代碼X,科目名稱\n1,國語文\n');
    expect(missing.ok ? [] : missing.errors.map((e) => [e.row, e.column])).toEqual([[1, '課程代碼']]);
    const quoted = parseCoursePlan('課程代碼,科目名稱\n"114093301101001010101,國語文\n');
    expect(quoted.ok).toBe(false);
    expect(quoted.ok ? '' : quoted.errors[0]!.message).toContain('CSV 格式有誤（引號沒有成對）');
  });

  it('refuses a file of more courses than a school has, saying how many', () => {
    const rows = Array.from({ length: 20_001 }, (_, i) => `114093301101001${String(i % 1_000_000).padStart(6, '0')},國語文,4`);
    expect(parseCoursePlan(`課程代碼,科目名稱,學分\n${rows.join('\n')}\n`)).toEqual({
      ok: false,
      errors: [{ row: null, column: null, message: '檔案有 20001 門課程，超過上限 20000 門；請確認選的是本校的課程計畫。' }],
    });
  });

  it('reads a JSON export with the plan change date', () => {
    const json = JSON.stringify({ changedAt: '2025-11-03', entries: [{ 課程代碼: '114093301101001010101', 科目名稱: '國語文', 學分: 4 }] });
    expect(parseCoursePlan(json)).toEqual({
      ok: true,
      plan: { changedAt: '2025-11-03', entries: [{ code: '114093301101001010101', name: '國語文', credits: 4 }] },
    });
    const bad = parseCoursePlan(JSON.stringify([{ code: 'X', name: '' }]));
    expect(bad.ok ? [] : bad.errors).toEqual([{ row: 1, column: 'name', message: '第 1 列「name」欄不可空白' }]);
  });

  it('parses the sample portal course plan, every code in the course-code layout', () => {
    const bytes = readFileSync(resolve(here, '../../portal/pages/data/course-plan.csv'));
    const result = parseCoursePlan(new Uint8Array(bytes));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.plan.entries.length).toBeGreaterThan(10);
    for (const entry of result.plan.entries) expect(parseCourseCode(entry.code).ok, entry.code).toBe(true);
  });
});

describe('decodeText', () => {
  it('strips a UTF-8 BOM and falls back to Big5', () => {
    expect(decodeText(utf8('\uFEFF學分'))).toBe('學分');
    expect(decodeText(new Uint8Array([0xbe, 0xc7, 0xa4, 0xc0]))).toBe('學分');
  });
});
