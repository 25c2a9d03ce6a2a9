/** Styles for the overlay of marks, the summary panel and the unread-row notes; they live inside shadow roots, so page CSS can't reach them. */

/**
 * The overlay layer (overlay.ts): a fixed, click-through layer whose badges and popover alone take clicks.
 * Badges and outlines are placed with transforms from the cells' boxes; nothing here takes space in the page.
 */
export const OVERLAY_CSS = `
:host { all: initial; }
.layer, .popover { font: 12px/1.4 "Noto Sans TC", "Microsoft JhengHei", sans-serif; }
.outline, .badge, .popover { position: absolute; left: 0; top: 0; box-sizing: border-box; }
[hidden] { display: none !important; }
.outline { pointer-events: none; border: 1px dashed; border-radius: 2px; }
.outline.error { border-color: #c81e1e; }
.outline.warning { border-color: #b7791f; }
.outline.info { border-color: #2b6cb0; }
.outline.unread { border-color: #6d28d9; }
.outline.current { border: 3px solid #1d4ed8; box-shadow: 0 0 0 2px #fff, 0 0 6px 3px #1d4ed8aa; }
.badge { pointer-events: auto; white-space: nowrap; margin: 0; border: 1px solid; border-radius: 8px; padding: 0 5px; cursor: pointer; font: bold 11px/14px "Noto Sans TC", "Microsoft JhengHei", sans-serif; box-shadow: 0 1px 2px #0004; }
.badge.error { background: #fde8e8; border-color: #c81e1e; color: #8a1212; }
.badge.warning { background: #fff4d6; border-color: #b7791f; color: #744210; }
.badge.info { background: #e6f0fb; border-color: #2b6cb0; color: #1a4a7a; }
.badge.unread { background: #f3e8ff; border-color: #6d28d9; border-style: dashed; color: #3b0764; }
.badge.current { outline: 3px solid #1d4ed8; outline-offset: 1px; }
.badge:focus-visible { outline: 3px solid #1d4ed8; outline-offset: 1px; }
.popover { pointer-events: auto; width: max-content; max-width: min(28em, calc(100vw - 8px)); max-height: 60vh; overflow: auto; background: #fff; color: #222; border: 1px solid #94a3b8; border-radius: 6px; box-shadow: 0 4px 14px #0004; padding: 6px 8px; font-size: 13px; text-align: left; }
.head { display: flex; justify-content: space-between; align-items: center; gap: 12px; margin-bottom: 4px; }
.close { font: inherit; cursor: pointer; background: #f1f5f9; color: #222; border: 1px solid #94a3b8; border-radius: 4px; padding: 0 8px; }
.item { border-top: 1px solid #e2e8f0; padding: 4px 0; }
.rule, .detail, .basis { margin: 2px 0; }
.severity { margin-right: 6px; }
.item.error .severity { color: #8a1212; }
.item.warning .severity { color: #744210; }
.item.unread .severity { color: #5b21b6; }
.basis { color: #555; }
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
.now-detail { padding: 0 6px 4px 9px; white-space: normal; }
.now-detail[hidden] { display: none; }
`;

/** An unread row's note holds its words for the page's tools and tests; it has no box (the overlay shows it). */
export const UNREAD_CSS = `
:host { all: initial; display: none; }
`;
