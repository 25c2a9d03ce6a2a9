import { afterEach, describe, expect, it } from 'vitest';
import { annotate, clearAnnotations } from '@/entrypoints/content/annotator';
import { readPage } from '@/lib/adapters/read-page';
import { runRules } from '@/lib/rules';
import { NATIONAL_POLICY } from '@/lib/policy/national';
import { portalPage } from '../helpers/portal-page';
import { drawnBadges, everythingNear, overlayRoot } from '../helpers/near-viewport';

/** Moves a parsed sample page into the test window's document, node by node (no HTML strings). */
function load(path: string): Document {
  const source = portalPage(path);
  document.title = source.title;
  document.body.replaceChildren(...Array.from(source.body.childNodes, (node) => document.importNode(node, true)));
  return document;
}

const check = (doc: Document) => {
  const read = readPage(doc);
  const records = read.status === 'checked' ? read.rows.map((row) => row.record) : [];
  const findings = read.status === 'checked' ? runRules({ pageKind: read.pageKind, records }, NATIONAL_POLICY, { now: new Date('2026-01-10') }) : [];
  annotate(read, findings, 'zh_TW', doc);
  return { read, findings };
};

let restoreObserver = () => {};
afterEach(() => {
  clearAnnotations(document);
  restoreObserver();
  restoreObserver = () => {};
});

describe('annotate', () => {
  it('puts one mark per finding in the offending cell, with the contract attributes', () => {
    const doc = load('a/student/outcomes.html');
    const { findings } = check(doc);
    const marks = Array.from(doc.querySelectorAll('[data-lpc-finding]'));
    expect(marks).toHaveLength(findings.length);
    const summaryMarks = marks.filter((mark) => mark.getAttribute('data-rule') === 'format.summary.too-long');
    expect(summaryMarks).toHaveLength(3);
    for (const mark of summaryMarks) {
      expect(mark.getAttribute('data-severity')).toBe('error');
      const row = mark.closest('tr')!;
      expect(mark.parentElement).toBe(row.cells[5]);
    }
  });

  it('cites a mark’s source in words, never as a file name', async () => {
    const doc = load('a/student/outcomes.html');
    restoreObserver = everythingNear();
    check(doc);
    const badge = (await drawnBadges(doc)).find((b) => b.getAttribute('aria-label')!.includes('簡述超過字數上限'))!;
    badge.click();
    // the message ends with its source in words, said once (no separate line repeating it)
    const popover = overlayRoot(doc).querySelector('.popover')!.textContent!;
    expect(popover.split('依據：國教署 學習歷程檔案資料格式規定（見仁武高中 補充規定附件二）')).toHaveLength(2);
    expect(popover).not.toContain('.txt');
  });

  it('writes one summary element with the page kind and counts', () => {
    const doc = load('a/student/outcomes.html');
    const { findings } = check(doc);
    const summaries = doc.querySelectorAll('[data-lpc-summary]');
    expect(summaries).toHaveLength(1);
    const summary = summaries[0]!;
    expect(summary.getAttribute('data-status')).toBe('checked');
    expect(summary.getAttribute('data-page-kind')).toBe('outcome-list');
    expect(summary.getAttribute('data-errors')).toBe(String(findings.filter((f) => f.severity === 'error').length));
    expect(summary.getAttribute('data-warnings')).toBe(String(findings.filter((f) => f.severity === 'warning').length));
    expect(summary.shadowRoot!.textContent).toContain('課程學習成果上傳清單');
  });

  it('names the row each summary item is about', () => {
    const doc = load('a/student/outcomes.html');
    check(doc);
    const items = Array.from(doc.querySelector('[data-lpc-summary]')!.shadowRoot!.querySelectorAll('li.item'), (li) => li.textContent!);
    expect(items.some((text) => text.startsWith('錯誤｜〈校園空氣品質觀測〉：課程學習成果文件「空品觀測簡報.pdf」'))).toBe(true);
    expect(items.every((text) => /^(錯誤|提醒|說明)｜〈[^〉]+〉：/.test(text))).toBe(true);
  });

  it('names a class page’s items by class, seat and name, never by national ID', () => {
    const doc = load('a/mentor/ClassProgress.aspx');
    check(doc);
    const items = Array.from(doc.querySelector('[data-lpc-summary]')!.shadowRoot!.querySelectorAll('li.item'), (li) => li.textContent!);
    expect(items.length).toBeGreaterThan(0);
    for (const text of items) {
      // a student shown on two rows (座號 7 蔡彥恆) is told apart by 「（第 N 筆）」
      expect(text).toMatch(/^(錯誤|提醒|說明)｜\d+ 班 座號 \d+ [\u4e00-\u9fff]{2,4}(（第 \d 筆）)?：/);
      expect(text).not.toMatch(/[A-Z][1289]\d{8}/);
    }
    expect(items.filter((text) => text.startsWith('錯誤｜302 班 座號 20 洪沛若：身分證統一編號的檢查碼不正確'))).toHaveLength(1);
    // the two rows of one student listed twice both say so, each told apart by its place among the rows
    expect(items.filter((text) => text.startsWith('錯誤｜302 班 座號 7 蔡彥恆（第 1 筆）：同一位學生在清單中出現 2 次'))).toHaveLength(1);
    expect(items.filter((text) => text.startsWith('錯誤｜302 班 座號 7 蔡彥恆（第 2 筆）：同一位學生在清單中出現 2 次'))).toHaveLength(1);
  });

  it('draws again without piling up marks', () => {
    const doc = load('a/student/outcomes.html');
    check(doc);
    const first = doc.querySelectorAll('[data-lpc-finding]').length;
    check(doc);
    expect(doc.querySelectorAll('[data-lpc-finding]').length).toBe(first);
    expect(doc.querySelectorAll('[data-lpc-summary]').length).toBe(1);
  });

  it('marks nothing on a page it cannot read and says why', () => {
    const doc = load('index.html');
    check(doc);
    expect(doc.querySelectorAll('[data-lpc-finding]')).toHaveLength(0);
    const summary = doc.querySelector('[data-lpc-summary]')!;
    expect(summary.getAttribute('data-status')).toBe('unrecognized');
    expect(summary.shadowRoot!.textContent).toContain('無法檢核此頁');
  });

  it('keeps page text as text: markup in a 簡述 never becomes an element', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1">'.padEnd(130, '！');
    document.body.replaceChildren();
    const table = document.createElement('table');
    const head = table.insertRow();
    for (const name of ['科目名稱', '成果名稱', '簡述']) head.appendChild(document.createElement('th')).textContent = name;
    const row = table.insertRow();
    for (const text of ['國語文', '<script>window.__pwned=1</script>', hostile]) row.insertCell().textContent = text;
    document.body.append(table);
    restoreObserver = everythingNear();
    check(document);
    const mark = document.querySelector('[data-lpc-finding]')!;
    expect(mark).not.toBeNull();
    // the mark's popover is open: its message is drawn too
    const badges = await drawnBadges(document);
    expect(badges).toHaveLength(1);
    badges[0]!.click();
    expect(overlayRoot().querySelector('.popover .detail')!.textContent).toMatch(/^課程學習成果簡述有 130 字，超過上限 100 字/);
    const summary = document.querySelector('[data-lpc-summary]')!;
    for (const root of [overlayRoot(), summary.shadowRoot!]) {
      expect(root.querySelectorAll('img, script')).toHaveLength(0);
    }
    expect(document.querySelectorAll('img, script')).toHaveLength(0);
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('says partial, with what was not checked, on a course page whose rules lack the course plan', () => {
    const doc = load('a/student/outcomes.html');
    const read = readPage(doc);
    if (read.status !== 'checked') throw new Error('not checked');
    annotate(read, [], 'zh_TW', doc, [{ zh: '未匯入核定課程計畫：課程代碼未比對', en: 'No approved course plan imported: course codes not compared' }]);
    const summary = doc.querySelector('[data-lpc-summary]')!;
    expect(summary.getAttribute('data-status')).toBe('partial');
    expect(summary.getAttribute('data-unread')).toBe('0');
    const text = summary.shadowRoot!.textContent ?? '';
    expect(text).toContain('未匯入核定課程計畫：課程代碼未比對');
    expect(text).not.toContain('沒有發現問題。');
  });

  it('puts a 「未檢核」 note in each row it could not read and counts them on the summary', () => {
    document.title = '收訖明細確認';
    document.body.replaceChildren();
    const table = document.createElement('table');
    const head = table.insertRow();
    for (const name of ['學號', '姓名', '收訖確認']) head.appendChild(document.createElement('th')).textContent = name;
    for (const [no, answer] of [['112001', '已確認'], ['112002', '待釐清'], ['112003', '已確認']]) {
      const row = table.insertRow();
      for (const text of [no!, '學生', answer!]) row.insertCell().textContent = text;
    }
    document.body.append(table);
    const read = readPage(document);
    expect(read.status).toBe('partial');
    annotate(read, [], 'zh_TW', document);
    const notes = document.querySelectorAll('[data-lpc-unread]');
    expect(notes).toHaveLength(1);
    expect(notes[0]!.closest('tr')!.cells[0]!.firstChild!.textContent).toBe('112002');
    expect(notes[0]!.shadowRoot!.textContent).toContain('待釐清');
    const summary = document.querySelector('[data-lpc-summary]')!;
    expect(summary.getAttribute('data-status')).toBe('partial');
    expect(summary.getAttribute('data-unread')).toBe('1');
    expect(summary.shadowRoot!.textContent).toContain('1 列無法判讀，未檢核');
    // Drawing again keeps the one note; the row read well again loses it.
    annotate(read, [], 'zh_TW', document);
    expect(document.querySelectorAll('[data-lpc-unread]')).toHaveLength(1);
    table.rows[2]!.cells[2]!.textContent = '已確認';
    const fixed = readPage(document);
    expect(fixed.status).toBe('checked');
    annotate(fixed, [], 'zh_TW', document);
    expect(document.querySelectorAll('[data-lpc-unread]')).toHaveLength(0);
    expect(document.querySelector('[data-lpc-summary]')!.getAttribute('data-unread')).toBe('0');
  });
});
