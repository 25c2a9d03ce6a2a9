import { browser } from 'wxt/browser';

const SCRIPT_ID = 'lpc-enabled-sites';
const CONTENT_SCRIPT = 'content-scripts/content.js';

const SAMPLE_PORTAL = /^https?:\/\/(127\.0\.0\.1|localhost)[:/]/;

/** Origin patterns the user granted at run time (a sample-portal build has the portal's in its manifest). */
export async function enabledSites(): Promise<string[]> {
  const granted = await browser.permissions.getAll();
  const portalBuild = (browser.runtime.getManifest().content_scripts ?? []).some((script) => script.matches?.some((match) => SAMPLE_PORTAL.test(match)));
  return (granted.origins ?? []).filter((origin) => !(portalBuild && SAMPLE_PORTAL.test(origin)));
}

/** The match pattern asking for one site, e.g. https://school.example.edu.tw/* */
export function originPattern(url: string): string {
  return `${new URL(url).origin}/*`;
}

/** Keeps one registered content script covering exactly the granted sites. */
export async function syncSiteScripts(): Promise<string[]> {
  const sites = await enabledSites();
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (registered.length > 0) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (sites.length > 0) {
    await browser.scripting.registerContentScripts([
      { id: SCRIPT_ID, matches: sites, js: [CONTENT_SCRIPT], runAt: 'document_idle', allFrames: true, persistAcrossSessions: true },
    ]);
  }
  return sites;
}
