import { browser } from 'wxt/browser';

const OWN_TAGS = new Set(['LPC-MARK', 'LPC-UNREAD', 'LPC-SUMMARY', 'LPC-OVERLAY']);

function isOwn(node: Node): boolean {
  return node.nodeType === 1 && OWN_TAGS.has((node as Element).tagName);
}

/** The elements a batch of mutations (and change events) touched: what a re-check needs to read again. */
export interface Touched {
  nodes: Set<Node>;
  /** whether any element (not only text) was added: only then can a new list have appeared */
  elementsAdded: boolean;
}

/** Whether these mutations added an element of the page's own (not one of our marks). */
function addsElements(mutations: readonly MutationRecord[]): boolean {
  for (const mutation of mutations) {
    if (mutation.type !== 'childList') continue;
    for (const node of mutation.addedNodes) if (node.nodeType === 1 && !isOwn(node)) return true;
  }
  return false;
}

/**
 * The elements these mutations touched, leaving out our own marks: a text change gives the
 * text's parent, a list change its target (the row or cell whose children changed).
 */
export function touchedBy(mutations: readonly MutationRecord[]): Node[] {
  const nodes: Node[] = [];
  for (const mutation of mutations) {
    const target = mutation.target.nodeType === 1 ? (mutation.target as Element) : mutation.target.parentElement;
    if (!target || target.closest('lpc-mark, lpc-unread, lpc-summary, lpc-overlay')) continue;
    if (mutation.type === 'childList') {
      let foreign = false;
      for (const node of mutation.addedNodes) if (!isOwn(node)) foreign = true;
      for (const node of mutation.removedNodes) if (!isOwn(node)) foreign = true;
      if (!foreign) continue;
    }
    nodes.push(target);
  }
  return nodes;
}

/** Where this frame's isolated world keeps the running watcher's stop (the page cannot reach it). */
const RUNNING = Symbol.for('lp-checker.watchPage');

/**
 * Re-checks the page when its content changes (tables rendered late by script,
 * pagination, a teacher certifying a row), debounced, ignoring our own marks.
 * The re-check is told which elements changed, so it can re-read only those rows.
 *
 * Nothing the page does can stop it: it is not tied to WXT's content-script context, which any
 * page can invalidate by dispatching WXT's "content script started" event. It stops when the
 * extension is gone (reloaded, updated or removed: `browser.runtime.id` is no longer there), and
 * when another copy of the script in this frame starts watching (the popup injects one when a
 * site is enabled) — a copy the page cannot make, since the hand-over goes through the isolated
 * world's own global. Returns the stop function.
 */
export function watchPage(recheck: (changes: Touched) => void, delayMs = 120): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending = new Set<Node>();
  let added = false;
  const alive = () => {
    if (browser.runtime?.id) return true;
    stop();
    return false;
  };
  const flush = () => {
    timer = undefined;
    if (!alive()) return;
    const records = observer.takeRecords();
    for (const node of touchedBy(records)) pending.add(node);
    const nodes = pending;
    const elementsAdded = added || addsElements(records);
    pending = new Set();
    added = false;
    if (nodes.size > 0) recheck({ nodes, elementsAdded });
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(flush, delayMs);
  };
  const observer = new MutationObserver((mutations) => {
    if (!alive()) return;
    const nodes = touchedBy(mutations);
    if (nodes.length === 0) return;
    for (const node of nodes) pending.add(node);
    if (!added) added = addsElements(mutations);
    schedule();
  });
  // Ticking a checkbox changes no markup; listen for it too.
  const onChange = (event: Event) => {
    if (!alive()) return;
    if (event.target instanceof Node) pending.add(event.target);
    schedule();
  };
  const stop = () => {
    observer.disconnect();
    document.removeEventListener('change', onChange, true);
    clearTimeout(timer);
    if (scope[RUNNING] === stop) delete scope[RUNNING];
  };
  const scope = globalThis as { [RUNNING]?: () => void };
  scope[RUNNING]?.();
  scope[RUNNING] = stop;
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  document.addEventListener('change', onChange, true);
  return stop;
}
