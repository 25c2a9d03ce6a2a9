import { describe, expect, it } from 'vitest';
import { PageReader, readPage, type PageRead } from '@/lib/adapters/read-page';
// @ts-expect-error plain ES modules of the sample portal
import { renderA } from '../../portal/ssr/a.mjs';
import { parseHtml, portalPage } from '../helpers/portal-page';

/**
 * A check in slices reads a long list a few rows at a time (ReadLimit, then readMore): while rows are
 * left, the reading says how many (`pending`) and never calls the page unreadable or clean; at the end
 * it is exactly the reading done at once.
 */

function styleA(path: string): Document {
  const url = new URL(path, 'http://127.0.0.1');
  const rendered = renderA(url.pathname, url.searchParams) as { body: string };
  return parseHtml(rendered.body);
}

/** Reads in slices that have already run out of time: each reads the fewest rows a reading reads. */
function inSlices(doc: Document): { first: PageRead; last: PageRead; slices: number } {
  const reader = new PageReader();
  const first = reader.read(doc, undefined, undefined, { until: -Infinity });
  let last = first;
  let slices = 1;
  while (last.status !== 'unrecognized' && last.pending) {
    const before = last.pending;
    last = reader.readMore({ until: -Infinity })!;
    slices += 1;
    if (last.status !== 'unrecognized' && last.pending) expect(last.pending).toBeLessThan(before);
  }
  return { first, last, slices };
}

describe('reading a long list in slices', () => {
  it('leaves rows pending, reads some each slice, and ends with the reading done at once (300-row certify page)', { timeout: 60_000 }, () => {
    const { first, last, slices } = inSlices(styleA('/a/teacher/Certify.aspx?rows=300'));
    if (first.status === 'unrecognized') throw new Error('not read');
    expect(first.rows.length).toBeGreaterThan(0);
    expect(first.rows.length).toBeLessThan(100);
    expect(first.pending).toBe(300 - first.rows.length);
    expect(slices).toBeGreaterThan(10);
    const whole = readPage(styleA('/a/teacher/Certify.aspx?rows=300'));
    if (last.status === 'unrecognized' || whole.status === 'unrecognized') throw new Error('not read');
    expect(last.pending).toBeUndefined();
    expect(last.status).toBe(whole.status);
    expect(last.rows.map((row) => row.record)).toEqual(whole.rows.map((row) => row.record));
    expect(last.skipped.map((row) => row.rowNumber)).toEqual(whole.skipped.map((row) => row.rowNumber));
  });

  it('says a list with too few readable rows is unrecognized only once every row is read', () => {
    // Fifty rows, thirty of them (the last) with a size that cannot be read: fewer than half are readable.
    const bad = Array.from({ length: 30 }, (_, i) => `<tr><td>成果${i}</td><td>簡述</td><td>a.pdf</td><td>很大</td></tr>`).join('');
    const good = Array.from({ length: 20 }, (_, i) => `<tr><td>好成果${i}</td><td>簡述</td><td>a.pdf</td><td>1 MB</td></tr>`).join('');
    const doc = parseHtml(`<html><head><title>課程學習成果</title></head><body><table><tr><th>成果名稱</th><th>簡述</th><th>檔案</th><th>大小</th></tr>${good}${bad}</table></body></html>`);
    expect(readPage(doc).status).toBe('unrecognized');
    const reader = new PageReader();
    const first = reader.read(doc, undefined, undefined, { until: -Infinity });
    expect(first.status).toBe('partial');
    expect(first.status !== 'unrecognized' && first.pending).toBeGreaterThan(0);
    let last = first;
    while (last.status !== 'unrecognized' && last.pending) {
      expect(last.status).toBe('partial');
      last = reader.readMore({ until: -Infinity })!;
    }
    expect(last.status).toBe('unrecognized');
  });

  it('reads a short page at once', () => {
    const read = new PageReader().read(portalPage('a/student/outcomes.html'), undefined, undefined, { until: -Infinity });
    expect(read.status).toBe('checked');
    expect(read.status !== 'unrecognized' && read.pending).toBeUndefined();
  });
});
