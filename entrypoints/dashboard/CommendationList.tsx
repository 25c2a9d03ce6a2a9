import type { Locale } from '@/lib/model/localized';
import { t, type MessageKey } from '@/lib/i18n';
import type { CommendationCriteria, CommendationResult } from '@/lib/stats/commendations';
import { percent } from './format';

interface Props {
  result: CommendationResult;
  criteria: CommendationCriteria;
  onCriteria: (next: CommendationCriteria) => void;
  taskLabel: (taskId: string) => string;
  locale: Locale;
}

const REASON: Record<CommendationResult['others'][number]['reason'], MessageKey> = {
  completion: 'dashCommendReasonCompletion',
  'on-time': 'dashCommendReasonOnTime',
  'on-time-unknown': 'dashCommendReasonUnknown',
  'too-few': 'dashCommendReasonFew',
};

/** 敘獎建議: the criteria the secretary sets, the candidates with their evidence, and who fell short why. */
export function CommendationList({ result, criteria, onCriteria, taskLabel, locale }: Props) {
  const pctInput = (key: 'minCompletion' | 'minOnTime', labelKey: MessageKey) => (
    <label>
      {t(locale, labelKey)}
      <input
        type="number"
        min={0}
        max={100}
        step={1}
        data-criteria={key}
        value={Math.round(criteria[key] * 100)}
        onChange={(event) => onCriteria({ ...criteria, [key]: Math.min(100, Math.max(0, Number(event.currentTarget.value))) / 100 })}
      />
    </label>
  );
  return (
    <div class="commendations">
      <p class="intro">{t(locale, 'dashCommendIntro')}</p>
      <div class="criteria no-print">
        <label>
          {t(locale, 'dashCommendBy')}
          <select value={criteria.by} onChange={(event) => onCriteria({ ...criteria, by: event.currentTarget.value as 'person' | 'unit' })}>
            <option value="person">{t(locale, 'dashCommendByPerson')}</option>
            <option value="unit">{t(locale, 'dashCommendByUnit')}</option>
          </select>
        </label>
        {pctInput('minCompletion', 'dashCommendMinCompletion')}
        {pctInput('minOnTime', 'dashCommendMinOnTime')}
        <label>
          {t(locale, 'dashCommendMinItems')}
          <input type="number" min={1} step={1} value={criteria.minItems} onChange={(event) => onCriteria({ ...criteria, minItems: Math.max(1, Number(event.currentTarget.value)) })} />
        </label>
      </div>
      <p class="print-only">
        {t(locale, 'dashCommendCriteriaText', Math.round(criteria.minCompletion * 100), Math.round(criteria.minOnTime * 100), criteria.minItems)}
      </p>
      {result.candidates.length === 0 ? (
        <p class="empty" data-empty="commendations">{t(locale, 'dashCommendNone')}</p>
      ) : (
        <ol class="candidates">
          {result.candidates.map((candidate) => (
            <li key={candidate.name} data-candidate={candidate.name}>
              <strong>{candidate.name}</strong>
              <span class="muted">{t(locale, 'dashCommendSummary', candidate.tasks.length, candidate.total, candidate.done, candidate.onTime)}</span>
              <table class="data evidence">
                <caption>{t(locale, 'dashCommendEvidence')}</caption>
                <thead>
                  <tr>
                    <th>{t(locale, 'colTask')}</th>
                    <th>{t(locale, 'colClass')}</th>
                    <th>{t(locale, 'colCourse')}</th>
                    <th class="num">{t(locale, 'colTotal')}</th>
                    <th class="num">{t(locale, 'colDone')}</th>
                    <th class="num">{t(locale, 'colOnTime')}</th>
                    <th>{t(locale, 'colDue')}</th>
                    <th>{t(locale, 'colSeenOn')}</th>
                  </tr>
                </thead>
                <tbody>
                  {candidate.evidence.map((row) => (
                    <tr key={row.scope} data-evidence={row.observationId}>
                      <td>{taskLabel(row.taskId)}</td>
                      <td>{row.className || '—'}</td>
                      <td>{row.course || '—'}</td>
                      <td class="num">{row.total}</td>
                      <td class="num">{row.done}</td>
                      <td class="num">{row.onTime ?? '—'}</td>
                      <td>{row.due || '—'}</td>
                      <td>{row.day}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </li>
          ))}
        </ol>
      )}
      {result.others.length > 0 && (
        <details class="others no-print">
          <summary>{t(locale, 'dashCommendOthers', result.others.length)}</summary>
          <ul>
            {result.others.map((other) => (
              <li key={other.name} data-other={other.name}>
                {other.name}：{t(locale, REASON[other.reason], other.task ? taskLabel(other.task) : '')}
              </li>
            ))}
          </ul>
        </details>
      )}
      <p class="muted small">{t(locale, 'dashCommendNote', percent(criteria.minCompletion))}</p>
    </div>
  );
}
