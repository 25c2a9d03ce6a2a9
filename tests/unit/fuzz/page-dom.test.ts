import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { annotate, clearAnnotations } from '@/entrypoints/content/annotator';
import { readPage } from '@/lib/adapters/read-page';
import { FIELD_NAMES } from '@/lib/adapters/vocabulary';
import { NATIONAL_POLICY } from '@/lib/policy/national';
import { runRules } from '@/lib/rules';

/**
 * Generated pages (fast-check, fixed seed): random tables whose headers are the portals' own words
 * or anything, cells of any text including markup and control characters, tables nested deep, and
 * a row of 10,000 columns. Reading, the rules and drawing never throw, never turn page text into
 * elements or run it, and every page gets one summary with a status and whole-number counts.
 */
const SEED = 20_260_105;
const HOSTILE = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  '</td></tr><tr><td>',
  'report\u202Efdp.exe',
  '零\u200B寬\u200D字元',
  '\u0000\u0001\uFFFF\uD800',
  'javascript:window.__pwned=1',
  '{{constructor.constructor("window.__pwned=1")()}}',
];
const HEADERS = Object.values(FIELD_NAMES).flat();

const text = fc.oneof(
  fc.constantFrom(...HOSTILE),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('112045', 'A123456789', '未認證', '已認證', 'PDF', '2.5 MB', '114-1', '是', '否', '114093301101001010101'),
);
const table = fc.record({
  headers: fc.array(fc.oneof(fc.constantFrom(...HEADERS), text), { minLength: 1, maxLength: 12 }),
  rows: fc.array(fc.array(text, { maxLength: 14 }), { maxLength: 25 }),
  depth: fc.nat({ max: 30 }),
});

/** Builds the page with DOM calls only: every generated string goes in as text. */
function buildPage({ headers, rows, depth }: { headers: string[]; rows: string[][]; depth: number }): void {
  document.body.replaceChildren();
  let parent: HTMLElement = document.body;
  for (let i = 0; i < depth; i += 1) {
    const wrap = document.createElement(i % 2 ? 'div' : 'section');
    parent.append(wrap);
    parent = wrap;
  }
  // (append, not insertRow/insertCell, which happy-dom makes quadratic in the row's length)
  const cell = (tag: 'th' | 'td', content: string) => Object.assign(document.createElement(tag), { textContent: content });
  const tableEl = document.createElement('table');
  const head = document.createElement('tr');
  head.append(...headers.map((header) => cell('th', header)));
  const body = document.createElement('tbody');
  body.append(
    ...rows.map((row) => {
      const tr = document.createElement('tr');
      tr.append(...row.map((content) => cell('td', content)));
      return tr;
    }),
  );
  const thead = document.createElement('thead');
  thead.append(head);
  tableEl.append(thead, body);
  parent.append(tableEl);
}

const elementsNamed = (names: string) => {
  const found = [...document.querySelectorAll(names)];
  for (const host of document.querySelectorAll('*')) if (host.shadowRoot) found.push(...host.shadowRoot.querySelectorAll(names));
  return found.length;
};

function checkPage() {
  const read = readPage(document);
  const records = read.status === 'checked' ? read.rows.map((row) => row.record) : [];
  const findings = read.status === 'checked' ? runRules({ pageKind: read.pageKind, records }, NATIONAL_POLICY, { now: new Date('2026-01-10T12:00:00') }) : [];
  annotate(read, findings, 'zh_TW', document);
  return { read, findings };
}

afterEach(() => {
  clearAnnotations(document);
  document.body.replaceChildren();
  delete (window as unknown as { __pwned?: number }).__pwned;
});

describe('generated pages', () => {
  it('are read, checked and marked without a throw, and no page text becomes markup', { timeout: 120_000 }, () => {
    const kinds = new Set<string>();
    fc.assert(
      fc.property(table, (spec) => {
        buildPage(spec);
        const before = elementsNamed('script, img, iframe, object, a[href^="javascript"]');
        const { read, findings } = checkPage();
        if (read.status === 'checked') kinds.add(read.pageKind);
        expect(elementsNamed('script, img, iframe, object, a[href^="javascript"]')).toBe(before);
        expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
        const summaries = document.querySelectorAll('[data-lpc-summary]');
        expect(summaries).toHaveLength(1);
        const summary = summaries[0]!;
        expect(['checked', 'partial', 'unrecognized']).toContain(summary.getAttribute('data-status'));
        for (const name of ['data-errors', 'data-warnings', 'data-unread']) {
          const value = summary.getAttribute(name);
          if (value !== null) expect(value).toMatch(/^\d+$/);
        }
        expect(document.querySelectorAll('[data-lpc-finding]').length).toBeLessThanOrEqual(findings.length);
        clearAnnotations(document);
      }),
      { seed: SEED, numRuns: 150 },
    );
    // the generated tables reach the readers of several page kinds, not only "unrecognized"
    expect(kinds.size).toBeGreaterThanOrEqual(3);
  });

  it('copes with a header row of 10,000 columns and tables nested 200 deep', { timeout: 120_000 }, () => {
    const wide = Array.from({ length: 10_000 }, (_, i) => (i % 3 === 0 ? HEADERS[i % HEADERS.length]! : HOSTILE[i % HOSTILE.length]!));
    buildPage({ headers: wide, rows: [wide.slice(0, 10_000).map((_, i) => String(i))], depth: 0 });
    expect(() => checkPage()).not.toThrow();
    clearAnnotations(document);

    document.body.replaceChildren();
    let parent: HTMLElement = document.body;
    for (let i = 0; i < 200; i += 1) {
      const [nested, row, cell] = [document.createElement('table'), document.createElement('tr'), document.createElement('td')];
      cell.textContent = i % 2 ? '學號' : HOSTILE[i % HOSTILE.length]!;
      row.append(cell);
      nested.append(row);
      parent.append(nested);
      parent = cell;
    }
    expect(() => checkPage()).not.toThrow();
    expect(document.querySelectorAll('[data-lpc-summary]')).toHaveLength(1);
  });
});
