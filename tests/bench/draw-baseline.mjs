// The drawing baseline for `npm run bench` (issue 15 point 3): how long the browser takes to insert as many
// plain elements as the page has marks, into the same cells, in the same page. The content script's
// 'lpc-marks' measure (anchors in the cells and the overlay told about them) is printed against it. Beside it,
// the other way the issue names: the CSS Custom Highlight API, timed as registering one highlight of a range over
// each of the same cells (it can tint a cell's text, not outline its box or carry a badge).

/**
 * Runs in the page's main world: one plain <span> appended to the parent of every mark ([data-lpc-finding]),
 * timed, then removed; then one highlight of a StaticRange per such cell, timed, then deleted. Returns
 * { ms, marks, highlightMs } (highlightMs NaN where the browser has no CSS.highlights).
 */
function insertPlainElements() {
  const cells = Array.from(document.querySelectorAll('[data-lpc-finding]'), (mark) => mark.parentNode);
  const t0 = performance.now();
  const added = cells.map((cell) => cell.appendChild(document.createElement('span')));
  const t1 = performance.now();
  for (const span of added) span.remove();
  let highlightMs = NaN;
  if (typeof Highlight === 'function' && globalThis.CSS?.highlights) {
    const t2 = performance.now();
    const ranges = cells.map((cell) => new StaticRange({ startContainer: cell, startOffset: 0, endContainer: cell, endOffset: cell.childNodes.length }));
    CSS.highlights.set('lpc-bench', new Highlight(...ranges));
    highlightMs = performance.now() - t2;
    CSS.highlights.delete('lpc-bench');
  }
  return { ms: t1 - t0, marks: cells.length, highlightMs };
}

/**
 * Times the baseline in `page` (a Playwright page whose check has finished) and waits for the re-check the
 * inserted and removed elements make the content script run (up to 10 s), so the bench's own re-checks
 * that follow count only their own. Returns { ms, marks, highlightMs }.
 */
export async function drawBaseline(page) {
  const checks = () => page.evaluate(() => performance.getEntriesByName('lpc-check').length);
  const before = await checks();
  const result = await page.evaluate(insertPlainElements);
  for (const deadline = Date.now() + 10_000; (await checks()) === before && Date.now() < deadline; ) await page.waitForTimeout(20);
  return result;
}
