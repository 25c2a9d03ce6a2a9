import type { Locale } from '@/lib/model/localized';
import { pick } from '@/lib/model/localized';
import { t } from '@/lib/i18n';
import { ruleById } from '@/lib/rules';
import type { RuleTotal } from '@/lib/stats/findings-by-rule';

const SEVERITY_KEY = { error: 'severityError', warning: 'severityWarning', info: 'severityInfo' } as const;

export function RuleTotalsTable({ totals, locale }: { totals: RuleTotal[]; locale: Locale }) {
  const when = (ms: number) => (ms ? new Date(ms).toLocaleString(locale === 'en' ? 'en' : 'zh-TW') : '—');
  return (
    <table class="data">
      <caption>{t(locale, 'dashboardTableTitle')}</caption>
      <thead>
        <tr>
          <th>{t(locale, 'colRule')}</th>
          <th>{t(locale, 'colSeverity')}</th>
          <th class="num">{t(locale, 'colOpen')}</th>
          <th class="num">{t(locale, 'colResolved')}</th>
          <th>{t(locale, 'colLastSeen')}</th>
          <th>{t(locale, 'colBasis')}</th>
        </tr>
      </thead>
      <tbody>
        {totals.map((total) => {
          const rule = ruleById(total.ruleId);
          return (
            <tr key={total.ruleId} data-rule={total.ruleId}>
              <td>
                {rule ? pick(rule.title, locale) : total.ruleId}
                <div class="rule-id">{total.ruleId}</div>
              </td>
              <td>{rule ? t(locale, SEVERITY_KEY[rule.severity]) : ''}</td>
              <td class="num" data-col="open">{total.open}</td>
              <td class="num" data-col="resolved">{total.resolved}</td>
              <td>{when(total.lastSeen)}</td>
              <td>{rule ? `${rule.basis.seed} ${rule.basis.clause}` : ''}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
