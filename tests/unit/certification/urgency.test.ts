import { describe, expect, it } from 'vitest';
import { badgeView, certificationDeadline, certificationDeadlineInfo, daysLeft, isStale, termOfCertifiedDates, urgencyOf, type QueueSnapshot } from '@/lib/certification/urgency';
import { NATIONAL_POLICY } from '@/lib/policy/presets';
import { SAMPLE_SCHOOL_POLICY as SAMPLE } from '../../portal/sample-school-policy';

/** Noon local time on a calendar day, so the day is the same in any time zone the test runs in. */
const day = (iso: string, hour = 12) => new Date(`${iso}T${String(hour).padStart(2, '0')}:00:00`);

describe('urgencyOf: neutral, amber within 7 days, red within 2 days or overdue', () => {
  const deadline = '2026-02-10';
  it.each([
    ['2026-01-20', 'normal'],
    ['2026-02-02', 'normal'],
    ['2026-02-03', 'soon'],
    ['2026-02-07', 'soon'],
    ['2026-02-08', 'urgent'],
    ['2026-02-10', 'urgent'],
    ['2026-02-11', 'overdue'],
  ])('on %s it is %s', (today, urgency) => {
    expect(urgencyOf(5, deadline, day(today))).toBe(urgency);
  });
  it('is clear when nothing waits, whatever the date', () => {
    expect(urgencyOf(0, deadline, day('2026-02-11'))).toBe('clear');
  });
  it('is neutral when the calendar has no deadline', () => {
    expect(urgencyOf(3, undefined, day('2026-02-11'))).toBe('normal');
  });
  it('moves with the clock past midnight, not with the hour', () => {
    expect(daysLeft(deadline, day('2026-02-10', 23))).toBe(0);
    expect(daysLeft(deadline, day('2026-02-11', 0))).toBe(-1);
  });
});

describe('certificationDeadline', () => {
  // The sample school's calendar (tests/portal/pages/data/sample-school-policy.json): 114-1 certification until
  // 2026-02-10, 114-2 starts 2026-02-11 and certifies until 2026-07-21.
  it('takes the window of the uploads’ term from the policy', () => {
    expect(certificationDeadline(SAMPLE, { year: 114, semester: 1 }, day('2030-01-01'))).toBe('2026-02-10');
  });
  it('uses the term today falls in when the page shows no term', () => {
    expect(certificationDeadline(SAMPLE, undefined, day('2026-02-11'))).toBe('2026-07-21');
    expect(certificationDeadline(SAMPLE, undefined, day('2026-02-10'))).toBe('2026-02-10');
  });
  it('has no deadline for a term the calendar does not list, nor under a preset that carries no dates', () => {
    expect(certificationDeadline(SAMPLE, { year: 99, semester: 1 }, day('2026-01-01'))).toBeUndefined();
    expect(certificationDeadline(NATIONAL_POLICY, { year: 114, semester: 1 }, day('2026-02-11'))).toBeUndefined();
  });
});

describe('badgeView', () => {
  const term = { year: 114, semester: 1 as const };
  const end = '2026-02-10';
  const snapshot = (total: number): QueueSnapshot => ({
    seenAt: day('2026-01-01').getTime(),
    pageUrl: 'http://127.0.0.1/b/teacher/certify.html',
    groups: [{ courseName: '物理', className: '201', pending: total }],
    total,
    seenRows: total,
    complete: true,
    term,
  });

  it('shows the number waiting, coloured and worded by urgency', () => {
    const view = badgeView(snapshot(12), SAMPLE, day(end));
    expect(view).toMatchObject({ text: '12', urgency: 'urgent', color: '#c81e1e' });
    expect(view.title.zh).toBe(`有 12 件課程學習成果等待您認證，今天（${end}）是認證截止日（依範例高級中學 114 學年度第 1 學期行事曆）。`);
  });
  it('says how long ago the deadline passed', () => {
    const view = badgeView(snapshot(1), SAMPLE, new Date(day(end).getTime() + 3 * 86_400_000));
    expect(view.urgency).toBe('overdue');
    expect(view.title.zh).toContain('已過 3 天');
  });
  it('is empty with nothing waiting or nothing seen yet', () => {
    expect(badgeView(snapshot(0), SAMPLE, day(end)).text).toBe('');
    expect(badgeView(undefined, SAMPLE, day(end)).text).toBe('');
  });
  it('caps the text at 999+', () => {
    expect(badgeView(snapshot(2000), SAMPLE, day(end)).text).toBe('999+');
  });
  it('calls figures older than three days stale', () => {
    expect(isStale(snapshot(1), day('2026-01-04'))).toBe(false);
    expect(isStale(snapshot(1), day('2026-01-04', 13))).toBe(true);
  });
});

describe('badgeView while pages of the list are unseen', () => {
  it('shows the count so far with a plus and says how many rows were seen', () => {
    const view = badgeView(
      { seenAt: 0, pageUrl: 'http://127.0.0.1/a', groups: [{ courseName: '物理', className: '201', pending: 9 }], total: 9, seenRows: 15, complete: false, term: { year: 114, semester: 1 } },
      SAMPLE,
      day('2025-09-01'),
    );
    expect(view.text).toBe('9+');
    expect(view.title.zh).toContain('目前只看過 15 筆');
  });
});

describe('which calendar a deadline comes from, and the page’s own', () => {
  it('names the calendar it used', () => {
    const info = certificationDeadlineInfo(SAMPLE, { year: 114, semester: 1 }, day('2026-02-01'));
    expect(info).toEqual({ date: '2026-02-10', from: 'calendar', term: { year: 114, semester: 1 }, calendar: { zh: '範例高級中學 114 學年度第 1 學期行事曆', en: "範例高級中學's calendar for school year 114 term 1" } });
  });

  it('says a term has no calendar instead of guessing a deadline (the sample school has no 115-1 dates)', () => {
    const info = certificationDeadlineInfo(SAMPLE, undefined, day('2026-12-02'));
    expect(info.date).toBeUndefined();
    expect(info.term).toEqual({ year: 115, semester: 1 });
    expect(info.calendar.zh).toBe('115 學年度第 1 學期尚未設定行事曆');
    const late = badgeView(
      { seenAt: 0, pageUrl: 'http://127.0.0.1/a', groups: [{ courseName: '物理', className: '201', pending: 4 }], total: 4, seenRows: 4, complete: true },
      SAMPLE,
      day('2026-12-02'),
    );
    expect(late.urgency).toBe('normal');
    expect(late.title.zh).toBe('有 4 件課程學習成果等待您認證（115 學年度第 1 學期尚未設定行事曆，沒有認證截止日）。');
  });

  it('takes the page’s own deadline for a term without a calendar, and says so', () => {
    const info = certificationDeadlineInfo(SAMPLE, { year: 115, semester: 1 }, day('2026-12-02'), '2027-02-09');
    expect(info).toEqual({ date: '2027-02-09', from: 'portal', term: { year: 115, semester: 1 }, calendar: { zh: '115 學年度第 1 學期尚未設定行事曆', en: 'no calendar set for school year 115 term 1' } });
    const view = badgeView(
      { seenAt: 0, pageUrl: 'http://127.0.0.1/a', groups: [], total: 1, seenRows: 1, complete: true, term: { year: 115, semester: 1 }, statedDeadline: '2027-02-09' },
      SAMPLE,
      day('2027-02-08'),
    );
    expect(view.urgency).toBe('urgent');
    expect(view.title.zh).toBe('有 1 件課程學習成果等待您認證，距認證截止日 2027-02-09 還有 1 天（依系統公告期限；115 學年度第 1 學期尚未設定行事曆）。');
  });

  it('shows the page’s announced deadline beside the calendar’s, the calendar applying unless the school chose the portal’s', () => {
    const term = { year: 114, semester: 1 as const };
    const byCalendar = certificationDeadlineInfo(SAMPLE, term, day('2026-02-12'), '2026-02-20');
    expect(byCalendar.date).toBe('2026-02-10');
    expect(byCalendar.conflict).toEqual({ policy: '2026-02-10', stated: '2026-02-20', applies: 'policy' });
    const byPortal = certificationDeadlineInfo({ ...SAMPLE, deadlineSource: 'portal' }, term, day('2026-02-12'), '2026-02-20');
    expect(byPortal.date).toBe('2026-02-20');
    const view = badgeView(
      { seenAt: 0, pageUrl: 'http://127.0.0.1/a', groups: [], total: 2, seenRows: 2, complete: true, term, statedDeadline: '2026-02-20' },
      SAMPLE,
      day('2026-02-12'),
    );
    expect(view.urgency).toBe('overdue');
    expect(view.title.zh).toBe('有 2 件課程學習成果等待您認證，認證期限 2026-02-10 已過 2 天（依範例高級中學 114 學年度第 1 學期行事曆）。系統公告認證期限 2026-02-20，學校行事曆為 2026-02-10，依學校行事曆。');
  });

  it('speaks to staff about a teacher’s page, not 「等待您認證」', () => {
    const term = { year: 114, semester: 1 as const };
    const view = badgeView({ seenAt: 0, pageUrl: 'http://127.0.0.1/a', groups: [], total: 3, seenRows: 3, complete: true, term }, SAMPLE, day('2026-02-01'), 'staff');
    expect(view.title.zh).toBe('上次查看的認證頁面有 3 件課程學習成果待教師認證，距認證截止日 2026-02-10 還有 9 天（依範例高級中學 114 學年度第 1 學期行事曆）。');
  });
});

describe('the term of a certification list that states none', () => {
  it('is where most of its 認證日期 fall on the calendar, not the day it was read', () => {
    expect(termOfCertifiedDates([{ certifiedAt: '2025-12-22' }, { certifiedAt: '2026-01-05' }, { certifiedAt: '2026-03-02' }, {}], SAMPLE)).toEqual({ year: 114, semester: 1 });
    expect(termOfCertifiedDates([{}, { certifiedAt: 'n/a' }], SAMPLE)).toBeUndefined();
  });
});
