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
li.dismissed { color: #64748b; }
`;

export const UNREAD_CSS = `
:host { all: initial; display: block; margin-top: 2px; font: 12px/1.4 "Noto Sans TC", "Microsoft JhengHei", sans-serif; color: #3b0764; }
.badge { display: inline-block; white-space: nowrap; border: 1px dashed #6d28d9; border-radius: 4px; padding: 0 6px; margin-right: 4px; background: #f3e8ff; font-weight: bold; }
`;
