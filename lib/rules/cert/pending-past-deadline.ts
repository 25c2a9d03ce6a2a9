import type { Finding } from '@/lib/model/finding';
import type { Localized } from '@/lib/model/localized';
import type { ClassProgress, PageRecord, Term } from '@/lib/model/records';
import { certificationDeadlineInfo, deadlineConflictText, type DeadlineInfo } from '@/lib/certification/urgency';
import { daysBetween, isoDateOf, termAt, termLabel } from '@/lib/policy/calendar';
import type { SchoolPolicy } from '@/lib/policy/schema';
import { citePolicy } from '../cite';
import { finding, say } from '../shared';
import type { PageRule } from '../types';

/**
 * The certification deadline for a term: the school calendar's, or the page's own stated one where the
 * school chose 「以系統公告期限為準」 or its calendar has none — with the calendar named and both dates
 * when they differ.
 */
function certificationDeadline(policy: SchoolPolicy, term: Term | undefined, today: string, stated: string | undefined): DeadlineInfo | undefined {
  if (!term) return undefined;
  const info = certificationDeadlineInfo(policy, term, new Date(`${today}T12:00:00`), stated);
  return info.date ? info : undefined;
}

/** 「（依範例高級中學 114 學年度第 1 學期行事曆）」 and, when the page states another date, both and which applies. */
function whichCalendar(info: DeadlineInfo): Localized {
  const source =
    info.from === 'portal'
      ? { zh: `依系統公告期限；${info.calendar.zh}`, en: `by the portal's stated deadline; ${info.calendar.en}` }
      : { zh: `依${info.calendar.zh}`, en: `by ${info.calendar.en}` };
  const conflict = info.conflict ? deadlineConflictText(info.conflict) : { zh: '', en: '' };
  return { zh: `（${source.zh}）。${conflict.zh}`, en: ` (${source.en}).${conflict.en ? ` ${conflict.en}` : ''}` };
}

/** An outcome still pending after its term's deadline, as far as the record alone tells (its group's count comes later). */
interface LateItem {
  group: string;
  deadline: string;
  /** which calendar the deadline came from, in words */
  source: Localized;
  term: Term;
  label: { zh: string; en: string };
  /** the finding last made from it, with what it depended on besides the record, policy and day */
  made?: { index: number; count: number; finding: Finding };
}

/**
 * What each record says on its own, kept per record object for the policy and day it was worked out
 * under: records of unchanged rows are the same objects from one check to the next (PageReader), so a
 * re-check works out only the changed ones, and remakes a message only where its group's count changed.
 */
const lateByRecord = new WeakMap<PageRecord, { policy: SchoolPolicy; today: string; stated: string | undefined; item: LateItem | undefined }>();

function lateItem(record: PageRecord, policy: SchoolPolicy, today: string, stated: string | undefined): LateItem | undefined {
  if (record.type !== 'artifact' || record.kind !== 'outcome' || record.certStatus !== 'pending') return undefined;
  const known = lateByRecord.get(record);
  if (known && known.policy === policy && known.today === today && known.stated === stated) return known.item;
  let item: LateItem | undefined;
  // A page that shows no 學期 still dates each upload: it belongs to the term it was uploaded in.
  const term = record.term ?? (record.uploadedAt ? termAt(policy, record.uploadedAt)?.term : undefined);
  const info = certificationDeadline(policy, term, today, stated);
  if (info && term && today > info.date!) {
    const parts = [record.teacher, record.courseName ?? record.courseCode, record.className && `${record.className} 班`].filter(
      (part): part is string => Boolean(part),
    );
    item = { group: parts.join('／'), deadline: info.date!, source: whichCalendar(info), term, label: { zh: parts.join('／'), en: parts.join(' / ') } };
  }
  lateByRecord.set(record, { policy, today, stated, item });
  return item;
}

/**
 * 課程學習成果 still 未認證 after the school's certification window closed. Each item is marked,
 * and the message gives how many the same teacher / course / class still has open. On a 班級進度
 * page, each student with uploaded > certified is marked.
 */
export const certPendingPastDeadline: PageRule = {
  id: 'cert.pending.past-deadline',
  family: 'cert',
  scope: 'page',
  recordLocal: false,
  sources: ['page'],
  severity: 'error',
  dismissal: 'reported-only',
  title: { zh: '認證期限已過仍未認證', en: 'Still uncertified after the certification deadline' },
  basis: {
    seed: '003_5f73e15ddc21c676.txt',
    clause: '四(二)1',
    text: {
      zh: '課程學習成果應於學校每學期規定時間內辦理，並應經任課教師認證。',
      en: 'Course outcomes are handled within the school’s term window and must be certified by the course teacher.',
    },
  },
  check(input, policy, context) {
    const today = isoDateOf(context.now);
    const stated = context.statedCertificationDeadline;
    const basis = citePolicy(policy, 'calendar', certPendingPastDeadline.basis);
    const late: Array<{ index: number; item: LateItem }> = [];
    input.records.forEach((record, index) => {
      const item = lateItem(record, policy, today, stated);
      if (item) late.push({ index, item });
    });
    const perGroup = new Map<string, number>();
    for (const { item } of late) perGroup.set(item.group, (perGroup.get(item.group) ?? 0) + 1);

    const findings: Finding[] = late.map(({ index, item }) => {
      const count = perGroup.get(item.group) ?? 1;
      // The same record, place and count say the same as last time (a re-check after one row changed).
      const made = item.made;
      if (made && made.index === index && made.count === count) return made.finding;
      const days = daysBetween(item.deadline, today);
      const term = termLabel(item.term);
      const who = item.group ? { zh: `${item.label.zh}共有 ${count} 件未認證。`, en: `${item.label.en} has ${count} uncertified.` } : { zh: '', en: '' };
      const result = finding(
        certPendingPastDeadline,
        index,
        say([
          {
            zh: `這件課程學習成果尚未認證，${term.zh}認證期限 ${item.deadline} 已過 ${days} 天${item.source.zh}${who.zh}請任課教師儘速完成認證（認證僅確認為學生本人修課產出）。`,
            en: `This outcome is still uncertified; the ${term.en} deadline ${item.deadline} passed ${days} days ago${item.source.en} ${who.en} The teacher should certify it now (certification only confirms it is the student's own coursework).`,
          },
          basis,
        ]),
        'certStatus',
      );
      item.made = { index, count, finding: result };
      return result;
    });

    input.records.forEach((record, index) => {
      if (record.type !== 'class-progress' || record.outcomesUploaded === undefined || record.outcomesCertified === undefined) return;
      // A student's row says the same for the same record, place, policy and day.
      const known = progressByRecord.get(record);
      if (known && known.policy === policy && known.today === today && known.stated === stated && known.index === index) {
        if (known.finding) findings.push(known.finding);
        return;
      }
      const made = progressFinding(record, index, policy, today, stated, basis);
      progressByRecord.set(record, { policy, today, stated, index, finding: made });
      if (made) findings.push(made);
    });
    return findings;
  },
};

const progressByRecord = new WeakMap<PageRecord, { policy: SchoolPolicy; today: string; stated: string | undefined; index: number; finding: Finding | undefined }>();

/** A 班級進度 row with uploads still uncertified after the deadline. */
function progressFinding(record: ClassProgress, index: number, policy: SchoolPolicy, today: string, stated: string | undefined, basis: Localized): Finding | undefined {
  if (record.outcomesUploaded === undefined || record.outcomesCertified === undefined) return undefined;
  const open = record.outcomesUploaded - record.outcomesCertified;
  const info = certificationDeadline(policy, record.term, today, stated);
  if (open <= 0 || !info || today <= info.date!) return undefined;
  const deadline = info.date!;
  const source = whichCalendar(info);
  const days = daysBetween(deadline, today);
  return finding(
    certPendingPastDeadline,
    index,
    say([
      {
        zh: `上傳 ${record.outcomesUploaded} 件、已認證 ${record.outcomesCertified} 件，尚有 ${open} 件未認證，認證期限 ${deadline} 已過 ${days} 天${source.zh}請聯絡任課教師完成認證。`,
        en: `${record.outcomesUploaded} uploaded, ${record.outcomesCertified} certified: ${open} still open ${days} days after the ${deadline} deadline${source.en} Contact the teachers.`,
      },
      basis,
    ]),
    'outcomesCertified',
  );
}
