import type { Finding } from '@/lib/model/finding';
import { calendarName, daysBetween, isoDateOf, legalTermStart, resolveDeadline, termAt, termCalendar, termLabel } from '@/lib/policy/calendar';
import type { DeadlineRule } from '@/lib/policy/schema';
import { cite } from '../cite';
import { finding, say } from '../shared';
import type { PageRule } from '../types';

/** 004 item 7, used when the school's task table has no `course-code-check` row. */
const NATIONAL_DEADLINE: DeadlineRule = { anchor: 'termStart', offset: { weeks: 4 } };

/**
 * On a 課程代碼比對 page: the comparison not yet run this term once the school's deadline (4 weeks
 * after term start) has passed, or not re-run since the course plan last changed (`context.plan.changedAt`).
 */
export const courseCodeCheckOverdue: PageRule = {
  id: 'course.code-check.overdue',
  family: 'course',
  scope: 'page',
  recordLocal: true,
  sources: ['page'],
  severity: 'warning',
  dismissal: 'any-reason',
  title: { zh: '課程代碼比對未如期執行', en: 'Course-code comparison not run on time' },
  basis: {
    seed: '004_e8ede5ea50a90384.txt',
    clause: '第7項',
    text: {
      zh: '請學校於每學期開學後4週內完成第1次比對；修正課程計畫並報經主管機關備查後，應再次執行比對功能。',
      en: 'Run the first comparison within 4 weeks of term start, and again after every approved course-plan change.',
    },
  },
  check(input, policy, context) {
    const today = isoDateOf(context.now);
    const basis = cite(courseCodeCheckOverdue.basis);
    const findings: Finding[] = [];
    input.records.forEach((record, index) => {
      if (record.type !== 'course-code-run') return;
      const entry = record.term ? termCalendar(policy, record.term) : termAt(policy, today);
      if (!entry) return;
      const rule = policy.tasks.find((task) => task.id === 'course-code-check')?.deadline ?? NATIONAL_DEADLINE;
      const due = resolveDeadline(rule, policy, entry.term, undefined);
      const ranThisTerm = record.ranAt !== undefined && record.ranAt >= (entry.start ?? legalTermStart(entry.term));
      const term = termLabel(entry.term);
      // the calendar the deadline came from, named in the mark
      const calendar = calendarName(policy, entry.term);
      if (!ranThisTerm && due && today > due) {
        const late = daysBetween(due, today);
        findings.push(
          finding(
            courseCodeCheckOverdue,
            index,
            say([
              {
                zh: `${term.zh}尚未執行課程代碼比對${record.ranAt ? `（最近一次是 ${record.ranAt}）` : ''}，期限 ${due}（依${calendar.zh}）已過 ${late} 天。請立即執行比對，並修正至結果正確。`,
                en: `The course-code comparison has not been run in ${term.en}${record.ranAt ? ` (last run ${record.ranAt})` : ''}; the ${due} deadline (by ${calendar.en}) passed ${late} days ago. Run it now and fix every error.`,
              },
              basis,
            ]),
            'ranAt',
          ),
        );
        return;
      }
      // The page shows only the latest run: a re-run after a plan change is not a late first run.
      const rerunAfterChange = context.plan?.changedAt !== undefined && context.plan.changedAt > due! && context.plan.changedAt <= record.ranAt!;
      if (ranThisTerm && due && record.ranAt! > due && !rerunAfterChange) {
        findings.push(
          finding(
            courseCodeCheckOverdue,
            index,
            say([
              {
                zh: `頁面顯示${term.zh}最近一次課程代碼比對在 ${record.ranAt}，晚於第 1 次比對的期限 ${due}（依${calendar.zh}）。若這是本學期第 1 次比對，已晚了 ${daysBetween(due, record.ranAt!)} 天，請在工作期程中提前安排；若期限前已比對過，可不理會此提醒。`,
                en: `The page shows the latest ${term.en} comparison on ${record.ranAt}, after the ${due} deadline for the first one (by ${calendar.en}). If this was the term's first comparison it was ${daysBetween(due, record.ranAt!)} days late — schedule it earlier; if an earlier run met the deadline, ignore this.`,
              },
              basis,
            ]),
            'ranAt',
          ),
        );
        return;
      }
      const changedAt = context.plan?.changedAt;
      if (changedAt && record.ranAt && record.ranAt < changedAt && changedAt <= today) {
        findings.push(
          finding(
            courseCodeCheckOverdue,
            index,
            say([
              {
                zh: `課程計畫於 ${changedAt} 修正，最近一次課程代碼比對是 ${record.ranAt}（早了 ${daysBetween(record.ranAt, changedAt)} 天），修正後尚未重新比對。請取得最新課程代碼後再次比對。`,
                en: `The course plan changed on ${changedAt}; the last comparison ran on ${record.ranAt}, ${daysBetween(record.ranAt, changedAt)} days earlier. Fetch the latest codes and run it again.`,
              },
              basis,
            ]),
            'ranAt',
          ),
        );
      }
    });
    return findings;
  },
};
