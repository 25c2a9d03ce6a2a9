import { useStoredValue } from '@/components/hooks';
import { dismissProblems, logHealthSetting, type LogProblem } from '@/lib/db/health';
import { t } from '@/lib/i18n';
import type { Locale } from '@/lib/model/localized';

function when(at: number, locale: Locale): string {
  return new Date(at).toLocaleString(locale === 'en' ? 'en' : 'zh-TW', { month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit' });
}

function sentence(problem: LogProblem, locale: Locale): string {
  const at = when(problem.last, locale);
  switch (problem.kind) {
    case 'write-failed':
      return t(locale, 'popupHealthWriteFailed', problem.count, at);
    case 'quota':
      return t(locale, 'popupHealthQuota', problem.count, at);
    case 'unreachable':
      return t(locale, 'popupHealthUnreachable', problem.count, at);
    case 'key-replaced':
      return t(locale, 'popupHealthKeyReplaced');
    case 'too-large':
      return problem.size !== undefined
        ? t(locale, 'popupHealthTooLarge', problem.count, problem.size, problem.limit ?? '')
        : t(locale, 'popupHealthTooLong', problem.count, problem.limit ?? '');
  }
}

/**
 * What went wrong with the log since the user last looked (failed writes, a full disk, pages too
 * large to log, a replaced key), so a lost write is never silent. Hidden when all is well.
 */
export function LogHealthNotice({ locale }: { locale: Locale }) {
  const health = useStoredValue(logHealthSetting);
  if (!health || health.problems.length === 0) return null;
  return (
    <section class="log-health" role="alert" data-log-health>
      <h2>{t(locale, 'popupHealthTitle')}</h2>
      <ul>
        {[...health.problems]
          .sort((a, b) => b.last - a.last)
          .map((problem) => (
            <li key={problem.kind} data-problem={problem.kind} data-count={problem.count}>
              {sentence(problem, locale)}
              {problem.page && <span class="note"> {t(locale, 'popupHealthPage', problem.page)}</span>}
            </li>
          ))}
      </ul>
      <button type="button" class="secondary" data-action="dismiss-health" onClick={() => void dismissProblems()}>
        {t(locale, 'popupHealthDismiss')}
      </button>
    </section>
  );
}
