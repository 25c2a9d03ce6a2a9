import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
// @ts-expect-error — plain JS module (Node side of the portal)
import { C_PAGES, cShell } from '../../portal/ssr/c.mjs';
// @ts-expect-error — plain JS module served to the browser
import { startC } from '../../portal/pages/c/views.js';
// @ts-expect-error — plain JS module served to the browser
import { startD } from '../../portal/pages/d/views.js';

const D_SHELL = readFileSync(join(import.meta.dirname, '../../portal/pages/d/index.html'), 'utf8');

export type PortalWindow = InstanceType<typeof Window>;

/**
 * A style-C or style-D sample-portal page as the browser gets it (no scripts run), then the style's own
 * script (our fixture) started with no fetch delay. Close the window with `win.happyDOM.close()`.
 */
export async function openStyleCD(path: string): Promise<PortalWindow> {
  const win = new Window({
    url: `http://127.0.0.1:5180${path}`,
    settings: { disableJavaScriptFileLoading: true, disableCSSFileLoading: true, handleDisabledFileLoadingAsSuccess: true },
  });
  const pathname = path.split('?')[0];
  if (path.startsWith('/c/')) {
    win.document.write(cShell(C_PAGES.find((p: { path: string }) => p.path === pathname)));
    await startC(win, { delay: 0 });
  } else {
    win.document.write(D_SHELL);
    await startD(win, { delay: 0 });
  }
  return win;
}

/** The HTML of a style-C or style-D page once its script has drawn the list. */
export async function renderStyleCD(path: string): Promise<string> {
  const win = await openStyleCD(path);
  try {
    return `<!doctype html>\n${win.document.documentElement.outerHTML}`;
  } finally {
    await win.happyDOM.close();
  }
}
