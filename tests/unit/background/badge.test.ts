import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { refreshBadge, scheduleDailyRefresh, DAILY_ALARM } from '@/entrypoints/background/badge';
import { certificationQueueSetting, policySetting } from '@/lib/settings';
import { NATIONAL_POLICY } from '@/lib/policy/presets';

const term = NATIONAL_POLICY.calendar.terms[0]!;
const deadline = term.windows.certification!.end;
const at = (iso: string) => new Date(`${iso}T12:00:00`);

describe('the toolbar badge', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await policySetting.setValue(NATIONAL_POLICY);
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
