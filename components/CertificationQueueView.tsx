import { t } from '@/lib/i18n';
import { pick, type Locale } from '@/lib/model/localized';
import { badgeView, daysLeft, deadlineConflictText, isStale, type QueueSnapshot, type Reader } from '@/lib/certification/urgency';
import type { SchoolPolicy } from '@/lib/policy/schema';

interface Props {
  snapshot: QueueSnapshot | null;
  policy: SchoolPolicy;
  locale: Locale;
  /** the moment deadlines are judged on: the 檢核基準日 when set, else now */
  now: Date;
  /** the 檢核基準日, when set (said beside the days left) */
  referenceDate: string | null;
  /** who uses this browser: a teacher's own queue, or what a certification page showed staff */
  reader: Reader;
  onOpen: (url: string) => void;
}

/**
 * Pending 認證 by course and class, with days left, the calendar the deadline came from (or that the term
 * has none), the page's own deadline when it differs, and when the page was last seen.
 */
export function CertificationQueueView({ snapshot, policy, locale, now, referenceDate, reader, onOpen }: Props) {
  if (!snapshot) {
    return (
      <section class="queue" data-queue="none">
        <h2>{t(locale, 'queueTitle')}</h2>
        <p class="note">{t(locale, 'queueNone')}</p>
      </section>
    );
  }
  const view = badgeView(snapshot, policy, now, reader);
  const deadline = view.deadline?.date;
  const left = deadline === undefined ? undefined : daysLeft(deadline, now);
  const seen = new Date(snapshot.seenAt).toLocaleString(locale === 'en' ? 'en' : 'zh-TW');
  return (
    <section class={`queue ${view.urgency}`} data-queue={view.urgency}>
      <h2>{t(locale, reader === 'teacher' || reader === null ? 'queueTitle' : 'queueTitleStaff')}</h2>
      <p class="headline">{pick(view.title, locale)}</p>
      {view.deadline && (
        <p class="note" data-calendar={view.deadline.from ?? 'calendar'}>
          {t(locale, view.deadline.from === 'portal' ? 'queueCalendarPortal' : 'queueCalendar', pick(view.deadline.calendar, locale))}
          {referenceDate && <span data-reference-date>{t(locale, 'queueReferenceDate', referenceDate)}</span>}
        </p>
      )}
      {view.deadline?.conflict && (
        <p class="note warning-text" data-deadline-conflict={view.deadline.conflict.applies}>
          {pick(deadlineConflictText(view.deadline.conflict), locale)}
        </p>
      )}
      {snapshot.groups.length > 0 && (
        <table class="data">
          <thead>
            <tr>
              <th scope="col">{t(locale, 'queueCourse')}</th>
              <th scope="col">{t(locale, 'queueClass')}</th>
              <th scope="col" class="num">{t(locale, 'queuePending')}</th>
              <th scope="col" class="num">{t(locale, 'queueDaysLeft')}</th>
            </tr>
          </thead>
          <tbody>
            {snapshot.groups.map((group) => (
              <tr key={`${group.courseName}/${group.className}`}>
                <td>{group.courseName}</td>
                <td>{group.className}</td>
                <td class="num">{group.pending}</td>
                <td class="num">{left === undefined ? t(locale, 'queueNoDeadline') : left < 0 ? t(locale, 'queueOverdue', -left) : left}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p class="note">
        {t(locale, 'queueLastSeen', seen)}
        {isStale(snapshot, now) && <span class="warning-text"> {t(locale, 'queueStale')}</span>}
      </p>
      <button type="button" class="secondary" onClick={() => onOpen(snapshot.pageUrl)}>
        {t(locale, 'queueOpenPage')}
      </button>
    </section>
  );
}
