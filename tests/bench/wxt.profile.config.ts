// Build used by tests/bench/profile.mjs only: the extension unminified, into .output/profile (ignored by git),
// so a CPU profile names the content script's functions. `npx wxt build -c tests/bench/wxt.profile.config.ts`.
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import base from '../../wxt.config';

export default defineConfig({
  ...base,
  outDir: '.output/profile',
  mode: 'portal',
  vite: () => ({ plugins: [preact()], build: { minify: false } }),
});
