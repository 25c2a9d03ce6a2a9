import { describe, expect, it } from 'vitest';
import { PageReader } from '@/lib/adapters/read-page';
import { findGrids, ownCells } from '@/lib/adapters/grids';
import { bodyRows, readColumns } from '@/lib/adapters/table-columns';
import { parseHtml } from '../helpers/portal-page';

/** Body cells that span rows or columns: the grid, the rows they reach into, and re-reading those rows. */
const page = () =>
  parseHtml(`<html><head><title>班級進度</title></head><body><p>114學年度第1學期</p><table>
    <tr><th>班級</th><th>學號</th><th>座號</th><th>成果上傳數</th><th>成果已認證</th></tr>
    <tr><td rowspan="2">301</td><td>S1</td><td>1</td><td>3</td><td>3</td></tr>
    <tr><td>S2</td><td>2</td><td>5</td><td>1</td></tr>
    <tr><td>302</td><td>S3</td><td>3</td><td colspan="2">4</td></tr>
    <tr><td>302</td><td>S4</td><td>4</td><td>2</td><td><table><tr><td>1</td><td>x</td></tr></table></td></tr>
  </table></body></html>`);

describe('bodyRows', () => {
  it('lays rowspan and colspan cells on the grid and names the rows a rowspan comes from', () => {
    const doc = page();
    const table = doc.querySelector('table')!;
    const body = bodyRows(readColumns(findGrids(doc)[0]!));
    const rows = Array.from(table.rows);
    expect(body.map(({ cells }) => cells.map((cell) => cell.textContent?.trim().slice(0, 3)))).toEqual([
      ['301', 'S1', '1', '3', '3'],
      ['301', 'S2', '2', '5', '1'],
      ['302', 'S3', '3', '4', '4'],
      ['302', 'S4', '4', '2', '1x'],
    ]);
    expect(body.map(({ spannedFrom }) => spannedFrom)).toEqual([undefined, [rows[1]], undefined, undefined]);
    // A nested table's cells are never the row's own.
    expect(ownCells(rows[4]!)).toHaveLength(5);
  });

  it('re-reads a row when the row its rowspan cell sits in changes', () => {
    const doc = page();
    const reader = new PageReader();
    const first = reader.read(doc);
    if (first.status !== 'checked') throw new Error('not checked');
    expect(first.rows.map((row) => row.record.type === 'class-progress' && row.record.className)).toEqual(['301', '301', '302', '302']);
    const spanning = doc.querySelector('td[rowspan]')!;
    spanning.textContent = '303';
    const again = reader.read(doc, undefined, { nodes: [spanning] });
    if (again.status !== 'checked') throw new Error('not checked');
    expect(reader.changedRows).toBe(2);
    expect(again.rows.map((row) => row.record.type === 'class-progress' && row.record.className)).toEqual(['303', '303', '302', '302']);
    expect(again.rows[2]!.record).toBe(first.rows[2]!.record);
  });
});
