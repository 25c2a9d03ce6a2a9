import type { Finding } from '@/lib/model/finding';
import type { PageRecord } from '@/lib/model/records';
import { pick, type Locale } from '@/lib/model/localized';
import { pageRuleById } from '@/lib/rules';
import { cite } from '@/lib/rules/cite';
import { t } from '@/lib/i18n';
import { SEVERITY_KEY } from '@/lib/model/finding-text';
import { el, shadowHost } from './shadow-host';
import { OVERLAY_CSS } from './styles';
import { DISMISS_CSS } from './dismiss-form';

/**
 * The one layer per document that shows the marks: a fixed, click-through shadow host over the page
 * holding, for each marked cell near the viewport, an outline of the cell and a one-line badge (severity
 * and count) in a corner of the cell that covers none of the portal's links, buttons or fields. A badge
 * opens a popover with the findings' messages and sources. Nothing in it takes space in the page: the
 * portal's columns and page height stay as they were. Positions follow the cells on scroll of any scroll
 * container, resize and page changes, at most once per animation frame.
 */

/**
 * One thing the overlay shows about an element (a cell, or a page-level row element): a finding, or why a row
 * could not be read (`unread`, its reason in the user's language).
 */
export type OverlayMark = { key: string; target: Element } & (
  | {
      finding: Finding;
      /** 「已確認，無需更正（…）：理由」 when the finding was dismissed: its badge is grey */
      dismissed?: string;
      /** the record the finding is about, for `details` */
      record?: PageRecord;
      /** fills the end of the finding's part of the popover (the dismiss form, or the dismissal's reason) */
      details?: MarkDetails;
    }
  | { unread: string }
);

/** What fills the end of a finding's part of the popover; one for all the marks (the page's dismissals), not one per mark. */
export interface MarkDetails {
  fillDetail(container: HTMLElement, finding: Finding, record: PageRecord, locale: Locale): void;
}

/** Which marks the overlay shows: the findings' and the unread rows' are drawn apart and shown together. */
export type MarkGroup = 'findings' | 'unread';

/** How a mark reads: its kind (a severity, or unread), the word on its badge, its title, message and source. */
interface Described {
  kind: Finding['severity'] | 'unread' | 'dismissed';
  word: string;
  title: string;
  message: string;
  basis?: string;
}

/** What is shown for one marked element: its findings, and its badge and outline once it is near the viewport. */
interface Spot {
  target: Element;
  items: OverlayMark[];
  /** the text the badge was last built for */
  built: string;
  near: boolean;
  /** whether the IntersectionObserver has reported on the target yet */
  reported: boolean;
  badge?: HTMLButtonElement;
  outline?: HTMLDivElement;
  /** whether the target is a table or grid cell (a page-level finding's element is not outlined), once drawn */
  cell?: boolean;
  /** the badge's size, measured while it was shown (a hidden badge measures 0) */
  size?: { width: number; height: number };
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** What a person clicks, types into or chooses in: a badge must never cover one. */
const INTERACTIVE = 'a[href], button, input, select, textarea, label, summary, [role="button"], [role="link"], [role="checkbox"], [tabindex]:not([tabindex="-1"])';
/** The cell's edge a badge keeps from the borders. */
const INSET = 2;
/** How far outside the viewport a row still counts as near (its badge is laid out before it scrolls in). */
const NEAR_MARGIN = '300px 0px';
/** How many targets the observer has not reported on yet a layout pass measures itself (a long list waits for it). */
const MEASURED_UNREPORTED = 300;

/** An unread row is the first thing to see: it has not been checked at all. */
const kindRank = { unread: 0, error: 1, warning: 2, info: 3, dismissed: 4 } as const;
export { SEVERITY_KEY };

const intersect = (a: Box, b: Box): Box => ({ left: Math.max(a.left, b.left), top: Math.max(a.top, b.top), right: Math.min(a.right, b.right), bottom: Math.min(a.bottom, b.bottom) });
const empty = (box: Box) => box.right - box.left <= 0 || box.bottom - box.top <= 0;
/** Under a pixel wide or high: a cell scrolled out but for a fraction of a pixel at its container's edge gets no outline. */
const sliver = (box: Box) => box.right - box.left < 1 || box.bottom - box.top < 1;
/** Whether two boxes overlap by more than a pixel's rounding (boxes that touch do not). */
const overlaps = (a: Box, b: Box) => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
const holds = (box: Box, x: number, y: number) => x >= box.left && x <= box.right && y >= box.top && y <= box.bottom;
const inside = (inner: Box, outer: Box) => inner.left >= outer.left && inner.top >= outer.top && inner.right <= outer.right && inner.bottom <= outer.bottom;

/** A box less what the bars over its top or bottom edge hide of it (a bar across the middle hides nothing it trims). */
function uncovered(box: Box, bars: Box[]): Box {
  let { top, bottom } = box;
  for (const bar of bars) {
    if (bar.right <= box.left || bar.left >= box.right) continue;
    if (bar.top <= top && bar.bottom > top) top = Math.min(bottom, bar.bottom);
    else if (bar.bottom >= bottom && bar.top < bottom) bottom = Math.max(top, bar.top);
  }
  return { ...box, top, bottom };
}

export class Overlay {
  readonly host: HTMLElement;
  private readonly layer: HTMLDivElement;
  private readonly popover: HTMLDivElement;
  private spots = new Map<Element, Spot>();
  private groups = new Map<MarkGroup, readonly OverlayMark[]>();
  private spotByBadge = new WeakMap<Element, Spot>();
  private locale: Locale = 'zh_TW';
  private current: Spot | undefined;
  /** the key last highlighted: the current mark again when a re-check draws its element anew (a Vue page's redraw) */
  private currentKey: string | undefined;
  private open: Spot | undefined;
  private frame = 0;
  private readonly near: IntersectionObserver | undefined;
  private readonly mutations: MutationObserver;
  private readonly resizes: ResizeObserver | undefined;
  private watching = false;
  /** the bars at the window's edges, kept while the window neither scrolls nor changes size (a re-check moves no bar) */
  private barsSeen: { at: string; bars: { element: Element; box: Box }[] } | undefined;
  /** whether an element clips its content (overflow other than visible), per layout pass */
  private clipsCache = new Map<Element, boolean>();

  constructor(private readonly doc: Document) {
    const { host, root } = shadowHost(doc, 'lpc-overlay', OVERLAY_CSS + DISMISS_CSS);
    this.host = host;
    // Page CSS may style unknown elements; inline !important keeps the host out of the page's flow and clicks.
    host.style.cssText = 'position:fixed!important;inset:0 auto auto 0!important;width:0!important;height:0!important;margin:0!important;padding:0!important;border:0!important;overflow:visible!important;z-index:2147483646!important;pointer-events:none!important;display:block!important;transform:none!important;';
    this.layer = el('div', 'layer');
    this.popover = el('div', 'popover');
    this.popover.hidden = true;
    this.popover.setAttribute('role', 'dialog');
    this.popover.tabIndex = -1;
    root.append(this.layer, this.popover);
    root.addEventListener('click', (event) => this.onClick(event));
    root.addEventListener('keydown', (event) => this.onKey(event as KeyboardEvent));
    const view = doc.defaultView;
    const IO = view?.IntersectionObserver;
    this.near = IO ? new IO((entries) => this.onNear(entries), { rootMargin: NEAR_MARGIN }) : undefined;
    this.mutations = new MutationObserver(() => this.schedule());
    const RO = view?.ResizeObserver;
    this.resizes = RO ? new RO(() => this.schedule()) : undefined;
    // A popover that grows (the dismiss form opened in it, a message shown) is placed again, so it stays on screen.
    if (RO) new RO(() => this.open && this.placePopover(this.open)).observe(this.popover);
  }

  /**
   * Scroll events come once per frame, before it is painted: the badges are moved then, so they never lag a
   * frame behind their cells.
   */
  private readonly onScroll = () => {
    const view = this.doc.defaultView;
    if (this.frame && view) view.cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.layout();
  };
  private readonly onResize = () => this.schedule();
  private readonly onPointerDown = (event: Event) => {
    if (!this.open) return;
    const path = event.composedPath();
    if (path.includes(this.popover) || (this.open.badge && path.includes(this.open.badge))) return;
    this.closePopover(false);
  };

  /** Listens to the page only while something is shown. */
  private watch(on: boolean): void {
    if (on === this.watching) return;
    this.watching = on;
    const view = this.doc.defaultView;
    if (on) {
      this.doc.addEventListener('scroll', this.onScroll, { capture: true, passive: true });
      view?.addEventListener('resize', this.onResize, { passive: true });
      this.doc.addEventListener('pointerdown', this.onPointerDown, true);
      this.mutations.observe(this.doc.documentElement, { childList: true, subtree: true, attributes: true, characterData: true });
      this.resizes?.observe(this.doc.documentElement);
    } else {
      this.doc.removeEventListener('scroll', this.onScroll, { capture: true });
      view?.removeEventListener('resize', this.onResize);
      this.doc.removeEventListener('pointerdown', this.onPointerDown, true);
      this.mutations.disconnect();
      this.resizes?.disconnect();
    }
  }

  /**
   * Shows these marks of a group (with the other group's, by the element they are about) and forgets the
   * group's others. Spots whose element is kept keep their badge; the layout follows in the next animation frame.
   */
  setMarks(group: MarkGroup, marks: readonly OverlayMark[], locale: Locale): void {
    this.groups.set(group, marks);
    if (locale !== this.locale) {
      this.locale = locale;
      for (const spot of this.spots.values()) spot.built = '';
    }
    const next = new Map<Element, Spot>();
    for (const shown of this.groups.values()) {
      for (const mark of shown) {
        const { target } = mark;
        let spot = next.get(target);
        if (!spot) {
          spot = this.spots.get(target);
          if (spot) spot.items = [];
          else {
            spot = { target, items: [], built: '', near: !this.near, reported: !this.near };
            this.near?.observe(target);
          }
          next.set(target, spot);
        }
        spot.items.push(mark);
      }
    }
    for (const [target, spot] of this.spots) {
      if (next.has(target)) continue;
      this.near?.unobserve(target);
      spot.badge?.remove();
      spot.outline?.remove();
      if (this.current === spot) this.current = undefined;
      if (this.open === spot) this.closePopover(false);
    }
    this.spots = next;
    if (!this.current && this.currentKey !== undefined) {
      this.current = this.spotOf(this.currentKey);
      if (this.current) this.setCurrent(this.current, true);
    }
    if (!this.host.isConnected) this.doc.documentElement.append(this.host);
    this.watch(next.size > 0);
    if (this.open) this.fillPopover(this.open);
    this.schedule();
  }

  /** The key's cell scrolled into view and shown as the current one; false when no mark has that key. */
  highlight(key: string): boolean {
    const spot = this.spotOf(key);
    if (this.current && this.current !== spot) this.setCurrent(this.current, false);
    if (!spot) {
      // an item with no mark of its own (about the whole page): no other mark stays current
      this.current = undefined;
      this.currentKey = undefined;
      return false;
    }
    this.current = spot;
    this.currentKey = key;
    this.setCurrent(spot, true);
    // at once, not smoothly: a smooth scroll is cut short by the next step or by the page scrolling itself
    spot.target.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
    this.schedule();
    return true;
  }

  /** The spot showing the mark with this key: looked for when a mark is stepped to, not kept by key for every mark. */
  private spotOf(key: string): Spot | undefined {
    for (const spot of this.spots.values()) if (spot.items.some((mark) => mark.key === key)) return spot;
    return undefined;
  }

  /** Removes everything this overlay shows, and the layer itself. */
  clear(): void {
    this.groups.clear();
    this.currentKey = undefined;
    this.setMarks('findings', [], this.locale);
    this.near?.disconnect();
    this.host.remove();
  }

  private setCurrent(spot: Spot, on: boolean): void {
    spot.badge?.classList.toggle('current', on);
    spot.outline?.classList.toggle('current', on);
    if (on) spot.badge?.setAttribute('aria-current', 'true');
    else spot.badge?.removeAttribute('aria-current');
  }

  private onNear(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      const spot = this.spots.get(entry.target);
      if (spot) {
        spot.near = entry.isIntersecting;
        spot.reported = true;
      }
    }
    this.schedule();
  }

  private schedule(): void {
    if (this.frame) return;
    const view = this.doc.defaultView;
    if (!view) return;
    this.frame = view.requestAnimationFrame(() => {
      this.frame = 0;
      this.layout();
    });
  }

  /** A mark's words, worked out when its badge or popover is drawn (a long list has hundreds of marks). */
  private describe(mark: OverlayMark): Described {
    if ('unread' in mark) {
      const word = t(this.locale, 'unreadBadge');
      return { kind: 'unread', word, title: word, message: mark.unread };
    }
    const { finding } = mark;
    const rule = pageRuleById(finding.ruleId);
    return {
      kind: mark.dismissed === undefined ? finding.severity : 'dismissed',
      word: t(this.locale, mark.dismissed === undefined ? SEVERITY_KEY[finding.severity] : 'dismissedLabel'),
      title: rule ? pick(rule.title, this.locale) : finding.ruleId,
      message: pick(finding.message, this.locale),
      ...(rule ? { basis: pick(cite(rule.basis), this.locale) } : {}),
    };
  }

  /** The spot's badge text (the word of its most pressing mark, and how many), and its accessible name. */
  private badgeText(spot: Spot): { text: string; label: string; kind: Described['kind']; messages: string[] } {
    const described = spot.items.map((mark) => this.describe(mark));
    const worst = described.reduce((a, b) => (kindRank[b.kind] < kindRank[a.kind] ? b : a));
    const text = described.length > 1 ? `${worst.word} ${described.length}` : worst.word;
    const titles = [...new Set(described.map((d) => (d.kind === 'unread' ? d.message : d.title)))];
    // a dismissed finding's tooltip line says who dismissed it and why
    const messages = described.map((d, i) => {
      const mark = spot.items[i]!;
      return 'finding' in mark && mark.dismissed !== undefined ? `${mark.dismissed}｜${d.message}` : d.message;
    });
    return { text, label: t(this.locale, 'markBadgeLabel', text, titles.join('、')), kind: worst.kind, messages };
  }

  /** Builds (or rebuilds, when its findings changed) the badge and outline of a spot near the viewport. */
  private ensureDrawn(spot: Spot): void {
    const { text, label, kind, messages } = this.badgeText(spot);
    const built = `${kind}\u001f${label}\u001f${messages.join('\u001e')}`;
    if (spot.badge && spot.built === built) {
      // shown for the layout pass to measure it, when its size is not known yet
      if (!spot.size) spot.badge.hidden = false;
      return;
    }
    spot.built = built;
    spot.size = undefined;
    if (!spot.badge) {
      spot.badge = el('button', 'badge');
      spot.badge.type = 'button';
      spot.badge.setAttribute('aria-haspopup', 'dialog');
      spot.badge.setAttribute('aria-expanded', 'false');
      spot.outline = el('div', 'outline');
      spot.cell = isCell(spot.target);
      this.spotByBadge.set(spot.badge, spot);
      this.layer.append(spot.outline, spot.badge);
      if (this.current === spot) this.setCurrent(spot, true);
    }
    spot.badge.className = `badge ${kind}${this.current === spot ? ' current' : ''}`;
    spot.outline!.className = `outline ${kind}${this.current === spot ? ' current' : ''}`;
    spot.badge.textContent = text;
    spot.badge.setAttribute('aria-label', label);
    spot.badge.setAttribute('data-count', String(spot.items.length));
    spot.badge.title = messages.join('\n');
    spot.badge.hidden = false;
  }

  /** Whether an element clips what overflows it. */
  private clips(element: Element): boolean {
    let known = this.clipsCache.get(element);
    if (known === undefined) {
      const style = this.doc.defaultView!.getComputedStyle(element);
      known = style.overflowX !== 'visible' || style.overflowY !== 'visible';
      this.clipsCache.set(element, known);
    }
    return known;
  }

  /** The part of the viewport where an element's box can be seen: the viewport less every clipping ancestor's edges. */
  private visibleArea(element: Element, memo: Map<Element, Box>, viewport: Box): Box {
    const parent = element.parentElement;
    if (!parent || parent === this.doc.documentElement || parent === this.doc.body) return viewport;
    let area = memo.get(parent);
    if (!area) {
      area = this.visibleArea(parent, memo, viewport);
      if (this.clips(parent)) {
        const rect = parent.getBoundingClientRect();
        const left = rect.left + parent.clientLeft;
        const top = rect.top + parent.clientTop;
        area = intersect(area, { left, top, right: left + parent.clientWidth, bottom: top + parent.clientHeight });
      }
      memo.set(parent, area);
    }
    return area;
  }

  /**
   * Where a badge of this size goes: the first of an ordered list of candidate places that lies where it
   * must, covers no more than it may, and is seen there. In order: a corner inside the cell (top right,
   * bottom right, top left, bottom left) clear of the links, buttons and fields around it and of the cell's
   * text; such a corner over the text; half over the cell's top or bottom edge, clear of the controls; then
   * (a cell full of links, or narrower than the badge) a corner, an edge, or centred on an edge, covering no
   * control's middle, where a click lands. A place under something of the page's (a sticky header over the
   * cell's top) is passed over for the next. Undefined when none will do.
   */
  private corner(cell: Box, area: Box, width: number, height: number, controls: Box[][], text: Box[], shown: (x: number, y: number) => boolean): Box | undefined {
    const box = (x: number, y: number): Box => ({ left: x, top: y, right: x + width, bottom: y + height });
    // the cell's part a scroll container shows: a cell half scrolled out keeps its badge on the shown side
    const seen = intersect(cell, area);
    const right = Math.min(cell.right, seen.right) - INSET - width;
    const left = Math.max(cell.left, seen.left) + INSET;
    // a target taller than what is shown of it (a page-level finding's section) keeps its corners in the shown part
    const tall = cell.top < seen.top && cell.bottom > seen.bottom;
    const top = tall ? seen.top : cell.top;
    const bottom = tall ? seen.bottom : cell.bottom;
    // a cell narrower than the badge (a checkbox column): centred on the cell, kept inside what the scroll
    // container shows (a list's first column sits at the container's edge)
    const middle = Math.max(area.left, Math.min((cell.left + cell.right) / 2 - width / 2, area.right - width));
    const corners = [box(right, top + INSET), box(right, bottom - INSET - height), box(left, top + INSET), box(left, bottom - INSET - height)];
    const edges = [box(right, cell.top - height / 2), box(left, cell.top - height / 2), box(right, cell.bottom - height / 2), box(left, cell.bottom - height / 2)];
    const centred = [box(middle, cell.top - height / 2), box(middle, cell.bottom - height / 2)];
    // where a place must lie: a corner within the cell, an edge place within its width, every place within what is shown
    const within = {
      corner: (b: Box) => b.left >= cell.left && b.right <= cell.right && b.top >= cell.top && inside(b, area),
      edge: (b: Box) => b.left >= cell.left && b.right <= cell.right && inside(b, area),
      centred: (b: Box) => inside(b, area),
    };
    // what a place may cover: nothing of the controls or the text, the text, or the controls' edges but not their middles
    const lines = controls.flat();
    const middles = controls.map((boxes) => boxes.reduce((all, one) => ({ left: Math.min(all.left, one.left), top: Math.min(all.top, one.top), right: Math.max(all.right, one.right), bottom: Math.max(all.bottom, one.bottom) })));
    const clear = (b: Box) => !lines.some((other) => overlaps(b, other));
    const may = {
      nothing: (b: Box) => clear(b) && !text.some((other) => overlaps(b, other)),
      text: clear,
      edges: (b: Box) => !middles.some((m) => holds(b, (m.left + m.right) / 2, (m.top + m.bottom) / 2)),
    };
    const candidates: [Box[], keyof typeof within, keyof typeof may][] = [
      [corners, 'corner', 'nothing'],
      [corners, 'corner', 'text'],
      [edges, 'edge', 'text'],
      [corners, 'corner', 'edges'],
      [edges, 'edge', 'edges'],
      [centred, 'centred', 'edges'],
    ];
    const seenThere = (b: Box) => {
      const over = intersect(b, cell);
      return !empty(over) && shown((over.left + over.right) / 2, (over.top + over.bottom) / 2);
    };
    for (const [places, lies, covers] of candidates) {
      const place = places.find((b) => within[lies](b) && may[covers](b) && seenThere(b));
      if (place) return place;
    }
    return undefined;
  }

  /** Whether the page shows the target at this point, not something over it (a sticky header, a floating panel). */
  private seenAt(target: Element, x: number, y: number): boolean {
    const hit = this.pageAt(x, y);
    return hit !== undefined && (hit === target || target.contains(hit));
  }

  /** The first element of the page's at a point (this layer left out). */
  private pageAt(x: number, y: number): Element | undefined {
    return this.doc.elementsFromPoint(x, y).find((hit) => hit !== this.host);
  }

  /**
   * What the page keeps over its content at the top and bottom of the window — a sticky top bar, a fixed
   * footer: a bar (no taller than a third of the window) found where the window's edges are, with its element.
   * Read once per layout, and again only once the window has scrolled or changed size; an outline is cut where
   * a bar lies over its cell.
   */
  private barsAtEdges(viewport: Box): { element: Element; box: Box }[] {
    const view = this.doc.defaultView!;
    const at = `${view.scrollX},${view.scrollY},${viewport.right},${viewport.bottom}`;
    if (this.barsSeen?.at === at && this.barsSeen.bars.every((bar) => bar.element.isConnected)) return this.barsSeen.bars;
    const bars: { element: Element; box: Box }[] = [];
    const x = (viewport.left + viewport.right) / 2;
    for (const y of [viewport.top + 1, viewport.bottom - 1]) {
      for (let node = this.pageAt(x, y); node && node !== this.doc.body && node !== this.doc.documentElement; node = node.parentElement ?? undefined) {
        const { position } = view.getComputedStyle(node);
        if (position !== 'fixed' && position !== 'sticky') continue;
        const box = node.getBoundingClientRect();
        if (box.bottom - box.top <= (viewport.bottom - viewport.top) / 3) bars.push({ element: node, box });
        break;
      }
    }
    this.barsSeen = { at, bars };
    return bars;
  }

  /** Reads every near spot's position (one layout), then moves the badges and outlines (no reads in between). */
  private layout(): void {
    const view = this.doc.defaultView;
    if (!view) return;
    this.clipsCache = new Map();
    const viewport: Box = { left: 0, top: 0, right: view.innerWidth, bottom: view.innerHeight };
    // The observer reports after a frame, later on a busy page: a few spots not reported on yet are measured here.
    const unreported = [...this.spots.values()].filter((spot) => !spot.reported);
    if (unreported.length <= MEASURED_UNREPORTED) {
      const margin = view.innerHeight / 3;
      for (const spot of unreported) {
        const box = spot.target.getBoundingClientRect();
        spot.near = box.bottom >= -margin && box.top <= viewport.bottom + margin;
      }
    }
    const near = [...this.spots.values()].filter((spot) => spot.near);
    for (const spot of near) this.ensureDrawn(spot);
    // read when the first laid-out cell needs them
    let bars: { element: Element; box: Box }[] | undefined;
    const memo = new Map<Element, Box>();
    const writes: (() => void)[] = [];
    for (const spot of this.spots.values()) {
      const { badge, outline } = spot;
      if (!badge || !outline) continue;
      if (!spot.near || !spot.target.isConnected) {
        writes.push(() => {
          badge.hidden = true;
          outline.hidden = true;
        });
        continue;
      }
      const rect = spot.target.getBoundingClientRect();
      const area = this.visibleArea(spot.target, memo, viewport);
      const laidOut = rect.width > 0 && rect.height > 0;
      if (laidOut) bars ??= this.barsAtEdges(viewport);
      const seen = uncovered(intersect(rect, area), (bars ?? []).filter((bar) => !bar.element.contains(spot.target)).map((bar) => bar.box));
      spot.size ??= { width: badge.offsetWidth, height: badge.offsetHeight };
      const { width, height } = spot.size;
      const shown = (x: number, y: number) => this.seenAt(spot.target, x, y);
      const place = laidOut ? this.corner(rect, area, width, height, controlsAround(spot.target), textBoxes(spot.target), shown) : undefined;
      // A cell scrolled out of its container or under something of the page's, or with no place that leaves its
      // controls clickable, shows no badge; its outline shows what can be seen.
      const showBadge = place !== undefined && inside(place, area);
      writes.push(() => {
        // a page-level finding's element may be a whole section: only a cell gets an outline
        outline.hidden = sliver(seen) || !spot.cell;
        if (!outline.hidden) {
          outline.style.transform = `translate(${seen.left}px, ${seen.top}px)`;
          outline.style.width = `${seen.right - seen.left}px`;
          outline.style.height = `${seen.bottom - seen.top}px`;
        }
        badge.hidden = !showBadge;
        if (showBadge) badge.style.transform = `translate(${place.left}px, ${place.top}px)`;
      });
    }
    for (const write of writes) write();
    if (this.open) this.placePopover(this.open);
  }

  private onClick(event: Event): void {
    const target = event.target instanceof Element ? event.target : null;
    if (!target) return;
    if (target.closest('button.close')) {
      this.closePopover(true);
      return;
    }
    const badge = target.closest('button.badge');
    const spot = badge ? this.spotByBadge.get(badge) : undefined;
    if (!spot) return;
    if (this.open === spot) this.closePopover(true);
    else this.openPopover(spot);
  }

  private onKey(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.open) {
      event.stopPropagation();
      this.closePopover(true);
    }
  }

  /** The popover's words for a spot: per mark its kind and title (a rule's), the message, and the source in words. */
  private fillPopover(spot: Spot): void {
    const items = spot.items.map((mark) => {
      const { kind, word, title, message, basis } = this.describe(mark);
      const item = el('section', `item ${kind}`);
      if ('finding' in mark) item.setAttribute('data-rule', mark.finding.ruleId);
      const head = el('p', 'rule');
      head.append(el('strong', 'severity', word));
      if (kind !== 'unread') head.append(el('span', 'title', title));
      item.append(head, el('p', 'detail', message));
      // most rules' messages end with their source already; it is not said twice
      if (basis && !message.includes(basis)) item.append(el('p', 'basis', basis));
      if ('finding' in mark && mark.details && mark.record) mark.details.fillDetail(item, mark.finding, mark.record, this.locale);
      return item;
    });
    const close = el('button', 'close', t(this.locale, 'markClose'));
    close.type = 'button';
    const header = el('div', 'head');
    header.append(el('strong', '', t(this.locale, 'markPopoverTitle', spot.items.length)), close);
    this.popover.replaceChildren(header, ...items);
    this.popover.setAttribute('aria-label', t(this.locale, 'markPopoverTitle', spot.items.length));
  }

  private openPopover(spot: Spot): void {
    if (this.open) this.closePopover(false);
    this.open = spot;
    this.fillPopover(spot);
    this.popover.hidden = false;
    spot.badge?.setAttribute('aria-expanded', 'true');
    this.placePopover(spot);
    this.popover.querySelector<HTMLButtonElement>('button.close')?.focus();
  }

  private closePopover(refocus: boolean): void {
    const spot = this.open;
    if (!spot) return;
    this.open = undefined;
    this.popover.hidden = true;
    this.popover.replaceChildren();
    spot.badge?.setAttribute('aria-expanded', 'false');
    if (refocus && spot.badge?.isConnected) spot.badge.focus();
  }

  /** Below the badge, or above it when there is no room below; kept inside the viewport. */
  private placePopover(spot: Spot): void {
    const view = this.doc.defaultView;
    const badge = spot.badge;
    if (!view || !badge || badge.hidden) {
      this.popover.style.visibility = 'hidden';
      return;
    }
    const at = badge.getBoundingClientRect();
    const width = this.popover.offsetWidth;
    const height = this.popover.offsetHeight;
    const left = Math.max(4, Math.min(at.right - width, view.innerWidth - width - 4));
    const below = at.bottom + 4;
    const top = below + height <= view.innerHeight - 4 ? below : Math.max(4, at.top - 4 - height);
    this.popover.style.visibility = '';
    this.popover.style.transform = `translate(${left}px, ${top}px)`;
  }
}

function isCell(target: Element): boolean {
  return target.tagName === 'TD' || target.tagName === 'TH' || /^(cell|gridcell)$/.test(target.getAttribute('role') ?? '');
}

/** The line boxes of a cell's text and content (a link over two lines is two boxes, not their union). */
function textBoxes(cell: Element): Box[] {
  const range = cell.ownerDocument.createRange();
  range.selectNodeContents(cell);
  const boxes = Array.from(range.getClientRects()).filter((box) => !empty(box));
  range.detach();
  return boxes;
}

/**
 * The line boxes of each link, button and field a badge on this cell could cover: in its row and the rows
 * above and below (a badge straddling the cell's edge reaches into them), or in the element itself.
 */
function controlsAround(target: Element): Box[][] {
  const row = target.closest('tr, [role="row"]');
  const scopes = row ? [row.previousElementSibling, row, row.nextElementSibling] : [target];
  return scopes.flatMap((scope) => (scope ? Array.from(scope.querySelectorAll(INTERACTIVE), (node) => Array.from(node.getClientRects()).filter((box) => !empty(box))) : [])).filter((boxes) => boxes.length > 0);
}

const overlays = new WeakMap<Document, Overlay>();

/** This document's overlay, made on first use. */
export function overlayFor(doc: Document): Overlay {
  let overlay = overlays.get(doc);
  if (!overlay) overlays.set(doc, (overlay = new Overlay(doc)));
  return overlay;
}

/** Removes the document's overlay, if it has one. */
export function clearOverlay(doc: Document): void {
  overlays.get(doc)?.clear();
  overlays.delete(doc);
}
