// Build used by tests/bench/bundle-sources.mjs only: the extension minified as `npm run build` makes it, with source
// maps, into .output/bundle (ignored by git), so the content script's bytes can be put down to its source files.
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import base from '../../wxt.config';

export default defineConfig({
  ...base,
  outDir: '.output/bundle',
  mode: 'portal',
  vite: () => ({ plugins: [preact()], build: { sourcemap: true } }),
});
