/**
 * happy-dom lays nothing out and its IntersectionObserver never reports. These stand in for a browser in
 * which the given elements are near the viewport, so the overlay draws their badges.
 */

type Near = (target: Element) => boolean;

/** Replaces the window's IntersectionObserver with one that reports every observed element, near when `near` says so. */
export function everythingNear(near: Near = () => true): () => void {
  const view = document.defaultView as unknown as { IntersectionObserver: unknown };
  const original = view.IntersectionObserver;
  class ReportingObserver {
    constructor(private readonly callback: (entries: { target: Element; isIntersecting: boolean }[]) => void) {}
    observe(target: Element) {
      queueMicrotask(() => this.callback([{ target, isIntersecting: near(target) }]));
    }
    unobserve() {}
    disconnect() {}
  }
  view.IntersectionObserver = ReportingObserver;
  return () => {
    view.IntersectionObserver = original;
  };
}

/** Resolves after the next animation frame (the overlay lays out once per frame). */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

/** The overlay's shadow root in this document. */
export function overlayRoot(doc: Document = document): ShadowRoot {
  const root = doc.querySelector('lpc-overlay')?.shadowRoot;
  if (!root) throw new Error('no lpc-overlay with an open shadow root');
  return root;
}

/** Waits two frames (observer report, then layout) and returns the overlay's badges. */
export async function drawnBadges(doc: Document = document): Promise<HTMLButtonElement[]> {
  await Promise.resolve();
  await nextFrame();
  await nextFrame();
  return Array.from(overlayRoot(doc).querySelectorAll<HTMLButtonElement>('button.badge'));
}
