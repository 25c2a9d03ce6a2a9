import { describe, expect, it } from 'vitest';
import { patchChildren } from '@/entrypoints/content/patch-children';

function random(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
}

describe('patchChildren (the summary list, updated in place)', () => {
  it('leaves the children exactly in the new order through removals, insertions and moves', () => {
    const next = random(3);
    const pool = Array.from({ length: 60 }, (_, i) => {
      const li = document.createElement('li');
      li.textContent = String(i);
      return li;
    });
    const list = document.createElement('ol');
    let before: HTMLLIElement[] = pool.slice(0, 30);
    list.replaceChildren(...before);
    for (let step = 0; step < 300; step += 1) {
      const after = [...before];
      const edits = 1 + Math.floor(next() * 4);
      for (let e = 0; e < edits; e += 1) {
        const what = next();
        if (what < 0.35 && after.length > 0) after.splice(Math.floor(next() * after.length), 1);
        else if (what < 0.7) {
          const free = pool.filter((li) => !after.includes(li));
          if (free.length > 0) after.splice(Math.floor(next() * (after.length + 1)), 0, free[Math.floor(next() * free.length)]!);
        } else if (after.length > 1) {
          const [node] = after.splice(Math.floor(next() * after.length), 1);
          after.splice(Math.floor(next() * (after.length + 1)), 0, node!);
        }
      }
      patchChildren(list, before, after);
      expect(Array.from(list.childNodes), `step ${step}`).toEqual(after);
      before = after;
    }
  });

  it('sets the children outright when they were not what it was told', () => {
    const list = document.createElement('ol');
    const [a, b, c] = ['a', 'b', 'c'].map((text) => Object.assign(document.createElement('li'), { textContent: text }));
    list.replaceChildren(a!, b!);
    patchChildren(list, [c!, a!], [b!, c!]);
    expect(Array.from(list.childNodes)).toEqual([b, c]);
  });
});
