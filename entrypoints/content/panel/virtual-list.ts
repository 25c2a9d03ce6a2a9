import { setChildren } from '../patch-children';

/**
 * A list of fixed-height lines of which only those in view (and a few either side) are in the DOM: a
 * 2,000-row page's 1,250 items make some 30 elements, not 1,250. The viewport scrolls a spacer as tall
 * as every line together; the drawn lines sit in an absolutely placed list at the first one's offset.
 */

/** Lines drawn above and below those in view, so a quick scroll shows no gap. */
export const OVERSCAN = 8;

export interface Line {
  /** stays the same for the same line from one drawing to the next */
  key: string;
}

export class VirtualList<T extends Line> {
  readonly viewport: HTMLDivElement;
  private readonly spacer: HTMLDivElement;
  private readonly list: HTMLOListElement;
  private lines: readonly T[] = [];
  /** the drawn elements by line key, with the line they were drawn for */
  private drawn = new Map<string, { line: T; node: HTMLLIElement }>();
  private frame: number | undefined;
  /** the viewport's scroll position as last seen or set: reading it during a check would force a layout */
  private top = 0;

  /**
   * @param lineHeight each line's height in px (the CSS gives the lines this height)
   * @param viewHeight the most the viewport shows, in px (its CSS max-height, or the window's height when
   *   it fills the window): drawing during a check reads no layout
   * @param draw builds the element for a line; called again only when the line object changes
   */
  constructor(
    doc: Document,
    private readonly lineHeight: number,
    private readonly viewHeight: () => number,
    private readonly draw: (line: T) => HTMLLIElement,
  ) {
    this.viewport = doc.createElement('div');
    this.viewport.className = 'viewport';
    this.spacer = doc.createElement('div');
    this.spacer.className = 'spacer';
    this.list = doc.createElement('ol');
    this.list.className = 'findings';
    this.spacer.append(this.list);
    this.viewport.append(this.spacer);
    // One drawing per frame however many scroll events come.
    this.viewport.addEventListener('scroll', () => {
      const view = doc.defaultView;
      if (this.frame !== undefined || !view) return;
      this.frame = view.requestAnimationFrame(() => {
        this.frame = undefined;
        this.top = this.viewport.scrollTop;
        this.render();
      });
    });
  }

  get size(): number {
    return this.lines.length;
  }

  /** Sets the lines and draws those in view. */
  setLines(lines: readonly T[]): void {
    this.lines = lines;
    this.spacer.style.height = `${lines.length * this.lineHeight}px`;
    // a shorter list scrolls back as far as it must (the browser does the same to the viewport)
    this.top = Math.max(0, Math.min(this.top, lines.length * this.lineHeight - this.lineHeight));
    this.render();
  }

  /** The element drawn for a line, when it is in the DOM. */
  nodeOf(key: string): HTMLLIElement | undefined {
    return this.drawn.get(key)?.node;
  }

  /** Scrolls the fewest pixels that bring line `index` into view, and draws. */
  reveal(index: number): void {
    this.top = this.viewport.scrollTop;
    const height = this.viewport.clientHeight || this.viewHeight();
    const top = index * this.lineHeight;
    if (top < this.top) this.top = top;
    else if (top + this.lineHeight > this.top + height) this.top = top + this.lineHeight - height;
    this.viewport.scrollTop = this.top;
    this.render();
  }

  /** Redraws a line whose object is unchanged but whose look depends on outside state (the current item). */
  refresh(keys: readonly string[]): void {
    for (const key of keys) {
      const drawn = this.drawn.get(key);
      if (!drawn) continue;
      const node = this.draw(drawn.line);
      drawn.node.replaceWith(node);
      drawn.node = node;
    }
  }

  /** Draws the lines in view plus OVERSCAN either side, reusing the elements of lines drawn before. */
  render(): void {
    const first = Math.max(0, Math.floor(this.top / this.lineHeight) - OVERSCAN);
    const last = Math.min(this.lines.length, Math.ceil((this.top + this.viewHeight()) / this.lineHeight) + OVERSCAN);
    const drawn = new Map<string, { line: T; node: HTMLLIElement }>();
    const nodes: HTMLLIElement[] = [];
    for (let i = first; i < last; i += 1) {
      const line = this.lines[i]!;
      const before = this.drawn.get(line.key);
      const node = before && before.line === line ? before.node : this.draw(line);
      drawn.set(line.key, { line, node });
      nodes.push(node);
    }
    this.drawn = drawn;
    this.list.style.top = `${first * this.lineHeight}px`;
    setChildren(this.list, nodes);
  }
}
