// The sample portal's data module, its expected facts and the style-A renderer agree.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAGE_KINDS } from '@/lib/page-kinds';
// @ts-expect-error — plain JS module served to the browser
import * as D from '../../portal/pages/data/school.js';
// @ts-expect-error — plain JS module served to the browser
import { EXPECTED, PROBLEMS } from '../../portal/pages/data/expected.js';
// @ts-expect-error — plain JS module (Node side of the portal)
import { renderA, A_ROUTES } from '../../portal/ssr/a.mjs';
// @ts-expect-error — plain JS module (Node side of the portal)
import { generatedFiles } from '../../portal/build.mjs';

const PAGES = join(import.meta.dirname, '../../portal/pages');

type Row = { table: string; key: string; page: number; problems: string[] };
type Table = { id: string; pageSize: number; pages: string[][]; pageLinks?: string[] };
type Entry = { kind: string; style: string; title: string; tables: Table[]; rows: Row[]; findings: Record<string, string[]>; facts: Record<string, unknown>; charset?: string; hostile?: string[] };
const entries = Object.entries(EXPECTED as Record<string, Entry>);

function renderDoc(pathAndQuery: string): Document {
  const url = new URL(pathAndQuery, 'http://127.0.0.1');
  const { body } = renderA(url.pathname, url.searchParams);
  const html = /charset=big5/.test(body.subarray(0, 300).toString('latin1')) ? new TextDecoder('big5').decode(body) : body.toString('utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}

/** Data rows of a GridView: not the header, not the pager row, not the 查無資料 row. */
function gridRows(doc: Document, id: string): HTMLTableRowElement[] {
  const table = doc.getElementById(id) as HTMLTableElement;
  return [...table.rows].filter((r) => r.parentElement?.closest('table') === table && !/gvHeader|gvPager|gvEmpty/.test(r.className));
}

describe('身分證號 check digits', () => {
  it('accepts the textbook example and rejects a changed check digit', () => {
    expect(D.idCheckOk('A123456789')).toBe(true);
    expect(D.idCheckOk('A123456788')).toBe(false);
    expect(D.idCheckOk('a123456789')).toBe(false);
  });
  it('every student has a valid ID except the ones marked bad', () => {
    for (const s of D.STUDENTS) {
      const key = `${s.className}-${String(s.seat).padStart(2, '0')}`;
      expect(D.idCheckOk(s.id), `${key} ${s.id}`).toBe(!D.BAD_ID_SEATS.includes(key));
      expect(s.id[1]).toBe(D.RESIDENT_SEATS.includes(key) ? (s.gender === 'M' ? '8' : '9') : s.gender === 'M' ? '1' : '2');
    }
    expect(D.STUDENTS.filter((s: { id: string }) => !D.idCheckOk(s.id))).toHaveLength(D.BAD_ID_SEATS.length);
  });
  it('學號 are unique and 陳柏翰 is 302-12, 112045', () => {
    expect(new Set(D.STUDENTS.map((s: { sid: string }) => s.sid)).size).toBe(D.STUDENTS.length);
    expect(D.studentBySid('112045')).toMatchObject({ name: '陳柏翰', className: '302', seat: 12 });
  });
});

describe('determinism', { timeout: 60_000 }, () => {
  it('uses no Math.random', () => {
    const src = readFileSync(join(PAGES, 'data/school.js'), 'utf8');
    expect(src).not.toMatch(/Math\.random\s*\(/);
  });
  it('the same call returns the same data', () => {
    expect(D.makeStudents()).toEqual(D.STUDENTS);
    expect(D.certificationUploads({ rows: 2000 })).toEqual(D.certificationUploads({ rows: 2000 }));
    expect(D.progressRows({ rows: 2000 })).toEqual(D.progressRows({ rows: 2000 }));
    expect(D.certificationUploads()).toEqual(D.certificationUploads());
  });
  it('fixed fingerprints (a change here means the data changed — update expected facts knowingly)', () => {
    expect(D.STUDENTS).toHaveLength(288);
    expect(D.COURSE_PLAN).toHaveLength(52);
    expect(D.certificationUploads()).toHaveLength(33);
    expect(D.progressRows({ rows: 2000 })).toHaveLength(2000);
    expect(D.certificationUploads({ rows: 2000 })).toHaveLength(2000);
  });
});

describe('data consistency', () => {
  it('course codes follow the 21-character layout with the school code', () => {
    const len = D.COURSE_CODE_LAYOUT.reduce((n: number, s: { length: number }) => n + s.length, 0);
    expect(len).toBe(21);
    for (const c of D.COURSE_PLAN) {
      expect(c.code).toHaveLength(21);
      expect(c.code.slice(3, 9)).toBe(D.SCHOOL.code);
      expect(Number(c.code.slice(0, 3))).toBe(D.SCHOOL.year - c.grade + 1);
    }
    for (const o of [...D.OUTCOMES_CHEN, ...D.OUTCOMES_LIN]) expect(D.planByCode(o.code), o.title).toBeTruthy();
  });
  it('only grade_tool.mp4 (9.8 MB, from the original page) sits between the 10^6- and 2^20-based limits', () => {
    const all = [...D.OUTCOMES_CHEN, ...D.OUTCOMES_LIN, ...D.PERFORMANCES_CHEN, ...D.PERFORMANCES_LIN, ...D.certificationUploads(), ...D.certificationUploads({ rows: 2000 })]
      .flatMap((x: { files: { name: string; size: string }[] }) => x.files);
    const straddling = new Set<string>();
    for (const f of all) {
      const bytes = D.parseSize(f.size);
      expect(bytes, f.size).toBeTypeOf('number');
      const mb = D.MEDIA_EXTS.includes(D.extOf(f.name)) ? 10 : 4;
      if (bytes > mb * 1e6 && bytes <= mb * 2 ** 20) straddling.add(f.name);
    }
    expect([...straddling]).toEqual(['grade_tool.mp4']);
  });
  it('the course-plan CSV is UTF-8 with BOM and the required headers', () => {
    const csv = readFileSync(join(PAGES, 'data/course-plan.csv'), 'utf8');
    expect(csv.startsWith('\uFEFF課程代碼,科目名稱,學分,年級,學期\r\n')).toBe(true);
    expect(csv.trim().split('\r\n')).toHaveLength(D.COURSE_PLAN.length + 1);
  });
  it('generated files on disk are up to date (run `node tests/portal/build.mjs`)', () => {
    for (const [path, contents] of generatedFiles() as [string, string | Uint8Array][]) {
      const disk = readFileSync(join(PAGES, path));
      expect(Buffer.compare(disk, Buffer.from(contents)), path).toBe(0);
    }
  });
});

describe('expected.js', () => {
  it('covers every page kind in each of the four styles', () => {
    for (const style of ['a', 'b', 'c', 'd']) {
      const kinds = new Set(entries.filter(([, e]) => e.style === style).map(([, e]) => e.kind));
      expect([...kinds].sort()).toEqual(Object.keys(PAGE_KINDS).sort());
    }
  });
  it('is internally consistent', () => {
    for (const [path, e] of entries) {
      for (const t of e.tables) {
        const rows = e.rows.filter((r) => r.table === t.id);
        expect(t.pages.flat(), path).toEqual(rows.map((r) => r.key));
        if (t.pageSize) for (const p of t.pages.slice(0, -1)) expect(p).toHaveLength(t.pageSize);
      }
      for (const [code, keys] of Object.entries(e.findings)) {
        expect(PROBLEMS, code).toHaveProperty(code);
        for (const k of keys) expect(e.rows.some((r) => r.key === k && r.problems.includes(code)), `${path} ${code} ${k}`).toBe(true);
      }
    }
  });
  it('keeps the spine page: exactly three 簡述 over 100, 管樂社演出心得 at 100', () => {
    const e = EXPECTED['/a/student/outcomes.html'] as Entry;
    expect(e.findings['summary-over-100']).toEqual(['英文新聞摘要與評論', '指數與對數函數探究', '校園空氣品質觀測']);
    expect(e.rows).toHaveLength(8);
    const band = D.OUTCOMES_CHEN.find((o: { title: string }) => o.title === '管樂社演出心得');
    expect(D.charCount(band.summary)).toBe(100);
  });
  it('flags the planted problems', () => {
    const prog = EXPECTED['/a/mentor/ClassProgress.aspx'] as Entry;
    expect(prog.findings['id-bad-check-digit']).toHaveLength(2);
    expect(prog.findings['duplicate-student']).toHaveLength(1);
    expect((prog.facts.newStyleResidentIds as string[]).length).toBe(1);
    const b = EXPECTED['/b/student/outcomes.html'] as Entry;
    for (const code of ['file-type-not-allowed', 'file-over-limit', 'file-ext-mismatch', 'summary-over-100', 'cert-reason-quality']) expect(b.findings[code], code).toBeTruthy();
    expect((EXPECTED['/a/student/Selection.aspx'] as Entry).facts.overCap).toEqual({ outcomes: true, performancesNational: true, performancesRenwu: false });
    expect((EXPECTED['/b/staff/course-check.html'] as Entry).facts.withinFourWeeks).toBe(false);
    expect((EXPECTED['/a/staff/CourseCodeCheck.aspx'] as Entry).facts.withinFourWeeks).toBe(true);
  });
});

// Rendering and reading the 2,000-row variants takes seconds on a loaded machine: a generous, explicit limit.
describe('style A pages as rendered agree with expected.js', { timeout: 60_000 }, () => {
  for (const [path, e] of entries.filter(([, x]) => x.style === 'a')) {
    it(path, () => {
      const doc = renderDoc(path);
      expect(doc.title).toBe(e.title);
      for (const t of e.tables) {
        const links = t.pageLinks ?? [path];
        t.pages.forEach((keys, i) => {
          const pageDoc = i === 0 ? doc : renderDoc(links[i] ?? path);
          const rows = gridRows(pageDoc, t.id);
          expect(rows, `${path} page ${i + 1}`).toHaveLength(keys.length);
          if (keys.length <= 200) {
            rows.forEach((tr, j) => {
              const text = tr.textContent ?? '';
              for (const part of (keys[j] ?? '').split(' ')) expect(text.includes(part), `${path} row ${j}: ${keys[j]}`).toBe(true);
            });
          }
        });
      }
      if (e.hostile) {
        expect(doc.querySelectorAll('img')).toHaveLength(0);
        expect(doc.querySelectorAll('script')).toHaveLength(1);
        const text = doc.body.textContent ?? '';
        for (const s of e.hostile) expect(text.includes(s), JSON.stringify(s.slice(0, 40))).toBe(true);
      }
      // a 2,000-row page takes happy-dom seconds to parse, more when other test files share the cores
    }, 30_000);
  }
  it('serves CourseList.aspx as Big5 bytes', () => {
    const { body, type } = renderA('/a/staff/CourseList.aspx', new URLSearchParams());
    expect(type).toBe('text/html');
    expect(body.includes(Buffer.from('範例', 'utf8'))).toBe(false);
    expect(new TextDecoder('big5').decode(body)).toContain('開課資料維護');
  });
  it('has a route for every A page in expected.js', () => {
    for (const [path, e] of entries) if (e.style === 'a') expect(A_ROUTES).toHaveProperty(path.split('?')[0] ?? path);
  });
});
