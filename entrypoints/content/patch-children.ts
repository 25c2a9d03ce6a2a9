/** Setting a parent's children to a wanted list while touching as few nodes as possible. */

/** Makes `parent`'s children exactly `children`, in order, moving only when they differ. */
export function setChildren(parent: Element, children: readonly Node[]): void {
  const current = parent.childNodes;
  if (current.length === children.length && children.every((child, i) => current[i] === child)) return;
  parent.replaceChildren(...children);
}

/**
 * Turns `parent`'s children from `before` (what they are) into `after`, removing, inserting and moving only
 * the items that differ: certifying one row drops one item from a list of hundreds, and replacing them all
 * would re-attach every one.
 */
export function patchChildren(parent: Element, before: readonly Node[], after: readonly Node[]): void {
  try {
    patch(parent, before, after);
  } catch {
    // `before` was not what the children were after all: set them outright.
  }
  if (parent.childNodes.length !== after.length || parent.firstChild !== (after[0] ?? null) || parent.lastChild !== (after.at(-1) ?? null)) setChildren(parent, after);
}

function patch(parent: Element, before: readonly Node[], after: readonly Node[]): void {
  const wanted = new Set(after);
  const kept: Node[] = [];
  for (const node of before) {
    if (wanted.has(node)) kept.push(node);
    else parent.removeChild(node);
  }
  // The children are now after[0..i) followed by the kept nodes from j on that have not been moved up.
  const moved = new Set<Node>();
  let j = 0;
  for (const node of after) {
    while (j < kept.length && moved.has(kept[j]!)) j += 1;
    if (kept[j] === node) {
      j += 1;
      continue;
    }
    parent.insertBefore(node, kept[j] ?? null);
    moved.add(node);
  }
}

/** Whether two lists hold the same nodes in the same order. */
export function sameItems(a: readonly Node[], b: readonly Node[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
}
