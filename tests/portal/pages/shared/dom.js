// DOM building for the script-rendered sample pages (styles C and D): elements and text nodes only,
// so no page value is ever parsed as HTML.

/**
 * h('td', { class: 'x', onclick: fn, title: 't' }, 'text', node, …) for one document. Strings become
 * text nodes; `on…` props become listeners; `prop:name` sets a DOM property (a checkbox's `checked`
 * as a framework sets it, without the attribute); false / null / undefined props and kids are left out.
 */
export function domBuilder(doc) {
  return function h(tag, props = {}, ...kids) {
    const el = doc.createElement(tag);
    for (const [k, v] of Object.entries(props)) {
      if (v === undefined || v === null || v === false) continue;
      if (k === 'class') el.className = v;
      else if (k.startsWith('prop:')) el[k.slice(5)] = v;
      else if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
      else el.setAttribute(k, v === true ? '' : String(v));
    }
    for (const kid of kids.flat(Infinity)) {
      if (kid === undefined || kid === null || kid === false) continue;
      el.append(typeof kid === 'object' ? kid : String(kid));
    }
    return el;
  };
}

/** Resolves after `ms` on the page's own clock (0 in unit tests). */
export const wait = (win, ms) => new Promise((done) => win.setTimeout(done, ms));

/** The page's saved state under one localStorage key (pager page, decisions, ticks). */
export function pageState(win, key) {
  let state = {};
  try {
    state = JSON.parse(win.localStorage.getItem(key) ?? '{}') ?? {};
  } catch {
    state = {};
  }
  return { state, save: () => win.localStorage.setItem(key, JSON.stringify(state)) };
}

/** Removes a page's saved state (the key and its variants) and reloads: the 「重設範例資料」 button. */
export function resetState(win, base) {
  for (let i = win.localStorage.length - 1; i >= 0; i--) {
    const k = win.localStorage.key(i);
    if (k && (k === base || k.startsWith(`${base}/`))) win.localStorage.removeItem(k);
  }
  win.location.reload();
}
