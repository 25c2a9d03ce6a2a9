import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../helpers/portal-page';
import { CANONICAL_PAGES } from './canonical-pages';
import { readVariant } from './compare-findings';
import { renderVariant } from './render-variant';
import { variantOf } from './variant-arbitraries';
import { CANONICAL_SPEC } from './variant-spec';

/**
 * Vendor variants of every page kind, generated: each must give the canonical page's findings, or say
 * it read the page only in part (and then be right about the rows it read) or not at all. Seeded:
 * FC_SEED replays a run, FC_PATH a failing case within it, FC_RUNS sets the runs per page kind.
 */
const SEED = Number(process.env.FC_SEED ?? 20260220);
const RUNS = Number(process.env.FC_RUNS ?? 60);
const PATH = process.env.FC_PATH;

const pages = CANONICAL_PAGES.map((page) => [page.kind, page] as const);

describe.each(pages)('canonical %s list', (_kind, page) => {
  it('is read whole and gives exactly its known findings', () => {
    const { read, problems } = readVariant(page, parseHtml(renderVariant(page, CANONICAL_SPEC)));
    expect(read.status).toBe('checked');
    expect(problems).toEqual([]);
  });
});

describe.each(pages)('generated vendor variants of the %s list', (kind, page) => {
  it('give the canonical findings, or say partial / unrecognized', { timeout: 120_000 }, () => {
    const statuses = { checked: 0, partial: 0, unrecognized: 0 };
    const details = fc.check(
      fc.property(variantOf(page), (spec) => {
        const { read, problems } = readVariant(page, parseHtml(renderVariant(page, spec)));
        statuses[read.status] += 1;
        if (problems.length > 0) throw new Error(`${read.status}: ${problems.join(' | ')}`);
      }),
      { seed: SEED, numRuns: RUNS, ...(PATH ? { path: PATH } : {}) },
    );
    if (details.failed) {
      throw new Error(
        `${kind}: a generated variant is misread (seed ${SEED}). Replay: FC_SEED=${SEED} FC_PATH=${details.counterexamplePath} npx vitest run tests/unit/adapters/variants\n` +
          `${String(details.errorInstance instanceof Error ? details.errorInstance.message : details.errorInstance)}\n${fc.defaultReportMessage(details)}`,
      );
    }
    // Not vacuous: some variants were read whole, so their findings were compared in full.
    expect(statuses.checked, JSON.stringify(statuses)).toBeGreaterThan(0);
  });
});
