import { describe, expect, it } from 'vitest';
import { CANONICAL_PAGES } from './canonical-pages';
import { readVariant } from './compare-findings';
import { renderVariant } from './render-variant';
import { CANONICAL_SPEC } from './variant-spec';
import { parseHtml } from '../../helpers/portal-page';

describe.each(CANONICAL_PAGES.map((page) => [page.kind, page] as const))('canonical %s list', (_kind, page) => {
  it('is read whole and gives exactly its known findings', () => {
    const { read, problems } = readVariant(page, parseHtml(renderVariant(page, CANONICAL_SPEC)));
    expect(read.status).toBe('checked');
    expect(problems).toEqual([]);
  });
});
