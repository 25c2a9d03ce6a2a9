import type { Finding } from '@/lib/model/finding';
import { daysBetween, describeDeadline, isoDateOf, resolveDeadline, termLabel } from '@/lib/policy/calendar';
import { citePolicy } from '../cite';
import { finding, say } from '../shared';
import type { PolicyRule } from '../types';

/**
 * A task of the school's task table past its deadline: still open after it, or done late. Each
 * finding's recordIndex points into `input.tasks`. Tasks without a status record are not judged.
 */
export const taskOverdue: PolicyRule = {
  id: 'schedule.task.overdue',
  family: 'schedule',
  scope: 'policy',
  severity: 'warning',
  dismissal: 'any-reason',
  title: { zh: '工作期程逾期', en: 'Task past its deadline' },
  basis: {
    seed: '003_5f73e15ddc21c676.txt',
    clause: '五',
    text: {
      zh: '學校應訂定補充規定，其內容應包括學生學習歷程檔案資料建置之方式、人員、期程及內容。',
      en: 'The school’s supplementary rules set how, by whom and by when each part of the portfolio data is built.',
    },
  },
  check(input, policy, context) {
    const today = isoDateOf(context.now);
    const basis = citePolicy(policy, 'tasks', taskOverdue.basis);
    const findings: Finding[] = [];
    input.tasks.forEach((status, index) => {
      const task = policy.tasks.find((t) => t.id === status.taskId);
      if (!task || (task.semesters && !task.semesters.includes(status.term.semester))) return;
      const due = resolveDeadline(task.deadline, policy, status.term, status.eventAt);
      if (!due) return;
      const term = termLabel(status.term);
      const rule = describeDeadline(task.deadline);
      if (status.doneAt) {
        if (status.doneAt <= due) return;
        const late = daysBetween(due, status.doneAt);
        findings.push(
          finding(
            taskOverdue,
            index,
            say([
              {
                zh: `${term.zh}「${task.task}」（${task.unit}）期限為${rule.zh}（${due}），${status.doneAt} 才完成，逾期 ${late} 天。請於工作小組會議檢討並調整期程。`,
                en: `${term.en}: "${task.task}" (${task.unit}) was due ${due} (${rule.en}) and was done on ${status.doneAt}, ${late} days late. Review it at the working-group meeting.`,
              },
              basis,
            ]),
            'doneAt',
          ),
        );
        return;
      }
      if (today <= due) return;
      const late = daysBetween(due, today);
      findings.push(
        finding(
          taskOverdue,
          index,
          say([
            {
              zh: `${term.zh}「${task.task}」（${task.unit}）期限為${rule.zh}（${due}），已逾期 ${late} 天仍未完成。請負責單位儘速完成並回報。`,
              en: `${term.en}: "${task.task}" (${task.unit}) was due ${due} (${rule.en}) and is still open, ${late} days late. The unit should finish it and report back.`,
            },
            basis,
          ]),
          'doneAt',
        ),
      );
    });
    return findings;
  },
};
