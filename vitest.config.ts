import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';

// Unit tests: happy-dom, Dexie on fake-indexeddb, WXT's fake browser for `browser.*`.
export default defineConfig({
  plugins: [WxtVitest(), preact({ prefreshEnabled: false })],
  test: {
    environment: 'happy-dom',
    // Sample pages link the portal's stylesheet; unit tests read structure, not CSS.
    environmentOptions: {
      happyDOM: { settings: { disableCSSFileLoading: true, handleDisabledFileLoadingAsSuccess: true, disableJavaScriptFileLoading: true } },
    },
    setupFiles: ['fake-indexeddb/auto', 'tests/unit/helpers/patient-waits.ts'],
    // a test of its own may run long on a busy machine (key stretching, 2,000-row pages): allow it, never time it
    testTimeout: 60_000,
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    // Vitest's default is one worker fewer than the cores: on CI's 2 cores, a single worker while the main process idles.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    restoreMocks: true,
  },
});
