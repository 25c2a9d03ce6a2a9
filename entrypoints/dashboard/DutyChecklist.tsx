import type { DutyKind } from '@/lib/db/database';
import type { Locale } from '@/lib/model/localized';
import { t, type MessageKey } from '@/lib/i18n';
import { pick } from '@/lib/model/localized';
import { sourcesText } from '@/lib/rules/cite';
import { checklistProgress, type ChecklistItem } from '@/lib/stats/duties';

const LABEL: Record<DutyKind, MessageKey> = {
  meeting: 'dutyMeeting',
  'student-training': 'dutyStudentTraining',
  'teacher-workshop': 'dutyTeacherWorkshop',
  'parent-session': 'dutyParentSession',
};

interface Props {
  year: number;
  items: ChecklistItem[];
  locale: Locale;
  today: string;
  onChange: (item: ChecklistItem, doneOn: string, note: string) => void;
}

/** The working group's own duties for a school year, ticked by the secretary. */
export function DutyChecklist({ year, items, locale, today, onChange }: Props) {
  const progress = checklistProgress(items);
  return (
    <div class="checklist">
      <p>
        <strong>{t(locale, 'dashChecklistTitle', year)}</strong>　
        <span data-progress>{t(locale, 'dashChecklistProgress', progress.done, progress.of)}</span>
      </p>
      <table class="data">
        <thead>
          <tr>
            <th scope="col">{t(locale, 'dashDutyItem')}</th>
            <th scope="col">{t(locale, 'dashDutyDone')}</th>
            <th scope="col">{t(locale, 'dashDutyDoneOn')}</th>
            <th scope="col">{t(locale, 'dashDutyNote')}</th>
            <th scope="col">{t(locale, 'colBasis')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id} data-duty={item.id} class={item.done ? 'done' : 'todo'}>
              <td>{t(locale, LABEL[item.kind], item.semester)}</td>
              <td>
                <input
                  type="checkbox"
                  checked={item.done}
                  aria-label={t(locale, LABEL[item.kind], item.semester)}
                  onChange={(event) => onChange(item, event.currentTarget.checked ? item.doneOn || today : '', item.note)}
                />
              </td>
              <td>
                <input
                  type="date"
                  class="no-print"
                  aria-label={`${t(locale, LABEL[item.kind], item.semester)} ${t(locale, 'dashDutyDoneOn')}`}
                  value={item.doneOn}
                  onChange={(event) => onChange(item, event.currentTarget.value, item.note)}
                />
                <span class="print-inline">{item.doneOn}</span>
              </td>
              <td>
                <input
                  type="text"
                  class="no-print"
                  aria-label={`${t(locale, LABEL[item.kind], item.semester)} ${t(locale, 'dashDutyNote')}`}
                  value={item.note}
                  onChange={(event) => onChange(item, item.doneOn, event.currentTarget.value)}
                />
                <span class="print-inline">{item.note}</span>
              </td>
              <td class="muted small" data-col="basis">{pick(sourcesText(item.basis), locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
