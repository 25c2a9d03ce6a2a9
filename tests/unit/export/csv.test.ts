import { describe, expect, it } from 'vitest';
import { BOM, fromCsv, percentText, toCsv } from '@/lib/export/csv';
import { problemsCsv, PROBLEM_HEADER_ZH, ratesCsv, RATE_HEADER_ZH } from '@/lib/export/report-tables';
import { latestSnapshots, onTimeGapOf, ratesBy } from '@/lib/stats/completion';
import { obs } from '../stats/build';

describe('CSV for Excel', () => {
  it('starts with a BOM, uses CRLF and quotes what needs quoting', () => {
    const csv = toCsv(['姓名', '備註'], [['王怡君', '含,逗號'], ['張志明', '含"引號"']]);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv).toBe(`${BOM}姓名,備註\r\n王怡君,"含,逗號"\r\n張志明,"含""引號"""`);
  });
  it('neutralises cells that Excel would run as a formula', () => {
    expect(fromCsv(toCsv(['a'], [['=HYPERLINK("x")'], ['-1'], [-1]])).rows).toEqual([["'=HYPERLINK(\"x\")"], ["'-1"], ['-1']]);
  });
  it('parses back to the same numbers (round trip of a rates table)', () => {
    const snapshots = latestSnapshots(
      [
        obs({ day: '2026-02-01', total: 12, done: 11, pending: 1, onTime: 10 }),
        obs({ day: '2026-02-20', person: '張志明', course: '數學', total: 7, done: 2, pending: 5, onTime: null }),
      ],
      { year: 114, semester: 1 },
    );
    // read on 02-21, after the deadline (02-10): 王怡君's one pending item is late
    const rates = ratesBy(snapshots, 'person', '2026-02-21');
    const { header, rows } = fromCsv(ratesCsv(rates, (key) => key, (rate) => (onTimeGapOf(rate) ? `gap:${onTimeGapOf(rate)}` : '')));
    expect(header).toEqual(RATE_HEADER_ZH);
    // 張志明's page showed no dates and was read after the deadline: no 準時率, and the reason beside it
    expect(rows).toEqual([
      ['張志明', '7', '2', '5', '28.6', '', '', 'gap:no-dates'],
      ['王怡君', '12', '11', '1', '91.7', '10', '83.3', ''],
    ]);
    const back = rows.map((row) => ({ key: row[0], total: Number(row[1]), done: Number(row[2]), pending: Number(row[3]) }));
    expect(back).toEqual(rates.map(({ key, total, done, pending }) => ({ key, total, done, pending })));
    expect(percentText(11 / 12)).toBe('91.7');
    expect(percentText(null)).toBe('');
  });
  it('writes the problems table with the rule id in its own column beside the words', () => {
    const csv = problemsCsv(
      [{ ruleId: 'cert.pending.past-deadline', seen: 3, open: 1, dismissed: 1, fixed: 1, firstSeen: '2026-02-11', lastSeen: '2026-02-20' }],
      () => ({ title: '認證期限已過仍未認證', severity: '錯誤', source: '國教署 學生學習歷程檔案作業要點 四(二)1' }),
    );
    expect(fromCsv(csv)).toEqual({
      header: PROBLEM_HEADER_ZH,
      rows: [['認證期限已過仍未認證', 'cert.pending.past-deadline', '錯誤', '3', '1', '1', '1', '2026-02-11', '2026-02-20', '國教署 學生學習歷程檔案作業要點 四(二)1']],
    });
  });
});
