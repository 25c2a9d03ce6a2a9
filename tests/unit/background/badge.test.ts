import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { refreshBadge, scheduleDailyRefresh, DAILY_ALARM } from '@/entrypoints/background/badge';
import { certificationQueueSetting, referenceDateSetting, roleSetting } from '@/lib/settings';
import { policySetting } from '@/lib/policy/setting';
import { NATIONAL_WITH_114 } from '../policy/calendars-114';

const term = NATIONAL_WITH_114.calendar.terms[0]!;
const deadline = term.windows.certification!.end;
const at = (iso: string) => new Date(`${iso}T12:00:00`);

describe('the toolbar badge', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await policySetting.setValue(NATIONAL_WITH_114);
  });

  it('is redrawn from storage alone, as after a browser or service-worker restart', async () => {
    const text = vi.spyOn(browser.action, 'setBadgeText').mockResolvedValue();
    const color = vi.spyOn(browser.action, 'setBadgeBackgroundColor').mockResolvedValue();
    const title = vi.spyOn(browser.action, 'setTitle').mockResolvedValue();
    await certificationQueueSetting.setValue({
      seenAt: at('2026-01-01').getTime(),
      pageUrl: 'http://127.0.0.1:5180/b/teacher/certify.html',
      groups: [{ courseName: '物理', className: '201', pending: 7 }],
      total: 7,
      seenRows: 7,
      complete: true,
      term: term.term,
    });
    await refreshBadge(at(deadline));
    expect(text).toHaveBeenLastCalledWith({ text: '7' });
    expect(color).toHaveBeenLastCalledWith({ color: '#c81e1e' });
    expect(title.mock.lastCall?.[0].title).toContain('今天');
  });

  it('judges the deadline on the 檢核基準日 when one is set, like the page marks, whatever today is', async () => {
    const text = vi.spyOn(browser.action, 'setBadgeText').mockResolvedValue();
    const color = vi.spyOn(browser.action, 'setBadgeBackgroundColor').mockResolvedValue();
    const title = vi.spyOn(browser.action, 'setTitle').mockResolvedValue();
    await roleSetting.setValue('teacher');
    await certificationQueueSetting.setValue({
      seenAt: at('2026-01-26').getTime(),
      pageUrl: 'http://127.0.0.1:5180/a/teacher/Certify.aspx',
      groups: [{ courseName: '英語文', className: '302', pending: 5 }],
      total: 5,
      seenRows: 5,
      complete: true,
      term: { year: 114, semester: 1 },
    });
    // Real clock far past the deadline; the 檢核基準日 is three days after it (national 114-1: 2026-02-10).
    await referenceDateSetting.setValue('2026-02-13');
    await refreshBadge(at('2026-12-02'));
    expect(text).toHaveBeenLastCalledWith({ text: '5' });
    expect(color).toHaveBeenLastCalledWith({ color: '#c81e1e' });
    expect(title.mock.lastCall?.[0].title).toBe('有 5 件課程學習成果等待您認證，認證期限 2026-02-10 已過 3 天（依全國基準（作業要點） 114 學年度第 1 學期行事曆）。');
    // Two days before the deadline it is still red, and says so.
    await referenceDateSetting.setValue('2026-02-08');
    await refreshBadge(at('2026-12-02'));
    expect(title.mock.lastCall?.[0].title).toContain('距認證截止日 2026-02-10 還有 2 天');
  });

  it('shows nothing before any certification page was seen', async () => {
    const text = vi.spyOn(browser.action, 'setBadgeText').mockResolvedValue();
    vi.spyOn(browser.action, 'setBadgeBackgroundColor').mockResolvedValue();
    vi.spyOn(browser.action, 'setTitle').mockResolvedValue();
    await refreshBadge(at(deadline));
    expect(text).toHaveBeenLastCalledWith({ text: '' });
  });

  it('schedules a daily refresh just after the next local midnight', async () => {
    const create = vi.spyOn(browser.alarms, 'create').mockResolvedValue();
    const now = new Date(2026, 10, 25, 15, 30);
    await scheduleDailyRefresh(now);
    expect(create).toHaveBeenCalledWith(DAILY_ALARM, { when: new Date(2026, 10, 26, 0, 1).getTime(), periodInMinutes: 1440 });
  });
});
