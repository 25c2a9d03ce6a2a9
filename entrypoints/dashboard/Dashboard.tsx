import { useCallback } from 'preact/hooks';
import { useLiveQuery, useLocale } from '@/components/hooks';
import { RuleTotalsTable } from '@/components/RuleTotalsTable';
import { TrendChart } from '@/components/TrendChart';
import { LogDatabase } from '@/lib/db/database';
import { t } from '@/lib/i18n';
import { pick } from '@/lib/model/localized';
import { ruleById } from '@/lib/rules';
import { findingsPerRuleOverTime, totalsByRule } from '@/lib/stats/findings-by-rule';

const db = new LogDatabase();

/** The working group's view of the log. It renders statistics from lib/stats; it computes none itself. */
export function Dashboard() {
  const locale = useLocale();
  const data = useLiveQuery(async () => {
    const [sightings, findings, visitCount, lastVisit] = await Promise.all([
      db.sightings.toArray(),
      db.findings.toArray(),
      db.visits.count(),
      db.visits.orderBy('at').last(),
    ]);
    return { trend: findingsPerRuleOverTime(sightings), totals: totalsByRule(findings), visitCount, lastVisit };
  });
  const label = useCallback((ruleId: string) => {
    const rule = ruleById(ruleId);
    return rule ? pick(rule.title, locale) : ruleId;
  }, [locale]);

  return (
    <>
      <header class="top">
        <h1>{t(locale, 'dashboardTitle')}</h1>
      </header>
      <main>
        {data === undefined ? null : data.visitCount === 0 ? (
          <p class="empty" data-empty>{t(locale, 'dashboardEmpty')}</p>
        ) : (
          <>
            <p class="visits">
              {t(locale, 'dashboardVisits', data.visitCount, new Date(data.lastVisit!.at).toLocaleString(locale === 'en' ? 'en' : 'zh-TW'))}
            </p>
            <TrendChart trend={data.trend} label={label} title={t(locale, 'dashboardChartTitle')} />
            <RuleTotalsTable totals={data.totals} locale={locale} />
          </>
        )}
      </main>
    </>
  );
}
