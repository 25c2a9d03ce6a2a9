import { describe, expect, it } from 'vitest';
import { withoutSamplePortal } from '@/wxt.config';

const portalScript = () => ({ matches: ['http://127.0.0.1/*', 'http://localhost/*'], js: ['content-scripts/content.js'] });

describe('the manifest’s content scripts', () => {
  it('match the sample portal (any localhost app) only in sample-portal and dev builds', () => {
    for (const mode of ['portal', 'development']) {
      const manifest = { content_scripts: [portalScript()] };
      withoutSamplePortal(mode, manifest);
      expect(manifest.content_scripts).toEqual([portalScript()]);
    }
    const production: { content_scripts?: { matches?: string[] }[] } = { content_scripts: [portalScript()] };
    withoutSamplePortal('production', production);
    expect(production).toEqual({});
  });

  it('keep any script that also matches other sites', () => {
    const other = { matches: ['https://school.example.edu.tw/*', 'http://localhost/*'] };
    const manifest = { content_scripts: [portalScript(), other] };
    withoutSamplePortal('production', manifest);
    expect(manifest.content_scripts).toEqual([other]);
  });
});
