/** Styles for the marks and the summary panel; they live inside shadow roots, so page CSS can't reach them. */

export const MARK_CSS = `
:host { all: initial; display: block; margin-top: 2px; font: 12px/1.4 "Noto Sans TC", "Microsoft JhengHei", sans-serif; }
.mark { display: inline-flex; white-space: nowrap; gap: 4px; align-items: center; border: 1px solid; border-radius: 4px; padding: 1px 6px; cursor: pointer; font: inherit; }
.mark .icon { font-weight: bold; border-right: 1px solid currentColor; padding-right: 4px; }
.mark.error { background: #fde8e8; border-color: #c81e1e; color: #8a1212; }
.mark.warning { background: #fff4d6; border-color: #b7791f; color: #744210; }
.mark.info { background: #e6f0fb; border-color: #2b6cb0; color: #1a4a7a; }
.detail { margin-top: 2px; padding: 4px 6px; background: #fff; border: 1px solid #ccc; border-radius: 4px; color: #222; max-width: 28em; }
.basis { color: #555; margin-top: 2px; }
`;

/** Each line of the summary list is this tall (px): the list draws only the lines in view (panel/virtual-list.ts). */
export const SUMMARY_LINE_PX = 24;
/** The list's height (px) when the panel is not docked. */
export const SUMMARY_LIST_PX = 320;

export const SUMMARY_CSS = `
:host { all: initial; display: block; margin: 8px 0; font: 13px/1.5 "Noto Sans TC", "Microsoft JhengHei", sans-serif; text-align: left; }
:host([hidden]) { display: none; }
:host([data-docked]) { position: fixed; top: 8px; right: 8px; width: min(420px, calc(100vw - 16px)); margin: 0; z-index: 2147483000; }
.panel { background: #fff; color: #222; border: 1px solid #94a3b8; border-radius: 8px; max-width: 960px; display: flex; flex-direction: column; }
:host([data-docked]) .panel { max-height: calc(100vh - 16px); box-shadow: 0 4px 16px #0004; }
header { display: flex; justify-content: space-between; align-items: center; gap: 8px; padding: 6px 10px; background: #1e3a5f; color: #fff; border-radius: 8px 8px 0 0; }
.tools { display: flex; align-items: center; gap: 4px; white-space: nowrap; }
.position { margin-right: 4px; font-size: 12px; }
header button { font: inherit; font-size: 12px; background: transparent; color: #fff; border: 1px solid #fff8; border-radius: 4px; cursor: pointer; padding: 0 6px; }
header button:focus-visible, .controls button:focus-visible, .goto:focus-visible { outline: 2px solid #f59e0b; outline-offset: 1px; }
.body { padding: 6px 10px; display: flex; flex-direction: column; min-height: 0; }
.body[hidden] { display: none; }
.headline { margin: 4px 0; font-weight: bold; }
.paging { margin: 0 0 4px; color: #1e3a5f; }
.paging[hidden], .now[hidden], .note[hidden] { display: none; }
.unread { margin: 4px 0; font-weight: bold; color: #5b21b6; }
.note { margin: 4px 0; color: #444; }
.controls { display: flex; flex-wrap: wrap; gap: 4px 12px; margin: 2px 0 6px; }
.box { display: inline-flex; flex-wrap: wrap; align-items: center; gap: 4px; }
.label { color: #555; font-size: 12px; }
.controls button { font: inherit; font-size: 12px; border: 1px solid #94a3b8; border-radius: 10px; padding: 0 8px; background: #fff; color: #334155; cursor: pointer; }
.controls button[aria-pressed="true"] { background: #1e3a5f; border-color: #1e3a5f; color: #fff; }
.controls button[hidden] { display: none; }
.viewport { position: relative; overflow-x: hidden; overflow-y: auto; max-height: ${SUMMARY_LIST_PX}px; border-top: 1px solid #e2e8f0; border-bottom: 1px solid #e2e8f0; }
:host([data-docked]) .viewport { max-height: none; flex: 1 1 auto; min-height: 120px; }
.spacer { position: relative; }
.findings { position: absolute; left: 0; right: 0; margin: 0; padding: 0; list-style: none; }
.findings li { height: ${SUMMARY_LINE_PX}px; line-height: ${SUMMARY_LINE_PX}px; overflow: hidden; white-space: nowrap; text-overflow: ellipsis; padding: 0 4px; box-sizing: border-box; }
li.item { padding-left: 16px; }
li.group { font-weight: bold; color: #1e3a5f; background: #f1f5f9; }
.goto { all: unset; display: block; width: 100%; cursor: pointer; }
.goto .text { display: block; overflow: hidden; white-space: nowrap; text-overflow: ellipsis; }
.goto:hover, .goto:focus { text-decoration: underline; }
li.error { color: #8a1212; }
li.warning { color: #744210; }
li.dismissed { color: #64748b; }
li.info { color: #1a4a7a; }
li.current { background: #fde68a; outline: 2px solid #b45309; outline-offset: -2px; }
.now { margin: 4px 0 0; padding: 4px 6px; background: #fffbeb; border-left: 3px solid #b45309; white-space: normal; }
`;

export const UNREAD_CSS = `
:host { all: initial; display: block; margin-top: 2px; font: 12px/1.4 "Noto Sans TC", "Microsoft JhengHei", sans-serif; color: #3b0764; }
.badge { display: inline-block; white-space: nowrap; border: 1px dashed #6d28d9; border-radius: 4px; padding: 0 6px; margin-right: 4px; background: #f3e8ff; font-weight: bold; }
`;
