import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { pick, type Locale } from '@/lib/model/localized';
import { badgeView, deadlineConflictText, isStale, type QueueSnapshot, type Reader } from '@/lib/certification/urgency';
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

/** Rows shown before 「全部列出」: a popup is a glance, and a teacher of many classes has dozens of rows. */
const QUEUE_ROWS_SHOWN = 8;

/**
 * Pending 認證 by course and class, the most pending first (the days left are the same for every row and are said
 * once, in the headline), the calendar the deadline came from (or that the term
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
  const [showAll, setShowAll] = useState(false);
  const view = badgeView(snapshot, policy, now, reader);
  const groups = [...snapshot.groups].sort((a, b) => b.pending - a.pending);
  const shown = showAll ? groups : groups.slice(0, QUEUE_ROWS_SHOWN);
  const rest = groups.slice(shown.length);
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
      {groups.length > 0 && (
        <table class="data">
          <thead>
            <tr>
              <th scope="col">{t(locale, 'queueCourse')}</th>
              <th scope="col">{t(locale, 'queueClass')}</th>
              <th scope="col" class="num">{t(locale, 'queuePending')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((group) => (
              <tr key={`${group.courseName}/${group.className}`}>
                <td>{group.courseName}</td>
                <td>{group.className}</td>
                <td class="num">{group.pending}</td>
              </tr>
            ))}
          </tbody>
          {rest.length > 0 && (
            <tfoot>
              <tr data-queue-rest>
                <td colSpan={2}>{t(locale, 'queueRest', String(rest.length))}</td>
                <td class="num">{rest.reduce((sum, group) => sum + group.pending, 0)}</td>
              </tr>
            </tfoot>
          )}
        </table>
      )}
      {groups.length > QUEUE_ROWS_SHOWN && (
        <button type="button" class="secondary" aria-expanded={showAll} onClick={() => setShowAll(!showAll)}>
          {showAll ? t(locale, 'queueShowFewer') : t(locale, 'queueShowAll', String(groups.length))}
        </button>
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
