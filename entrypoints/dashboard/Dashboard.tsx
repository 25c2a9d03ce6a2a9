import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { useLiveQuery, useLocale } from '@/components/hooks';
import { CommendationList } from '@/components/CommendationList';
import { CompletionTable } from '@/components/CompletionTable';
import { CompletionTrendChart } from '@/components/CompletionTrendChart';
import { DutyChecklist } from '@/components/DutyChecklist';
import { RateBarChart } from '@/components/RateBarChart';
import { RuleTotalsTable } from '@/components/RuleTotalsTable';
import { TrendChart } from '@/components/TrendChart';
import { downloadText } from '@/components/download';
import { percent } from '@/components/format';
import { LogDatabase } from '@/lib/db/database';
import { localDay } from '@/lib/db/log-visit';
import { setDuty, syncSchoolFromPolicy } from '@/lib/db/school';
import { backupLog, BackupFormatError, mergeLog, parseBackup, restoreLog } from '@/lib/export/backup';
import { t } from '@/lib/i18n';
import { pick } from '@/lib/model/localized';
import { termAt } from '@/lib/policy/calendar';
import type { SchoolPolicy } from '@/lib/policy/schema';
import { ruleById } from '@/lib/rules';
import { policySetting } from '@/lib/settings';
import { commendationCandidates, DEFAULT_CRITERIA, type CommendationCriteria } from '@/lib/stats/commendations';
import { completionTrend, latestSnapshots, observedTerms, observedUnits, overallRate, ratesBy } from '@/lib/stats/completion';
import { dutyChecklist, type ChecklistItem } from '@/lib/stats/duties';
import { findingsPerRuleOverTime, totalsByRule } from '@/lib/stats/findings-by-rule';
import { taskName } from '@/lib/stats/tasks';
import { FileButton } from '@/components/FileButton';

const db = new LogDatabase();
const CRITERIA_KEY = 'commendation-criteria';

interface Term {
  year: number;
  semester: 1 | 2;
}

function usePolicy(): SchoolPolicy | undefined {
  const [policy, setPolicy] = useState<SchoolPolicy>();
  useEffect(() => {
    void policySetting.getValue().then(setPolicy);
    return policySetting.watch((next) => setPolicy(next));
  }, []);
  return policy;
}

/**
 * The working group's view of the log, readable in a meeting and printable as the meeting's
 * report. It renders statistics from lib/stats; it computes none itself.
 */
export function Dashboard() {
  const locale = useLocale();
  const policy = usePolicy();
  const today = localDay(Date.now());
  const log = useLiveQuery(async () => {
    const [observations, tasks, duties, sightings, findings, visitCount, criteriaRow] = await Promise.all([
      db.observations.toArray(),
      db.tasks.toArray(),
      db.duties.toArray(),
      db.sightings.toArray(),
      db.findings.toArray(),
      db.visits.count(),
      db.meta.get(CRITERIA_KEY),
    ]);
    return { observations, tasks, duties, sightings, findings, visitCount, criteria: (criteriaRow?.value as CommendationCriteria | undefined) ?? DEFAULT_CRITERIA };
  });

  // The school's task table follows the chosen policy.
  useEffect(() => {
    if (policy) void syncSchoolFromPolicy(db, policy);
  }, [policy]);

  const [chosen, setChosen] = useState<Term | null>(null);
  const [unit, setUnit] = useState('');
  const terms = useMemo(() => (log ? observedTerms(log.observations) : []), [log]);
  const term: Term = chosen ?? terms[0] ?? (policy ? termAt(policy, today)?.term : undefined) ?? { year: 114, semester: 1 };
  const yearOptions = useMemo(() => [...new Set([term.year, ...terms.map((x) => x.year), ...(policy?.calendar.terms.map((x) => x.term.year) ?? [])])].sort((a, b) => b - a), [terms, policy, term.year]);

  const figures = useMemo(() => {
    if (!log) return undefined;
    const filter = { ...term, unit };
    const snapshots = latestSnapshots(log.observations, filter);
    return {
      snapshots,
      overall: overallRate(snapshots),
      byTask: ratesBy(snapshots, 'taskId'),
      byUnit: ratesBy(snapshots, 'unit'),
      byPerson: ratesBy(snapshots, 'person'),
      byClass: ratesBy(snapshots, 'className'),
      trend: completionTrend(log.observations, filter),
      commendations: commendationCandidates(snapshots, log.criteria),
      units: observedUnits(log.observations, term.year, term.semester),
      checklist: dutyChecklist(term.year, log.duties),
      ruleTrend: findingsPerRuleOverTime(log.sightings),
      ruleTotals: totalsByRule(log.findings),
      lastDay: snapshots.reduce((last, s) => (s.day > last ? s.day : last), ''),
    };
  }, [log, term.year, term.semester, unit]);

  const taskLabel = useCallback((taskId: string) => taskName(taskId, log?.tasks ?? [], locale), [log, locale]);
  const same = useCallback((key: string) => key, []);
  const ruleLabel = useCallback((ruleId: string) => {
    const rule = ruleById(ruleId);
    return rule ? pick(rule.title, locale) : ruleId;
  }, [locale]);
  const chartLabels = useMemo(
    () => ({ completion: t(locale, 'colCompletion'), onTime: t(locale, 'colOnTimeRate'), png: t(locale, 'dashDownloadPng') }),
    [locale],
  );

  const termText = t(locale, 'dashTermOption', term.year, term.semester);
  const schoolName = policy?.name ?? '';
  const fileStem = `${term.year}-${term.semester}`;

  const [message, setMessage] = useState('');
  const importFile = async (file: File, mode: 'restore' | 'merge') => {
    try {
      const backup = parseBackup(await file.text());
      if (mode === 'restore') {
        if (!window.confirm(t(locale, 'dashRestoreConfirm'))) return;
        await restoreLog(db, backup);
        setMessage(t(locale, 'dashRestoreDone', backup.tables.visits.length, backup.tables.observations.length));
      } else {
        const result = await mergeLog(db, backup);
        setMessage(t(locale, 'dashMergeDone', result.visits, result.observations));
      }
      setChosen(null);
    } catch (error) {
      setMessage(t(locale, 'dashImportError', error instanceof BackupFormatError ? error.message : String(error)));
    }
  };
  const saveBackup = async () => {
    const backup = await backupLog(db, Date.now());
    downloadText(JSON.stringify(backup), `lp-checker-backup-${today}.json`, 'application/json');
  };
  const setCriteria = (next: CommendationCriteria) => void db.meta.put({ key: CRITERIA_KEY, value: next });
  const tick = (item: ChecklistItem, doneOn: string, note: string) =>
    void setDuty(db, { kind: item.kind, year: item.year, semester: item.semester, doneOn, note }, Date.now());

  const hasData = figures !== undefined && figures.snapshots.length > 0;
  const hasAnyObservation = (log?.observations.length ?? 0) > 0;

  return (
    <>
      <header class="top no-print">
        <h1>{t(locale, 'dashboardTitle')}</h1>
        <a class="roster-link no-print" href="/roster.html" target="_blank" title={t(locale, 'rosterOpenHelp')} style={{ color: '#fff', marginLeft: 'auto', marginRight: '16px' }}>
          {t(locale, 'rosterOpen')}
        </a>
        <button type="button" class="print" data-action="print" onClick={() => window.print()}>
          {t(locale, 'dashPrint')}
        </button>
      </header>
      <nav class="sections no-print">
        {(['overview', 'units', 'teachers', 'classes', 'trend', 'commendations', 'checklist', 'findings', 'data'] as const).map((id) => (
          <a key={id} href={`#${id}`}>
            {t(locale, NAV[id])}
          </a>
        ))}
      </nav>
      <main>
        <div class="filters no-print">
          <label>
            {t(locale, 'dashFilterYear')}
            <select data-filter="year" value={term.year} onChange={(event) => setChosen({ year: Number(event.currentTarget.value), semester: term.semester })}>
              {yearOptions.map((year) => (
                <option key={year} value={year}>
                  {year}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t(locale, 'dashFilterTerm')}
            <select data-filter="semester" value={term.semester} onChange={(event) => setChosen({ year: term.year, semester: Number(event.currentTarget.value) as 1 | 2 })}>
              <option value={1}>{t(locale, 'dashSemester', 1)}</option>
              <option value={2}>{t(locale, 'dashSemester', 2)}</option>
            </select>
          </label>
          <label>
            {t(locale, 'dashFilterUnit')}
            <select data-filter="unit" value={unit} onChange={(event) => setUnit(event.currentTarget.value)}>
              <option value="">{t(locale, 'dashAllUnits')}</option>
              {(figures?.units ?? []).map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
          </label>
        </div>

        <section id="overview" data-section="overview">
          <h2 class="report-title">{t(locale, 'dashReportTitle', schoolName)}</h2>
          <p class="report-meta" data-report-meta>
            {t(locale, 'dashReportMeta', termText, unit || t(locale, 'dashAllUnits'), today)}
          </p>
          {figures === undefined ? null : !hasData ? (
            <p class="empty" data-empty="observations">
              {t(locale, hasAnyObservation ? 'dashEmptyTerm' : 'dashEmptyObservations')}
            </p>
          ) : (
            <>
              <div class="kpis">
                <div class="kpi" data-kpi="completion">
                  <span class="kpi-label">{t(locale, 'dashKpiCompletion')}</span>
                  <span class="kpi-value">{percent(figures.overall.completion)}</span>
                  <span class="kpi-note">{t(locale, 'dashKpiCounts', figures.overall.done, figures.overall.total)}</span>
                </div>
                <div class="kpi" data-kpi="on-time">
                  <span class="kpi-label">{t(locale, 'dashKpiOnTime')}</span>
                  <span class="kpi-value">{percent(figures.overall.onTimeRate)}</span>
                  <span class="kpi-note">{t(locale, 'dashKpiCounts', figures.overall.onTime, figures.overall.onTimeOf)}</span>
                </div>
                <div class="kpi" data-kpi="pending">
                  <span class="kpi-label">{t(locale, 'dashKpiPending')}</span>
                  <span class="kpi-value">{figures.overall.pending}</span>
                  <span class="kpi-note">{t(locale, 'dashKpiUpdated', figures.lastDay)}</span>
                </div>
              </div>
              <CompletionTable rates={figures.byTask} locale={locale} itemHeader={t(locale, 'colTask')} label={taskLabel} caption={t(locale, 'dashByTask')} csvName={`完成率-工作項目-${fileStem}`} name="tasks" />
            </>
          )}
        </section>

        {hasData && figures && (
          <>
            <section id="units" data-section="units">
              <h2>{t(locale, 'dashNavUnits')}</h2>
              <RateBarChart rates={figures.byUnit} label={same} title={t(locale, 'dashChartUnits')} labels={chartLabels} pngName={`完成率-處室-${fileStem}`} />
              <CompletionTable rates={figures.byUnit} locale={locale} itemHeader={t(locale, 'colUnit')} label={same} caption={t(locale, 'dashByUnit')} csvName={`完成率-處室-${fileStem}`} name="units" />
            </section>
            <section id="teachers" data-section="teachers">
              <h2>{t(locale, 'dashNavTeachers')}</h2>
              {figures.byPerson.length === 0 ? (
                <p class="empty">{t(locale, 'dashEmptyTeachers')}</p>
              ) : (
                <CompletionTable rates={figures.byPerson} locale={locale} itemHeader={t(locale, 'colTeacher')} label={same} caption={t(locale, 'dashByTeacher')} csvName={`完成率-教師-${fileStem}`} name="teachers" />
              )}
            </section>
            <section id="classes" data-section="classes">
              <h2>{t(locale, 'dashNavClasses')}</h2>
              {figures.byClass.length === 0 ? (
                <p class="empty">{t(locale, 'dashEmptyClasses')}</p>
              ) : (
                <CompletionTable rates={figures.byClass} locale={locale} itemHeader={t(locale, 'colClass')} label={same} caption={t(locale, 'dashByClass')} csvName={`完成率-班級-${fileStem}`} name="classes" />
              )}
            </section>
            <section id="trend" data-section="trend">
              <h2>{t(locale, 'dashNavTrend')}</h2>
              <CompletionTrendChart trend={figures.trend} taskLabel={taskLabel} title={t(locale, 'dashTrendTitle', termText)} labels={chartLabels} pngName={`完成率趨勢-${fileStem}`} />
            </section>
            <section id="commendations" data-section="commendations">
              <h2>{t(locale, 'dashNavCommend')}</h2>
              <CommendationList result={figures.commendations} criteria={log!.criteria} onCriteria={setCriteria} taskLabel={taskLabel} locale={locale} />
            </section>
          </>
        )}

        {figures && (
          <>
            <section id="checklist" data-section="checklist">
              <h2>{t(locale, 'dashNavChecklist')}</h2>
              <DutyChecklist year={term.year} items={figures.checklist} locale={locale} today={today} onChange={tick} />
            </section>
            <section id="findings" data-section="findings" class="findings">
              <h2>{t(locale, 'dashNavFindings')}</h2>
              {log!.visitCount === 0 ? (
                <p class="empty" data-empty>{t(locale, 'dashboardEmpty')}</p>
              ) : (
                <>
                  <TrendChart trend={figures.ruleTrend} label={ruleLabel} title={t(locale, 'dashboardChartTitle')} />
                  <RuleTotalsTable totals={figures.ruleTotals} locale={locale} />
                </>
              )}
            </section>
          </>
        )}

        <section id="data" data-section="data" class="no-print">
          <h2>{t(locale, 'dashNavData')}</h2>
          <p>{t(locale, 'dashBackupIntro')}</p>
          <div class="backup-actions">
            <button type="button" data-action="backup" onClick={() => void saveBackup()}>
              {t(locale, 'dashBackupDownload')}
            </button>
            <FileButton label={t(locale, 'dashMerge')} accept=".json,application/json" action="merge" onFile={(file) => importFile(file, 'merge')} />
            <FileButton label={t(locale, 'dashRestore')} accept=".json,application/json" action="restore" onFile={(file) => importFile(file, 'restore')} danger />
          </div>
          {message && (
            <p class="message" role="status" data-message>
              {message}
            </p>
          )}
          <p class="muted small">{t(locale, 'dashPrivacy')}</p>
        </section>
      </main>
    </>
  );
}

const NAV = {
  overview: 'dashNavOverview',
  units: 'dashNavUnits',
  teachers: 'dashNavTeachers',
  classes: 'dashNavClasses',
  trend: 'dashNavTrend',
  commendations: 'dashNavCommend',
  checklist: 'dashNavChecklist',
  findings: 'dashNavFindings',
  data: 'dashNavData',
} as const;
