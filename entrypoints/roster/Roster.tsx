import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useLocale, useStoredValue } from '@/components/hooks';
import { newRosterWorker } from '@/components/roster/roster-worker';
import { downloadBlob, downloadText } from '@/components/download';
import { toCsv } from '@/lib/export/csv';
import { t } from '@/lib/i18n';
import { pick, type Locale } from '@/lib/model/localized';
import { isoDateOf } from '@/lib/policy/calendar';
import type { RosterCheck, RosterFileSummary, RosterProblem } from '@/lib/roster/check';
import { EXPORT_HEADER, problemRows } from '@/lib/roster/export';
import { rosterReport } from '@/lib/roster/log-report';
import type { RosterProgress } from '@/lib/roster/precheck';
import type { FromRosterWorker, ToRosterWorker } from '@/lib/roster/protocol';
import { checkMoment, coursePlanSetting, referenceDateSetting } from '@/lib/settings';
import { policySetting } from '@/lib/policy/setting';
import { filesFromDrop, isRosterFileName } from './dropped-files';

/** Problems drawn in the table at once; the export holds them all. */
const SHOWN = 1000;

type State =
  | { kind: 'idle' }
  | { kind: 'running'; progress: RosterProgress | null }
  | { kind: 'done'; check: RosterCheck }
  | { kind: 'cancelled' }
  | { kind: 'failed'; message: string };


/**
 * 名冊預檢: the user chooses or drops roster files (or a folder); a worker reads and checks them
 * with the same rules as the pages; the page shows a verdict per file and the problems by cell,
 * exports them, and logs the run (without cell values) as the 預檢 task's completion.
 */
export function Roster() {
  const locale = useLocale();
  const policy = useStoredValue(policySetting);
  const plan = useStoredValue(coursePlanSetting);
  const referenceDate = useStoredValue(referenceDateSetting);
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [skipped, setSkipped] = useState<string[]>([]);
  const [logged, setLogged] = useState<string>('');
  const worker = useRef<Worker | null>(null);

  useEffect(() => () => worker.current?.terminate(), []);

  const ready = policy !== undefined && plan !== undefined && referenceDate !== undefined;
  const now = ready ? checkMoment(referenceDate) : new Date();

  const run = async (chosen: File[]) => {
    if (!ready || chosen.length === 0) return;
    worker.current?.terminate();
    const files = await Promise.all(chosen.map(async (file, i) => ({ name: uniqueName(chosen, i), bytes: await file.arrayBuffer() })));
    const current = newRosterWorker();
    worker.current = current;
    setLogged('');
    setState({ kind: 'running', progress: null });
    current.onmessage = (event: MessageEvent<FromRosterWorker>) => {
      const message = event.data;
      if (message.type === 'progress') setState({ kind: 'running', progress: message.progress });
      else if (message.type === 'done') {
        setState({ kind: 'done', check: message.check });
        recordTimings(message);
        current.terminate();
        if (worker.current === current) worker.current = null;
        void log(message.check);
      } else if (message.type === 'failed') {
        setState({ kind: 'failed', message: message.message });
        current.terminate();
      }
    };
    current.onerror = (event) => setState({ kind: 'failed', message: event.message });
    const request: ToRosterWorker = { type: 'check', files, policy, plan, now: now.getTime() };
    current.postMessage(request, files.map((file) => file.bytes));
  };

  const cancel = () => {
    worker.current?.terminate();
    worker.current = null;
    setState({ kind: 'cancelled' });
  };

  const log = async (check: RosterCheck) => {
    try {
      const answer = (await browser.runtime.sendMessage(rosterReport(check, location.href, policy!, now))) as { ok: boolean; error?: string } | undefined;
      setLogged(answer?.ok ? t(locale, 'rosterLogged') : t(locale, 'rosterLogFailed', answer?.error ?? ''));
    } catch (error) {
      setLogged(t(locale, 'rosterLogFailed', String(error)));
    }
  };

  const choose = (list: FileList | null, fromFolder: boolean) => {
    const all = Array.from(list ?? []);
    // A folder may hold other files; files chosen one by one are all read (and say when they are not rosters).
    const files = fromFolder ? all.filter((file) => isRosterFileName(file.name)) : all;
    setSkipped(fromFolder ? all.filter((file) => !isRosterFileName(file.name)).map((file) => file.name) : []);
    void run(files);
  };

  const drop = async (event: DragEvent) => {
    event.preventDefault();
    if (!event.dataTransfer) return;
    const { files, skipped: others } = await filesFromDrop(event.dataTransfer);
    setSkipped(others);
    void run(files);
  };

  return (
    <main class="roster">
      <header class="top">
        <h1>{t(locale, 'rosterTitle')}</h1>
      </header>
      <p>{t(locale, 'rosterIntro')}</p>
      {ready && (
        <p class="muted" data-policy={policy.id}>
          {t(locale, 'rosterPolicy', policy.name, isoDateOf(now))}
          {plan ? t(locale, 'rosterPlanUsed', plan.entries.length) : t(locale, 'rosterNoPlan')}
        </p>
      )}
      <div class="drop" onDragOver={(event) => event.preventDefault()} onDrop={(event) => void drop(event)}>
        <span>{t(locale, 'rosterDrop')}</span>
        <label class="file-button">
          {t(locale, 'rosterChooseFiles')}
          <input
            type="file"
            multiple
            accept=".xlsx,.xls,.csv,.txt"
            data-lpc-roster-input
            disabled={!ready}
            onChange={(event) => {
              const input = event.currentTarget;
              choose(input.files, false);
              input.value = '';
            }}
          />
        </label>
        <label class="file-button secondary">
          {t(locale, 'rosterChooseFolder')}
          <input
            type="file"
            multiple
            {...{ webkitdirectory: '' }}
            data-action="roster-folder"
            disabled={!ready}
            onChange={(event) => {
              const input = event.currentTarget;
              choose(input.files, true);
              input.value = '';
            }}
          />
        </label>
        <p class="help">{t(locale, 'rosterFormats')}</p>
      </div>
      {skipped.length > 0 && (
        <p class="muted" data-skipped={skipped.length}>
          {t(locale, 'rosterSkipped', skipped.length, skipped.join('、'))}
        </p>
      )}
      {state.kind === 'running' && <Progress progress={state.progress} locale={locale} onCancel={cancel} />}
      {state.kind === 'cancelled' && <p class="muted" role="status">{t(locale, 'rosterCancelled')}</p>}
      {state.kind === 'failed' && <p class="error-text" role="alert">{t(locale, 'rosterFailed', state.message)}</p>}
      {state.kind === 'done' && <Results check={state.check} locale={locale} />}
      {logged && (
        <p class="muted small" data-logged>
          {logged}
        </p>
      )}
    </main>
  );
}

/** A file's name, or its path in the chosen folder when another file of the batch has the same name. */
function uniqueName(files: File[], i: number): string {
  const file = files[i]!;
  if (!files.some((other, j) => j !== i && other.name === file.name)) return file.name;
  const path = file.webkitRelativePath;
  return path && !files.some((other, j) => j !== i && other.webkitRelativePath === path) ? path : `${file.name} (${files.slice(0, i + 1).filter((other) => other.name === file.name).length})`;
}

/** The worker's timings as performance measures in this page's timeline (the bench reads them). */
function recordTimings(message: Extract<FromRosterWorker, { type: 'done' }>) {
  for (const timing of message.timings) {
    const detail = { file: timing.file, rows: timing.rows };
    performance.measure('lpc-roster-read', { start: 0, duration: timing.readMs, detail });
    performance.measure('lpc-roster-check', { start: 0, duration: timing.totalMs, detail });
  }
}

function Progress({ progress, locale, onCancel }: { progress: RosterProgress | null; locale: Locale; onCancel: () => void }) {
  return (
    <div class="progress" role="status" data-lpc-roster-progress>
      <progress max={progress?.files ?? 1} value={progress ? progress.index + (progress.stage === 'check' ? 0.5 : 0) : 0} />
      <span>
        {progress &&
          (progress.stage === 'read'
            ? t(locale, 'rosterReading', progress.file, progress.index + 1, progress.files)
            : t(locale, 'rosterCheckingRows', progress.file, progress.rows.toLocaleString()))}
      </span>
      <button type="button" class="secondary" data-action="cancel" onClick={onCancel}>
        {t(locale, 'rosterCancel')}
      </button>
    </div>
  );
}

function coverText(file: RosterFileSummary, locale: Locale): string {
  const term = file.term ? t(locale, 'rosterTermText', file.term.year, file.term.semester) : '';
  return [file.schoolCode ?? '', term].filter(Boolean).join('／');
}

function Results({ check, locale }: { check: RosterCheck; locale: Locale }) {
  const [file, setFile] = useState('');
  const [rule, setRule] = useState('');
  const [severity, setSeverity] = useState('');
  const rules = useMemo(() => {
    const titles = new Map<string, string>();
    for (const problem of check.problems) if (!titles.has(problem.ruleId)) titles.set(problem.ruleId, pick(problem.title, locale));
    return [...titles];
  }, [check, locale]);
  const shown = useMemo(
    () => check.problems.filter((p) => (!file || p.file === file) && (!rule || p.ruleId === rule) && (!severity || p.severity === severity)),
    [check, file, rule, severity],
  );
  const stem = `名冊預檢-${isoDateOf(new Date())}`;

  const exportCsv = () => {
    downloadText(toCsv(EXPORT_HEADER[locale], problemRows(shown, locale)), `${stem}.csv`, 'text/csv;charset=utf-8');
  };
  const exportXlsx = () => {
    const worker = newRosterWorker();
    worker.onmessage = (event: MessageEvent<FromRosterWorker>) => {
      if (event.data.type === 'exported') {
        downloadBlob(new Blob([event.data.bytes], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }), `${stem}.xlsx`);
      }
      worker.terminate();
    };
    const request: ToRosterWorker = { type: 'export-xlsx', header: EXPORT_HEADER[locale], rows: problemRows(shown, locale), sheet: t(locale, 'rosterProblemsTitle') };
    worker.postMessage(request);
  };

  return (
    <>
      <section data-section="roster-files">
        <h2>{t(locale, 'rosterFilesTitle')}</h2>
        <table class="data roster-files">
          <thead>
            <tr>
              <th>{t(locale, 'rosterColFile')}</th>
              <th>{t(locale, 'rosterColKind')}</th>
              <th>{t(locale, 'rosterColCover')}</th>
              <th class="num">{t(locale, 'rosterColRows')}</th>
              <th class="num">{t(locale, 'rosterColErrors')}</th>
              <th class="num">{t(locale, 'rosterColWarnings')}</th>
              <th>{t(locale, 'rosterColVerdict')}</th>
            </tr>
          </thead>
          <tbody>
            {check.files.map((summary) => (
              <tr key={summary.file} data-lpc-roster-file={summary.file} data-kind={summary.kind} data-verdict={summary.verdict}>
                <td>{summary.file}</td>
                <td>
                  {pick(summary.label, locale)}
                  {summary.sheets.length > 1 || summary.sheets.some((sheet) => !sheet.verified) ? (
                    <ul class="sheets">
                      {summary.sheets.map((sheet) => (
                        <li key={sheet.name}>
                          {sheet.name}：{sheet.rows} {sheet.verified ? '' : t(locale, 'rosterUnverified')}
                        </li>
                      ))}
                    </ul>
                  ) : null}
                </td>
                <td>{coverText(summary, locale)}</td>
                <td class="num">{summary.rows}</td>
                <td class="num">{summary.errors}</td>
                <td class="num">{summary.warnings}</td>
                <td class={summary.verdict === 'ok' ? 'verdict ok' : 'verdict fix'}>{t(locale, summary.verdict === 'ok' ? 'rosterVerdictOk' : 'rosterVerdictFix')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section data-section="roster-problems">
        <h2>{t(locale, 'rosterProblemsTitle')}</h2>
        {check.problems.length === 0 ? (
          <p class="empty">{t(locale, 'rosterNoProblems')}</p>
        ) : (
          <>
            <div class="filters">
              <label>
                {t(locale, 'rosterFilterFile')}
                <select data-filter="file" value={file} onChange={(event) => setFile(event.currentTarget.value)}>
                  <option value="">{t(locale, 'rosterAll')}</option>
                  {check.files.map((summary) => (
                    <option key={summary.file} value={summary.file}>
                      {summary.file}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                {t(locale, 'rosterFilterRule')}
                <select data-filter="rule" value={rule} onChange={(event) => setRule(event.currentTarget.value)}>
                  <option value="">{t(locale, 'rosterAll')}</option>
                  {rules.map(([id, title]) => (
                    <option key={id} value={id}>
                      {title}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                {t(locale, 'rosterFilterSeverity')}
                <select data-filter="severity" value={severity} onChange={(event) => setSeverity(event.currentTarget.value)}>
                  <option value="">{t(locale, 'rosterAll')}</option>
                  <option value="error">{t(locale, 'severityError')}</option>
                  <option value="warning">{t(locale, 'severityWarning')}</option>
                </select>
              </label>
              <button type="button" data-action="export-xlsx" onClick={exportXlsx}>
                {t(locale, 'rosterExportXlsx')}
              </button>
              <button type="button" class="secondary" data-action="export-csv" onClick={exportCsv}>
                {t(locale, 'rosterExportCsv')}
              </button>
            </div>
            <p class="muted" data-shown={Math.min(shown.length, SHOWN)}>
              {shown.length > SHOWN ? t(locale, 'rosterShown', SHOWN, shown.length) : t(locale, 'rosterCount', shown.length)}
            </p>
            <ProblemTable problems={shown.slice(0, SHOWN)} locale={locale} />
          </>
        )}
      </section>
    </>
  );
}

function ProblemTable({ problems, locale }: { problems: RosterProblem[]; locale: Locale }) {
  return (
    <table class="data roster-problems">
      <thead>
        <tr>
          <th>{t(locale, 'rosterColFile')}</th>
          <th>{t(locale, 'rosterColSheet')}</th>
          <th class="num">{t(locale, 'rosterColRow')}</th>
          <th>{t(locale, 'rosterColColumn')}</th>
          <th>{t(locale, 'rosterColValue')}</th>
          <th>{t(locale, 'rosterColRule')}</th>
          <th>{t(locale, 'rosterColMessage')}</th>
          <th>{t(locale, 'rosterColSource')}</th>
        </tr>
      </thead>
      <tbody>
        {problems.map((p, i) => (
          <tr
            key={i}
            class={p.severity}
            data-lpc-roster-finding
            data-rule={p.ruleId}
            data-severity={p.severity}
            data-file={p.file}
            data-sheet={p.sheet}
            data-row={p.row ?? ''}
            data-column={p.column}
          >
            <td>{p.file}</td>
            <td>{p.sheet}</td>
            <td class="num">{p.row ?? ''}</td>
            <td>{p.column}</td>
            <td class="value">{p.value}</td>
            <td>
              <span class={p.severity === 'error' ? 'error-text' : 'warning-text'}>{pick(p.title, locale)}</span>
              <div class="rule-id">{p.ruleId}</div>
            </td>
            <td>{pick(p.message, locale)}</td>
            <td class="small">{pick(p.source, locale)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
