import type { Term } from '@/lib/model/records';
import { parseDate, parseTerm } from './values';

/**
 * Facts a page states outside its table — the term in a heading, the class in
 * a hint line, when a comparison ran — that apply to every row without one.
 */
export interface PageContext {
  term?: Term;
  /** 學年度 alone (e.g. 「學年度：114」 above a course list) */
  schoolYear?: number;
  className?: string;
  /** ISO date of a 課程代碼比對 run */
  comparedAt?: string;
  /** the teacher a page names as its user (「任課教師：王怡君」「王怡君 老師」); only a 認證 page's rows take it */
  teacher?: string;
  /** how many rows the list says it has in all (「共 33 筆」「共 33 條」), over every page */
  totalRows?: number;
  /** which page of the list this is and how many there are (「第 1 頁，共 3 頁」) */
  page?: number;
  pageCount?: number;
  /** the 認證期限 the page states (「認證期限：115/02/10」「審核期限 2026/02/10」), yyyy-mm-dd */
  certificationDeadline?: string;
}

const TERM_IN_TEXT = /(\d{2,3})\s*學年度?\s*(?:第\s*)?([12一二上下])\s*學期/;
// 「學期：114-1」「學期：114/上」, or a label cell beside its value (「比對學年期 | 114/上」)
const TERM_LABELLED = /學年?期\s*[:：]?\s*(\d{2,3})\s*[-/.]?\s*([12一二上下])(?!\d)/;
const YEAR_LABELLED = /學年度\s*[:：]\s*(\d{2,3})/;
const CLASS_LABELLED = /班級\s*[:：]\s*(\d{3})/;
const TEACHER_LABELLED = /(?:任課教師|授課教師|教師)\s*[:：]\s*([\u4e00-\u9fff]{2,4})/;
const TEACHER_TITLED = /([\u4e00-\u9fff]{2,4})\s*老師/;
// 「共 33 筆」「共 33 條」(Element-UI's Chinese pager)「總筆數：33」
const TOTAL_ROWS = /共\s*(\d[\d,]*)\s*[筆條条]|總筆數\s*[:：]?\s*(\d[\d,]*)/;
/**
 * Which page of how many, as pagers word it (after NFKC: ／ is /, 页 stays 页): 「第 1 頁，共 3 頁」「第1页 共3页」
 * (jqGrid), 「共 97 筆・第 1 / 4 頁」「共 33 筆，第 1/3 頁」 (a page-number list's caption), 「頁次：1/4」
 * (classic ASP), 「[1] 共 4 頁」 (jqGrid's Traditional Chinese locale: the page box, then the count),
 * 「Page 1 of 4」.
 */
const PAGE_OF = [
  /第\s*(\d+)\s*[頁页]\s*[,，、/]?\s*共\s*(\d+)\s*[頁页]/,
  /第\s*(\d+)\s*\/\s*(\d+)\s*[頁页]/,
  /[頁页]次\s*[:：]?\s*(\d+)\s*\/\s*(\d+)/,
  /(?<![\d.,])(\d+)\s+共\s*(\d+)\s*[頁页]/,
  /\bpage\s+(\d+)\s+of\s+(\d+)\b/i,
];
// 「比對時間：114/09/20」, or a label cell beside its value (Element-UI's el-descriptions: 比對時間 | 2025/09/20 10:00)
const COMPARED_AT = /比對(?:時間|日期)\s*[:：]?\s*([0-9０-９][0-9０-９/.\-年月日 ]+)/;

// 「認證期限：115/02/10」「認證截止日 2026-02-10」「審核期限 2026/02/10」 — never 「認證期限已過」
const CERTIFICATION_DEADLINE = /(?:認證|審核)(?:期限|截止日?)\s*[:：]?\s*([0-9][0-9/.\-年月日]*[0-9日])/;

/** Where a data table stood in the page's text: a count stated after a joined list (預檢's 錯誤清單) is that list's. */
const LIST = '\u0001';
const JOINED_LIST = '\u0002';

/**
 * Reads the page's own text, leaving out the data tables themselves. `joinedTables` are lists joined into the
 * others (a 預檢 error list): a 「共 N 筆」 stated after one counts that list, not the page's rows.
 */
export function readPageContext(doc: Document, dataTables: readonly Element[], joinedTables: readonly Element[] = []): PageContext {
  const text = visibleText(doc.body ?? doc.documentElement, new Set(dataTables), new Set(joinedTables)).normalize('NFKC');
  const context: PageContext = {};
  const term = TERM_IN_TEXT.exec(text) ?? TERM_LABELLED.exec(text);
  if (term) {
    const parsed = parseTerm(`${term[1]}-${term[2]}`);
    if (parsed) context.term = parsed;
  }
  const year = YEAR_LABELLED.exec(text);
  if (year) context.schoolYear = Number(year[1]);
  else if (context.term) context.schoolYear = context.term.year;
  const className = CLASS_LABELLED.exec(text);
  if (className) context.className = className[1];
  const teacher = TEACHER_LABELLED.exec(text) ?? TEACHER_TITLED.exec(text);
  if (teacher) context.teacher = teacher[1];
  const total = [...text.matchAll(new RegExp(TOTAL_ROWS, 'g'))].find((match) => text.lastIndexOf(JOINED_LIST, match.index) <= text.lastIndexOf(LIST, match.index));
  if (total) context.totalRows = Number((total[1] ?? total[2])!.replace(/,/g, ''));
  const page = pageOf(text) ?? elementPager(doc);
  if (page) {
    context.page = page.page;
    context.pageCount = page.count;
  }
  const compared = COMPARED_AT.exec(text);
  const comparedAt = compared ? parseDate(compared[1]!) : undefined;
  if (comparedAt) context.comparedAt = comparedAt;
  const deadline = CERTIFICATION_DEADLINE.exec(text);
  const certificationDeadline = deadline ? parseDate(deadline[1]!) : undefined;
  if (certificationDeadline) context.certificationDeadline = certificationDeadline;
  return context;
}

/** The first pager wording in the text that names a page within the count. */
function pageOf(text: string): { page: number; count: number } | undefined {
  for (const pattern of PAGE_OF) {
    const found = pattern.exec(text);
    const page = Number(found?.[1]);
    const count = Number(found?.[2]);
    if (found && page >= 1 && page <= count) return { page, count };
  }
  return undefined;
}

/**
 * Element-UI's el-pagination states the page only by its number items: the active one is this page
 * (`li.number.active`, Element Plus `is-active`), the last one the count (Element always shows the last
 * page's number, folding the middle ones into 「…」).
 */
function elementPager(doc: Document): { page: number; count: number } | undefined {
  for (const pager of Array.from(doc.querySelectorAll('.el-pagination .el-pager'))) {
    const numbers = Array.from(pager.querySelectorAll('li.number'), (li) => Number(li.textContent?.trim()));
    const active = pager.querySelector('li.number.active, li.number.is-active');
    const page = Number(active?.textContent?.trim());
    const count = Math.max(...numbers);
    if (active && Number.isInteger(page) && Number.isInteger(count) && page >= 1 && page <= count) return { page, count };
  }
  return undefined;
}

function visibleText(root: Element, skip: ReadonlySet<Element>, joined: ReadonlySet<Element>): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) parts.push(node.textContent ?? '');
    if (node.nodeType !== 1) return;
    const element = node as Element;
    if (skip.has(element)) {
      parts.push(joined.has(element) ? JOINED_LIST : LIST);
      return;
    }
    if (['SCRIPT', 'STYLE', 'TEMPLATE', 'LPC-MARK', 'LPC-UNREAD', 'LPC-SUMMARY'].includes(element.tagName)) return;
    if (element.tagName === 'INPUT') {
      // A pager's page box (「第 [1] 頁，共 3 頁」) states its number only as a value.
      const input = element as HTMLInputElement;
      if (input.type === 'text' || input.type === 'number') parts.push(` ${input.value} `);
      return;
    }
    if (element.tagName === 'SELECT') {
      // A <select> states its chosen option only.
      const chosen = (element as HTMLSelectElement).selectedOptions?.[0] ?? element.querySelector('option[selected]');
      parts.push(` ${chosen?.textContent ?? ''} `);
      return;
    }
    element.childNodes.forEach(walk);
    parts.push(' ');
  };
  walk(root);
  return parts.join('');
}
