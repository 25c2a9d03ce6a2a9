import type { Locale } from '@/lib/model/localized';
import { t } from '@/lib/i18n';
import { statusOf, type Dismissal } from '@/lib/dismissals/lifecycle';
import { reasonText } from '@/lib/dismissals/reasons';
import { dismissalsCsv, type DismissalWords } from '@/lib/export/report-tables';
import { localDay } from '@/lib/policy/calendar';
import type { DismissalTotal } from '@/lib/stats/dismissals';
import { describeRule } from './RuleTotalsTable';
import { DataTable } from './DataTable';

const ROLE_KEY = { teacher: 'roleTeacher', homeroom: 'roleHomeroom', staff: 'roleStaff' } as const;
const STATUS_KEY = { active: 'statusActive', 'value-changed': 'statusValueChanged', replaced: 'statusReplaced', withdrawn: 'statusWithdrawn' } as const;

/** A moment as the dashboard and its files show it: local day and time to the minute. */
function whenText(at: number): string {
  const date = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${localDay(at)} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** How a dismissal's cells read in `locale`: shared by the table, the CSV and the xlsx sheet. */
export function dismissalWords(locale: Locale): DismissalWords {
  return {
    describe: (ruleId) => describeRule(ruleId, locale),
    reason: (dismissal) => reasonText(dismissal, locale),
    role: (role) => (role ? t(locale, ROLE_KEY[role]) : ''),
    // a dismissal taken back says by whom: the group sees who reopened the finding
    status: (dismissal) => {
      const status = statusOf(dismissal);
      const by = dismissal.withdrawnBy;
      return status === 'withdrawn' && by ? t(locale, 'statusWithdrawnBy', by.role ? `${by.staffName}（${t(locale, ROLE_KEY[by.role])}）` : by.staffName) : t(locale, STATUS_KEY[status]);
    },
    when: (at) => (at === 0 ? '' : whenText(at)),
  };
}

interface Props {
  /** the chosen term's dismissals, newest first (lib/stats/dismissals termDismissals) */
  rows: Dismissal[];
  byRule: DismissalTotal[];
  byPerson: DismissalTotal[];
  locale: Locale;
  csvName: string;
}

function TotalsTable({ totals, caption, itemHeader, label, name, locale }: { totals: DismissalTotal[]; caption: string; itemHeader: string; label: (key: string) => string; name: string; locale: Locale }) {
  const columns = [{ label: itemHeader }, ...(['colMarks', 'colActive', 'colLapsed', 'colReplaced', 'colWithdrawn'] as const).map((key) => ({ label: t(locale, key), num: true }))];
  return (
    <DataTable name={name} caption={caption} columns={columns} locale={locale}>
      {totals.map((total) => (
        <tr key={total.key} data-key={total.key}>
          <th scope="row" class="label" title={total.key}>
            {label(total.key)}
          </th>
          <td class="num" data-col="total">{total.total}</td>
          <td class="num" data-col="active">{total.active}</td>
          <td class="num" data-col="lapsed">{total.lapsed}</td>
          <td class="num" data-col="replaced">{total.replaced}</td>
          <td class="num" data-col="withdrawn">{total.withdrawn}</td>
        </tr>
      ))}
    </DataTable>
  );
}

/**
 * The working group's review of findings marked 「已確認，無需更正」: counts per rule and per person,
 * then every mark with its reason, who, page and whether it still applies, with a CSV download.
 * Renders; the counts come from lib/stats.
 */
export function DismissalsReview({ rows, byRule, byPerson, locale, csvName }: Props) {
  if (rows.length === 0) return <p class="empty" data-empty="dismissals">{t(locale, 'dashDismissalsEmpty')}</p>;
  const words = dismissalWords(locale);
  const header = [t(locale, 'colDismissedAt'), t(locale, 'colRule'), t(locale, 'colRuleId'), t(locale, 'colSeverity'), t(locale, 'colReason'), t(locale, 'colStaff'), t(locale, 'colRole'), t(locale, 'colPage'), t(locale, 'colStatus'), t(locale, 'colEndedAt')];
  return (
    <>
      <div class="table-wrap">
        <TotalsTable totals={byRule} caption={t(locale, 'dashDismissalsByRule')} itemHeader={t(locale, 'colRule')} label={(ruleId) => words.describe(ruleId).title} name="dismissals-by-rule" locale={locale} />
      </div>
      <div class="table-wrap">
        <TotalsTable totals={byPerson} caption={t(locale, 'dashDismissalsByPerson')} itemHeader={t(locale, 'colStaff')} label={(name) => name} name="dismissals-by-person" locale={locale} />
      </div>
      <div class="table-wrap">
        <DataTable
          name="dismissals"
          caption={t(locale, 'dashDismissalsList')}
          csv={{ name: csvName, text: () => dismissalsCsv(rows, words, header) }}
          columns={[0, 1, 4, 5, 7, 8].map((i) => ({ label: header[i]! }))}
          locale={locale}
        >
          {rows.map((row) => (
            <tr key={row.id} data-dismissal={row.id} data-rule={row.ruleId} data-status={statusOf(row)}>
              <td class="nowrap">{words.when(row.at)}</td>
              <th scope="row" class="label" title={row.ruleId}>
                {words.describe(row.ruleId).title}
              </th>
              <td data-col="reason">{words.reason(row)}</td>
              <td class="nowrap" data-col="staff">
                {row.staffName}
                {row.role && <span class="muted small"> （{words.role(row.role)}）</span>}
              </td>
              <td data-col="page">{`${row.origin}${row.path}`}</td>
              <td class="nowrap" data-col="status">
                {words.status(row)}
                {row.endedAt !== 0 && <span class="muted small"> {words.when(row.endedAt)}</span>}
              </td>
            </tr>
          ))}
        </DataTable>
      </div>
    </>
  );
}
