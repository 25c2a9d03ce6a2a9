import { describe, expect, it } from 'vitest';
import { toClassProgress, toCodeCheckRow, toPrecheckBatch, toReceipt } from '@/lib/adapters/mappers/school-records';
import { readPage } from '@/lib/adapters/read-page';
import { NATIONAL_POLICY } from '@/lib/policy/presets';
import { runRules } from '@/lib/rules';
import { parseHtml } from '../helpers/portal-page';
import { rowCells } from './row-cells';

describe('a 收訖 list answered in the 收訖 system’s words', () => {
  // Students report 正確 or 錯誤 (shinher.gitbook.io/9); A123456789 is a valid ID, A123456788 is not.
  const html = `<html><head><title>收訖明細確認</title></head><body><table>
    <tr><th>班級</th><th>學號</th><th>姓名</th><th>身分證號</th><th>收訖確認</th><th>確認日期</th></tr>
    <tr><td>301</td><td>112001</td><td>王小明</td><td>A123456789</td><td>學生回報資料正確</td><td>115/03/02(一)</td></tr>
    <tr><td>301</td><td>112002</td><td>李小華</td><td>A123456788</td><td>錯誤</td><td>115/03/03</td></tr>
    <tr><td>301</td><td>112003</td><td>陳小美</td><td>B123456780</td><td></td><td></td></tr>
    <tr><td>301</td><td>112001</td><td>王小明</td><td>A123456789</td><td>正確</td><td>115/03/02</td></tr>
  </table></body></html>`;
  const read = readPage(parseHtml(html));

  it('reads every row: 正確 confirmed, 錯誤 disputed, a blank answer pending', () => {
    if (read.status !== 'checked') throw new Error('not read');
    expect(read.pageKind).toBe('receipt');
    expect(read.skipped).toEqual([]);
    expect(read.rows.map((row) => row.record)).toMatchObject([
      { studentRef: '112001', status: 'confirmed', confirmedAt: '2026-03-02' },
      { studentRef: '112002', status: 'disputed', confirmedAt: '2026-03-03' },
      { studentRef: '112003', status: 'pending' },
      { studentRef: '112001', status: 'confirmed' },
    ]);
  });

  it('so the invalid ID, the duplicated student and the dispute are marked', () => {
    if (read.status !== 'checked') throw new Error('not read');
    const findings = runRules({ pageKind: read.pageKind, records: read.rows.map((r) => r.record) }, NATIONAL_POLICY, { now: new Date('2026-03-10T12:00:00') });
    const ids = new Set(findings.map((f) => f.ruleId));
    expect(ids).toEqual(new Set(['identity.id-number.invalid', 'identity.student.duplicate', 'schedule.receipt.disputed']));
  });
});

describe('school-record mappers read values by their stems', () => {
  it.each([
    ['有疑義', 'disputed'],
    ['問題回報', 'disputed'],
    ['尚未回覆', 'pending'],
    ['無誤', 'confirmed'],
    ['<img src="ok.png" alt="已確認">', 'confirmed'],
  ])('a 收訖 answer 「%s」 is %s', (answer, status) => {
    expect(toReceipt(rowCells({ studentNo: '112001', receiptStatus: answer }), {})).toMatchObject({ ok: true, record: { status } });
  });

  it('leaves a 收訖 answer it cannot tell unread, quoting it', () => {
    const mapped = toReceipt(rowCells({ studentNo: '112001', receiptStatus: '已回覆' }), {});
    expect(mapped).toMatchObject({ ok: false, reason: { zh: expect.stringContaining('已回覆') } });
  });

  it('counts a class-progress 收訖 answer as confirmed only when it says so', () => {
    const progress = (answer: string) => toClassProgress(rowCells({ studentNo: '112001', outcomesUploaded: '3', receiptStatus: answer }), {});
    expect(progress('資料正確')).toMatchObject({ ok: true, record: { receiptConfirmed: true } });
    expect(progress('資料錯誤')).toMatchObject({ ok: true, record: { receiptConfirmed: false } });
    expect(progress('未回覆')).toMatchObject({ ok: true, record: { receiptConfirmed: false } });
  });

  it.each([
    ['相符', true],
    ['一致', true],
    ['OK', true],
    ['不相符', false],
    ['查無代碼', false],
    ['<span class="el-tag el-tag--danger">不一致</span>', false],
  ])('比對結果 「%s」 → matched %s', (result, matched) => {
    expect(toCodeCheckRow(rowCells({ courseCode: '112093301101001010101', compareResult: result }))).toMatchObject({ ok: true, record: { matched } });
  });

  it('leaves a 比對結果 it cannot tell unread instead of calling it unmatched', () => {
    expect(toCodeCheckRow(rowCells({ courseCode: '112093301101001010101', compareResult: '未比對' }))).toMatchObject({ ok: false });
  });

  it.each([
    ['通過', '0', true],
    ['<font color="#CC0000">未通過</font>', '2', false],
    ['預檢失敗', '', false],
    ['', '0', true],
    ['', '3', false],
  ])('預檢結果 「%s」 with %s errors → passed %s', (result, errors, passed) => {
    const mapped = toPrecheckBatch(rowCells({ rosterType: '學生資料名冊', precheckResult: result, errorCount: errors }), []);
    expect(mapped).toMatchObject({ ok: true, record: { passed } });
  });

  it('leaves a 預檢 still running unread', () => {
    const mapped = toPrecheckBatch(rowCells({ rosterType: '學生資料名冊', precheckResult: '預檢中', errorCount: '0' }), []);
    expect(mapped).toMatchObject({ ok: false, reason: { zh: expect.stringContaining('預檢尚未完成') } });
  });
});
