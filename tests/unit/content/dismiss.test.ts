import { afterEach, describe, expect, it, vi } from 'vitest';
import { annotate, clearAnnotations } from '@/entrypoints/content/annotator';
import { buildDismissForm, buildWithdrawForm } from '@/entrypoints/content/dismiss-form';
import { PageDismissals, type MarkDismissals } from '@/entrypoints/content/dismissals';
import { readPage, type PageRead } from '@/lib/adapters/read-page';
import type { BackgroundAnswer } from '@/lib/messaging/protocol';
import { ReportSender } from '@/lib/messaging/sender';
import { recordIdentity } from '@/lib/model/identity';
import type { Finding } from '@/lib/model/finding';
import { NATIONAL_POLICY } from '@/lib/policy/national';
import { runRules } from '@/lib/rules';
import { portalPage } from '../helpers/portal-page';
import { drawnBadges, everythingNear, overlayRoot } from '../helpers/near-viewport';

function load(path: string): Document {
  const source = portalPage(path);
  document.title = source.title;
  document.body.replaceChildren(...Array.from(source.body.childNodes, (node) => document.importNode(node, true)));
  return document;
}

type Checked = PageRead & { status: 'checked' | 'partial' };
const check = (doc: Document) => {
  const read = readPage(doc) as Checked;
  const findings = runRules({ pageKind: read.pageKind, records: read.rows.map((row) => row.record) }, NATIONAL_POLICY, { now: new Date('2026-01-10') });
  return { read, findings };
};

const AT = new Date(2026, 11, 1, 9, 0).getTime();
const TOO_LONG = '[data-lpc-finding][data-rule="format.summary.too-long"]';

let restore: (() => void) | undefined;
afterEach(() => {
  clearAnnotations(document);
  restore?.();
  restore = undefined;
});

describe('dismissed marks in the page', () => {
  it('a dismissed finding’s mark is grey with its reason, counted apart, and back when no longer dismissed', async () => {
    restore = everythingNear();
    const doc = load('a/student/outcomes.html');
    const { read, findings } = check(doc);
    const first = findings.find((f) => f.ruleId === 'format.summary.too-long')!;
    const record = read.rows[first.recordIndex!]!.record;
    const keyOf = (f: Finding, r: typeof record) => `${recordIdentity(r)}|${f.ruleId}|${f.field}|${r.type === 'artifact' ? r.summary : ''}`;
    const dismissals: MarkDismissals = {
      dismissed: new Map([[keyOf(first, record), { id: 'd1', choice: 'reported-officer', note: '12/1 已請學生刪減', staffName: '王怡君', at: AT }]]),
      keyOf,
      fillDetail: () => undefined,
    };
    annotate(read, findings, 'zh_TW', doc, [], { ...dismissals, dismissed: new Map() });
    const summary = doc.querySelector('[data-lpc-summary]')!;
    const errors = Number(summary.getAttribute('data-errors'));
    expect(summary.getAttribute('data-dismissed')).toBe('0');

    annotate(read, findings, 'zh_TW', doc, [], dismissals);
    const grey = doc.querySelectorAll(`${TOO_LONG}[data-dismissed]`);
    expect(grey).toHaveLength(1);
    expect(grey[0]!.getAttribute('data-dismissed')).toBe('已確認，無需更正（王怡君，2026-12-01）：已通報承辦人：12/1 已請學生刪減');
    // its badge in the overlay is grey (the cell holds only this finding) and its tooltip says why
    const greyBadges = (await drawnBadges(doc)).filter((badge) => badge.classList.contains('dismissed'));
    expect(greyBadges).toHaveLength(1);
    expect(greyBadges[0]!.textContent).toBe('已確認');
    expect(greyBadges[0]!.title).toContain('已確認，無需更正（王怡君，2026-12-01）：已通報承辦人：12/1 已請學生刪減');
    expect(doc.querySelectorAll(TOO_LONG)).toHaveLength(3);
    expect(summary.getAttribute('data-errors')).toBe(String(errors - 1));
    expect(summary.getAttribute('data-dismissed')).toBe('1');
    const panel = summary.shadowRoot!;
    expect(panel.querySelectorAll('li.dismissed')).toHaveLength(1);
    expect(panel.querySelector('li.dismissed')!.textContent).toContain('〔已確認，無需更正〕');
    expect(panel.textContent).toContain('另有 1 項已確認，無需更正（不算錯誤或提醒）。');

    annotate(read, findings, 'zh_TW', doc, [], { ...dismissals, dismissed: new Map() });
    expect(doc.querySelectorAll(`${TOO_LONG}[data-dismissed]`)).toHaveLength(0);
    expect((await drawnBadges(doc)).filter((badge) => badge.classList.contains('dismissed'))).toHaveLength(0);
    expect(summary.getAttribute('data-errors')).toBe(String(errors));
    expect(panel.querySelectorAll('li.dismissed')).toHaveLength(0);
  });

  it('a mark’s popover holds the dismiss form, in the part about its finding', async () => {
    restore = everythingNear();
    const doc = load('a/student/outcomes.html');
    const { read, findings } = check(doc);
    const fillDetail = vi.fn((container: HTMLElement, _finding: Finding) => container.append('form here'));
    annotate(read, findings, 'zh_TW', doc, [], { dismissed: new Map(), keyOf: () => '', fillDetail });
    const badges = await drawnBadges(doc);
    const tooLong = badges.find((badge) => badge.getAttribute('aria-label')!.includes('簡述超過字數上限'))!;
    tooLong.click();
    const part = overlayRoot(doc).querySelector('.popover section.item[data-rule="format.summary.too-long"]')!;
    expect(part.textContent).toContain('form here');
    expect(fillDetail.mock.calls.map((call) => call[1].ruleId)).toContain('format.summary.too-long');
    expect(fillDetail.mock.calls.find((call) => call[1].ruleId === 'format.summary.too-long')![1]).toMatchObject({ field: 'summary' });
  });
});

describe('the dismiss form', () => {
  const form = (policy: 'reported-only' | 'any-reason', staffName: string) => {
    const container = document.createElement('div');
    const onSubmit = vi.fn(async () => null);
    buildDismissForm(container, { locale: 'zh_TW', policy, staffName, onSubmit });
    return { container, onSubmit, submit: () => container.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true })) };
  };

  it('offers a binding rule only reasons saying it was passed on, and asks for the name when none is kept', async () => {
    const { container, onSubmit, submit } = form('reported-only', '');
    const open = container.querySelector<HTMLButtonElement>('.dismiss-open')!;
    expect(open.textContent).toBe('已確認，無需更正…');
    open.click();
    expect(Array.from(container.querySelectorAll('option'), (o) => o.textContent)).toEqual(['已通報承辦人', '已通知學生更正', '已通知任課教師處理']);
    expect(container.querySelector('.dismiss-binding')!.textContent).toBe('這是國家規定必須更正的錯誤：只能註明已轉交誰處理。');
    submit();
    expect(container.querySelector('.dismiss-problem')!.textContent).toBe('請填寫您的姓名（工作小組檢視時會看到）。');
    expect(onSubmit).not.toHaveBeenCalled();
    container.querySelector<HTMLInputElement>('input[name="staffName"]')!.value = ' 王怡君 ';
    submit();
    await vi.waitFor(() => expect(onSubmit).toHaveBeenCalledWith({ choice: 'reported-officer', note: '', staffName: '王怡君' }));
  });

  it('takes any reason for another rule, with words required for 「其他」, and the kept name', async () => {
    const { container, onSubmit, submit } = form('any-reason', '陳志明');
    // the kept name is not asked again
    expect(container.querySelector('input[name="staffName"]')).toBeNull();
    const choice = container.querySelector('select')!;
    expect(Array.from(choice.options, (o) => o.value)).toEqual(['reported-officer', 'notified-student', 'notified-teacher', 'other']);
    choice.value = 'other';
    choice.dispatchEvent(new Event('change'));
    submit();
    expect(container.querySelector('.dismiss-problem')!.textContent).toBe('選「其他」時請寫下理由。');
    container.querySelector<HTMLInputElement>('input[name="note"]')!.value = '檔案實為 PDF';
    submit();
    await vi.waitFor(() => expect(onSubmit).toHaveBeenCalledWith({ choice: 'other', note: '檔案實為 PDF', staffName: '陳志明' }));
  });
});

describe('「取消確認」', () => {
  it('asks before taking a dismissal back, with the name when none is kept, and can be left alone', async () => {
    const container = document.createElement('div');
    const onSubmit = vi.fn(async () => null);
    buildWithdrawForm(container, { locale: 'zh_TW', staffName: '', onSubmit });
    const open = container.querySelector<HTMLButtonElement>('.withdraw-open')!;
    expect(open.textContent).toBe('取消確認…');
    const form = container.querySelector('form')!;
    expect(form.hidden).toBe(true);
    open.click();
    expect(form.textContent).toContain('這個問題會重新列為待更正，並記下由誰取消。');
    form.dispatchEvent(new Event('submit', { cancelable: true }));
    expect(container.querySelector('.dismiss-problem')!.textContent).toBe('請填寫您的姓名（工作小組檢視時會看到）。');
    expect(onSubmit).not.toHaveBeenCalled();
    container.querySelector<HTMLInputElement>('input[name="staffName"]')!.value = ' 林雅婷 ';
    form.dispatchEvent(new Event('submit', { cancelable: true }));
    await vi.waitFor(() => expect(onSubmit).toHaveBeenCalledWith('林雅婷'));
    // 保留確認 closes it
    Array.from(container.querySelectorAll('button')).find((b) => b.textContent === '保留確認')!.click();
    expect(form.hidden).toBe(true);
    expect(open.hidden).toBe(false);
  });
});

describe('the page’s dismissals, asked of the background', () => {
  it('sends each finding’s record once with its rule, field and digest, and greys those the background names', async () => {
    const doc = load('a/student/outcomes.html');
    const { read, findings } = check(doc);
    const posted: unknown[] = [];
    const sender = new ReportSender(async (message) => {
      posted.push(message);
      return { ok: true, result: [{ index: 0, id: 'd1', choice: 'reported-officer', note: '', staffName: '王怡君', at: AT }] };
    });
    const dismissals = new PageDismissals(recordIdentity, sender);
    const redraw = vi.fn();
    await dismissals.refresh(read, findings, redraw);
    const query = posted[0] as { type: string; subjects: string[]; findings: { subject: number; ruleId: string; field: string; digest: string }[] };
    expect(query.type).toBe('dismissals-query');
    const rowFindings = findings.filter((f) => f.recordIndex !== null);
    expect(query.findings).toHaveLength(rowFindings.length);
    expect(new Set(query.subjects).size).toBe(query.subjects.length);
    expect(query.subjects[query.findings[0]!.subject]).toBe(recordIdentity(read.rows[rowFindings[0]!.recordIndex!]!.record));
    expect(query.findings[0]).toMatchObject({ ruleId: rowFindings[0]!.ruleId, field: rowFindings[0]!.field ?? '' });
    expect(redraw).toHaveBeenCalledTimes(1);
    expect(dismissals.dismissed.size).toBe(1);
    expect(dismissals.dismissed.get(dismissals.keyOf(rowFindings[0]!, read.rows[rowFindings[0]!.recordIndex!]!.record))).toEqual({ id: 'd1', choice: 'reported-officer', note: '', staffName: '王怡君', at: AT });
    // the findings carry it into the report and the popup's counts: only the one named is dismissed
    expect(findings.filter((f) => dismissals.isDismissed(f, read))).toEqual([rowFindings[0]]);
    // the same question is not asked again
    await dismissals.refresh(read, findings, redraw);
    expect(posted).toHaveLength(1);
    expect(redraw).toHaveBeenCalledTimes(1);
  });

  it('does not hold the page’s report through the retries of a failed question: none is dismissed meanwhile, the panel says so, and a late answer greys the mark', async () => {
    restore = everythingNear();
    const doc = load('a/student/outcomes.html');
    const { read, findings } = check(doc);
    const answers: BackgroundAnswer[] = [
      { ok: false, kind: 'quota', error: 'QuotaExceededError' },
      { ok: true, result: [{ index: 0, id: 'd1', choice: 'reported-officer', note: '', staffName: '王怡君', at: AT }] },
    ];
    let waiting!: () => void;
    const retryWaits = new Promise<void>((resolve) => (waiting = resolve));
    let retry!: () => void;
    const sender = new ReportSender(
      async () => answers.shift(),
      () => {
        waiting();
        return new Promise<void>((resolve) => (retry = resolve));
      },
      [1_000, 4_000, 15_000],
    );
    const dismissals = new PageDismissals(recordIdentity, sender);
    const redraw = vi.fn(() => annotate(read, findings, 'zh_TW', doc, [], dismissals));
    annotate(read, findings, 'zh_TW', doc, [], dismissals);
    const panel = doc.querySelector('[data-lpc-summary]')!.shadowRoot!;
    const UNKNOWN = '暫時讀不到哪些問題已確認無需更正：以下全部先列為待更正。';
    expect(panel.textContent).not.toContain(UNKNOWN);

    // the first try failed and the retry waits: the report (which awaits refresh) goes on meanwhile
    const asking = dismissals.refresh(read, findings, redraw);
    const first = await Promise.race([
      asking.then(() => 'the report goes on'),
      retryWaits.then(() => new Promise((resolve) => setTimeout(resolve, 0))).then(() => 'the report waits for the retry'),
    ]);
    expect(first).toBe('the report goes on');
    expect(dismissals.unanswered).toBe(true);
    expect(findings.filter((f) => dismissals.isDismissed(f, read))).toEqual([]);
    expect(panel.textContent).toContain(UNKNOWN);
    expect(doc.querySelectorAll(`${TOO_LONG}[data-dismissed]`)).toHaveLength(0);

    // the retry is answered: the named finding is dismissed, its mark grey, and the panel's note gone
    retry();
    await vi.waitFor(() => expect(dismissals.unanswered).toBe(false));
    const rowFindings = findings.filter((f) => f.recordIndex !== null);
    expect(findings.filter((f) => dismissals.isDismissed(f, read))).toEqual([rowFindings[0]]);
    expect(panel.textContent).not.toContain(UNKNOWN);
    expect(panel.textContent).toContain('另有 1 項已確認，無需更正（不算錯誤或提醒）。');
  });

  it('an answer on its way serves a newer reading of the page that asked the same question', async () => {
    const doc = load('a/student/outcomes.html');
    const first = check(doc);
    const second = check(doc);
    let answer: (value: unknown) => void = () => undefined;
    const posted: unknown[] = [];
    const sender = new ReportSender((message) => {
      posted.push(message);
      return new Promise((resolve) => (answer = resolve));
    });
    const dismissals = new PageDismissals(recordIdentity, sender);
    const redrawFirst = vi.fn();
    const redrawSecond = vi.fn();
    const asking = dismissals.refresh(first.read, first.findings, redrawFirst);
    // the page re-rendered meanwhile: the same records, so the same question, not sent again
    await dismissals.refresh(second.read, second.findings, redrawSecond);
    expect(posted).toHaveLength(1);
    answer({ ok: true, result: [{ index: 0, id: 'd1', choice: 'reported-officer', note: '', staffName: '王怡君', at: AT }] });
    await asking;
    expect(redrawSecond).toHaveBeenCalledTimes(1);
    expect(redrawFirst).not.toHaveBeenCalled();
    expect(second.findings.filter((f) => dismissals.isDismissed(f, second.read))).toHaveLength(1);
  });
});
