import { t } from '@/lib/i18n';
import { pick, type Locale } from '@/lib/model/localized';
import { badgeView, certificationDeadline, daysLeft, isStale, type QueueSnapshot } from '@/lib/certification/urgency';
import type { SchoolPolicy } from '@/lib/policy/schema';

interface Props {
  snapshot: QueueSnapshot | null;
  policy: SchoolPolicy;
  locale: Locale;
  now: Date;
  onOpen: (url: string) => void;
}

/** The teacher's pending 認證, by course and class, with days left and when it was last seen. */
export function CertificationQueueView({ snapshot, policy, locale, now, onOpen }: Props) {
  if (!snapshot) {
    return (
      <section class="queue" data-queue="none">
        <h2>{t(locale, 'queueTitle')}</h2>
        <p class="note">{t(locale, 'queueNone')}</p>
      </section>
    );
  }
  const view = badgeView(snapshot, policy, now);
  const deadline = certificationDeadline(policy, snapshot.term, now);
  const left = deadline === undefined ? undefined : daysLeft(deadline, now);
  const seen = new Date(snapshot.seenAt).toLocaleString(locale === 'en' ? 'en' : 'zh-TW');
  return (
    <section class={`queue ${view.urgency}`} data-queue={view.urgency}>
      <h2>{t(locale, 'queueTitle')}</h2>
      <p class="headline">{pick(view.title, locale)}</p>
      {snapshot.groups.length > 0 && (
        <table class="data">
          <thead>
            <tr>
              <th>{t(locale, 'queueCourse')}</th>
              <th>{t(locale, 'queueClass')}</th>
              <th class="num">{t(locale, 'queuePending')}</th>
              <th class="num">{t(locale, 'queueDaysLeft')}</th>
            </tr>
          </thead>
          <tbody>
            {snapshot.groups.map((group) => (
              <tr key={`${group.courseName}/${group.className}`}>
                <td>{group.courseName}</td>
                <td>{group.className}</td>
                <td class="num">{group.pending}</td>
                <td class="num">{left === undefined ? '—' : left < 0 ? t(locale, 'queueOverdue', -left) : left}</td>
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
