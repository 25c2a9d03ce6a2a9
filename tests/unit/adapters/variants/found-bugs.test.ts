import { describe, expect, it } from 'vitest';
import { readPage } from '@/lib/adapters/read-page';
import { runRules } from '@/lib/rules';
import { parseHtml } from '../../helpers/portal-page';
import { NOW, PLAN, POLICY } from './canonical-pages';

/**
 * Adapter bugs the generated variants (variants.test.ts) found, each as the smallest page that showed it,
 * kept as plain regression tests now that they are fixed. Each expects the honest outcome: the page's
 * findings, or no 「checked」 at all.
 */

/** 「not checked」, or 「checked: <rows read> rows: <rule ids found, sorted>」. */
function outcome(html: string): string {
  const read = readPage(parseHtml(`<html><head><meta charset="utf-8">${html}</body></html>`));
  if (read.status !== 'checked') return 'not checked';
  const findings = runRules({ pageKind: read.pageKind, records: read.rows.map((row) => row.record) }, POLICY, { now: NOW, plan: PLAN });
  return `checked: ${read.rows.length} rows: ${findings.map((finding) => finding.ruleId).sort().join(', ')}`;
}

describe('adapter bugs found by generated vendor variants (fixed; kept as regressions)', () => {
  // Bug: a header-only table whose header cells are <td> (in a thead or not) is not paired with the
  // body table after it; read alone, it is an empty list, and the page is reported checked with
  // nothing read. Counterexample: markup {kind: 'split', cell: 'td', thead: true|false}, every page kind.
  it.each([true, false])('a split list whose header cells are td is read as an empty list and reported checked (thead: %s)', (thead) => {
    const head = '<tr class="td_03"><td>學號</td><td>姓名</td><td>確認狀態</td></tr>';
    const page = outcome(
      `<title>收訖明細確認</title></head><body><div class="grid">` +
        `<div class="grid-head"><table>${thead ? `<thead>${head}</thead>` : head}</table></div>` +
        `<div class="grid-body"><table><tbody><tr><td>112034</td><td>陳冠廷</td><td>有疑義</td></tr>` +
        `<tr><td>112035</td><td>林詠晴</td><td>已確認</td></tr></tbody></table></div></div>`,
    );
    expect(['not checked', 'checked: 2 rows: schedule.receipt.disputed']).toContain(page);
  });

  // Bug: a unit in the size column's header (「檔案大小(KB)」 over bare numbers, as the issue's point 1
  // asks) is not applied: the size is not read and a 5.5 MB document passes. Counterexample:
  // files {size: 'unitInHeader'} on the outcome and 多元表現 lists.
  it('a unit in the size header is ignored: an over-size file passes', () => {
    const page = outcome(
      `<title>課程學習成果</title></head><body><h1>課程學習成果</h1><table><thead><tr><th>科目名稱</th><th>成果名稱</th><th>檔案</th><th>檔案大小(KB)</th></tr></thead>` +
        `<tbody><tr><td>化學</td><td>酸鹼滴定</td><td>滴定數據.pdf</td><td>5,632</td></tr></tbody></table>`,
    );
    expect(['not checked', 'checked: 1 rows: format.file.too-large']).toContain(page);
  });

  // Bug: the national platform labels the course column 學科 (shared/domain.md); not knowing it, the
  // adapter takes a 課程學習成果 list for a 多元表現 list: other caps, no certification rules.
  // Counterexample: headers {courseName: '學科'} on the outcome list.
  it('an outcome list whose course column is headed 學科 is read as a 多元表現 list', () => {
    const read = readPage(
      parseHtml(
        `<html><head><title>課程學習成果</title></head><body><h1>課程學習成果</h1><table><thead><tr><th>學年度</th><th>學期</th><th>學科</th><th>成果名稱</th><th>檔案</th><th>認證狀態</th></tr></thead>` +
          `<tbody><tr><td>114</td><td>1</td><td>化學</td><td>酸鹼滴定</td><td>滴定數據.pdf (768 KB)</td><td>未認證</td></tr></tbody></table></body></html>`,
      ),
    );
    expect(['not checked', 'outcome-list']).toContain(read.status === 'checked' ? read.pageKind : 'not checked');
  });

  // Bug: a status drawn only as an icon's title or an image's alt (the issue's point 4) is not read; the
  // row is read without a status, so an uncertified item past its deadline looks clean. Counterexample:
  // words {statusWrap: 'iconTitle' | 'imageAlt'} on the outcome, 勾選 and 認證 lists.
  it.each([
    ['icon', '<i class="icon" title="未認證"></i>'],
    ['image', '<img src="/img/status.png" alt="未認證">'],
  ])('a status shown as an %s is not read: a pending row looks clean', (_how, cell) => {
    const page = outcome(
      `<title>課程學習成果認證</title></head><body><h1>114學年度第1學期 課程學習成果認證</h1><table><thead><tr><th>學號</th><th>姓名</th><th>成果名稱</th><th>認證狀態</th></tr></thead>` +
        `<tbody><tr><td>112046</td><td>林雨萱</td><td>英文作文</td><td>${cell}</td></tr></tbody></table>`,
    );
    expect(['not checked', 'checked: 1 rows: cert.pending.past-deadline']).toContain(page);
  });

  // Bug: a page that states its term as 「學期：114/上」 (shared/domain.md writes terms like 114/下) gets no
  // term; the rows are read, and every deadline rule is silently skipped. Counterexample:
  // headingTerm '學期：114/上' on the 班級進度 and 課程代碼比對 pages.
  it('a page term written 114/上 is not read: deadline rules are silently skipped', () => {
    const page = outcome(
      `<title>班級學習歷程進度</title></head><body><h1>班級學習歷程進度</h1><p>學期：114/上</p><table><thead><tr><th>學號</th><th>姓名</th><th>成果上傳數</th><th>成果已認證</th></tr></thead>` +
        `<tbody><tr><td>112036</td><td>黃品睿</td><td>4</td><td>2</td></tr></tbody></table>`,
    );
    expect(['not checked', 'checked: 1 rows: cert.pending.past-deadline']).toContain(page);
  });

  // Bug: with two header rows of td cells and no thead (a 「基本資料」 group over sub-headers), only the
  // first is taken as the header: the columns under the group are lost, so a wrong ID number passes, and
  // the sub-header row itself is read as a student whose 學號 is 「身分證號」. Counterexample: markup
  // {kind: 'table', cell: 'td', thead: false} with headerRows {band: '基本資料', …} on the 班級進度 list.
  it('a second header row of td cells is read as a data row', () => {
    const page = outcome(
      `<title>班級學習歷程進度</title></head><body><h1>114學年度第1學期 班級學習歷程進度</h1><table>` +
        `<tr class="td_03"><td rowspan="2">成果上傳數</td><td rowspan="2">成果已認證</td><td rowspan="2">學號</td><td colspan="3">基本資料</td></tr>` +
        `<tr class="td_03"><td>座號</td><td>姓名</td><td>身分證號</td></tr>` +
        `<tr><td>2</td><td>2</td><td>112035</td><td>2</td><td>林詠晴</td><td>B120873365</td></tr></table>`,
    );
    expect(['not checked', 'checked: 1 rows: identity.id-number.invalid']).toContain(page);
  });

  // Bug: on a 預檢 page whose batch list is not recognised, the error list alone is (it names 名冊別 and
  // 錯誤說明); it is joined, not read, so the page is reported checked with no row read and the failed
  // pre-check goes unmarked. The property met it through the two-td-header-rows bug above on the 預檢
  // page; here the batch list's headers are simply words the adapter does not know.
  it('a 預檢 page whose batch list is not read, but whose error list is, is reported checked', () => {
    const page = outcome(
      `<title>名冊預檢結果</title></head><body><h1>名冊預檢結果</h1>` +
        `<table><thead><tr><th>名冊名稱</th><th>檢查結果</th><th>錯誤數量</th></tr></thead><tbody><tr><td>學生成績名冊</td><td>未通過</td><td>1</td></tr></tbody></table>` +
        `<h3>錯誤明細</h3><table><thead><tr><th>名冊別</th><th>列號</th><th>欄位</th><th>錯誤說明</th></tr></thead>` +
        `<tbody><tr><td>學生成績名冊</td><td>12</td><td>學期學業成績</td><td>成績超出範圍</td></tr></tbody></table>`,
    );
    expect(['not checked', 'checked: 1 rows: schedule.precheck.not-passed']).toContain(page);
  });
});
