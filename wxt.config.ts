import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

export default defineConfig({
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
    // Firefox needs an add-on id for storage and permissions in MV3.
    ...(browser === 'firefox' ? { browser_specific_settings: { gecko: { id: 'lp-checker@lp-checker.local', strict_min_version: '128.0' } } } : {}),
  }),
  // WXT has no Preact module; the Vite preset must be returned from a function
  // because WXT re-creates plugins for every build step.
  vite: () => ({ plugins: [preact()] }),
});
