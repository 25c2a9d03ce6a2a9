import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { contentCatalog } from './build/content-catalog';
import { withoutBasisQuotes } from './build/basis-quotes';

/**
 * Builds for the sample portal (`npm start`, `npm test`, the bench) use `--mode portal`: only they
 * run the checker on every http://127.0.0.1 and http://localhost page. A production build (`wxt
 * build`, `npm run zip`, what a store gets) has no content script in its manifest; it runs only on
 * the sites the user enables (lib/sites.ts registers it there).
 */
export const SAMPLE_PORTAL_MODE = 'portal';
const SAMPLE_PORTAL = /^http:\/\/(127\.0\.0\.1|localhost)\//;

/** Outside the sample-portal and dev modes: removes the content scripts that match only the sample portal. */
export function withoutSamplePortal(mode: string, manifest: { content_scripts?: { matches?: string[] }[] }): void {
  if (mode === SAMPLE_PORTAL_MODE || mode === 'development') return;
  const scripts = (manifest.content_scripts ?? []).filter((script) => !(script.matches ?? []).every((match) => SAMPLE_PORTAL.test(match)));
  if (scripts.length > 0) manifest.content_scripts = scripts;
  else delete manifest.content_scripts;
}

export default defineConfig({
  // One output folder whatever the mode, so scripts and tests find the build in .output/<browser>-mv3.
  outDirTemplate: '{{browser}}-mv{{manifestVersion}}',
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_TW',
    // Least that works: storage for settings, alarms for the daily badge refresh,
    // scripting + activeTab to check a site the user enables from the popup.
    permissions: ['storage', 'alarms', 'scripting', 'activeTab'],
    // Other sites are asked for at run time, one origin at a time.
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    action: { default_title: '__MSG_extName__' },
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    // Firefox needs an add-on id for storage and permissions in MV3, and asks every add-on to declare
    // what it collects: nothing ('none') — everything stays in this browser profile. The declaration
    // needs Firefox 140 (the 2025 ESR) and Firefox for Android 142.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'lp-checker@lp-checker.local', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  hooks: {
    'build:manifestGenerated'(wxt, manifest) {
      withoutSamplePortal(wxt.config.mode, manifest);
    },
    // The content script's build carries only the UI strings its sources name (build/content-catalog.ts), and
    // the rules without the quotes of their clauses, which pages never show (build/basis-quotes.ts).
    'vite:build:extendConfig'(entrypoints, viteConfig) {
      if (entrypoints.every((entrypoint) => entrypoint.type === 'content-script')) {
        viteConfig.plugins = [...(viteConfig.plugins ?? []), contentCatalog(import.meta.dirname), withoutBasisQuotes()];
      }
    },
  },
  // WXT has no Preact module; the Vite preset must be returned from a function
  // because WXT re-creates plugins for every build step.
  vite: () => ({ plugins: [preact()] }),
});
