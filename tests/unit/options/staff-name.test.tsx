import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { StaffNameSetting } from '@/entrypoints/options/StaffNameSetting';
import { staffNameSetting } from '@/lib/settings';

describe('the staff name setting', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => cleanup());

  it('says why the name is kept and saves it trimmed, as the dismiss form will use it', async () => {
    render(<StaffNameSetting locale="zh_TW" />);
    const input = await screen.findByRole('textbox', { name: '您的姓名' });
    expect(screen.getByText('把頁面上的問題標為「已確認，無需更正」時，會記下您的姓名、身分與理由，供工作小組檢視。')).toBeTruthy();
    expect(input.getAttribute('maxlength')).toBe('40');
    fireEvent.change(input, { target: { value: '  王  怡君 ' } });
    await waitFor(async () => expect(await staffNameSetting.getValue()).toBe('王 怡君'));
  });

  it('shows the name kept before', async () => {
    await staffNameSetting.setValue('陳志明');
    render(<StaffNameSetting locale="zh_TW" />);
    expect(((await screen.findByRole('textbox', { name: '您的姓名' })) as HTMLInputElement).value).toBe('陳志明');
  });
});
