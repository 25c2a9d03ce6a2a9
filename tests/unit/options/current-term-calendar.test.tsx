import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CurrentTermCalendar } from '@/entrypoints/options/CurrentTermCalendar';
import { calendarState } from '@/lib/policy/calendar';
import { CAOTUN_WITH_114 } from '../policy/calendars-114';
import { policySetting } from '@/lib/policy/setting';

describe('the options page’s 本學期行事曆', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    vi.useFakeTimers({ now: new Date('2026-12-02T10:00:00'), toFake: ['Date'] });
    await policySetting.setValue(CAOTUN_WITH_114);
  });
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  it('says the term has no calendar, takes its dates, and saves them into the policy', async () => {
    render(<CurrentTermCalendar locale="zh_TW" />);
    await screen.findByText('本學期行事曆：115 學年度第 1 學期');
    expect(document.querySelector('[data-calendar-name]')!.textContent).toBe(
      '115 學年度第 1 學期尚未設定行事曆（開學日為估計）：認證期限、徽章顏色與逾期標示都需要本學期的日期，請填入學校行事曆的日期。',
    );
    const save = screen.getByRole<HTMLButtonElement>('button', { name: '儲存本學期日期' });
    expect(save.disabled).toBe(true);
    fireEvent.change(document.querySelector('input[name="term-start"]')!, { target: { value: '2026-08-31' } });
    fireEvent.change(document.querySelector('input[name="term-closingCeremony"]')!, { target: { value: '2027-01-20' } });
    fireEvent.change(document.querySelector('input[name="term-certificationEnd"]')!, { target: { value: '2027-02-10' } });
    expect(save.disabled).toBe(false);
    fireEvent.click(save);
    await screen.findByText('已儲存到學校規定的行事曆。');
    const policy = await policySetting.getValue();
    expect(calendarState(policy, { year: 115, semester: 1 })).toBe('set');
    await waitFor(() => expect(document.querySelector('[data-calendar-name]')!.textContent).toBe('期限依據：國立草屯商工 115 學年度第 1 學期行事曆。日期有變動時在這裡修改。'));
  });

  it('lets the school choose 「以系統公告期限為準」', async () => {
    render(<CurrentTermCalendar locale="zh_TW" />);
    fireEvent.click(await screen.findByLabelText('以系統公告期限為準'));
    await waitFor(async () => expect((await policySetting.getValue()).deadlineSource).toBe('portal'));
  });
});
