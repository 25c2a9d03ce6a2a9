import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
// @ts-expect-error plain ES module without types
import { startPortal } from '../portal/server.mjs';
// @ts-expect-error plain ES module without types
import { CHROMIUM, extensionArgs } from '../tools/chromium.mjs';
import { SAMPLE_SCHOOL_POLICY_FILE } from '../portal/sample-school-policy';

const ROOT = resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
export const ARTIFACTS_DIR = join(ROOT, 'tests/artifacts');

export interface Session {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  portalUrl: string;
  close(): Promise<void>;
}

/**
 * Starts the sample portal on a free port and Debian's Chromium with the built
 * extension loaded (headless; extensions load in new headless mode). Each
 * session gets a fresh profile, removed on close.
 */
export async function openSession(): Promise<Session> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`找不到建置好的擴充功能 ${EXTENSION_DIR}：請先執行 npm run build。`);
  }
  if (!existsSync(CHROMIUM)) {
    throw new Error(`找不到 Chromium（${CHROMIUM}）：請執行 apt-get install -y chromium。`);
  }
  const portal = await startPortal(0);
  mkdirSync(join(ROOT, '.e2e-profiles'), { recursive: true });
  const profile = mkdtempSync(join(ROOT, '.e2e-profiles/profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    locale: 'zh-TW',
    args: extensionArgs(EXTENSION_DIR),
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    portalUrl: portal.url,
    async close() {
      await context.close();
      await portal.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Saves a screenshot under tests/artifacts/ for a person to look at: the full page, or (`fullPage: false`) the
 * window only — the overlay draws badges near the window, so a full-page picture shows none further down.
 * The dashboard lays a section out only when it comes near the window (`content-visibility: auto`); a full-page
 * picture shows every section as someone scrolling down would see it.
 */
export async function screenshot(page: Page, name: string, { fullPage = true } = {}): Promise<string> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const path = join(ARTIFACTS_DIR, `${name}.png`);
  const laidOut = fullPage ? await page.addStyleTag({ content: 'section { content-visibility: visible !important; }' }) : undefined;
  await page.screenshot({ path, fullPage });
  await laidOut?.evaluate((style) => style.parentNode?.removeChild(style));
  return path;
}

/** Waits for the extension's summary on a page and returns its attributes. */
export async function waitForSummary(page: Page, status = 'checked') {
  const summary = page.locator(`[data-lpc-summary][data-status="${status}"]:not([data-checking])`);
  await summary.waitFor({ state: 'attached', timeout: 15_000 });
  return {
    pageKind: await summary.getAttribute('data-page-kind'),
    errors: Number(await summary.getAttribute('data-errors')),
    warnings: Number(await summary.getAttribute('data-warnings')),
  };
}

/**
 * Imports the sample portal's school policy (tests/portal/pages/data/sample-school-policy.json: 範例高級中學 and
 * its own calendar) the way a user does: options page → 匯入設定 → the file. Tests that involve a deadline on
 * the sample portal choose this calendar; no preset carries its dates. Call it once a role is chosen (the
 * options page asks a fresh profile for one first).
 */
export async function importSampleSchoolPolicy(session: Session): Promise<void> {
  const options = await session.context.newPage();
  await options.goto(`chrome-extension://${session.extensionId}/options.html`);
  await options.locator('input[data-action="import-policy"]').setInputFiles(SAMPLE_SCHOOL_POLICY_FILE);
  await options.locator('#policy [data-policy-id="sample-school"]').waitFor({ timeout: 15_000 });
  await options.close();
}

/**
 * The errors and warnings a page, the workers it starts and the extension's background say in their consoles
 * (and the page's uncaught exceptions), from now on, each line once: what a failing wait prints with it.
 */
export function watchConsole(session: Session, page: Page): { lines(): string[] } {
  const seen = new Set<string>();
  const note = (where: string) => (message: { type(): string; text(): string }) => {
    if (message.type() === 'error' || message.type() === 'warning') seen.add(`${where} ${message.type()}: ${message.text()}`);
  };
  page.on('console', note('page'));
  page.on('pageerror', (error) => seen.add(`page uncaught: ${error.stack ?? error.message}`));
  page.on('worker', (worker) => worker.on('console', note(`worker ${worker.url()}`)));
  session.worker.on('console', note('background'));
  return { lines: () => [...seen] };
}

/**
 * Waits, and if the wait fails, adds to its error what the page says of its state in words (its status and
 * alert notes) and what its consoles said (`watchConsole`), so a timeout on a busy machine can be told from a
 * failure the page showed or one it kept to itself.
 */
export async function explainingFailure<T>(wait: Promise<T>, page: Page, consoles: { lines(): string[] }): Promise<T> {
  try {
    return await wait;
  } catch (error) {
    const notes = await page
      .locator('[role="status"], [role="alert"]')
      .evaluateAll((nodes) => nodes.map((node) => `${node.getAttribute('role')} ${node.getAttribute('data-loading') ?? ''}: ${node.textContent ?? ''}`))
      .catch((reason: unknown) => [`(the page could not be read: ${String(reason)})`]);
    const said = ['The page says:', ...notes, 'Its consoles said:', ...(consoles.lines().length ? consoles.lines() : ['(nothing)'])].join('\n  ');
    if (error instanceof Error) error.message += `\n${said}`;
    throw error;
  }
}

/**
 * Runs in the page before each of its documents (`page.addInitScript(clearPortalState)`): the sample portal's own
 * saved state (its localStorage keys lp-portal…: pager page, decisions, ticks) is cleared, so each page opens as on
 * a first visit.
 */
export function clearPortalState(): void {
  for (let i = localStorage.length - 1; i >= 0; i -= 1) {
    const key = localStorage.key(i);
    if (key?.startsWith('lp-portal')) localStorage.removeItem(key);
  }
}
