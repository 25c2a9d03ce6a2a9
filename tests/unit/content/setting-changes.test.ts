import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import contentScript from '@/entrypoints/content';
import { localeSetting, referenceDateSetting, storedPolicySetting } from '@/lib/settings';
import { SAMPLE_SCHOOL_POLICY } from '../../portal/sample-school-policy';
import { portalPage } from '../helpers/portal-page';
import { everythingNear } from '../helpers/near-viewport';

/**
 * The content script applies a setting changed at any moment after it starts — also while the page's first
 * check is still being reported to the background (a long list, a busy machine: seconds). Here the background
 * never answers the report, which keeps the first check's report waiting for as long as the test runs.
 */

const PAST_DEADLINE = '[data-rule="cert.pending.past-deadline"]';

function load(path: string): void {
  const source = portalPage(path);
  document.title = source.title;
  document.body.replaceChildren(...Array.from(source.body.childNodes, (node) => document.importNode(node, true)));
}

/** The page's checks, as the content script measures them for the bench: one per check that drew. */
const checks = () => performance.getEntriesByName('lpc-check').length;

let restoreObserver: () => void;
beforeEach(async () => {
  fakeBrowser.reset();
  restoreObserver = everythingNear();
  performance.clearMeasures();
  // The background: takes every message and answers none (a report that never gets its answer).
  fakeBrowser.runtime.onMessage.addListener(() => new Promise(() => undefined));
  await storedPolicySetting.setValue(SAMPLE_SCHOOL_POLICY);
  await localeSetting.setValue('zh_TW');
  // 系統日期 115/01/26: the certification deadline (2026-02-10, the sample school's calendar) is still ahead.
  await referenceDateSetting.setValue('2026-01-26');
  load('a/teacher/Certify.aspx');
});
afterEach(() => {
  restoreObserver();
  document.body.replaceChildren();
});

describe('settings changed while the first check is reported', () => {
  it('a new 檢核基準日 checks the page again with it, before the background has answered the first report', async () => {
    void contentScript.main(undefined as never);
    await vi.waitFor(() => expect(checks()).toBe(1), { timeout: 30_000, interval: 20 });
    expect(document.querySelectorAll(PAST_DEADLINE)).toHaveLength(0);

    // After the deadline: the uploads still waiting for certification are late.
    await referenceDateSetting.setValue('2026-02-20');
    await vi.waitFor(() => expect(document.querySelectorAll(PAST_DEADLINE).length).toBeGreaterThan(0), { timeout: 30_000, interval: 20 });
    expect(checks()).toBe(2);
  });

  it('a setting changed while the settings are first read is applied by the check that follows', async () => {
    // The content script starts reading its settings; the date changes before that read has ended.
    void contentScript.main(undefined as never);
    await referenceDateSetting.setValue('2026-02-20');
    await vi.waitFor(() => expect(document.querySelectorAll(PAST_DEADLINE).length).toBeGreaterThan(0), { timeout: 30_000, interval: 20 });
  });
});
