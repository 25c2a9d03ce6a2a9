import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { FirstRunSetup } from '@/components/FirstRunSetup';
import { roleSetting } from '@/lib/settings';
import { policySetting } from '@/lib/policy/setting';

describe('first run', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    // 2026-12-02: in 115-1, a term no preset has dates for
    vi.useFakeTimers({ now: new Date('2026-12-02T10:00:00'), toFake: ['Date'] });
  });
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  it('preselects no role and will not start until one is chosen', () => {
    render(<FirstRunSetup locale="zh_TW" full />);
    const radios = [...document.querySelectorAll<HTMLInputElement>('input[name="role"]')];
    expect(radios.map((radio) => radio.checked)).toEqual([false, false, false]);
    expect(screen.getByRole<HTMLButtonElement>('button', { name: '開始使用' }).disabled).toBe(true);
    expect(screen.getByText('請先選擇您的身分。')).toBeTruthy();
  });

  it('offers the school name, 學校代碼, this term’s dates and the course plan, and saves what was entered', async () => {
    render(<FirstRunSetup locale="zh_TW" full />);
    expect(screen.getByText('本學期行事曆：115 學年度第 1 學期')).toBeTruthy();
    expect(document.querySelector('input[data-action="import-plan"]')).not.toBeNull();
    fireEvent.click(document.querySelector('input[name="role"][value="staff"]')!);
    fireEvent.input(document.querySelector('input[name="school"]')!, { target: { value: '範例高級中學' } });
    fireEvent.input(document.querySelector('input[name="school-code"]')!, { target: { value: '0933' } });
    expect(screen.getByRole('alert').textContent).toBe('學校代碼是 6 位數字（例如 093301）；不確定可先留空。');
    expect(screen.getByRole<HTMLButtonElement>('button', { name: '開始使用' }).disabled).toBe(true);
    fireEvent.input(document.querySelector('input[name="school-code"]')!, { target: { value: '093301' } });
    fireEvent.change(document.querySelector('input[name="term-start"]')!, { target: { value: '2026-08-31' } });
    fireEvent.change(document.querySelector('input[name="term-closingCeremony"]')!, { target: { value: '2027-01-20' } });
    fireEvent.change(document.querySelector('input[name="term-uploadEnd"]')!, { target: { value: '2027-01-27' } });
    // the national limit beside it, and the warning (saving is still allowed)
    expect(document.querySelector('[data-term-date="uploadEnd"] .limit')!.textContent).toBe('國教署：不得早於 2027-02-03（休業式後 2 週，高三下學期除外；114年宣導事項 第3項）');
    expect(document.querySelector('[data-term-problem="warning"]')!.textContent).toContain('上傳期限 2027-01-27 早於休業式後 2 週（2027-02-03）');
    fireEvent.submit(document.querySelector('form.first-run')!);
    await waitFor(async () => expect(await roleSetting.getValue()).toBe('staff'));
    const policy = await policySetting.getValue();
    expect([policy.id, policy.school, policy.schoolCode]).toEqual(['national', '範例高級中學', '093301']);
    expect(policy.calendar.terms.find((entry) => entry.term.year === 115)).toEqual({
      term: { year: 115, semester: 1 },
      start: '2026-08-31',
      closingCeremony: '2027-01-20',
      windows: { upload: { start: '2026-08-31', end: '2027-01-27' } },
    });
  });

  it('skips every optional step: the preset as it is', async () => {
    render(<FirstRunSetup locale="zh_TW" full />);
    fireEvent.click(document.querySelector('input[name="role"][value="teacher"]')!);
    fireEvent.change(document.querySelector('select[name="policy"]')!, { target: { value: 'caotun' } });
    expect(document.querySelector('input[name="school"]')).toBeNull();
    fireEvent.submit(document.querySelector('form.first-run')!);
    await waitFor(async () => expect(await roleSetting.getValue()).toBe('teacher'));
    const policy = await policySetting.getValue();
    expect([policy.id, policy.school, policy.schoolCode]).toEqual(['caotun', '國立草屯商工', undefined]);
  });
});
