import type { Locale } from '@/lib/model/localized';
import { pick } from '@/lib/model/localized';
import { t } from '@/lib/i18n';
import { problemsCsv } from '@/lib/export/report-tables';
import { sourceText } from '@/lib/rules/cite';
import { ruleById } from '@/lib/rules/catalog';
import type { RuleTotal } from '@/lib/stats/findings-by-rule';
import { PRINT_ROWS } from './CompletionTable';
import { DataTable } from './DataTable';

const SEVERITY_KEY = { error: 'severityError', warning: 'severityWarning', info: 'severityInfo' } as const;

/** A rule as people read it: its title, severity and source in words (the id stays in attributes, tooltips and CSV). */
export function describeRule(ruleId: string, locale: Locale): { title: string; severity: string; source: string } {
  const rule = ruleById(ruleId);
  if (!rule) return { title: t(locale, 'dashUnknownRule'), severity: '', source: '' };
  return { title: pick(rule.title, locale), severity: t(locale, SEVERITY_KEY[rule.severity]), source: pick(sourceText(rule.basis), locale) };
}

/** Problems per rule in the chosen term: each counted once, how many are open, marked 「已確認」 or fixed, when they were seen, and the source. */
export function RuleTotalsTable({ totals, locale, csvName }: { totals: RuleTotal[]; locale: Locale; csvName: string }) {
  const describe = (ruleId: string) => describeRule(ruleId, locale);
  const header = [t(locale, 'colRule'), t(locale, 'colRuleId'), t(locale, 'colSeverity'), t(locale, 'colSeen'), t(locale, 'colOpen'), t(locale, 'colDismissedOpen'), t(locale, 'colFixed'), t(locale, 'colFirstSeen'), t(locale, 'colLastSeen'), t(locale, 'colBasis')];
  const columns = [
    { label: t(locale, 'colRule') },
    { label: t(locale, 'colSeverity') },
    { label: t(locale, 'colSeen'), num: true },
    { label: t(locale, 'colOpen'), num: true },
    { label: t(locale, 'colDismissedOpen'), num: true },
    { label: t(locale, 'colFixed'), num: true },
    { label: t(locale, 'colSeenDays') },
    { label: t(locale, 'colBasis') },
  ];
  return (
    <DataTable
      name="problems"
      kind="problems"
      caption={t(locale, 'dashboardTableTitle')}
      captionNote={totals.length > PRINT_ROWS && <span class="print-inline condensed-note">{t(locale, 'dashPrintCondensedProblems', PRINT_ROWS, totals.length)}</span>}
      csv={{ name: csvName, text: () => problemsCsv(totals, describe, header) }} columns={columns} locale={locale}>
      {totals.map((total, i) => {
        const rule = describe(total.ruleId);
        return (
          <tr key={total.ruleId} data-rule={total.ruleId} class={i >= PRINT_ROWS ? 'print-skip' : undefined}>
            <th scope="row" class="label" title={total.ruleId}>
              {rule.title}
            </th>
            <td class="nowrap">{rule.severity}</td>
            <td class="num" data-col="seen">{total.seen}</td>
            <td class="num" data-col="open">{total.open}</td>
            <td class="num" data-col="dismissed">{total.dismissed}</td>
            <td class="num" data-col="fixed">{total.fixed}</td>
            <td class="nowrap" data-col="days">
              {total.firstSeen === total.lastSeen ? total.firstSeen : `${total.firstSeen}～${total.lastSeen}`}
            </td>
            <td data-col="basis">{rule.source}</td>
          </tr>
        );
      })}
    </DataTable>
  );
}
