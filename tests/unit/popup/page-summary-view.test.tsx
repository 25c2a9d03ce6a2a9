import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PageSummaryView } from '@/entrypoints/popup/PageSummaryView';
import type { PageSummary } from '@/lib/messaging/protocol';

afterEach(cleanup);

/** A 班級 page with two problems on 座號 7's row, one of them marked 「已確認，無需更正」, and one about the page. */
const SUMMARY: PageSummary = {
  status: 'checked',
  pageKind: 'class-progress',
  errors: 1,
  warnings: 1,
  dismissed: 1,
  unread: 0,
  findings: [
    { ruleId: 'identity.id-number.invalid', severity: 'error', message: { zh: '檢查碼不正確。', en: 'Bad check digit.' }, row: { label: '302 班 座號 7', name: '蔡彥恆', full: '302 班 座號 7 蔡彥恆' } },
    { ruleId: 'identity.duplicate-student', severity: 'warning', message: { zh: '學號重複。', en: 'Duplicate.' }, row: { label: '302 班 座號 7', name: '蔡彥恆', full: '302 班 座號 7 蔡彥恆' }, dismissed: { choice: 'other', note: '雙胞胎，學號不同', staffName: '王怡君', at: Date.UTC(2026, 11, 1, 2, 0) } },
    { ruleId: 'course.code-check.overdue', severity: 'warning', message: { zh: '比對晚於期限。', en: 'Late run.' } },
  ],
  tables: [],
};

describe('the popup’s summary of a page', () => {
  it('names each finding’s row as the page’s panel does, and counts a dismissed one apart as 已確認', () => {
    const { container } = render(<PageSummaryView summary={SUMMARY} locale="zh_TW" />);
    expect(container.querySelector('[data-count="errors"]')!.textContent).toBe('1');
    expect(container.querySelector('[data-count="warnings"]')!.textContent).toBe('1');
    expect(container.querySelector('[data-count="dismissed"]')!.textContent).toBe('已確認 1 項');
    expect(Array.from(container.querySelectorAll('ol.findings li'), (li) => li.textContent)).toEqual([
      '錯誤｜302 班 座號 7 蔡彥恆：檢查碼不正確。',
      '〔已確認〕提醒｜302 班 座號 7 蔡彥恆：學號重複。',
      '提醒：比對晚於期限。',
    ]);
    expect(container.querySelectorAll('li[data-dismissed]')).toHaveLength(1);
  });

  it('says nothing of 已確認 when none is', () => {
    const { container } = render(<PageSummaryView summary={{ ...SUMMARY, dismissed: 0, findings: SUMMARY.findings.slice(0, 1) }} locale="zh_TW" />);
    expect(container.querySelector('[data-count="dismissed"]')).toBeNull();
  });

  it('says a page whose list is still loading is being checked, not that it cannot be', () => {
    const waiting: PageSummary = { status: 'unrecognized', pageKind: 'class-progress', errors: 0, warnings: 0, dismissed: 0, unread: 0, reason: { zh: '班級：檢核中…等待清單載入', en: 'Class: checking… waiting for the list to load' }, waiting: true, findings: [], tables: [] };
    const { container } = render(<PageSummaryView summary={waiting} locale="zh_TW" />);
    expect(container.querySelector('section')!.getAttribute('data-status')).toBe('waiting');
    expect(container.textContent).toBe('檢核中…班級：檢核中…等待清單載入');
    cleanup();
    const { container: once } = render(<PageSummaryView summary={{ ...waiting, waiting: undefined }} locale="zh_TW" />);
    expect(once.querySelector('strong')!.textContent).toBe('無法檢核此頁');
  });
});
