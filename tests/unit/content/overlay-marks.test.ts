import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { annotate, clearAnnotations } from '@/entrypoints/content/annotator';
import { overlayFor } from '@/entrypoints/content/overlay';
import { readPage } from '@/lib/adapters/read-page';
import { runRules } from '@/lib/rules';
import { NATIONAL_POLICY } from '@/lib/policy/national';
import { portalPage } from '../helpers/portal-page';
import { drawnBadges, everythingNear, overlayRoot } from '../helpers/near-viewport';

/**
 * Marks as anchors that take no space in the portal's cells, and the one overlay layer that shows them:
 * a badge per marked cell near the viewport, a popover with the findings, the current mark.
 */

function load(path: string): Document {
  const source = portalPage(path);
  document.title = source.title;
  document.body.replaceChildren(...Array.from(source.body.childNodes, (node) => document.importNode(node, true)));
  return document;
}

function check(doc: Document) {
  const read = readPage(doc);
  const records = read.status === 'checked' ? read.rows.map((row) => row.record) : [];
  const findings = read.status === 'checked' ? runRules({ pageKind: read.pageKind, records }, NATIONAL_POLICY, { now: new Date('2026-01-10') }) : [];
  annotate(read, findings, 'zh_TW', doc);
  return { read, findings };
}

const TOO_LONG = '簡述超過字數上限';

/** Element.scrollIntoView stubbed until the test ends: the elements it was asked to scroll to. */
function stubScrolls(): Element[] {
  const scrolled: Element[] = [];
  const scroll = vi.spyOn(Element.prototype, 'scrollIntoView').mockImplementation(function (this: Element) {
    scrolled.push(this);
  });
  onTestFinished(() => scroll.mockRestore());
  return scrolled;
}

/** The badges drawn as the current mark, once the overlay's frame has run. */
const currentBadges = async (doc: Document) => (await drawnBadges(doc)).filter((b) => b.classList.contains('current'));

let restore: () => void = () => {};
afterEach(() => {
  clearAnnotations(document);
  restore();
});

describe('mark anchors', () => {
  beforeEach(() => {
    restore = everythingNear();
  });

  it('are empty, boxless elements with the contract attributes, one per finding, and leave every cell’s text as it was', () => {
    const doc = load('a/student/outcomes.html');
    const texts = Array.from(doc.querySelectorAll('td'), (cell) => cell.textContent);
    const { findings } = check(doc);
    const anchors = Array.from(doc.querySelectorAll('[data-lpc-finding]'));
    expect(anchors).toHaveLength(findings.length);
    for (const anchor of anchors) {
      expect(anchor.tagName).toBe('LPC-MARK');
      expect(anchor.shadowRoot).toBeNull();
      expect(anchor.childNodes).toHaveLength(0);
      expect((anchor as HTMLElement).hidden).toBe(true);
      expect(anchor.parentElement!.tagName).toBe('TD');
      expect(['error', 'warning']).toContain(anchor.getAttribute('data-severity'));
    }
    expect(Array.from(doc.querySelectorAll('td'), (cell) => cell.textContent)).toEqual(texts);
  });
});

describe('the overlay', () => {
  beforeEach(() => {
    restore = everythingNear();
  });

  it('is one layer per document with one badge per marked cell, counting the cell’s findings', async () => {
    const doc = load('a/student/outcomes.html');
    check(doc);
    expect(doc.querySelectorAll('lpc-overlay')).toHaveLength(1);
    const cells = new Map<Element, number>();
    for (const anchor of Array.from(doc.querySelectorAll('[data-lpc-finding]'))) cells.set(anchor.parentElement!, (cells.get(anchor.parentElement!) ?? 0) + 1);
    const badges = await drawnBadges(doc);
    expect(badges).toHaveLength(cells.size);
    expect(badges.map((badge) => Number(badge.getAttribute('data-count'))).sort()).toEqual([...cells.values()].sort());
    // the three 簡述 over 100 字 on this page: one finding each, shown as 「錯誤」 with the message as the title
    const tooLong = badges.filter((badge) => badge.getAttribute('aria-label')!.includes(TOO_LONG));
    expect(tooLong.map((badge) => [badge.textContent, badge.getAttribute('aria-label')])).toEqual([
      ['錯誤', `錯誤：${TOO_LONG}`],
      ['錯誤', `錯誤：${TOO_LONG}`],
      ['錯誤', `錯誤：${TOO_LONG}`],
    ]);
    for (const badge of tooLong) expect(badge.title).toContain('100');
  });

  it('draws badges only for cells near the viewport', async () => {
    restore();
    const doc = load('a/student/outcomes.html');
    const firstMarked = () => doc.querySelector('[data-lpc-finding]')!.closest('tr');
    restore = everythingNear((target) => target.closest('tr') === firstMarked());
    check(doc);
    const onFirstRow = new Set(Array.from(firstMarked()!.querySelectorAll('[data-lpc-finding]'), (anchor) => anchor.parentElement));
    expect(doc.querySelectorAll('[data-lpc-finding]').length).toBeGreaterThan(onFirstRow.size);
    expect(await drawnBadges(doc)).toHaveLength(onFirstRow.size);
  });

  it('opens a popover with each finding’s message and source on a badge’s click; Esc closes it and gives focus back to the badge', async () => {
    const doc = load('a/student/outcomes.html');
    check(doc);
    const badge = (await drawnBadges(doc)).find((b) => b.getAttribute('aria-label')!.includes(TOO_LONG))!;
    const root = overlayRoot(doc);
    const popover = root.querySelector<HTMLElement>('.popover')!;
    expect(popover.hidden).toBe(true);
    // nothing is built before it is asked for
    expect(popover.childNodes).toHaveLength(0);
    expect(badge.getAttribute('aria-expanded')).toBe('false');

    badge.click();
    expect(popover.hidden).toBe(false);
    expect(popover.getAttribute('role')).toBe('dialog');
    expect(badge.getAttribute('aria-expanded')).toBe('true');
    expect(popover.querySelector('.rule')!.textContent).toBe(`錯誤${TOO_LONG}`);
    expect(popover.querySelector('.detail')!.textContent).toBe(badge.title);
    // the source, in words, ends the message and is not repeated on a line of its own
    expect(popover.querySelector('.detail')!.textContent).toMatch(/依據：國教署 學習歷程檔案資料格式規定（見仁武高中 補充規定附件二）$/);
    expect(popover.querySelector('.basis')).toBeNull();
    expect(root.activeElement).toBe(popover.querySelector('button.close'));

    popover.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(popover.hidden).toBe(true);
    expect(badge.getAttribute('aria-expanded')).toBe('false');
    expect(root.activeElement).toBe(badge);

    // the close button closes it too
    badge.click();
    popover.querySelector<HTMLButtonElement>('button.close')!.click();
    expect(popover.hidden).toBe(true);
    expect(root.activeElement).toBe(badge);
  });

  it('shows the summary item’s mark as the current one and scrolls its cell into view', async () => {
    const doc = load('a/student/outcomes.html');
    const scrolled = stubScrolls();
    check(doc);
    const badges = await drawnBadges(doc);
    const summary = doc.querySelector('[data-lpc-summary]')!.shadowRoot!;
    const item = Array.from(summary.querySelectorAll<HTMLButtonElement>('button.goto')).find((b) => b.textContent!.includes('簡述有'))!;
    item.click();
    await drawnBadges(doc);
    const current = badges.filter((b) => b.classList.contains('current'));
    expect(current).toHaveLength(1);
    expect(current[0]!.getAttribute('aria-current')).toBe('true');
    expect(current[0]!.getAttribute('aria-label')).toContain(TOO_LONG);
    expect(overlayRoot(doc).querySelectorAll('.outline.current')).toHaveLength(1);
    // the cell scrolled to is the 簡述 cell holding that finding's anchor
    expect(scrolled).toHaveLength(1);
    expect(scrolled[0]!.querySelector('[data-rule="format.summary.too-long"]')).not.toBeNull();
    expect(scrolled[0]!.tagName).toBe('TD');
  });

  it('keeps a page-level mark current when the page draws its element anew (a Vue page’s redraw) and is checked again', async () => {
    const doc = load('a/student/outcomes.html');
    stubScrolls();
    const { findings } = check(doc);
    const finding = findings[0]!;
    const overlay = overlayFor(doc);
    // a page-level finding keeps its key when its element is drawn anew (marks.ts markKey)
    const before = doc.createElement('p');
    doc.body.prepend(before);
    overlay.setMarks('findings', [{ key: 'page', target: before, finding }], 'zh_TW');
    expect(overlay.highlight('page')).toBe(true);
    expect(await currentBadges(doc)).toHaveLength(1);
    const after = doc.createElement('p');
    before.replaceWith(after);
    overlay.setMarks('findings', [{ key: 'page', target: after, finding }], 'zh_TW');
    const current = await currentBadges(doc);
    expect(current).toHaveLength(1);
    expect(overlayRoot(doc).querySelectorAll('.outline.current')).toHaveLength(1);
  });

  it('leaves no mark current when the item stepped to has no mark of its own', async () => {
    const doc = load('a/student/outcomes.html');
    stubScrolls();
    const { findings } = check(doc);
    const overlay = overlayFor(doc);
    const cell = doc.querySelector('td')!;
    overlay.setMarks('findings', [{ key: 'row', target: cell, finding: findings[0]! }], 'zh_TW');
    expect(overlay.highlight('row')).toBe(true);
    expect(await currentBadges(doc)).toHaveLength(1);
    expect(overlay.highlight('no such mark')).toBe(false);
    expect(await currentBadges(doc)).toHaveLength(0);
    expect(overlayRoot(doc).querySelectorAll('.outline.current')).toHaveLength(0);
  });

  it('keeps the badges of marks drawn again, drops those of marks gone, and goes with clearAnnotations', async () => {
    const doc = load('a/student/outcomes.html');
    const { read, findings } = check(doc);
    const before = await drawnBadges(doc);
    annotate(read, findings, 'zh_TW', doc);
    expect(await drawnBadges(doc)).toEqual(before);
    const withoutTooLong = findings.filter((finding) => finding.ruleId !== 'format.summary.too-long');
    annotate(read, withoutTooLong, 'zh_TW', doc);
    const after = await drawnBadges(doc);
    expect(after).toHaveLength(before.length - 3);
    expect(after.every((badge) => before.includes(badge))).toBe(true);
    expect(after.some((badge) => badge.getAttribute('aria-label')!.includes(TOO_LONG))).toBe(false);
    clearAnnotations(doc);
    expect(doc.querySelectorAll('lpc-overlay, [data-lpc-finding]')).toHaveLength(0);
  });
});

describe('an unread row', () => {
  beforeEach(() => {
    restore = everythingNear();
  });

  it('keeps its 「未檢核」 note boxless in its first cell and shows it as a badge there, with the reason in the popover', async () => {
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
    annotate(read, [], 'zh_TW', document);
    const note = document.querySelector<HTMLElement>('[data-lpc-unread]')!;
    expect(note.hidden).toBe(true);
    expect(note.parentElement).toBe(table.rows[2]!.cells[0]);
    const badges = await drawnBadges();
    expect(badges.map((b) => [b.textContent, b.className])).toEqual([['未檢核', 'badge unread']]);
    expect(badges[0]!.getAttribute('aria-label')).toContain('待釐清');
    badges[0]!.click();
    const popover = overlayRoot().querySelector<HTMLElement>('.popover')!;
    expect(popover.querySelector('.rule')!.textContent).toBe('未檢核');
    expect(popover.querySelector('.detail')!.textContent).toContain('待釐清');
    // read well again: the badge goes with the note
    table.rows[2]!.cells[2]!.textContent = '已確認';
    annotate(readPage(document), [], 'zh_TW', document);
    expect(await drawnBadges()).toHaveLength(0);
  });
});
