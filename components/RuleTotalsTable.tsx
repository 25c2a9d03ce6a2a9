import type { Locale } from '@/lib/model/localized';
import { pick } from '@/lib/model/localized';
import { t } from '@/lib/i18n';
import { problemsCsv } from '@/lib/export/report-tables';
import { sourceText } from '@/lib/rules/cite';
import { ruleById } from '@/lib/rules/catalog';
import type { RuleTotal } from '@/lib/stats/findings-by-rule';
import { downloadText } from './download';

const SEVERITY_KEY = { error: 'severityError', warning: 'severityWarning', info: 'severityInfo' } as const;

/** A rule as people read it: its title, severity and source in words (the id stays in attributes, tooltips and CSV). */
export function describeRule(ruleId: string, locale: Locale): { title: string; severity: string; source: string } {
  const rule = ruleById(ruleId);
  if (!rule) return { title: t(locale, 'dashUnknownRule'), severity: '', source: '' };
  return { title: pick(rule.title, locale), severity: t(locale, SEVERITY_KEY[rule.severity]), source: pick(sourceText(rule.basis), locale) };
}

/** Problems per rule in the chosen term: each counted once, how many are fixed, when they were seen, and the source. */
export function RuleTotalsTable({ totals, locale, csvName }: { totals: RuleTotal[]; locale: Locale; csvName: string }) {
  const describe = (ruleId: string) => describeRule(ruleId, locale);
  const download = () => {
    const header = [t(locale, 'colRule'), t(locale, 'colRuleId'), t(locale, 'colSeverity'), t(locale, 'colSeen'), t(locale, 'colOpen'), t(locale, 'colFixed'), t(locale, 'colFirstSeen'), t(locale, 'colLastSeen'), t(locale, 'colBasis')];
    downloadText(problemsCsv(totals, describe, header), `${csvName}.csv`, 'text/csv;charset=utf-8');
  };
  return (
    <table class="data problems" data-table="problems">
      <caption>
        {t(locale, 'dashboardTableTitle')}
        <button type="button" class="link no-print" data-action="csv" onClick={download}>
          {t(locale, 'dashDownloadCsv')}
        </button>
      </caption>
      <thead>
        <tr>
          <th scope="col">{t(locale, 'colRule')}</th>
          <th scope="col">{t(locale, 'colSeverity')}</th>
          <th scope="col" class="num">{t(locale, 'colSeen')}</th>
          <th scope="col" class="num">{t(locale, 'colOpen')}</th>
          <th scope="col" class="num">{t(locale, 'colFixed')}</th>
          <th scope="col">{t(locale, 'colSeenDays')}</th>
          <th scope="col">{t(locale, 'colBasis')}</th>
        </tr>
      </thead>
      <tbody>
        {totals.map((total) => {
          const rule = describe(total.ruleId);
          return (
            <tr key={total.ruleId} data-rule={total.ruleId}>
              <th scope="row" class="label" title={total.ruleId}>
                {rule.title}
              </th>
              <td class="nowrap">{rule.severity}</td>
              <td class="num" data-col="seen">{total.seen}</td>
              <td class="num" data-col="open">{total.open}</td>
              <td class="num" data-col="fixed">{total.fixed}</td>
              <td class="nowrap" data-col="days">
                {total.firstSeen === total.lastSeen ? total.firstSeen : `${total.firstSeen}～${total.lastSeen}`}
              </td>
              <td data-col="basis">{rule.source}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
