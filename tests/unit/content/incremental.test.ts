import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { annotate, clearAnnotations } from '@/entrypoints/content/annotator';
import { touchedBy } from '@/entrypoints/content/watch';
import { PageReader, readPage, type PageChanges } from '@/lib/adapters/read-page';
import { NATIONAL_POLICY } from '@/lib/policy/national';
import { runRules } from '@/lib/rules';
import { portalPage } from '../helpers/portal-page';
import { drawnBadges, everythingNear, overlayRoot } from '../helpers/near-viewport';

/**
 * A re-check after the page changes re-reads only the rows mutations touched and redraws only the
 * marks that differ; what it leaves on the page must be exactly what a check from scratch draws.
 */

function load(path: string): Document {
  const source = portalPage(path);
  document.title = source.title;
  document.body.replaceChildren(...Array.from(source.body.childNodes, (node) => document.importNode(node, true)));
  return document;
}

const NOW = { now: new Date('2026-01-10') };

/** One check as the content script does it: read (incrementally), run every rule, draw. */
function checkWith(reader: PageReader, changes?: PageChanges) {
  const read = reader.read(document, undefined, changes);
  const records = read.status === 'checked' ? read.rows.map((row) => row.record) : [];
  const findings = read.status === 'checked' ? runRules({ pageKind: read.pageKind, records }, NATIONAL_POLICY, NOW) : [];
  annotate(read, findings, 'zh_TW', document);
  return { read, findings };
}

/** What the page shows: each mark as (row text, cell index, rule, severity), and the summary's attributes. */
function snapshot() {
  const marks = Array.from(document.querySelectorAll('[data-lpc-finding]'), (mark) => {
    const cell = mark.parentElement as HTMLTableCellElement;
    const row = mark.closest('tr')!;
    return `${row.cells[0]?.textContent?.trim()}|${(row.cells[4]?.firstChild?.textContent ?? '').trim()}|${cell.cellIndex}|${mark.getAttribute('data-rule')}|${mark.getAttribute('data-severity')}`;
  }).sort();
  const summaries = Array.from(document.querySelectorAll('[data-lpc-summary]'), (host) =>
    ['data-status', 'data-page-kind', 'data-errors', 'data-warnings'].map((name) => host.getAttribute(name)).join('|'),
  );
  return { marks, summaries };
}

/** The same page checked from scratch: clears everything, reads afresh, draws. */
function fromScratch() {
  clearAnnotations(document);
  const read = readPage(document);
  const records = read.status === 'checked' ? read.rows.map((row) => row.record) : [];
  const findings = read.status === 'checked' ? runRules({ pageKind: read.pageKind, records }, NATIONAL_POLICY, NOW) : [];
  annotate(read, findings, 'zh_TW', document);
  return snapshot();
}

let observer: MutationObserver;
beforeEach(() => {
  observer = new MutationObserver(() => undefined);
});
afterEach(() => {
  observer.disconnect();
  clearAnnotations(document);
});

/** Watches the document from now on, as the content script does after its first check. */
function watch() {
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
}
const changes = (): PageChanges => ({ nodes: touchedBy(observer.takeRecords()) });

function rowTitled(title: string): HTMLTableRowElement {
  const row = Array.from(document.querySelectorAll('tr')).find((tr) => tr.cells[4]?.textContent?.includes(title));
  if (!row) throw new Error(`no row titled ${title}`);
  return row;
}

describe('re-checking only what changed', () => {
  it('re-reads just the changed row and updates its marks and the counts exactly', () => {
    load('a/student/outcomes.html');
    const reader = new PageReader();
    const first = checkWith(reader);
    expect(reader.changedRows).toBe(8);
    const before = snapshot();
    expect(before.marks.filter((m) => m.includes('format.summary.too-long'))).toHaveLength(3);
    const errorsBefore = Number(document.querySelector('[data-lpc-summary]')!.getAttribute('data-errors'));
    const untouchedMark = rowTitled('指數與對數函數探究').querySelector('[data-rule="format.summary.too-long"]')!;
    watch();

    // One over-long 簡述 is shortened (its mark must go); the text node is replaced, marks in the cell stay ours.
    const fixed = rowTitled('英文新聞摘要與評論').cells[5]!;
    const text = Array.from(fixed.childNodes).find((node) => node.nodeType === 3)!;
    text.textContent = '短短的簡述。';
    const second = checkWith(reader, changes());

    expect(reader.changedRows).toBe(1);
    expect(second.findings.length).toBe(first.findings.length - 1);
    const after = snapshot();
    expect(after.marks.filter((m) => m.includes('format.summary.too-long'))).toHaveLength(2);
    expect(fixed.querySelector('[data-rule="format.summary.too-long"]')).toBeNull();
    expect(Number(document.querySelector('[data-lpc-summary]')!.getAttribute('data-errors'))).toBe(errorsBefore - 1);
    expect(document.querySelectorAll('[data-lpc-summary]')).toHaveLength(1);
    // Marks of rows that did not change are the same elements, not redrawn ones.
    expect(untouchedMark.isConnected).toBe(true);
    expect(rowTitled('指數與對數函數探究').querySelector('[data-rule="format.summary.too-long"]')).toBe(untouchedMark);
    // The summary lists exactly the findings.
    const summary = document.querySelector('[data-lpc-summary]')!;
    expect(summary.shadowRoot!.querySelectorAll('li.item')).toHaveLength(second.findings.length);

    // ...and it is what a check from scratch draws.
    expect(fromScratch()).toEqual(after);
  });

  it('marks a row that newly breaks a rule', () => {
    load('a/student/outcomes.html');
    const reader = new PageReader();
    checkWith(reader);
    watch();
    const cell = rowTitled('管樂社演出心得').cells[5]!;
    expect(cell.querySelector('[data-lpc-finding]')).toBeNull();
    cell.append(document.createTextNode('再加幾個字讓它超過一百字。'));
    checkWith(reader, changes());
    expect(reader.changedRows).toBe(1);
    expect(cell.querySelectorAll('[data-rule="format.summary.too-long"][data-severity="error"]')).toHaveLength(1);
    const after = snapshot();
    expect(after.marks.filter((m) => m.includes('format.summary.too-long'))).toHaveLength(4);
    expect(fromScratch()).toEqual(after);
  });

  it('drops the marks of a removed row and counts again', () => {
    load('a/student/outcomes.html');
    const reader = new PageReader();
    const first = checkWith(reader);
    watch();
    const row = rowTitled('校園空氣品質觀測');
    const marksOnRow = row.querySelectorAll('[data-lpc-finding]').length;
    expect(marksOnRow).toBeGreaterThan(0);
    row.remove();
    const second = checkWith(reader, changes());

    expect(reader.changedRows).toBe(0);
    expect(second.read.status === 'checked' && second.read.rows).toHaveLength(7);
    expect(second.findings.length).toBe(first.findings.length - marksOnRow);
    expect(document.querySelectorAll('[data-lpc-finding]')).toHaveLength(second.findings.length);
    const summary = document.querySelector('[data-lpc-summary]')!;
    expect(Number(summary.getAttribute('data-errors')) + Number(summary.getAttribute('data-warnings'))).toBe(second.findings.length);
    expect(summary.shadowRoot!.querySelectorAll('li.item')).toHaveLength(second.findings.length);
    expect(fromScratch()).toEqual(snapshot());
  });

  it('puts back a mark the page wiped out when it rewrote a cell', () => {
    load('a/student/outcomes.html');
    const reader = new PageReader();
    checkWith(reader);
    watch();
    const cell = rowTitled('指數與對數函數探究').cells[5]!;
    const long = cell.textContent!;
    // A page script rewrites the cell with the same text: our mark inside it is gone.
    cell.textContent = long;
    expect(cell.querySelector('[data-lpc-finding]')).toBeNull();
    checkWith(reader, changes());
    expect(cell.querySelectorAll('[data-rule="format.summary.too-long"]')).toHaveLength(1);
    expect(fromScratch()).toEqual(snapshot());
  });

  it('reads nothing again when only a setting changed, and sees a tick no markup shows', () => {
    load('a/student/Selection.aspx');
    const reader = new PageReader();
    const first = checkWith(reader);
    if (first.read.status !== 'checked') throw new Error('selection page not read');
    checkWith(reader, { nodes: [] });
    expect(reader.changedRows).toBe(0);

    // A script ticks a box without a change event: the row with it is read again.
    const box = document.querySelector<HTMLInputElement>('input[type=checkbox]:not(:checked)')!;
    box.checked = true;
    const second = checkWith(reader, { nodes: [] });
    expect(reader.changedRows).toBe(1);
    if (second.read.status !== 'checked') throw new Error('selection page not read');
    const row = second.read.rows.find((r) => r.row.contains(box))!;
    expect(row.record).toMatchObject({ selected: true });
    expect(fromScratch()).toEqual(snapshot());
  });

  it('ignores mutations of its own marks', () => {
    load('a/student/outcomes.html');
    watch();
    checkWith(new PageReader());
    expect(touchedBy(observer.takeRecords())).toEqual([]);
  });

  it('opens the detail of a mark on click, built then, as text', async () => {
    const restore = everythingNear();
    try {
      load('a/student/outcomes.html');
      checkWith(new PageReader());
      const badge = (await drawnBadges()).find((b) => b.getAttribute('aria-label')!.includes('簡述超過字數上限'))!;
      const popover = overlayRoot().querySelector<HTMLElement>('.popover')!;
      expect(badge.getAttribute('aria-expanded')).toBe('false');
      expect(badge.title).toContain('100');
      expect(popover.querySelector('.detail')).toBeNull();
      badge.click();
      const detail = popover.querySelector<HTMLElement>('.detail')!;
      expect(popover.hidden).toBe(false);
      expect(detail.textContent).toContain(badge.title);
      expect(badge.getAttribute('aria-expanded')).toBe('true');
      badge.click();
      expect(popover.hidden).toBe(true);
    } finally {
      restore();
    }
  });
});
