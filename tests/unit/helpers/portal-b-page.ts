import { join } from 'node:path';
import { Browser } from 'happy-dom';

const PAGES = join(import.meta.dirname, '../../portal/pages');
const ORIGIN = 'http://127.0.0.1:5180';

/**
 * A style-B sample-portal page as its script draws it: the page is opened in a separate happy-dom
 * browser that serves tests/portal/pages and runs the portal's own app.js (our test fixture, not
 * outside code), waits for its delayed table, and hands back the HTML of the document that holds
 * the data (the frame's, for the page that shows its table in an iframe). Parse it with parseHtml.
 */
export async function renderStyleB(pathAndQuery: string): Promise<string> {
  const browser = new Browser({
    settings: {
      enableJavaScriptEvaluation: true,
      suppressInsecureJavaScriptEnvironmentWarning: true,
      enableIframePageLoading: true,
      fetch: { virtualServers: [{ url: `${ORIGIN}/`, directory: PAGES }] },
    },
  });
  try {
    const page = browser.newPage();
    await page.goto(`${ORIGIN}${pathAndQuery}`);
    await page.waitUntilComplete();
    const frame = page.mainFrame.childFrames[0];
    if (frame) await frame.waitUntilComplete();
    const doc = (frame ?? page.mainFrame).document;
    return `<!doctype html>\n${doc.documentElement.outerHTML}`;
  } finally {
    await browser.close();
  }
}
