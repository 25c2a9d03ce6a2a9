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

export const SUMMARY_CSS = `
:host { all: initial; display: block; margin: 8px 0; font: 13px/1.5 "Noto Sans TC", "Microsoft JhengHei", sans-serif; text-align: left; }
:host([hidden]) { display: none; }
.panel { background: #fff; color: #222; border: 1px solid #94a3b8; border-radius: 8px; max-width: 960px; display: flex; flex-direction: column; }
header { display: flex; justify-content: space-between; align-items: center; padding: 6px 10px; background: #1e3a5f; color: #fff; border-radius: 8px 8px 0 0; }
.toggle { font: inherit; background: transparent; color: #fff; border: 1px solid #fff8; border-radius: 4px; cursor: pointer; }
.body { padding: 6px 10px; overflow: auto; max-height: 220px; }
.headline { margin: 4px 0; font-weight: bold; }
.unread { margin: 4px 0; font-weight: bold; color: #5b21b6; }
.note { margin: 4px 0; color: #444; }
.findings { margin: 0; padding-left: 1.2em; }
.findings li { margin: 3px 0; }
.goto { all: unset; display: block; cursor: pointer; }
.goto:hover, .goto:focus { text-decoration: underline; }
li.error { color: #8a1212; }
li.warning { color: #744210; }
`;

/** An unread row's note holds its words for the page's tools and tests; it has no box (the overlay shows it). */
export const UNREAD_CSS = `
:host { all: initial; display: none; }
`;
