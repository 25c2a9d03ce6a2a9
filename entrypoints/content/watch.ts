import type { ContentScriptContext } from 'wxt/utils/content-script-context';

const OWN_TAGS = new Set(['LPC-MARK', 'LPC-SUMMARY']);

function isOwn(node: Node): boolean {
  return node.nodeType === 1 && OWN_TAGS.has((node as Element).tagName);
}

/**
 * Re-checks the page when its content changes (tables rendered late by script,
 * pagination, a teacher certifying a row), debounced, ignoring our own marks.
 */
export function watchPage(ctx: ContentScriptContext, recheck: () => Promise<void>, delayMs = 120): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver((mutations) => {
    const relevant = mutations.some((mutation) => {
      const target = mutation.target.nodeType === 1 ? (mutation.target as Element) : mutation.target.parentElement;
      if (target?.closest('lpc-mark, lpc-summary')) return false;
      if (mutation.type === 'childList') {
        const changed = [...Array.from(mutation.addedNodes), ...Array.from(mutation.removedNodes)];
        return changed.some((node) => !isOwn(node));
      }
      return true;
    });
    if (!relevant) return;
    clearTimeout(timer);
    timer = setTimeout(() => void recheck(), delayMs);
  });
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  // Ticking a checkbox changes no markup; listen for it too.
  const onChange = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void recheck(), delayMs);
  };
  document.addEventListener('change', onChange, true);
  ctx.onInvalidated(() => {
    observer.disconnect();
    document.removeEventListener('change', onChange, true);
    clearTimeout(timer);
  });
}
