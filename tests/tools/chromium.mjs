// How every script here starts Debian's Chromium with the built extension: the e2e harness, the bench
// and its profiler, and `npm start`. Never a downloaded browser.

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Flags for a Chromium with the extension in `extensionDir` loaded. Headless runs (tests, bench) also
 * turn off the background traffic this machine's closed network would refuse; `npm start` keeps a
 * normal browser for a person.
 */
export function extensionArgs(extensionDir, { headless = true } = {}) {
  const load = [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`];
  if (!headless) return ['--no-first-run', ...load];
  return [
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    ...load,
  ];
}
