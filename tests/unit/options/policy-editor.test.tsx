import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PolicyEditor } from '@/entrypoints/options/PolicyEditor';
import { CAOTUN_POLICY, NATIONAL_POLICY, RENWU_POLICY } from '@/lib/policy/presets';
import { SAMPLE_SCHOOL_POLICY } from '../../portal/sample-school-policy';
import { RENWU_WITH_114 } from '../policy/calendars-114';
import { exportPolicy } from '@/lib/policy/validate';
import { policySetting } from '@/lib/policy/setting';

function chooseFile(input: HTMLElement, file: File) {
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

const section = () => document.getElementById('policy')!;

describe('the policy editor', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });
  afterEach(cleanup);

  it('shows 仁武 calendar findings at the top of the calendar and beside the upload window', async () => {
    // 仁武's rules give no dates: the school has entered a 114 calendar shaped by them.
    await policySetting.setValue(RENWU_WITH_114);
    render(<PolicyEditor locale="zh_TW" />);
    await screen.findByText(/行事曆有 \d+ 處不符/);
    const beside = document.querySelector('[data-path="calendar.terms.0.windows.upload"]')!;
    expect(beside).not.toBeNull();
    expect(beside.querySelector('[data-rule="schedule.upload-window.too-short"]')!.textContent).toContain('休業式');
    // The source line cites 仁武's own clause.
    expect(section().textContent).toContain('依據：仁武高中 補充規定 四(一)、五(三)課程學習成果2、附件一');
  });

  it('shows 草屯 2-day 收訖 round beside that round', async () => {
    await policySetting.setValue(CAOTUN_POLICY);
    render(<PolicyEditor locale="zh_TW" />);
    await screen.findByText(/行事曆有 \d+ 處不符/);
    const flagged = document.querySelectorAll('.field-problems [data-rule="schedule.receipt-period.too-short"]');
    expect(flagged.length).toBeGreaterThan(0);
    expect(flagged[0]!.closest('[data-path]')!.getAttribute('data-path')).toMatch(/^calendar\.terms\.\d+\.windows\.receipt\.1$/);
  });

  it('validates every change, shows the zh-TW message beside the field and saves only a valid policy', async () => {
    await policySetting.setValue(NATIONAL_POLICY);
    render(<PolicyEditor locale="zh_TW" />);
    const code = await screen.findByLabelText('學校代碼');
    const save = screen.getByRole('button', { name: '儲存學校規定' }) as HTMLButtonElement;
    expect(save.disabled).toBe(true);

    fireEvent.input(code, { target: { value: '12' } });
    const beside = await waitFor(() => document.querySelector('[data-path="schoolCode"]')!);
    expect(beside.textContent).toBe('學校代碼必須是 6 位數字（例如 093301）');
    expect(save.disabled).toBe(true);
    expect(screen.getByRole('alert').textContent).toContain('還有 1 個問題需要修正');

    const cap = screen.getByLabelText('課程學習成果上傳上限 件數上限', { selector: 'input' }) as HTMLInputElement;
    // National baseline has no upload cap; untick 不設上限 to set one, then clear it.
    fireEvent.click(within(cap.closest('fieldset')!).getByLabelText('不設上限'));
    fireEvent.input(cap, { target: { value: '' } });
    await waitFor(() => expect(document.querySelector('[data-path="caps.outcomeUpload.max"]')!.textContent).toBe('課程學習成果每學期上傳上限必須是 1 以上的整數（或留空表示不設上限）'));

    fireEvent.input(cap, { target: { value: '8' } });
    fireEvent.input(code, { target: { value: '093301' } });
    await waitFor(() => expect(save.disabled).toBe(false));
    fireEvent.click(save);
    await waitFor(async () => expect((await policySetting.getValue()).schoolCode).toBe('093301'));
    const stored = await policySetting.getValue();
    expect(stored.caps.outcomeUpload.max).toBe(8);
    expect(stored.sources.schoolCode).toEqual({ seed: null, clause: '學校自訂' });
    expect(stored.sources['caps.outcomeUpload']).toEqual({ seed: null, clause: '學校自訂' });
    // An edited section now cites the school's own setting.
    await screen.findAllByText('依據：本校設定（學校自訂）');
  });

  it('flags a window that ends before it starts, and an upload window that ends too early', async () => {
    await policySetting.setValue(SAMPLE_SCHOOL_POLICY);
    render(<PolicyEditor locale="zh_TW" />);
    const term = SAMPLE_SCHOOL_POLICY.calendar.terms[0]!;
    const name = `${term.term.year} 學年度第 ${term.term.semester} 學期`;
    const end = await screen.findByLabelText(`${name} 課程學習成果上傳期間 結束`);
    fireEvent.change(end, { target: { value: '2025-08-01' } });
    await waitFor(() =>
      expect(document.querySelector('[data-path="calendar.terms.0.windows.upload"]')!.textContent).toContain('開始日（2025-09-01）晚於結束日（2025-08-01）'),
    );
    fireEvent.change(end, { target: { value: term.closingCeremony! } });
    await waitFor(() =>
      expect(document.querySelector('[data-path="calendar.terms.0.windows.upload"] [data-rule="schedule.upload-window.too-short"]')).not.toBeNull(),
    );
  });

  it('asks before a preset replaces the school’s edits, and applies it once confirmed', async () => {
    await policySetting.setValue(RENWU_POLICY);
    render(<PolicyEditor locale="zh_TW" />);
    const summary = await screen.findByLabelText('簡述字數上限', { selector: 'input' });
    fireEvent.input(summary, { target: { value: '120' } });
    fireEvent.change(screen.getByLabelText('範本'), { target: { value: 'caotun' } });
    fireEvent.click(screen.getByRole('button', { name: '套用範本' }));
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog.textContent).toContain('套用「國立草屯商工」');
    expect((await policySetting.getValue()).id).toBe('renwu');
    fireEvent.click(within(dialog).getByRole('button', { name: '確定取代' }));
    await waitFor(async () => expect((await policySetting.getValue()).id).toBe('caotun'));
    expect(await policySetting.getValue()).toEqual(CAOTUN_POLICY);
  });

  it('applies a preset at once when nothing was edited', async () => {
    await policySetting.setValue(NATIONAL_POLICY);
    render(<PolicyEditor locale="zh_TW" />);
    fireEvent.change(await screen.findByLabelText('範本'), { target: { value: 'renwu' } });
    fireEvent.click(screen.getByRole('button', { name: '套用範本' }));
    await waitFor(async () => expect((await policySetting.getValue()).id).toBe('renwu'));
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('imports a policy file, and lists a bad file’s problems in zh-TW', async () => {
    await policySetting.setValue(NATIONAL_POLICY);
    render(<PolicyEditor locale="zh_TW" />);
    const input = (await screen.findByText('從檔案匯入學校規定…')).querySelector('input')!;
    const broken = JSON.parse(exportPolicy(RENWU_POLICY));
    broken.summary.maxChars = 0;
    chooseFile(input, new File([JSON.stringify(broken)], 'bad.json', { type: 'application/json' }));
    await screen.findByText('無法匯入「bad.json」：');
    expect(document.querySelector('.import-errors')!.textContent).toContain('簡述字數上限必須是 1 以上的整數');
    expect((await policySetting.getValue()).id).toBe('national');

    chooseFile(input, new File([exportPolicy(RENWU_POLICY)], 'renwu.json', { type: 'application/json' }));
    await screen.findByText('已匯入並儲存「高雄市立仁武高中」。');
    expect(await policySetting.getValue()).toEqual(RENWU_POLICY);
  });
});
