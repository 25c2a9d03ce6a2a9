import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { readPage } from '@/lib/adapters/read-page';
import { runRules } from '@/lib/rules';
import { checkMoment, coursePlanSetting, localeSetting, policySetting, referenceDateSetting, siteOverridesSetting } from '@/lib/settings';
import { overrideFor } from '@/lib/adapters/overrides';
import type { PageReport, PageSummary } from '@/lib/messaging/protocol';
import { recordIdentity } from '@/lib/model/identity';
import type { PageRecord } from '@/lib/model/records';
import { certificationQueue } from '@/lib/certification/queue';
import { annotate, countFindings } from './annotator';
import { watchPage } from './watch';

export default defineContentScript({
  // The sample portal, any port. Other sites are registered at run time once the
  // user grants access from the popup (see lib/sites.ts).
  matches: ['http://127.0.0.1/*', 'http://localhost/*'],
  allFrames: true,
  runAt: 'document_idle',
  async main(ctx) {
    let summary: PageSummary | undefined;
    let lastSent = '';
    let lastQueue = '';
    // Rows seen on this certification page so far: paging through a long list adds to it.
    const certificationRows = new Map<string, PageRecord>();

    const reportQueue = async (records: PageRecord[]) => {
      for (const record of records) certificationRows.set(recordIdentity(record), record);
      const queue = certificationQueue([...certificationRows.values()]);
      const key = JSON.stringify(queue);
      if (key === lastQueue) return;
      lastQueue = key;
      await browser.runtime.sendMessage({ type: 'certification-queue', url: location.href, ...queue });
    };

    const check = async () => {
      const [policy, locale, plan, referenceDate, overrides] = await Promise.all([
        policySetting.getValue(),
        localeSetting.getValue(),
        coursePlanSetting.getValue(),
        referenceDateSetting.getValue(),
        siteOverridesSetting.getValue(),
      ]);
      const read = readPage(document, overrideFor(location.href, overrides));
      const records = read.status === 'checked' ? read.rows.map((row) => row.record) : [];
      const context = { now: checkMoment(referenceDate), ...(plan ? { plan } : {}) };
      const findings = read.status === 'checked' ? runRules({ pageKind: read.pageKind, records }, policy, context) : [];
      annotate(read, findings, locale);
      const counts = countFindings(findings);
      summary = {
        status: read.status,
        pageKind: read.status === 'checked' ? read.pageKind : null,
        ...counts,
        reason: read.status === 'unrecognized' ? read.reason : undefined,
        findings: findings.map(({ ruleId, severity, message }) => ({ ruleId, severity, message })),
      };
      if (read.status !== 'checked') return;
      if (read.pageKind === 'certification') await reportQueue(records);
      const report: PageReport = {
        type: 'page-report',
        url: location.href,
        pageKind: read.pageKind,
        status: read.status,
        policyId: policy.id,
        subjects: records.map(recordIdentity),
        findings: findings.map(({ ruleId, severity, recordIndex }) => ({ ruleId, severity, recordIndex })),
      };
      // Log a page once per distinct result, not on every re-render.
      const key = JSON.stringify([report.url, report.subjects, report.findings]);
      if (key === lastSent) return;
      lastSent = key;
      await browser.runtime.sendMessage(report);
    };

    browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse) => {
      if ((message as { type?: string })?.type !== 'get-summary' || !summary) return undefined;
      // Only the top frame answers unless a frame holds the checked table.
      if (window !== window.top && summary.status !== 'checked') return undefined;
      sendResponse(summary);
      return undefined;
    });

    await check();
    watchPage(ctx, check);
    for (const setting of [policySetting, localeSetting, coursePlanSetting, referenceDateSetting, siteOverridesSetting]) {
      (setting.watch as (callback: () => void) => void)(() => void check());
    }
  },
});
