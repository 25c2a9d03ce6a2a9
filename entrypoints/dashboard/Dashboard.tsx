import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { useLiveQuery, useLocale, useStoredValue } from '@/components/hooks';
import { CommendationList } from './CommendationList';
import { CompletionTable } from './CompletionTable';
import { CompletionTrendChart } from './CompletionTrendChart';
import { DutyChecklist } from './DutyChecklist';
import { RateBarChart } from './RateBarChart';
import { describeRule, RuleTotalsTable } from './RuleTotalsTable';
import { TrendChart } from './TrendChart';
import { downloadBlob, downloadText } from '@/components/download';
import { gapReason, onTimeNote, onTimeText, percent } from './format';
import type { ChartWords } from './RateBarChart';
import { LogDatabase } from '@/lib/db/database';
import { localDay } from '@/lib/policy/calendar';
import { setDuty, syncSchoolFromPolicy } from '@/lib/db/school';
import { backupLog, BackupError, mergeLog, parseBackup, restoreLog } from '@/lib/export/backup';
import { criteriaOf, CRITERIA_KEY } from '@/lib/db/meta';
import { t } from '@/lib/i18n';
import { pick } from '@/lib/model/localized';
import { legalTerm, termOfDate } from '@/lib/policy/calendar';
import type { SchoolPolicy } from '@/lib/policy/schema';
import { ruleById } from '@/lib/rules/catalog';
import { referenceDateSetting } from '@/lib/settings';
import { policySetting } from '@/lib/policy/setting';
import { commendationCandidates, type CommendationCriteria } from '@/lib/stats/commendations';
import { observedTerms, observedUnits, onTimeGapOf, overallRate, ratesBy, type Rate } from '@/lib/stats/completion';
import { snapshotsOf, trendFromDailyTotals } from '@/lib/stats/summaries';
import { useDashboardWorker } from './worker-connection';
import { dutyChecklist, type ChecklistItem } from '@/lib/stats/duties';
import { taskName } from '@/lib/stats/tasks';
import { FileButton } from '@/components/FileButton';
import { DismissalsReview, dismissalWords } from './DismissalsReview';

const db = new LogDatabase();

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
  // One clock: the 檢核基準日 when one is set (as the badge, popup and page marks use it), else today.
  const referenceDate = useStoredValue(referenceDateSetting) ?? null;
  const today = referenceDate ?? localDay(Date.now());
  // The worker opens the log first (an upgrade or making the summary tables runs there), then
  // answers the 檢核問題 figures; the page reads only small summary rows itself.
  const { ready, building, answer, failure, ask } = useDashboardWorker(() => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' }));

  // What every view needs and is small: the terms with data (from the summary of slices), the task
  // table, duties and criteria.
  const log = useLiveQuery(async () => {
    if (!ready) return undefined;
    const [termKeys, tasks, duties, criteriaRow] = await Promise.all([db.slices.orderBy('[year+semester]').uniqueKeys(), db.tasks.toArray(), db.duties.toArray(), db.meta.get(CRITERIA_KEY)]);
    return {
      terms: observedTerms((termKeys as unknown as [number, 1 | 2][]).map(([year, semester]) => ({ year, semester }))),
      tasks,
      duties,
      criteria: criteriaOf(criteriaRow?.value),
    };
  }, [ready]);

  // The school's task table follows the chosen policy.
  useEffect(() => {
    if (policy) void syncSchoolFromPolicy(db, policy);
  }, [policy]);

  const [chosen, setChosen] = useState<Term | null>(null);
  const [unit, setUnit] = useState('');
  const terms = log?.terms ?? [];
  // The latest term that has data; with none yet, the term today falls in.
  const term: Term = chosen ?? terms[0] ?? (policy ? termOfDate(policy, today) : legalTerm(today));
  const yearOptions = useMemo(() => [...new Set([term.year, ...terms.map((x) => x.year), ...(policy?.calendar.terms.map((x) => x.term.year) ?? [])])].sort((a, b) => b - a), [terms, policy, term.year]);
  const termKey = `${term.year}-${term.semester}`;

  // The chosen term's summary rows: one per slice, and the trend's daily totals.
  const termRows = useLiveQuery(async () => {
    if (!ready) return undefined;
    const range = [term.year, term.semester];
    const [slices, daily] = await Promise.all([db.slices.where('[year+semester]').equals(range).toArray(), db.dailyTotals.where('[year+semester]').equals(range).toArray()]);
    return { key: `${term.year}-${term.semester}`, slices, daily };
  }, [ready, term.year, term.semester]);
  const problems = answer?.key === termKey ? answer.problems : undefined;
  // The chosen term's dismissals (the term of the check each was made on), from the worker with the problems.
  const dismissals = answer?.key === termKey ? answer.dismissals : undefined;

  const figures = useMemo(() => {
    if (!log || !policy || !termRows || termRows.key !== termKey) return undefined;
    const filter = { ...term, unit };
    const snapshots = snapshotsOf(termRows.slices, filter);
    // Items still pending are judged on the one clock: not due yet until their deadline has passed.
    return {
      snapshots,
      overall: overallRate(snapshots, today),
      byTask: ratesBy(snapshots, 'taskId', today),
      byUnit: ratesBy(snapshots, 'unit', today),
      byPerson: ratesBy(snapshots, 'person', today),
      byClass: ratesBy(snapshots, 'className', today),
      // The trend judges pending items by the same clock, so its last 準時率 is the KPI's.
      trend: trendFromDailyTotals(termRows.daily, filter, today),
      commendations: commendationCandidates(snapshots, today, log.criteria),
      units: observedUnits(termRows.slices, term.year, term.semester),
      lastDay: snapshots.reduce((last, s) => (s.day > last ? s.day : last), ''),
    };
  }, [log, policy, termRows, termKey, unit, today]);
  // The 檢核問題 figures are asked for once the page has read its own rows, so the worker's read does not
  // hold those up, and runs while the page draws the completion figures.
  const pageRead = termRows !== undefined;
  useEffect(() => {
    if (pageRead && policy) ask({ type: 'problems', term: { year: term.year, semester: term.semester }, policy });
  }, [pageRead, policy, term.year, term.semester, ask]);
  const checklist = useMemo(() => (log ? dutyChecklist(term.year, log.duties) : undefined), [log, term.year]);

  const taskLabel = useCallback((taskId: string) => taskName(taskId, log?.tasks ?? [], locale), [log, locale]);
  const same = useCallback((key: string) => key, []);
  const ruleLabel = useCallback((ruleId: string) => {
    const rule = ruleById(ruleId);
    return rule ? pick(rule.title, locale) : ruleId;
  }, [locale]);
  const termText = t(locale, 'dashTermOption', term.year, term.semester);
  const schoolName = policy?.school ?? t(locale, 'dashNoSchoolName');
  const unitText = unit || t(locale, 'dashAllUnits');
  const fileStem = `${term.year}-${term.semester}`;
  const chartWords = useMemo(
    (): ChartWords => ({
      completion: t(locale, 'colCompletion'),
      onTime: t(locale, 'colOnTimeRate'),
      png: t(locale, 'dashDownloadPng'),
      subtitle: t(locale, 'dashChartSubtitle', schoolName, termText, unitText),
      empty: t(locale, 'dashChartEmpty'),
      missingOnTime: (rates: readonly Rate[]) => {
        const missing = rates.filter((rate) => rate.onTimeRate === null);
        if (missing.length === 0) return '';
        const gap = onTimeGapOf(missing[0]!);
        return t(locale, 'dashChartMissingOnTime', missing.map((rate) => rate.key).join('、'), gap ? gapReason(gap, locale) : '');
      },
    }),
    [locale, schoolName, termText, unitText],
  );

  const [message, setMessage] = useState('');
  const importFile = async (file: File, mode: 'restore' | 'merge') => {
    try {
      const backup = parseBackup(await file.text());
      if (mode === 'restore') {
        if (!window.confirm(t(locale, 'dashRestoreConfirm'))) return;
        const { keyMatches } = await restoreLog(db, backup);
        setMessage(t(locale, 'dashRestoreDone', backup.tables.visits.length, backup.tables.observations.length) + (keyMatches === false ? t(locale, 'dashKeyDiffers') : ''));
      } else {
        const result = await mergeLog(db, backup);
        setMessage(t(locale, 'dashMergeDone', result.visits, result.observations) + (result.keyMatches === false ? t(locale, 'dashKeyDiffers') : ''));
      }
      setChosen(null);
    } catch (error) {
      setMessage(t(locale, 'dashImportError', error instanceof BackupError ? error.message : String(error)));
    }
  };
  // One workbook with a sheet per table (the library is loaded only when asked for).
  const saveWorkbook = async () => {
    if (!figures || !problems || !dismissals) return;
    const [{ workbookBytes }, sheets] = await Promise.all([import('@/lib/export/workbook'), import('@/lib/export/dashboard-sheets')]);
    const words = {
      total: t(locale, 'colTotal'),
      done: t(locale, 'colDone'),
      pending: t(locale, 'colPending'),
      completion: t(locale, 'colCompletion'),
      onTime: t(locale, 'colOnTime'),
      onTimeRate: t(locale, 'colOnTimeRate'),
      onTimeNote: t(locale, 'colOnTimeNote'),
      note: (rate: Rate) => onTimeNote(rate, locale),
    };
    const problemHeaders = ['colRule', 'colRuleId', 'colSeverity', 'colSeen', 'colOpen', 'colDismissedOpen', 'colFixed', 'colFirstSeen', 'colLastSeen', 'colBasis'] as const;
    const dismissalHeaders = ['colDismissedAt', 'colRule', 'colRuleId', 'colSeverity', 'colReason', 'colStaff', 'colRole', 'colPage', 'colStatus', 'colEndedAt'] as const;
    const evidenceHeaders = ['colName', 'colTask', 'colClass', 'colCourse', 'colTotal', 'colDone', 'colOnTime', 'colDue', 'colSeenOn'] as const;
    const bytes = await workbookBytes(
      [
        sheets.ratesSheet(t(locale, 'dashByTask'), t(locale, 'colTask'), figures.byTask, taskLabel, words),
        sheets.ratesSheet(t(locale, 'dashByUnit'), t(locale, 'colUnit'), figures.byUnit, same, words),
        sheets.ratesSheet(t(locale, 'dashByTeacher'), t(locale, 'colTeacher'), figures.byPerson, same, words),
        sheets.ratesSheet(t(locale, 'dashByClass'), t(locale, 'colClass'), figures.byClass, same, words),
        sheets.problemsSheet(t(locale, 'dashNavFindings'), problemHeaders.map((key) => t(locale, key)), problems.ruleTotals, (ruleId) => describeRule(ruleId, locale)),
        sheets.evidenceSheet(t(locale, 'dashNavCommend'), evidenceHeaders.map((key) => t(locale, key)), figures.commendations.candidates, taskLabel),
        sheets.dismissalsSheet(t(locale, 'dashNavDismissals'), dismissalHeaders.map((key) => t(locale, key)), dismissals.rows, dismissalWords(locale)),
      ],
      { creator: t(locale, 'extName'), created: new Date() },
    );
    downloadBlob(new Blob([bytes], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }), `${t(locale, 'dashWorkbookName')}-${fileStem}.xlsx`);
  };
  const saveBackup = async () => {
    const backup = await backupLog(db, Date.now());
    downloadText(JSON.stringify(backup), `lp-checker-backup-${today}.json`, 'application/json');
  };
  const setCriteria = (next: CommendationCriteria) => void db.meta.put({ key: CRITERIA_KEY, value: next });
  const tick = (item: ChecklistItem, doneOn: string, note: string) =>
    void setDuty(db, { kind: item.kind, year: item.year, semester: item.semester, doneOn, note }, Date.now());

  const hasData = figures !== undefined && figures.snapshots.length > 0;
  const overallOnTime = figures && onTimeText(figures.overall, locale);
  const hasAnyObservation = terms.length > 0;

  return (
    <>
      <header class="top no-print">
        <h1>{t(locale, 'dashboardTitle')}</h1>
        <div class="top-actions">
          <a class="roster-link" href="/roster.html" target="_blank" title={t(locale, 'rosterOpenHelp')}>
            {t(locale, 'rosterOpen')}
          </a>
          <button type="button" class="print" data-action="xlsx" disabled={!hasData || !problems} onClick={() => void saveWorkbook()}>
            {t(locale, 'dashDownloadXlsx')}
          </button>
          <button type="button" class="print" data-action="print" onClick={() => window.print()}>
            {t(locale, 'dashPrint')}
          </button>
        </div>
      </header>
      <nav class="sections no-print">
        {(['overview', 'units', 'teachers', 'classes', 'trend', 'commendations', 'checklist', 'findings', 'dismissals', 'data'] as const).map((id) => (
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
          <h2 class="report-title" data-report-title>
            {t(locale, 'dashReportTitle', schoolName)}
          </h2>
          <p class="report-meta" data-report-meta>
            {t(locale, 'dashReportMeta', termText, unitText, today)}
            {referenceDate && <span data-reference-date> {t(locale, 'dashReferenceDate', referenceDate)}</span>}
          </p>
          {policy && !policy.school && (
            <p class="hint no-print" data-hint="school-name">
              {t(locale, 'dashNoSchoolNameHint')}
            </p>
          )}
          {failure && (
            <p class="unread-note" role="alert" data-problems-failed>
              {t(locale, 'dashProblemsFailed', failure)}
            </p>
          )}
          {answer && answer.unread.total > 0 && (
            <p class="unread-note" data-unread={answer.unread.total}>
              {t(locale, 'dashUnread', answer.unread.total, answer.unread.pages.length)}
              <span class="unread-pages">{answer.unread.pages.map((page) => t(locale, 'dashUnreadPage', page.path, page.unread)).join('、')}</span>
            </p>
          )}
          {figures === undefined ? (
            <p class="muted" role="status" data-loading="figures">
              {!ready && building ? t(locale, 'dashBuildingFigures', building.done + 1, building.of) : t(locale, 'dashLoadingFigures')}
            </p>
          ) : !hasData ? (
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
                  <span class="kpi-value">{overallOnTime!.text}</span>
                  <span class="kpi-note">
                    {figures.overall.onTimeRate === null ? overallOnTime!.note : t(locale, 'dashKpiCounts', figures.overall.onTime, figures.overall.onTimeOf)}
                  </span>
                  {figures.overall.onTimeRate !== null && overallOnTime!.note && (
                    <span class="kpi-note" data-gap>
                      {overallOnTime!.note}
                    </span>
                  )}
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
              <RateBarChart rates={figures.byUnit} label={same} title={t(locale, 'dashChartUnits')} words={chartWords} pngName={`完成率-處室-${fileStem}`} />
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
              <CompletionTrendChart
                trend={figures.trend}
                taskLabel={taskLabel}
                title={t(locale, 'dashTrendTitle', termText)}
                words={{ ...chartWords, oneDay: t(locale, 'dashChartOneDay', figures.trend.days[0] ?? '') }}
                pngName={`完成率趨勢-${fileStem}`}
                locale={locale}
              />
            </section>
            <section id="commendations" data-section="commendations">
              <h2>{t(locale, 'dashNavCommend')}</h2>
              <CommendationList result={figures.commendations} criteria={log!.criteria} onCriteria={setCriteria} taskLabel={taskLabel} locale={locale} />
            </section>
          </>
        )}

        {checklist && (
          <section id="checklist" data-section="checklist">
            <h2>{t(locale, 'dashNavChecklist')}</h2>
            <DutyChecklist year={term.year} items={checklist} locale={locale} today={today} onChange={tick} />
          </section>
        )}
        <section id="findings" data-section="findings" class="findings">
          <h2>{t(locale, 'dashNavFindings')}</h2>
          {!answer || !problems ? (
            <p class="muted" role="status" data-loading={failure ? undefined : 'problems'}>
              {t(locale, failure ? 'dashProblemsMissing' : 'dashLoadingProblems')}
            </p>
          ) : !answer.checked ? (
            <p class="empty" data-empty>{t(locale, 'dashboardEmpty')}</p>
          ) : (
            <>
              <p data-problems-note>
                {t(
                  locale,
                  'dashProblemsNote',
                  problems.rowsRead,
                  problems.ruleTotals.reduce((sum, total) => sum + total.seen, 0),
                  problems.ruleTotals.reduce((sum, total) => sum + total.fixed, 0),
                )}
              </p>
              <TrendChart
                trend={problems.ruleTrend}
                label={ruleLabel}
                dismissedLabel={t(locale, 'colDismissedOpen')}
                title={t(locale, 'dashboardChartTitle')}
                subtitle={chartWords.subtitle}
                png={{ label: chartWords.png, name: `檢核問題-${fileStem}` }}
                empty={t(locale, 'dashProblemsEmpty')}
              />
              {problems.ruleTotals.length > 0 && <RuleTotalsTable totals={problems.ruleTotals} locale={locale} csvName={`檢核問題-${fileStem}`} />}
            </>
          )}
        </section>

        <section id="dismissals" data-section="dismissals">
          <h2>{t(locale, 'dashNavDismissals')}</h2>
          <p>{t(locale, 'dashDismissalsIntro')}</p>
          {!dismissals ? (
            <p class="muted" role="status" data-loading={failure ? undefined : 'dismissals'}>
              {t(locale, failure ? 'dashProblemsMissing' : 'dashLoadingProblems')}
            </p>
          ) : (
            <DismissalsReview rows={dismissals.rows} byRule={dismissals.byRule} byPerson={dismissals.byPerson} locale={locale} csvName={`已確認無需更正-${fileStem}`} />
          )}
        </section>

        <section id="data" data-section="data" class="no-print">
          <h2>{t(locale, 'dashNavData')}</h2>
          <p>{t(locale, 'dashBackupIntro')}</p>
          <p class="muted small">{t(locale, 'dashBackupNoKey')}</p>
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
  dismissals: 'dashNavDismissals',
  data: 'dashNavData',
} as const;
