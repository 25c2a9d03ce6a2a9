import { t } from '@/lib/i18n';
import { pick, type Locale } from '@/lib/model/localized';
import { findingLine } from '@/lib/model/finding-text';
import { PAGE_KINDS } from '@/lib/page-kinds';
import type { PageSummary, SummaryFinding } from '@/lib/messaging/protocol';

/** A finding's line, naming its row as the page's panel does (「錯誤｜302 班 座號 7 蔡彥恆：…」); a dismissed one says so. */
function lineOf(finding: SummaryFinding, locale: Locale): string {
  const row = finding.row ? finding.row.full ?? (finding.row.label || undefined) : undefined;
  const line = findingLine(locale, finding.severity, row, pick(finding.message, locale));
  return finding.dismissed ? t(locale, 'popupDismissedItem', line) : line;
}

/**
 * One page's check as the popup shows it. Rows it could not read come first, then what the rules
 * could not check for want of an input: neither is ever counted as clean. Findings marked
 * 「已確認，無需更正」 are counted apart (「已確認 N 項」), not as errors or warnings.
 */
export function PageSummaryView({ summary, locale }: { summary: PageSummary; locale: Locale }) {
  const unread = summary.unread > 0 && (
    <p class="error-text" data-unread={summary.unread}>
      <strong>{t(locale, 'summaryUnread', summary.unread)}</strong>
    </p>
  );
  if (summary.waiting) {
    // The list is still loading: the check is on its way, the page is not one it cannot read.
    return (
      <section data-status="waiting">
        <p>
          <strong>{t(locale, 'summaryWaitingTitle')}</strong>
        </p>
        {summary.reason && <p class="note">{pick(summary.reason, locale)}</p>}
      </section>
    );
  }
  if (summary.status === 'unrecognized') {
    return (
      <section data-status="unrecognized">
        {unread}
        <p><strong>{t(locale, 'summaryUnrecognized')}</strong></p>
        {summary.reason && <p class="note">{pick(summary.reason, locale)}</p>}
      </section>
    );
  }
  return (
    <section data-status={summary.status} data-page-kind={summary.pageKind ?? ''}>
      {unread}
      {summary.unchecked?.map((note, i) => (
        <p key={i} class="warning-text" data-unchecked="">
          {pick(note, locale)}
        </p>
      ))}
      <p>{summary.pageKind ? pick(PAGE_KINDS[summary.pageKind], locale) : ''}</p>
      <div class="counts">
        <span class="error-text">
          {t(locale, 'severityError')} <strong data-count="errors">{summary.errors}</strong>
        </span>
        <span class="warning-text">
          {t(locale, 'severityWarning')} <strong data-count="warnings">{summary.warnings}</strong>
        </span>
        {summary.dismissed > 0 && (
          <span class="note" data-count="dismissed" data-value={summary.dismissed}>
            {t(locale, 'popupDismissed', summary.dismissed)}
          </span>
        )}
      </div>
      {summary.findings.length === 0 ? (
        <p class="note">{t(locale, summary.status === 'partial' ? 'summaryCleanPartial' : 'summaryClean')}</p>
      ) : (
        <ol class="findings">
          {summary.findings.map((finding, i) => (
            <li key={i} class={finding.dismissed ? 'note' : finding.severity === 'error' ? 'error-text' : 'warning-text'} data-dismissed={finding.dismissed ? '' : undefined}>
              {lineOf(finding, locale)}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
