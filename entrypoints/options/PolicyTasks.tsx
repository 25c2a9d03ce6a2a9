import { t, type MessageKey } from '@/lib/i18n';
import { pick } from '@/lib/model/localized';
import { newTaskId } from '@/lib/options/policy-edit';
import { describeDeadline } from '@/lib/policy/calendar';
import { DEADLINE_ANCHORS, type DeadlineAnchor, type TaskDef } from '@/lib/policy/schema';
import { FieldProblems, NumberInput, PolicyGroup, type PolicyFormProps } from './PolicyParts';

const ANCHOR_KEY: Record<DeadlineAnchor, MessageKey> = {
  termStart: 'optAnchorTermStart',
  finalExamStart: 'optAnchorFinalExamStart',
  finalExamEnd: 'optAnchorFinalExamEnd',
  gradeEntryDeadline: 'optAnchorGradeEntry',
  closingCeremony: 'optAnchorClosing',
  nextYearStart: 'optAnchorNextYear',
  agencyDeadline: 'optAnchorAgency',
  event: 'optAnchorEvent',
};

const OFFSETS: { unit: 'months' | 'weeks' | 'days'; key: MessageKey }[] = [
  { unit: 'months', key: 'optOffsetMonths' },
  { unit: 'weeks', key: 'optOffsetWeeks' },
  { unit: 'days', key: 'optOffsetDays' },
];

function semestersValue(task: TaskDef): string {
  return task.semesters?.length === 1 ? String(task.semesters[0]) : 'both';
}

/** The school's task table: 工作項目, 負責單位, and the deadline as wording + anchor + offset. */
export function PolicyTasks({ locale, policy, errors, findings, edit }: PolicyFormProps) {
  const add = () =>
    edit(['tasks'], [...policy.tasks, { id: newTaskId(policy), task: '', unit: '', deadline: { anchor: 'termStart', offset: { weeks: 2 }, wording: '' } }]);
  return (
    <PolicyGroup legend={t(locale, 'optTasksLegend')} source={policy.sources.tasks} locale={locale}>
      <p class="help">{t(locale, 'optTasksHelp')}</p>
      <table class="data compact tasks">
        <thead>
          <tr>
            <th scope="col">{t(locale, 'optTaskName')}</th>
            <th scope="col">{t(locale, 'optTaskUnit')}</th>
            <th scope="col">{t(locale, 'optTaskDeadline')}</th>
            <th scope="col">{t(locale, 'optTaskSemesters')}</th>
            <th scope="col">
              <span class="visually-hidden">{t(locale, 'optRemove')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {policy.tasks.map((task, i) => {
            const base = ['tasks', i];
            const row = t(locale, 'optTaskRow', i + 1);
            const offset = task.deadline.offset;
            return (
              <tr key={task.id + i} data-task={task.id}>
                <td>
                  <input type="text" aria-label={`${row} ${t(locale, 'optTaskName')}`} value={task.task} onInput={(e) => edit([...base, 'task'], (e.target as HTMLInputElement).value)} />
                  <FieldProblems locale={locale} errors={errors} path={[...base, 'task']} />
                  <FieldProblems locale={locale} errors={errors} path={[...base, 'id']} />
                </td>
                <td>
                  <input type="text" aria-label={`${row} ${t(locale, 'optTaskUnit')}`} value={task.unit} onInput={(e) => edit([...base, 'unit'], (e.target as HTMLInputElement).value)} />
                  <FieldProblems locale={locale} errors={errors} path={[...base, 'unit']} />
                </td>
                <td class="deadline">
                  <input
                    type="text"
                    aria-label={`${row} ${t(locale, 'optTaskWording')}`}
                    placeholder={t(locale, 'optTaskWording')}
                    value={task.deadline.wording ?? ''}
                    onInput={(e) => {
                      const value = (e.target as HTMLInputElement).value;
                      edit([...base, 'deadline', 'wording'], value === '' ? undefined : value);
                    }}
                  />
                  <div class="row">
                    <select aria-label={`${row} ${t(locale, 'optTaskAnchor')}`} value={task.deadline.anchor} onChange={(e) => edit([...base, 'deadline', 'anchor'], (e.target as HTMLSelectElement).value)}>
                      {DEADLINE_ANCHORS.map((anchor) => (
                        <option key={anchor} value={anchor}>
                          {t(locale, ANCHOR_KEY[anchor])}
                        </option>
                      ))}
                    </select>
                    {OFFSETS.map(({ unit, key }) => (
                      <label key={unit} class="inline">
                        <NumberInput
                          class="tiny"
                          label={`${row} ${t(locale, key)}`}
                          value={offset[unit] ?? Number.NaN}
                          onValue={(value) => edit([...base, 'deadline', 'offset', unit], Number.isNaN(value) ? undefined : value)}
                        />
                        {t(locale, key)}
                      </label>
                    ))}
                  </div>
                  <p class="help">{t(locale, 'optTaskComputed', pick(describeDeadline({ ...task.deadline, wording: undefined }), locale))}</p>
                  {OFFSETS.map(({ unit }) => (
                    <FieldProblems key={unit} locale={locale} errors={errors} path={[...base, 'deadline', 'offset', unit]} />
                  ))}
                  <FieldProblems locale={locale} errors={errors} findings={findings} path={[...base, 'deadline']} />
                </td>
                <td>
                  <select
                    aria-label={`${row} ${t(locale, 'optTaskSemesters')}`}
                    value={semestersValue(task)}
                    onChange={(e) => {
                      const value = (e.target as HTMLSelectElement).value;
                      edit([...base, 'semesters'], value === 'both' ? undefined : [Number(value)]);
                    }}
                  >
                    <option value="both">{t(locale, 'optSemesterBoth')}</option>
                    <option value="1">{t(locale, 'optSemester1')}</option>
                    <option value="2">{t(locale, 'optSemester2')}</option>
                  </select>
                </td>
                <td>
                  <button type="button" class="secondary small" aria-label={`${row} ${t(locale, 'optRemove')}`} onClick={() => edit(['tasks'], policy.tasks.filter((_, j) => j !== i))}>
                    {t(locale, 'optRemove')}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <button type="button" class="secondary" onClick={add}>
        {t(locale, 'optTaskAdd')}
      </button>
    </PolicyGroup>
  );
}
