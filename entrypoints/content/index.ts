import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { PageReader, type PageChanges, type PageRead } from '@/lib/adapters/read-page';
import { overrideFor } from '@/lib/adapters/override-for';
import { certificationQueue, mostCommonTerm, queueRows, recordsFromQueueRows, type QueueRow, type QueueRows } from '@/lib/certification/queue';
import type { CertificationRowsReport, PageReport, PageSummary, TableSummary } from '@/lib/messaging/protocol';
import { ReportSender } from '@/lib/messaging/sender';
import { pageReporter, rowsReporter } from '@/lib/messaging/delta-reporter';
import { recordIdentity } from '@/lib/model/identity';
import type { PageRecord } from '@/lib/model/records';
import type { Finding } from '@/lib/model/finding';
import { isoDateOf } from '@/lib/policy/calendar';
import { createRuleRunner, uncheckedInputs } from '@/lib/rules';
import { baselinePolicySetting, checkMoment, coursePlanSetting, localeSetting, referenceDateSetting, siteOverridesSetting, storedPolicySetting } from '@/lib/settings';
import { observationsFromRecords } from '@/lib/stats/observe';
import { pageCounts } from '@/lib/stats/page-counts';
import { annotate, annotateWaiting } from './annotator';
import { LIST_WAIT_MS, listMissingReason, listReadiness, listWaitingReason } from '@/lib/adapters/list-readiness';
import { PageDismissals } from './dismissals';
import { setSeenRows } from './summary-panel';
import { summaryFindings } from './row-names';
import { servePageSamples } from './page-sample';
import { answersHere } from './answering-frame';
import { watchPage } from './watch';

/**
 * How long one slice of a long check reads before giving the page its main thread back: 5 ms at first,
 * growing with the time the check has taken (an eighth of it, at most 40 ms), so that on a busy
 * machine, where idle time is scarce, a long list still gets checked in a few seconds.
 */
const sliceMs = (elapsed: number) => Math.min(40, Math.max(5, elapsed / 8));

/** Resolves in the page's next idle time (or next task where there is no idle callback), for the next slice. */
function nextSlice(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 50 });
    else setTimeout(resolve, 0);
  });
}

export default defineContentScript({
  // The sample portal, any port. Other sites are registered at run time once the
  // user grants access from the popup (see lib/sites.ts).
  matches: ['http://127.0.0.1/*', 'http://localhost/*'],
  allFrames: true,
  runAt: 'document_idle',
  // WXT would otherwise announce the script to the page with window.postMessage(…, '*'), naming the extension.
  noScriptStartedPostMessage: true,
  async main() {
    // What the popup is told; the counts are made when it asks, with the findings dismissed by then.
    let summary: Omit<PageSummary, 'tables' | 'findings' | 'errors' | 'warnings' | 'dismissed'> | undefined;
    // The last check's findings, named by row only when the popup asks (for its export).
    let lastFindings: Finding[] = [];
    // The last reading, for the popup's "what it saw" (laid out only when the popup asks).
    let lastRead: PageRead | undefined;
    // A report counts as sent when the background has written it; failures are retried, then shown in the popup.
    const sender = new ReportSender();
    // Reports go as what changed since the last one: a re-check of one row sends that row.
    const reporter = pageReporter(sender);
    const listReporter = rowsReporter(sender);
    // Records of unchanged rows are the same objects from one check to the next: their identities are kept.
    const identityOf = new WeakMap<PageRecord, string>();
    const identity = (record: PageRecord) => {
      let id = identityOf.get(record);
      if (id === undefined) identityOf.set(record, (id = recordIdentity(record)));
      return id;
    };
    const dismissals = new PageDismissals(identity);
    // Every row this document has shown: paging through a list adds to it, a re-render updates it.
    const listing = new Map<string, PageRecord>();
    // A certification reading's rows as last sent, by queue row (lib/certification/queue.ts keeps one per record).
    const sentRows = new WeakMap<QueueRow, CertificationRowsReport['rows'][number]>();
    // A certification list as the background has merged it over the list's pages (server-paged lists).
    let merged: QueueRows | undefined;

    const reader = new PageReader();
    const samplePage = servePageSamples();
    // Record-local rules run only over records not seen before (unchanged rows keep their record objects).
    const runRules = createRuleRunner();
    type Settings = {
      policy: Awaited<ReturnType<typeof storedPolicySetting.getValue>>;
      locale: Awaited<ReturnType<typeof localeSetting.getValue>>;
      plan: Awaited<ReturnType<typeof coursePlanSetting.getValue>>;
      referenceDate: Awaited<ReturnType<typeof referenceDateSetting.getValue>>;
      overrides: Awaited<ReturnType<typeof siteOverridesSetting.getValue>>;
    };
    const loadSettings = async (): Promise<Settings> => {
      const [chosen, baseline, locale, plan, referenceDate, overrides] = await Promise.all([
        storedPolicySetting.getValue(),
        baselinePolicySetting.getValue(),
        localeSetting.getValue(),
        coursePlanSetting.getValue(),
        referenceDateSetting.getValue(),
        siteOverridesSetting.getValue(),
      ]);
      return { policy: chosen ?? baseline, locale, plan, referenceDate, overrides };
    };
    // Settings are read once and again whenever one changes, so a check itself waits for nothing. They are
    // watched before the first read: a setting changed while the page is first checked and reported
    // (檢核基準日 chosen in the popup meanwhile, say) is applied, never missed. Reads finish in any order;
    // the last one asked for is the one kept.
    let settings: Settings | undefined;
    let settingsAsked = 0;
    const readSettings = async (): Promise<boolean> => {
      const asked = (settingsAsked += 1);
      const read = await loadSettings();
      if (asked !== settingsAsked) return false;
      settings = read;
      return true;
    };
    for (const setting of [storedPolicySetting, baselinePolicySetting, localeSetting, coursePlanSetting, referenceDateSetting, siteOverridesSetting]) {
      (setting.watch as (callback: () => void) => void)(async () => {
        // The page itself did not change: rows are read again only if the site override did.
        if (await readSettings()) void check({ nodes: [] });
      });
    }

    // A newer check (a change, a setting) supersedes one still reading its slices.
    let generation = 0;
    // Since when the checks have found the page's list not drawn yet (loading, or without rows), and the
    // check that ends the wait (LIST_WAIT_MS) if the list never comes.
    let waitingSince: number | undefined;
    let waitEnd: ReturnType<typeof setTimeout> | undefined;

    /**
     * Reads the page (only what `changes` touched, when given), runs every rule over its records and
     * draws the marks; then reports to the background. A long list is checked in slices: the rows in
     * view first, drawn at once with what they alone show, then the others 5–40 ms at a time in idle
     * time, the summary saying 「檢核中…」 (data-checking) until the last slice; then the whole-page
     * rules and the final drawing, each in a task of its own.
     * Records performance measures 'lpc-first-view' (to the first drawing), 'lpc-read', 'lpc-rules',
     * 'lpc-annotate' (time spent in each, over the slices) and 'lpc-check' (start to final drawing),
     * with detail { rows, changedRows, slices }, in the page's timeline, for `npm run bench`.
     */
    const check = async (changes?: PageChanges) => {
      const mine = (generation += 1);
      clearTimeout(waitEnd);
      // Settings not read yet (a change while they were first read): the read that ends checks the page.
      if (!settings) return;
      const { policy, locale, plan, referenceDate, overrides } = settings;
      // No policy yet (the moments after install, before the background stores the national baseline): nothing
      // is checked or reported; storing it is a settings change, which checks the page.
      if (!policy) return;
      const moment = checkMoment(referenceDate);
      const override = overrideFor(location.href, overrides);
      const started = performance.now();
      const spent = { read: 0, rules: 0, draw: 0 };
      let changedRows = 0;
      let slices = 0;
      let firstView: number | undefined;
      // The first slice finds the lists and reads the rows in view first; the next ones go on with the rest.
      const readSlice = (pageChanges?: PageChanges) => {
        const at = performance.now();
        // Rows in view come first in document order unless the page is scrolled (finding them otherwise
        // costs a layout of the whole list); a re-check reads only what changed.
        const view = !pageChanges && scrollY > 0 ? { viewHeight: innerHeight } : {};
        // A page no one sees (a tab in the background, where idle time and timers are throttled) is read at once.
        const limit = document.visibilityState === 'hidden' ? undefined : { until: at + sliceMs(at - started), ...view };
        const result = slices === 0 ? reader.read(document, override, pageChanges, limit) : reader.readMore(limit)!;
        spent.read += performance.now() - at;
        changedRows += reader.changedRows;
        slices += 1;
        return result;
      };
      let read = readSlice(changes);
      // The deadline the page itself states, when it states one (「認證期限：115/02/10」), is the rules' to weigh.
      const stated = read.status === 'unrecognized' ? undefined : read.context.certificationDeadline;
      const context = { now: moment, ...(plan ? { plan } : {}), ...(stated ? { statedCertificationDeadline: stated } : {}) };
      // What the rules could not check for want of an input makes the page partial, never "no problems".
      const unchecked = read.status === 'unrecognized' ? [] : uncheckedInputs(read.pageKind, { plan: plan !== undefined && plan !== null, schoolCode: Boolean(policy.schoolCode) });
      while (read.status !== 'unrecognized' && read.pending) {
        // What the rows read so far show by themselves (record-local rules); the rest comes with the last slice.
        const at = performance.now();
        const local = runRules.local({ pageKind: read.pageKind, records: read.rows.map((row) => row.record) }, policy, context);
        const ruledAt = performance.now();
        spent.rules += ruledAt - at;
        if (firstView === undefined) {
          annotate(read, local, locale, document, unchecked, dismissals);
          firstView = performance.now();
          spent.draw += firstView - ruledAt;
        }
        await nextSlice();
        if (mine !== generation) return;
        read = readSlice();
      }
      // A list not drawn yet (a single-page portal's rows come after an XHR) is waited for: the page is
      // reported once its rows are drawn, never with the counts of the part above the list alone.
      const readiness = listReadiness(read);
      if (readiness === 'drawn' || read.status === 'unrecognized') waitingSince = undefined;
      else {
        waitingSince ??= started;
        const left = waitingSince + LIST_WAIT_MS - performance.now();
        if (left > 0) {
          annotateWaiting(read, locale, document);
          summary = { status: 'unrecognized', pageKind: read.pageKind, unread: 0, reason: listWaitingReason(read), waiting: true };
          lastFindings = [];
          lastRead = read;
          // Drawing the rows brings a check of its own; this one says so if they never come.
          waitEnd = setTimeout(() => void check({ nodes: [] }), left);
          return;
        }
        // Waited long enough: the page is said not to be checked, why, and is checked once rows appear.
        read = { status: 'unrecognized', pageKind: read.pageKind, reason: listMissingReason(read, readiness), skipped: [], tables: read.tables };
      }
      const records = read.status === 'unrecognized' ? [] : read.rows.map((row) => row.record);
      let at = performance.now();
      const findings = read.status === 'unrecognized' ? [] : runRules({ pageKind: read.pageKind, records }, policy, context);
      const status = read.status === 'checked' && unchecked.length > 0 ? 'partial' : read.status;
      spent.rules += performance.now() - at;
      if (slices > 1) {
        // The last drawing in a task of its own, so no task is long.
        await nextSlice();
        if (mine !== generation) return;
      }
      at = performance.now();
      annotate(read, findings, locale, document, unchecked, dismissals);
      const drawnAt = performance.now();
      spent.draw += drawnAt - at;
      const detail = { rows: records.length, changedRows, slices };
      performance.measure('lpc-first-view', { start: started, end: firstView ?? drawnAt, detail });
      performance.measure('lpc-read', { start: started, duration: spent.read, detail });
      performance.measure('lpc-rules', { start: started, duration: spent.rules, detail });
      performance.measure('lpc-annotate', { start: started, duration: spent.draw, detail });
      performance.measure('lpc-check', { start: started, end: drawnAt, detail });
      summary = {
        status,
        pageKind: read.pageKind ?? null,
        unread: read.skipped.length,
        reason: read.status === 'unrecognized' ? read.reason : undefined,
        ...(unchecked.length > 0 ? { unchecked } : {}),
      };
      lastFindings = findings;
      lastRead = read;
      samplePage(read);
      if (read.status === 'unrecognized') return;
      // The marks are drawn; the report to the background waits for the next task, so the page paints first.
      await new Promise((resolve) => setTimeout(resolve, 0));
      // The report's own main-thread time, added up over its synchronous parts (sending included), for the bench.
      let reportBusy = 0;
      let reportAt = performance.now();
      // The report says which findings are dismissed (not open problems): it waits for the answer (the list's rows do not),
      // but not for the retries of a failed one. Reported so, a late answer checks the page again, which reports it.
      let reportedUnanswered = false;
      const asked = dismissals.refresh(read, findings, () => {
        if (!reportedUnanswered) return annotate(read, findings, locale, document, unchecked, dismissals);
        reportedUnanswered = false;
        void check({ nodes: [] });
      });

      const identities = records.map(identity);
      // A list may show the same record twice (a duplicated student): each occurrence is a row of its own.
      const occurrences = new Map<string, number>();
      identities.forEach((identity, i) => {
        const nth = (occurrences.get(identity) ?? 0) + 1;
        occurrences.set(identity, nth);
        listing.set(`${identity}\u001f${nth}`, records[i]!);
      });
      setSeenRows(document, listing.size);
      let seen: PageRecord[] = [...listing.values()];
      let complete = read.context.totalRows === undefined || seen.length >= read.context.totalRows;

      if (read.pageKind === 'certification') {
        const term = mostCommonTerm(records) ?? read.context.term;
        const rows: CertificationRowsReport = {
          type: 'certification-rows',
          url: location.href,
          rows: queueRows(records).map((row, i) => {
            // The same row as last time for an unchanged upload (same queue row, same identity): the delta finds it at once.
            const identity = identities[i]!;
            const known = sentRows.get(row);
            if (known?.identity === identity) return known;
            const sent = { identity, ...row };
            sentRows.set(row, sent);
            return sent;
          }),
          ...(read.context.totalRows !== undefined ? { statedTotal: read.context.totalRows } : {}),
          ...(term ? { term } : {}),
          ...(read.context.certificationDeadline ? { statedDeadline: read.context.certificationDeadline } : {}),
        };
        // The merged list comes back only when this page alone does not show the whole list.
        const sending = listReporter.send<QueueRows | null>(rows, { answer: !complete });
        reportBusy += performance.now() - reportAt;
        const result = await sending;
        reportAt = performance.now();
        if (result) merged = result;
        // A list the server shows a page at a time is whole once the background has seen all its pages.
        if (!complete && merged && certificationQueue(merged).complete) {
          seen = recordsFromQueueRows(merged);
          complete = true;
        }
      }

      // Counts for the dashboard only once every row of the list has been seen and read: an unread row is never counted.
      reportBusy += performance.now() - reportAt;
      await asked;
      reportedUnanswered = dismissals.unanswered;
      reportAt = performance.now();
      const observations = complete && read.status === 'checked' ? observationsFromRecords(read.pageKind, seen, { policy, today: isoDateOf(moment) }) : [];
      const report: PageReport = {
        type: 'page-report',
        url: location.href,
        pageKind: read.pageKind,
        status,
        unread: read.skipped.length,
        policyId: policy.id,
        subjects: identities,
        findings: findings.map((finding) => ({ ruleId: finding.ruleId, severity: finding.severity, recordIndex: finding.recordIndex, ...(dismissals.isDismissed(finding, read) ? { dismissed: true as const } : {}) })),
        ...(observations.length > 0 ? { observations } : {}),
      };
      const sending = reporter.send(report);
      reportBusy += performance.now() - reportAt;
      await sending;
      // 'lpc-report': from the check's start until the background has the report; detail.busy: the report's main-thread ms.
      performance.measure('lpc-report', { start: started, end: performance.now(), detail: { ...detail, busy: reportBusy } });
    };

    browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse) => {
      if ((message as { type?: string })?.type !== 'get-summary' || !summary || !settings) return undefined;
      // Only the top frame answers unless a frame holds the checked table.
      if (!answersHere(summary.status)) return undefined;
      const read = lastRead && lastRead.status !== 'unrecognized' ? lastRead : undefined;
      const findings = read ? summaryFindings(lastFindings, read, settings.locale, (finding) => dismissals.noteOf(finding, read)) : [];
      const counts = pageCounts(findings, (finding) => finding.severity, (finding) => finding.dismissed !== undefined);
      sendResponse({ ...summary, ...counts, findings, tables: lastRead ? tableSummaries(lastRead) : [] } satisfies PageSummary);
      return undefined;
    });

    // The check draws synchronously; its report to the background may take a while on a long
    // list, and watching the page must not wait for it. A first read of the settings overtaken by a setting's
    // change checks nothing: the change's own read checks the page.
    if (await readSettings()) void check();
    watchPage((changes) => void check(changes));
  },
});

/** The lists the page shows, for the popup's "what it saw": headers and what each was taken for, and row counts. */
function tableSummaries(read: PageRead): TableSummary[] {
  return read.tables.map((table) => ({
    headers: table.headers.map(({ text, field }) => ({ text, field: field ?? null })),
    rows: table.body().length,
    pageKind: table.pageKind ?? null,
  }));
}
